using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>
/// The outcome of a placement: still working, or left with a reason. Only a placement has one (409
/// otherwise); recording it again corrects it.
/// </summary>
public sealed record RecordOutcomeCommand(bool? StillWorking, string? Reason) : ICommand<OutcomeDto>, IRequirePolicy
{
    public static Policy Policy => Policies.FollowUp;

    [JsonIgnore]
    public Guid MatchId { get; init; }
}

public sealed class RecordOutcomeCommandValidator : AbstractValidator<RecordOutcomeCommand>
{
    public RecordOutcomeCommandValidator()
    {
        RuleFor(c => c.StillWorking).NotNull();
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.StillWorking == false)
            .WithMessageKey(DomainMessages.OutcomeNeedsReason);
        RuleFor(c => c.Reason).Text(Match.MaxReasonLength, multiline: true);
    }
}

public sealed class RecordOutcomeCommandHandler(ITalentMatchDbContext db, ICurrentUser user, MatchStore store)
    : IRequestHandler<RecordOutcomeCommand, OutcomeDto>
{
    public async Task<OutcomeDto> Handle(RecordOutcomeCommand request, CancellationToken cancellationToken)
    {
        var match = await store.LoadForChangeAsync(request.MatchId, cancellationToken);
        await db.EnsureCoachOrManagerAsync(user, match.ProfileId, cancellationToken);

        match.RecordOutcome(request.StillWorking!.Value, request.Reason.TrimToNull(), user.RequireUserId(), store.Now);
        await db.SaveChangesAsync(cancellationToken);
        return new OutcomeDto(match.Id, match.StillWorking!.Value, match.OutcomeReason, match.OutcomeRecordedAt!.Value);
    }
}
