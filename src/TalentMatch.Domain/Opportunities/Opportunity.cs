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

    /// <summary>Whether this is a neighbour's request (no organisation) that <paramref name="userId"/> asked themself.</summary>
    public bool IsAskedBy(Guid? userId) => IsNeighbourRequestAskedBy(OrganisationId, CreatedByUserId, userId);

    /// <summary>
    /// A request without organisation, asked by <paramref name="askedBy"/>, is that person's own
    /// neighbourhood request: they alone (besides staff) change it, see its hours and confirm them.
    /// </summary>
    public static bool IsNeighbourRequestAskedBy(Guid? organisationId, Guid? askedBy, Guid? userId) =>
        organisationId is null && askedBy is { } asker && asker == userId;

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
            requirement.BelongTo(Id);
        }

        CollectionSync.Sync(Requirements, wanted, r => r.CompetenceId, (existing, item) => existing.AskAs(item));

        if (Requirements.Count == 0 && Status == OpportunityStatus.Open)
        {
            throw new DomainRuleException(DomainMessages.OpenOpportunityNeedsRequirement);
        }
    }

    public void SetLanguages(IReadOnlyCollection<OpportunityLanguage> wanted)
    {
        foreach (var language in wanted)
        {
            language.BelongTo(Id);
        }

        CollectionSync.Sync(Languages, wanted, l => l.Code, (existing, item) => existing.AskAs(item));
    }
}
