using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>The matches the caller may see, newest first, narrowed by state, opportunity, person, matchmaker or coach.</summary>
public sealed record ListMatchesQuery(
    MatchState? State,
    Guid? VacancyId,
    Guid? VolunteerRequestId,
    Guid? ProfileId,
    Guid? MatchmakerId,
    Guid? CoachId,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<MatchDto>>, IPagedRequest, IRequirePolicy, ILoggedRead<PagedList<MatchDto>>
{
    public static Policy Policy => Policies.SeeMatches;

    public IEnumerable<PersonalRecordRead> RecordsIn(PagedList<MatchDto> response) => response.Items.Select(m => new PersonalRecordRead(m.Person.ProfileId, AccessedRecord.Match, m.Id));
}

public sealed class ListMatchesQueryValidator : PagedRequestValidator<ListMatchesQuery>;

public sealed class ListMatchesQueryHandler(ITalentMatchDbContext db, MatchAccess access, MatchReader reader)
    : IRequestHandler<ListMatchesQuery, PagedList<MatchDto>>
{
    public async Task<PagedList<MatchDto>> Handle(ListMatchesQuery request, CancellationToken cancellationToken)
    {
        if (!access.MayList)
        {
            throw new ForbiddenAccessException(Messages.MatchesListForbidden);
        }

        var matches = access.Visible(db.Matches.AsNoTracking());
        if (request.State is { } state)
        {
            matches = matches.Where(m => m.State == state);
        }

        if (request.VacancyId is { } vacancyId)
        {
            matches = matches.Where(m => m.Kind == OpportunityKind.Job && m.OpportunityId == vacancyId);
        }

        if (request.VolunteerRequestId is { } volunteerRequestId)
        {
            matches = matches.Where(m => m.Kind == OpportunityKind.Volunteering && m.OpportunityId == volunteerRequestId);
        }

        if (request.ProfileId is { } profileId)
        {
            matches = matches.Where(m => m.ProfileId == profileId);
        }

        if (request.MatchmakerId is { } matchmakerId)
        {
            matches = matches.Where(m => m.MatchmakerUserId == matchmakerId);
        }

        if (request.CoachId is { } coachId)
        {
            matches = matches.Where(m => db.Profiles.Any(p => p.Id == m.ProfileId && p.CoachUserId == coachId));
        }

        var page = await matches
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Include(m => m.History)
            .AsSplitQuery()
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return new PagedList<MatchDto>(await reader.ReadAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.Total);
    }
}
