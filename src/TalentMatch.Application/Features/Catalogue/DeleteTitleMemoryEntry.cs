using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>An admin removes a remembered title (a wrong pair, or a title that names a person); search forgets it.</summary>
public sealed record DeleteTitleMemoryEntryCommand(long Id) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.CurateCatalogue;
}

public sealed class DeleteTitleMemoryEntryCommandValidator : AbstractValidator<DeleteTitleMemoryEntryCommand>
{
    public DeleteTitleMemoryEntryCommandValidator()
    {
        RuleFor(c => c.Id).GreaterThan(0);
    }
}

public sealed class DeleteTitleMemoryEntryCommandHandler(ITalentMatchDbContext db)
    : IRequestHandler<DeleteTitleMemoryEntryCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTitleMemoryEntryCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.TitleMemory.FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.RememberedTitle, request.Id);
        db.TitleMemory.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
