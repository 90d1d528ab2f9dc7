using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>
/// The person takes back their consent: from now on the employer sees the match anonymised again.
/// Staff record it for a person without an account, saying how the person asked (the reason).
/// </summary>
public sealed record WithdrawConsentCommand(string? Reason) : ConditionalChange, ICommand<Versioned<MatchDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.SpeakForPerson;
}

public sealed class WithdrawConsentCommandValidator : AbstractValidator<WithdrawConsentCommand>
{
    public WithdrawConsentCommandValidator() => RuleFor(c => c.Reason).Text(Match.MaxReasonLength, multiline: true);
}

public sealed class WithdrawConsentCommandHandler(ITalentMatchDbContext db, MatchAccess access, MatchStore store, MatchReader reader, Notifier notifier)
    : IRequestHandler<WithdrawConsentCommand, Versioned<MatchDto>>
{
    public async Task<Versioned<MatchDto>> Handle(WithdrawConsentCommand request, CancellationToken cancellationToken)
    {
        var reason = request.Reason.TrimToNull();
        var match = await store.LoadForChangeAsync(request.Id, cancellationToken);
        access.EnsureSpeaksForPerson(await store.PersonAsync(match.ProfileId, cancellationToken), reason);
        db.CheckIfMatch(match, request.IfMatch, EntityNames.Match);
        var now = store.Now;
        match.WithdrawConsent(access.CallerId, now, reason);
        notifier.Notify(match.MatchmakerUserId, NotificationType.ConsentWithdrawn, match.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadVersionedAsync(match, cancellationToken);
    }
}
