using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// The coach records (or corrects) a check-in. A high risk raises one escalation to the
/// placement's matchmaker. With If-Match, a stale ETag is refused (412).
/// </summary>
public sealed record RecordCheckInCommand(
    DateTimeOffset? CompletedAt,
    int? Wellbeing,
    string? Notes,
    RiskLevel? Risk,
    string? Actions,
    bool? StillWorking) : ConditionalChange, ICommand<Versioned<CheckInDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.FollowUp;
}

public sealed class RecordCheckInCommandValidator : AbstractValidator<RecordCheckInCommand>
{
    /// <summary>Room for a client clock running a little ahead.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public RecordCheckInCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.CompletedAt).NotNull()
            .Must(at => at is null || at <= clock.GetUtcNow() + ClockSkew)
            .WithMessageKey(Messages.CheckInInFuture);
        RuleFor(c => c.Wellbeing).NotNull().InclusiveBetween(CheckIn.MinWellbeing, CheckIn.MaxWellbeing);
        RuleFor(c => c.Risk).DefinedEnum();
        RuleFor(c => c.Notes).Text(CheckIn.MaxNotesLength, multiline: true);
        RuleFor(c => c.Actions).Text(CheckIn.MaxNotesLength, multiline: true);
    }
}

public sealed class RecordCheckInCommandHandler(ITalentMatchDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock)
    : IRequestHandler<RecordCheckInCommand, Versioned<CheckInDto>>
{
    public async Task<Versioned<CheckInDto>> Handle(RecordCheckInCommand request, CancellationToken cancellationToken)
    {
        var checkIn = await db.CheckIns.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.CheckIn, request.Id);
        await db.EnsureCoachOrManagerAsync(user, checkIn.ProfileId, cancellationToken);
        db.CheckIfMatch(checkIn, checkIn.ConcurrencyStamp, request.IfMatch, EntityNames.CheckIn);

        var match = await db.Matches.FirstAsync(m => m.Id == checkIn.MatchId, cancellationToken);
        var completedAt = request.CompletedAt!.Value;

        // The day as the coach wrote it, so a talk early on the first working day is not refused by a time zone.
        if (match.StartDate is { } start && DateOnly.FromDateTime(completedAt.DateTime) < start)
        {
            throw new ValidationException([new ValidationFailure(nameof(RecordCheckInCommand.CompletedAt), Messages.Format(Messages.CheckInBeforeStart, start))]);
        }

        var me = user.RequireUserId();
        var risk = request.Risk!.Value;
        checkIn.Record(completedAt.UtcDateTime, request.Wellbeing!.Value, request.Notes.TrimToNull(), risk, request.Actions.TrimToNull(), request.StillWorking, me);

        // One open escalation per check-in: recording high again while it is open adds nothing.
        if (risk == RiskLevel.High && !await db.Escalations.AnyAsync(e => e.CheckInId == checkIn.Id && e.ResolvedAt == null, cancellationToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var escalation = new Escalation(match.Id, checkIn.Id, checkIn.ProfileId, match.MatchmakerUserId, now);
            db.Escalations.Add(escalation);
            notifier.Notify(match.MatchmakerUserId, NotificationType.Escalation, escalation.Id, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await db.CheckInRowAsync(checkIn.Id, cancellationToken)).ToVersioned(clock.Today());
    }
}
