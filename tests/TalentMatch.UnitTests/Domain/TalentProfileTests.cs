using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.UnitTests.Domain;

public sealed class TalentProfileTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Scout = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Test]
    public void SetCompetences_WhenEvidenceUnchanged_KeepsWhoConfirmed()
    {
        var competenceId = Guid.NewGuid();
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([Entry(competenceId, Evidence.Confirmed)], Scout, Now);

        // A later edit (by the person) sends the same evidence.
        profile.SetCompetences([Entry(competenceId, Evidence.Confirmed, level: 3)], Other, Now.AddDays(1));

        var kept = profile.Competences.ShouldHaveSingleItem();
        kept.Level.ShouldBe(3);
        kept.ConfirmedByUserId.ShouldBe(Scout);
        kept.ConfirmedAt.ShouldBe(Now);
    }

    [Test]
    public void SetCompetences_WhenEvidenceChanges_TakesTheNewConfirmer()
    {
        var competenceId = Guid.NewGuid();
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([Entry(competenceId, Evidence.Confirmed)], Scout, Now);

        profile.SetCompetences([Entry(competenceId, Evidence.Certified)], Other, Now.AddDays(1));

        var item = profile.Competences.ShouldHaveSingleItem();
        item.Evidence.ShouldBe(Evidence.Certified);
        item.ConfirmedByUserId.ShouldBe(Other);
        item.ConfirmedAt.ShouldBe(Now.AddDays(1));
    }

    [Test]
    public void SetCompetences_WhenDeclared_NamesNobody()
    {
        var competenceId = Guid.NewGuid();
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([Entry(competenceId, Evidence.Confirmed)], Scout, Now);

        profile.SetCompetences([Entry(competenceId, Evidence.Declared)], Other, Now);

        var item = profile.Competences.ShouldHaveSingleItem();
        item.Evidence.ShouldBe(Evidence.Declared);
        item.ConfirmedByUserId.ShouldBeNull();
        item.ConfirmedAt.ShouldBeNull();
    }

    [Test]
    public void SetCompetences_WhenOneLeftOut_RemovesIt()
    {
        var keep = Guid.NewGuid();
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([Entry(keep, Evidence.Declared), Entry(Guid.NewGuid(), Evidence.Declared)], Scout, Now);

        profile.SetCompetences([Entry(keep, Evidence.Declared)], Scout, Now);

        profile.Competences.ShouldHaveSingleItem().CompetenceId.ShouldBe(keep);
    }

    [TestCase(null, Evidence.Declared, false)]
    [TestCase(null, Evidence.Confirmed, true)]
    [TestCase(Evidence.Declared, Evidence.Certified, true)]
    [TestCase(Evidence.Confirmed, Evidence.Confirmed, false)]
    [TestCase(Evidence.Certified, Evidence.Confirmed, true)]
    [TestCase(Evidence.Certified, Evidence.Declared, false)]
    public void RaisesEvidence_OnlyWhenConfirmedOrCertifiedAnew(Evidence? had, Evidence wanted, bool raises)
    {
        var competenceId = Guid.NewGuid();
        var profile = new TalentProfile(Scout, null, Now);
        if (had is { } evidence)
        {
            profile.SetCompetences([Entry(competenceId, evidence)], Scout, Now);
        }

        profile.RaisesEvidence(competenceId, wanted).ShouldBe(raises);
    }

    [Test]
    public void SetLanguages_KeysByTheTrimmedLowerCaseCode_AndUpdatesInPlace()
    {
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetLanguages([new LanguageEntry(" NL ", CefrLevel.A2), new LanguageEntry("fr", CefrLevel.B1)]);
        var dutch = profile.Languages.Single(l => l.Code == "nl");

        profile.SetLanguages([new LanguageEntry("nl", CefrLevel.B2, IsNative: true)]);

        profile.Languages.ShouldHaveSingleItem().ShouldBeSameAs(dutch);
        dutch.Level.ShouldBe(CefrLevel.B2);
        dutch.IsNative.ShouldBeTrue();
    }

    [Test]
    public void Claim_WhenCodeIsWrong_ThrowsDomainRuleAndStaysUnowned()
    {
        var profile = new TalentProfile(Scout, null, Now);
        profile.IssueClaimCode(Now, TimeSpan.FromDays(30));

        Should.Throw<DomainRuleException>(() => profile.Claim("WRONGCODE1", Other, Now.AddHours(1)));

        profile.OwnerUserId.ShouldBeNull();
    }

    [Test]
    public void Claim_WhenCodeExpired_ThrowsDomainRule()
    {
        var profile = new TalentProfile(Scout, null, Now);
        var code = profile.IssueClaimCode(Now, TimeSpan.FromDays(30));

        Should.Throw<DomainRuleException>(() => profile.Claim(code, Other, Now.AddDays(31)));

        profile.OwnerUserId.ShouldBeNull();
    }

    [Test]
    public void Claim_WhenCodeIsRight_SetsOwnerAndForgetsTheCode()
    {
        var profile = new TalentProfile(Scout, null, Now);
        var code = profile.IssueClaimCode(Now, TimeSpan.FromDays(30));
        var stamp = profile.ConcurrencyStamp;

        // Case and surrounding spaces do not matter to a person typing the code.
        profile.Claim($" {code.ToLowerInvariant()} ", Other, Now.AddDays(1));

        profile.OwnerUserId.ShouldBe(Other);
        profile.ClaimCodeHash.ShouldBeNull();
        profile.ClaimCodeExpiresAt.ShouldBeNull();
        profile.ConcurrencyStamp.ShouldNotBe(stamp);
    }

    [Test]
    public void Claim_WhenAlreadyClaimed_ThrowsDomainRule()
    {
        var profile = new TalentProfile(Scout, null, Now);
        var code = profile.IssueClaimCode(Now, TimeSpan.FromDays(30));
        profile.Claim(code, Other, Now);

        Should.Throw<DomainRuleException>(() => profile.Claim(code, Guid.NewGuid(), Now));

        profile.OwnerUserId.ShouldBe(Other);
    }

    [Test]
    public void IssueClaimCode_WhenProfileHasOwner_ThrowsDomainRule()
    {
        var profile = new TalentProfile(Other, Other, Now);

        Should.Throw<DomainRuleException>(() => profile.IssueClaimCode(Now, TimeSpan.FromDays(30)));
    }

    [Test]
    public void IssueClaimCode_StoresOnlyAHash()
    {
        var profile = new TalentProfile(Scout, null, Now);

        var code = profile.IssueClaimCode(Now, TimeSpan.FromDays(30));

        code.Length.ShouldBe(10);
        profile.ClaimCodeHash.ShouldNotBeNull();
        profile.ClaimCodeHash.ShouldNotContain(code);
        profile.ClaimCodeExpiresAt.ShouldBe(Now.AddDays(30));
    }

    [Test]
    public void ConfirmCompetence_AddsAMissingCompetence_ConfirmedByTheScout()
    {
        var profile = new TalentProfile(Scout, null, Now);
        var competence = Guid.NewGuid();

        var confirmed = profile.ConfirmCompetence(competence, 3, CompetenceSource.Work, "  saw it  ", Scout, Now);

        profile.Competences.ShouldHaveSingleItem().ShouldBeSameAs(confirmed);
        confirmed.Evidence.ShouldBe(Evidence.Confirmed);
        confirmed.ConfirmedByUserId.ShouldBe(Scout);
        confirmed.ConfirmedAt.ShouldBe(Now);
        confirmed.Note.ShouldBe("saw it");
    }

    [Test]
    public void ConfirmCompetence_KeepsACertifiedCompetenceCertifiedWithItsCertifier()
    {
        var profile = new TalentProfile(Scout, null, Now);
        var competence = Guid.NewGuid();
        profile.SetCompetences([Entry(competence, Evidence.Certified)], Other, Now.AddDays(-3));

        var confirmed = profile.ConfirmCompetence(competence, 1, CompetenceSource.Training, null, Scout, Now);

        confirmed.Evidence.ShouldBe(Evidence.Certified);
        confirmed.ConfirmedByUserId.ShouldBe(Other);
        confirmed.Level.ShouldBe(1);
    }

    [Test]
    public void ConfirmCompetence_OnAFullProfile_ThrowsDomainRule()
    {
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([.. Enumerable.Range(0, TalentProfile.MaxCompetences).Select(_ => Entry(Guid.NewGuid(), Evidence.Declared))], Scout, Now);

        Should.Throw<DomainRuleException>(() => profile.ConfirmCompetence(Guid.NewGuid(), 2, CompetenceSource.Life, null, Scout, Now));
    }

    private static CompetenceEntry Entry(Guid id, Evidence evidence, int level = 2) => new(id, level, CompetenceSource.Life, evidence);
}
