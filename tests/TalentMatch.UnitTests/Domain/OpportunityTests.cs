using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.UnitTests.Domain;

public sealed class OpportunityTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void ChangeStatus_WhenOpeningWithoutRequirements_ThrowsDomainRule()
    {
        var vacancy = new Vacancy(Guid.NewGuid(), Guid.NewGuid(), Now);

        Should.Throw<DomainRuleException>(() => vacancy.ChangeStatus(OpportunityStatus.Open));

        vacancy.Status.ShouldBe(OpportunityStatus.Draft);
    }

    [Test]
    public void ChangeStatus_WhenOpeningWithARequirement_Opens()
    {
        var request = new VolunteerRequest(Guid.NewGuid(), Now);
        request.SetRequirements([new OpportunityRequirement(Guid.NewGuid(), 1, Importance.Required)]);

        request.ChangeStatus(OpportunityStatus.Open);

        request.Status.ShouldBe(OpportunityStatus.Open);
    }

    [Test]
    public void SetRequirements_WhenOpenAndAllRemoved_ThrowsDomainRule()
    {
        var vacancy = new Vacancy(Guid.NewGuid(), Guid.NewGuid(), Now);
        vacancy.SetRequirements([new OpportunityRequirement(Guid.NewGuid(), 1, Importance.Required)]);
        vacancy.ChangeStatus(OpportunityStatus.Open);

        Should.Throw<DomainRuleException>(() => vacancy.SetRequirements([]));
    }

    [Test]
    public void ChangeStatus_WhenClosingADraft_Closes()
    {
        var vacancy = new Vacancy(Guid.NewGuid(), Guid.NewGuid(), Now);

        vacancy.ChangeStatus(OpportunityStatus.Closed);

        vacancy.Status.ShouldBe(OpportunityStatus.Closed);
    }

    [Test]
    public void EnsureHelpCanBeOfferedBy_OnANeighboursRequest_LetsAnotherNeighbourOffer()
    {
        var asker = Guid.NewGuid();
        var request = Request(asker, organisationId: null);

        Should.NotThrow(() => request.EnsureHelpCanBeOfferedBy(Guid.NewGuid()));
    }

    [Test]
    public void EnsureHelpCanBeOfferedBy_OnTheirOwnRequest_Refuses()
    {
        var asker = Guid.NewGuid();
        var request = Request(asker, organisationId: null);

        Should.Throw<DomainRuleException>(() => request.EnsureHelpCanBeOfferedBy(asker))
            .MessageKey.ShouldBe(DomainMessages.HelpNotOfferedOnOwnRequest);
    }

    [Test]
    public void EnsureHelpCanBeOfferedBy_OnAnOrganisationsRequest_Refuses()
    {
        var request = Request(Guid.NewGuid(), organisationId: Guid.NewGuid());

        Should.Throw<DomainRuleException>(() => request.EnsureHelpCanBeOfferedBy(Guid.NewGuid()))
            .MessageKey.ShouldBe(DomainMessages.HelpOfferedOnlyToNeighbours);
    }

    private static VolunteerRequest Request(Guid askedBy, Guid? organisationId)
    {
        var request = new VolunteerRequest(askedBy, Now);
        var requirement = new OpportunityRequirement(Guid.NewGuid(), 1, Importance.Required);
        request.Describe(
            new OpportunityDetails(organisationId, "Boodschappen doen", null, "2060", false, [], [requirement], [], OpportunityStatus.Open),
            new VolunteerTerms(null, null, null, null, 2, 1, organisationId is null),
            Now);
        return request;
    }
}
