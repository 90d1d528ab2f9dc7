using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>
/// The hours logged on a request, newest day first. Staff, the requesting organisation's
/// employers and the neighbour who asked see every entry; a volunteer sees only their own.
/// </summary>
public sealed record ListVolunteerHoursQuery(Guid VolunteerRequestId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<VolunteerHoursDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.ReadVolunteerHours;
}

public sealed class ListVolunteerHoursQueryValidator : PagedRequestValidator<ListVolunteerHoursQuery>;

public sealed class ListVolunteerHoursQueryHandler(ITalentMatchDbContext db, VolunteerHoursAccess access, OpportunityStore opportunities)
    : IRequestHandler<ListVolunteerHoursQuery, PagedList<VolunteerHoursDto>>
{
    public async Task<PagedList<VolunteerHoursDto>> Handle(ListVolunteerHoursQuery request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await opportunities.LoadAsync<VolunteerRequest>(request.VolunteerRequestId, track: false, cancellationToken);
        var entries = access.Visible(volunteerRequest, db.VolunteerHours.AsNoTracking().Where(h => h.VolunteerRequestId == volunteerRequest.Id));

        var page = await entries
            .OrderByDescending(h => h.Date).ThenBy(h => h.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return page.Map(VolunteerHoursDto.From);
    }
}
