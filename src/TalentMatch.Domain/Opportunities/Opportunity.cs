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
    public Guid? OrganisationId { get; protected set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Postcode { get; private set; } = "";
    public OpportunityStatus Status { get; private set; } = OpportunityStatus.Draft;

    /// <summary>When true, languages beyond the required ones add to a candidate's score.</summary>
    public bool MultilingualValued { get; private set; }
    public List<string> Interests { get; private set; } = [];
    public List<OpportunityRequirement> Requirements { get; private set; } = [];
    public List<OpportunityLanguage> Languages { get; private set; } = [];

    /// <summary>Hours per week the opportunity asks for (for volunteering: per occurrence).</summary>
    public abstract double Hours { get; }

    /// <summary>
    /// Writes what every opportunity says about itself. The status moves last when opening, so the
    /// new requirements count; it moves first otherwise, so closing never trips over them.
    /// </summary>
    protected void Describe(OpportunityDetails details, DateTime now)
    {
        if (details.Status != OpportunityStatus.Open)
        {
            ChangeStatus(details.Status);
        }

        OrganisationId = details.OrganisationId;
        Title = details.Title.Trim();
        Description = details.Description?.Trim() ?? "";
        Postcode = details.Postcode.Trim();
        MultilingualValued = details.MultilingualValued;
        Interests = details.Interests.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        SetRequirements(details.Requirements);
        SetLanguages(details.Languages);
        ChangeStatus(details.Status);
        Touch(now);
    }

    /// <summary>An open opportunity may have candidates in progress: it is closed before it is deleted.</summary>
    public void EnsureDeletable()
    {
        if (Status == OpportunityStatus.Open)
        {
            throw new DomainRuleException(DomainMessages.OpenOpportunityNotDeletable);
        }
    }

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
        foreach (var requirement in wanted)
        {
            requirement.OpportunityId = Id;
        }

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

    public void SetLanguages(IReadOnlyCollection<OpportunityLanguage> wanted)
    {
        foreach (var language in wanted)
        {
            language.OpportunityId = Id;
        }

        CollectionSync.Sync(Languages, wanted, l => l.Code, (existing, item) =>
        {
            existing.MinLevel = item.MinLevel;
            existing.Importance = item.Importance;
        });
    }
}

/// <summary>What every opportunity says about itself, as the person writing it gave it.</summary>
public sealed record OpportunityDetails(
    Guid? OrganisationId,
    string Title,
    string? Description,
    string Postcode,
    bool MultilingualValued,
    IReadOnlyCollection<string> Interests,
    IReadOnlyCollection<OpportunityRequirement> Requirements,
    IReadOnlyCollection<OpportunityLanguage> Languages,
    OpportunityStatus Status);

/// <summary>What a vacancy adds: the occupation, the hours, the contract and how many people it seeks.</summary>
public sealed record VacancyTerms(Guid? OccupationId, double HoursPerWeek, ContractType Contract, int Openings);

/// <summary>What a volunteer request adds: who asks, when, how long and how many helpers.</summary>
public sealed record VolunteerTerms(
    string? RequesterName,
    DateTime? StartsAt,
    DateTime? EndsAt,
    Recurrence? Recurring,
    double HoursEstimate,
    int VolunteersNeeded,
    bool Neighbourhood);

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
    public Guid? OccupationId { get; private set; }
    public double HoursPerWeek { get; private set; }
    public ContractType Contract { get; private set; }
    public int Openings { get; private set; } = 1;
    public override double Hours => HoursPerWeek;

    public void Describe(OpportunityDetails details, VacancyTerms terms, DateTime now)
    {
        Describe(details, now);
        OccupationId = terms.OccupationId;
        HoursPerWeek = terms.HoursPerWeek;
        Contract = terms.Contract;
        Openings = terms.Openings;
    }
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
    public string? RequesterName { get; private set; }
    public DateTime? StartsAt { get; private set; }
    public DateTime? EndsAt { get; private set; }
    public Recurrence? Recurring { get; private set; }
    public double HoursEstimate { get; private set; }
    public int VolunteersNeeded { get; private set; } = 1;

    /// <summary>Help for the neighbourhood: confirmed hours on it earn community coins (Buurtmunten).</summary>
    public bool Neighbourhood { get; private set; }

    public override double Hours => HoursEstimate;

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
