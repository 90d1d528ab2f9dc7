using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// Check-ins, earliest due first. A coach sees those of their own people; matchmakers and admins
/// any, optionally those of one coach. due: overdue (not done, due before today), upcoming (not
/// done, due today or later) or completed.
/// </summary>
public sealed record ListCheckInsQuery(
    Guid? CoachId,
    Guid? ProfileId,
    Guid? MatchId,
    CheckInState? Due,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<CheckInDto>>, IPagedRequest, IRequirePolicy, ILoggedRead<PagedList<CheckInDto>>
{
    public static Policy Policy => Policies.FollowUp;

    public IEnumerable<PersonalRecordRead> RecordsIn(PagedList<CheckInDto> response) => response.Items.Select(c => new PersonalRecordRead(c.ProfileId, AccessedRecord.CheckIn, c.Id));
}

public sealed class ListCheckInsQueryValidator : PagedRequestValidator<ListCheckInsQuery>
{
    public ListCheckInsQueryValidator()
    {
        RuleFor(q => q.Due).Must(d => d is null || Enum.IsDefined(d.Value));
    }
}

public sealed class ListCheckInsQueryHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListCheckInsQuery, PagedList<CheckInDto>>
{
    public async Task<PagedList<CheckInDto>> Handle(ListCheckInsQuery request, CancellationToken cancellationToken)
    {
        var coachId = request.CoachId;
        if (!AftercareAccess.IsManager(user))
        {
            if (!user.IsInRole(Roles.Coach) || (coachId is { } asked && asked != user.UserId))
            {
                throw new ForbiddenAccessException(Messages.CoachSeesOwnCheckIns);
            }

            coachId = user.RequireUserId();
        }

        var today = clock.Today();
        var checkIns = db.CheckIns.AsQueryable();
        if (coachId is { } coach)
        {
            checkIns = checkIns.Where(c => db.Profiles.Any(p => p.Id == c.ProfileId && p.CoachUserId == coach));
        }

        if (request.ProfileId is { } profileId)
        {
            checkIns = checkIns.Where(c => c.ProfileId == profileId);
        }

        if (request.MatchId is { } matchId)
        {
            checkIns = checkIns.Where(c => c.MatchId == matchId);
        }

        checkIns = request.Due switch
        {
            CheckInState.Overdue => checkIns.Where(c => c.CompletedAt == null && c.DueOn < today),
            CheckInState.Upcoming => checkIns.Where(c => c.CompletedAt == null && c.DueOn >= today),
            CheckInState.Completed => checkIns.Where(c => c.CompletedAt != null),
            _ => checkIns,
        };

        var page = await db.Rows(checkIns).OrderBy(r => r.CheckIn.DueOn).ThenBy(r => r.CheckIn.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return page.Map(row => row.ToDto(today));
    }
}
