using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>Lists volunteer requests: job seekers see open ones, employers their own organisation's, staff all.</summary>
public sealed record ListVolunteerRequestsQuery(
    string? Status,
    Guid? OrganisationId,
    string? Q,
    string? Postcode,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<VolunteerRequestSummaryDto>>, IOpportunityListQuery, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListVolunteerRequestsQueryValidator : OpportunityListQueryValidator<ListVolunteerRequestsQuery>;

public sealed class ListVolunteerRequestsQueryHandler(ITalentMatchDbContext db, OpportunityAccess access, OpportunityReader reader)
    : IRequestHandler<ListVolunteerRequestsQuery, PagedList<VolunteerRequestSummaryDto>>
{
    public async Task<PagedList<VolunteerRequestSummaryDto>> Handle(ListVolunteerRequestsQuery request, CancellationToken cancellationToken)
    {
        var page = await access.Visible(db.VolunteerRequests.AsNoTracking()).Filtered(request)
            .Select(v => new { v.Id, v.OrganisationId, v.Title, v.Postcode, v.StartsAt, v.Recurring, v.HoursEstimate, v.VolunteersNeeded, v.Status, Requirements = v.Requirements.Count, v.UpdatedAt })
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var names = await reader.OrganisationNamesAsync(page.Items.Select(v => v.OrganisationId), cancellationToken);
        return page.Map(v => new VolunteerRequestSummaryDto(
            v.Id, OpportunityKind.Volunteering, v.OrganisationId, v.OrganisationId is { } id ? names.GetValueOrDefault(id) : null, v.Title, reader.DistrictOf(v.Postcode),
            v.StartsAt, v.Recurring, v.HoursEstimate, v.VolunteersNeeded, v.Status, v.Requirements, v.UpdatedAt));
    }
}
