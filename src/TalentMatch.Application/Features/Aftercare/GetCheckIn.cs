using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>One check-in with its ETag, for the person's coach, a matchmaker or an admin.</summary>
public sealed record GetCheckInQuery(Guid Id) : IQuery<Versioned<CheckInDto>>, IRequirePolicy, ILoggedRead<Versioned<CheckInDto>>
{
    public static Policy Policy => Policies.FollowUp;

    public IEnumerable<PersonalRecordRead> RecordsIn(Versioned<CheckInDto> response) => [new(response.Value.ProfileId, AccessedRecord.CheckIn, response.Value.Id)];
}

public sealed class GetCheckInQueryHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetCheckInQuery, Versioned<CheckInDto>>
{
    public async Task<Versioned<CheckInDto>> Handle(GetCheckInQuery request, CancellationToken cancellationToken)
    {
        var row = await db.CheckInRowAsync(request.Id, cancellationToken);
        AftercareAccess.EnsureCoachOrManager(user, row.CoachUserId);
        return row.ToVersioned(clock.Today());
    }
}

/// <summary>A check-in with what a coach needs beside it: the person's name and coach, an open escalation.</summary>
internal sealed class CheckInRow
{
    public required CheckIn CheckIn { get; init; }
    public required string DisplayName { get; init; }
    public Guid? CoachUserId { get; init; }
    public Guid? OpenEscalationId { get; init; }

    public CheckInDto ToDto(DateOnly today)
    {
        var c = CheckIn;
        var state = c.CompletedAt is not null ? CheckInState.Completed : c.IsOverdue(today) ? CheckInState.Overdue : CheckInState.Upcoming;
        return new CheckInDto(
            c.Id, c.MatchId, c.ProfileId, DisplayName, c.Offset, c.DueOn, state,
            c.CompletedAt, c.CompletedByUserId, c.Wellbeing, c.Notes, c.Risk, c.Actions, c.StillWorking,
            OpenEscalationId);
    }

    public Versioned<CheckInDto> ToVersioned(DateOnly today) => new(ToDto(today), ETags.Format(CheckIn.ConcurrencyStamp));
}

internal static class CheckInReading
{
    public static IQueryable<CheckInRow> Rows(this ITalentMatchDbContext db, IQueryable<CheckIn> checkIns) =>
        checkIns.AsNoTracking().Join(
            db.Profiles,
            c => c.ProfileId,
            p => p.Id,
            (c, p) => new CheckInRow
            {
                CheckIn = c,
                DisplayName = p.DisplayName,
                CoachUserId = p.CoachUserId,
                OpenEscalationId = db.Escalations.Where(e => e.CheckInId == c.Id && e.ResolvedAt == null).Select(e => (Guid?)e.Id).FirstOrDefault(),
            });

    public static async Task<CheckInRow> CheckInRowAsync(this ITalentMatchDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Rows(db.CheckIns.Where(c => c.Id == id)).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(EntityNames.CheckIn, id);
}
