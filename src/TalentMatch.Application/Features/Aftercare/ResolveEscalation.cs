using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Aftercare;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>A matchmaker or admin closes an escalation, saying what was done; resolving twice is a conflict (409).</summary>
public sealed record ResolveEscalationCommand(string? Resolution) : ICommand<EscalationDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ManageAftercare;

    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ResolveEscalationCommandValidator : AbstractValidator<ResolveEscalationCommand>
{
    public ResolveEscalationCommandValidator()
    {
        RuleFor(c => c.Resolution).RequiredText(Escalation.MaxResolutionLength, multiline: true);
    }
}

public sealed class ResolveEscalationCommandHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ResolveEscalationCommand, EscalationDto>
{
    public async Task<EscalationDto> Handle(ResolveEscalationCommand request, CancellationToken cancellationToken)
    {
        var escalation = await db.Escalations.FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Escalation, request.Id);
        if (!AftercareAccess.IsManager(user))
        {
            throw new ForbiddenAccessException(Messages.EscalationsResolvedBy);
        }

        escalation.Resolve(request.Resolution!.Trim(), user.RequireUserId(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.Rows(db.Escalations.Where(e => e.Id == escalation.Id)).FirstAsync(cancellationToken)).ToDto();
    }
}
