using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>
/// What vacancies and volunteer requests share: a place, requirements, languages and a status.
/// Scoring treats both kinds alike.
/// </summary>
public abstract class Opportunity : AggregateRoot
{
    public const int MaxRequirements = 60;
    public const int MaxLanguages = 20;

    protected Opportunity()
    {
    }

    protected Opportunity(Guid createdByUserId, DateTime now) => Created(createdByUserId, now);

    public abstract OpportunityKind Kind { get; }
    public Guid? OrganisationId { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Postcode { get; set; } = "";
    public OpportunityStatus Status { get; private set; } = OpportunityStatus.Draft;

    /// <summary>When true, languages beyond the required ones add to a candidate's score.</summary>
    public bool MultilingualValued { get; set; }
    public List<string> Interests { get; set; } = [];
    public List<OpportunityRequirement> Requirements { get; private set; } = [];
    public List<OpportunityLanguage> Languages { get; private set; } = [];

    /// <summary>Hours per week the opportunity asks for (for volunteering: per occurrence).</summary>
    public abstract double Hours { get; }

    /// <summary>draft → open → closed; open ↔ draft; closed opportunities may be reopened.</summary>
    public void ChangeStatus(OpportunityStatus to)
    {
        if (to == Status)
        {
            return;
        }

        if (to == OpportunityStatus.Open && Requirements.Count == 0)
        {
            throw new DomainRuleException(DomainMessages.OpportunityNeedsRequirementToOpen);
        }

        Status = to;
    }

    public void SetRequirements(IReadOnlyCollection<OpportunityRequirement> wanted)
    {
        CollectionSync.Sync(Requirements, wanted, r => r.CompetenceId, (existing, item) =>
        {
            existing.MinLevel = item.MinLevel;
            existing.Importance = item.Importance;
            existing.Weight = item.Weight;
        });

        if (Requirements.Count == 0 && Status == OpportunityStatus.Open)
        {
            throw new DomainRuleException(DomainMessages.OpenOpportunityNeedsRequirement);
        }
    }

    public void SetLanguages(IReadOnlyCollection<OpportunityLanguage> wanted) =>
        CollectionSync.Sync(Languages, wanted, l => l.Code, (existing, item) =>
        {
            existing.MinLevel = item.MinLevel;
            existing.Importance = item.Importance;
        });
}

/// <summary>A competence an opportunity asks for.</summary>
public class OpportunityRequirement
{
    public Guid OpportunityId { get; set; }
    public Guid CompetenceId { get; set; }
    public int MinLevel { get; set; } = 1;
    public Importance Importance { get; set; }

    /// <summary>Relative weight (default 1) among the opportunity's requirements.</summary>
    public double? Weight { get; set; }
}

/// <summary>A language an opportunity asks for.</summary>
public class OpportunityLanguage
{
    public Guid OpportunityId { get; set; }
    public string Code { get; set; } = "";
    public CefrLevel MinLevel { get; set; }
    public Importance Importance { get; set; }
}

/// <summary>A paid job or learning-work place at an organisation.</summary>
public class Vacancy : Opportunity
{
    private Vacancy()
    {
    }

    public Vacancy(Guid organisationId, Guid createdByUserId, DateTime now)
        : base(createdByUserId, now) => OrganisationId = organisationId;

    public override OpportunityKind Kind => OpportunityKind.Job;
    public Guid? OccupationId { get; set; }
    public double HoursPerWeek { get; set; }
    public ContractType Contract { get; set; }
    public int Openings { get; set; } = 1;
    public override double Hours => HoursPerWeek;
}

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
    public string? RequesterName { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public Recurrence? Recurring { get; set; }
    public double HoursEstimate { get; set; }
    public int VolunteersNeeded { get; set; } = 1;

    /// <summary>Help for the neighbourhood: confirmed hours on it earn community coins (Buurtmunten).</summary>
    public bool Neighbourhood { get; set; }

    public override double Hours => HoursEstimate;
}
