using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Opportunities;

/// <summary>The filters both opportunity lists take; status as the JSON spells it (draft, open, closed).</summary>
public interface IOpportunityListQuery : IPagedRequest
{
    string? Status { get; }
    Guid? OrganisationId { get; }
    string? Q { get; }
    string? Postcode { get; }
}

public abstract class OpportunityListQueryValidator<T> : PagedRequestValidator<T>
    where T : IOpportunityListQuery
{
    protected OpportunityListQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Postcode).BelgianPostcode().When(q => q.Postcode is not null);
        RuleFor(q => q.Status).Must(s => s is null || OpportunityStatuses.Parse(s) is not null)
            .WithMessageKey(Messages.StatusFilter);
    }
}

public static class OpportunityStatuses
{
    /// <summary>Query strings carry the camelCase names the JSON uses, not numbers.</summary>
    public static OpportunityStatus? Parse(string? status) =>
        Enum.TryParse<OpportunityStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !status!.Any(char.IsDigit) ? parsed : null;
}

/// <summary>The shared list filters, newest first.</summary>
public static class OpportunityListFilters
{
    public static IQueryable<T> Filtered<T>(this IQueryable<T> opportunities, IOpportunityListQuery request)
        where T : Opportunity
    {
        if (OpportunityStatuses.Parse(request.Status) is { } status)
        {
            opportunities = opportunities.Where(o => o.Status == status);
        }

        if (request.OrganisationId is { } organisationId)
        {
            opportunities = opportunities.Where(o => o.OrganisationId == organisationId);
        }

        if (request.Postcode is { } postcode)
        {
            opportunities = opportunities.Where(o => o.Postcode == postcode);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            opportunities = opportunities.Where(o => o.Title.ToLower().Contains(q) || o.Description.ToLower().Contains(q));
        }

        return opportunities.OrderByDescending(o => o.UpdatedAt).ThenBy(o => o.Id);
    }
}
