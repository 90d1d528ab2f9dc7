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
        profile.SetCompetences([Competence(competenceId, Evidence.Confirmed, Scout, Now)]);

        // A later edit (by the person) sends the same evidence without a confirmer.
        profile.SetCompetences([Competence(competenceId, Evidence.Confirmed, null, null, level: 3)]);

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
        profile.SetCompetences([Competence(competenceId, Evidence.Confirmed, Scout, Now)]);

        profile.SetCompetences([Competence(competenceId, Evidence.Declared, null, null)]);

        var item = profile.Competences.ShouldHaveSingleItem();
        item.Evidence.ShouldBe(Evidence.Declared);
        item.ConfirmedByUserId.ShouldBeNull();
    }

    [Test]
    public void SetCompetences_WhenOneLeftOut_RemovesIt()
    {
        var keep = Guid.NewGuid();
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([Competence(keep, Evidence.Declared, null, null), Competence(Guid.NewGuid(), Evidence.Declared, null, null)]);

        profile.SetCompetences([Competence(keep, Evidence.Declared, null, null)]);

        profile.Competences.ShouldHaveSingleItem().CompetenceId.ShouldBe(keep);
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
        profile.SetCompetences([Competence(competence, Evidence.Certified, Other, Now.AddDays(-3))]);

        var confirmed = profile.ConfirmCompetence(competence, 1, CompetenceSource.Training, null, Scout, Now);

        confirmed.Evidence.ShouldBe(Evidence.Certified);
        confirmed.ConfirmedByUserId.ShouldBe(Other);
        confirmed.Level.ShouldBe(1);
    }

    [Test]
    public void ConfirmCompetence_OnAFullProfile_ThrowsDomainRule()
    {
        var profile = new TalentProfile(Scout, null, Now);
        profile.SetCompetences([.. Enumerable.Range(0, TalentProfile.MaxCompetences).Select(_ => Competence(Guid.NewGuid(), Evidence.Declared, null, null))]);

        Should.Throw<DomainRuleException>(() => profile.ConfirmCompetence(Guid.NewGuid(), 2, CompetenceSource.Life, null, Scout, Now));
    }

    [Test]
    public void Back_Declared_NamesNobody()
    {
        var competence = Competence(Guid.NewGuid(), Evidence.Confirmed, Scout, Now);

        competence.Back(Evidence.Declared, Scout, Now);

        competence.ConfirmedByUserId.ShouldBeNull();
        competence.ConfirmedAt.ShouldBeNull();
    }

    private static ProfileCompetence Competence(Guid id, Evidence evidence, Guid? confirmedBy, DateTime? confirmedAt, int level = 2)
    {
        var competence = new ProfileCompetence { CompetenceId = id, Level = level, Source = CompetenceSource.Life };
        competence.Back(evidence, confirmedBy, confirmedAt);
        return competence;
    }
}
