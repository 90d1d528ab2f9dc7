using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>A request for volunteers ("Helpende handen"), by an organisation or a neighbour.</summary>
public class VolunteerRequest : Opportunity
{
    private VolunteerRequest()
    {
    }

    public VolunteerRequest(Guid createdByUserId, DateTime now)
        : base(createdByUserId, now)
    {
    }

    public override OpportunityKind Kind => OpportunityKind.Volunteering;
    public string? RequesterName { get; private set; }
    public DateTime? StartsAt { get; private set; }
    public DateTime? EndsAt { get; private set; }
    public Recurrence? Recurring { get; private set; }
    public double HoursEstimate { get; private set; }
    public int VolunteersNeeded { get; private set; } = 1;

    /// <summary>Help for the neighbourhood: confirmed hours on it earn community coins (Buurtmunten).</summary>
    public bool Neighbourhood { get; private set; }

    public override double Hours => HoursEstimate;

    /// <summary>
    /// Refuses an offer of help that is not a neighbour's to make: help is offered only on a
    /// neighbour's request (for an organisation's, the matchmaker proposes volunteers), and nobody
    /// offers help on their own request.
    /// </summary>
    public void EnsureHelpCanBeOfferedBy(Guid userId)
    {
        if (OrganisationId is not null)
        {
            throw new DomainRuleException(DomainMessages.HelpOfferedOnlyToNeighbours);
        }

        if (IsAskedBy(userId))
        {
            throw new DomainRuleException(DomainMessages.HelpNotOfferedOnOwnRequest);
        }
    }

    public void Describe(OpportunityDetails details, VolunteerTerms terms, DateTime now)
    {
        Describe(details, now);
        RequesterName = terms.RequesterName.TrimToNull();
        StartsAt = terms.StartsAt?.ToUniversalTime();
        EndsAt = terms.EndsAt?.ToUniversalTime();
        Recurring = terms.Recurring;
        HoursEstimate = terms.HoursEstimate;
        VolunteersNeeded = terms.VolunteersNeeded;
        Neighbourhood = terms.Neighbourhood;
    }
}
