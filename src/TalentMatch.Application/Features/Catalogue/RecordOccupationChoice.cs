using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>
/// A matchmaker picked an occupation for a text they searched: the pair is remembered, so the
/// next search for that text or a similar one proposes the occupation higher.
/// </summary>
public sealed record RecordOccupationChoiceCommand(string? Query, Guid? OccupationId) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.TeachOccupationSearch;
}

public sealed class RecordOccupationChoiceCommandValidator : AbstractValidator<RecordOccupationChoiceCommand>
{
    public RecordOccupationChoiceCommandValidator()
    {
        RuleFor(c => c.Query).RequiredText(TitleMemoryEntry.MaxTitleLength);

        // A text with fewer than two letters or digits ("x", emoji only) names no job.
        RuleFor(c => c.Query).Must(q => TitleMemoryEntry.Normalize(q).Replace(" ", "", StringComparison.Ordinal).Length > 1)
            .When(c => !string.IsNullOrWhiteSpace(c.Query));
        RuleFor(c => c.OccupationId).NotEmpty();
    }
}

public sealed class RecordOccupationChoiceCommandHandler(ITalentMatchDbContext db, ITitleMemory titles)
    : IRequestHandler<RecordOccupationChoiceCommand, Unit>
{
    public async Task<Unit> Handle(RecordOccupationChoiceCommand request, CancellationToken cancellationToken)
    {
        if (!await db.Occupations.AnyAsync(o => o.Id == request.OccupationId, cancellationToken))
        {
            throw new InvalidReferenceException("occupationId", EntityNames.Occupation, request.OccupationId!.Value);
        }

        await titles.RememberAsync(request.Query, request.OccupationId!.Value, TitleSource.Choice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
