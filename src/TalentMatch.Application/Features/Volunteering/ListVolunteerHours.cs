using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;

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

public sealed class ListVolunteerHoursQueryValidator : AbstractValidator<ListVolunteerHoursQuery>
{
    public ListVolunteerHoursQueryValidator() => this.PageRules();
}

public sealed class ListVolunteerHoursQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListVolunteerHoursQuery, PagedList<VolunteerHoursDto>>
{
    public async Task<PagedList<VolunteerHoursDto>> Handle(ListVolunteerHoursQuery request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await db.LoadRequestAsync(request.VolunteerRequestId, cancellationToken);
        var entries = db.VolunteerHours.AsNoTracking().Where(h => h.VolunteerRequestId == volunteerRequest.Id);
        if (!Policies.VolunteerHoursStaff.Allows(user) && !OrganisationAccess.IsEmployerOf(user, volunteerRequest.OrganisationId) && !volunteerRequest.IsAskedBy(user.UserId))
        {
            if (!user.IsInRole(Roles.JobSeeker))
            {
                throw new ForbiddenAccessException(Messages.VolunteerHoursSeenBy);
            }

            var userId = user.UserId;
            entries = entries.Where(h => db.Profiles.Any(p => p.Id == h.ProfileId && p.OwnerUserId == userId));
        }

        var page = await entries
            .OrderByDescending(h => h.Date).ThenBy(h => h.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return page.Map(h => h.ToDto());
    }
}
