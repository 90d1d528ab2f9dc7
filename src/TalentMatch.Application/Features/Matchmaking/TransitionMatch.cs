using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>
/// Moves a match on. The person answers (accepted/declined, choosing what the employer may see);
/// staff do the rest. A move the state machine does not allow is refused with the allowed ones (409).
/// </summary>
public sealed record TransitionMatchCommand(
    MatchState? To,
    string? Reason,
    DateOnly? StartDate,
    ContractType? Contract,
    List<DisclosedFields>? Disclose) : ConditionalChange, ICommand<Versioned<MatchDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.MoveMatches;
}

public sealed class TransitionMatchCommandValidator : AbstractValidator<TransitionMatchCommand>
{
    public TransitionMatchCommandValidator()
    {
        RuleFor(c => c.To).DefinedEnum();
        RuleFor(c => c.Reason).Text(Match.MaxReasonLength, multiline: true)
            .Must(r => !string.IsNullOrWhiteSpace(r))
            .When(c => c.To is MatchState.Closed or MatchState.Withdrawn, ApplyConditionTo.CurrentValidator)
            .WithMessageKey(Messages.CloseReasonRequired);

        When(c => c.To == MatchState.Placed, () =>
        {
            RuleFor(c => c.StartDate).NotNull().WithMessageKey(Messages.PlacementNeedsStartDate).Day();
            RuleFor(c => c.Contract).NotNull().WithMessageKey(Messages.PlacementNeedsContract);
        }).Otherwise(() =>
        {
            RuleFor(c => c.StartDate).Null().WithMessageKey(Messages.StartDateOnlyWithPlaced);
            RuleFor(c => c.Contract).Null().WithMessageKey(Messages.ContractOnlyWithPlaced);
        });

        RuleFor(c => c.Disclose).Null().When(c => c.To != MatchState.Accepted)
            .WithMessageKey(Messages.DiscloseOnlyWithAccepted)
            .UniqueBy(f => f);
        RuleForEach(c => c.Disclose).Must(f => Match.ContactFields.Contains(f))
            .WithMessageKey(Messages.DiscloseFieldsAllowed);
    }
}

public sealed class TransitionMatchCommandHandler(ITalentMatchDbContext db, MatchAccess access, MatchStore store, MatchReader reader, Notifier notifier, AftercareOptions aftercare)
    : IRequestHandler<TransitionMatchCommand, Versioned<MatchDto>>
{
    public async Task<Versioned<MatchDto>> Handle(TransitionMatchCommand request, CancellationToken cancellationToken)
    {
        var to = request.To!.Value;
        var reason = request.Reason.TrimToNull();
        var match = await store.LoadForChangeAsync(request.Id, cancellationToken);
        var person = await store.PersonAsync(match.ProfileId, cancellationToken);
        await access.EnsureMayMoveAsync(match, person, to, reason, cancellationToken);
        db.CheckIfMatch(match, request.IfMatch, EntityNames.Match);

        // Accepting without a choice discloses every contact field; an empty list discloses none.
        var disclose = request.Disclose?.Aggregate(DisclosedFields.None, (all, field) => all | field) ?? DisclosedFields.All;
        var now = store.Now;
        match.TransitionTo(to, access.CallerId, now, reason, disclose, request.StartDate, request.Contract);

        switch (to)
        {
            case MatchState.Proposed or MatchState.Offered:
                // Someone without an account hears of it through their coach.
                notifier.Notify(person.OwnerUserId ?? person.CoachUserId, NotificationType.ProposalMade, match.Id, now);
                break;
            case MatchState.Accepted or MatchState.Declined:
                notifier.Notify(match.MatchmakerUserId, NotificationType.AnswerGiven, match.Id, now);
                break;
            case MatchState.Placed:
                db.CheckIns.AddRange(aftercare.PlanFor(match));
                break;
            case MatchState.Closed when match.PlacedAt is not null:
                // The placement ended: the check-ins still to come no longer fall due. Those held stay
                // (they are the record); the outcome can still be recorded on the match.
                db.CheckIns.RemoveRange(await db.CheckIns.Where(c => c.MatchId == match.Id && c.CompletedAt == null).ToListAsync(cancellationToken));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadVersionedAsync(match, cancellationToken);
    }
}
