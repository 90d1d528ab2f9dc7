using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Privacy;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>
/// Erases a person and every trace of them (see <see cref="PersonalDataEraser"/>). The person's
/// own act, or an admin's on a recorded request naming its ground (<c>reason</c>). Staff who work
/// with people deactivate a profile instead (<see cref="DeactivateProfileCommand"/>).
/// </summary>
public sealed record DeleteProfileCommand(Guid Id, ErasureReason? Reason = null) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.EraseProfiles;
}

public sealed class DeleteProfileCommandValidator : AbstractValidator<DeleteProfileCommand>
{
    public DeleteProfileCommandValidator() => RuleFor(c => c.Reason).Must(r => r is null || Enum.IsDefined(r.Value));
}

public sealed class DeleteProfileCommandHandler(ITalentMatchDbContext db, ICurrentUser user, PersonalDataEraser eraser) : IRequestHandler<DeleteProfileCommand, Unit>
{
    public async Task<Unit> Handle(DeleteProfileCommand request, CancellationToken cancellationToken)
    {
        var profile = await db.LoadForRightsAsync(user, request.Id, request.Reason is not null, cancellationToken);
        var byPerson = PersonalDataRights.IsThePerson(user, profile);
        await eraser.EraseAsync(profile, byPerson ? ErasureReason.PersonAsked : request.Reason!.Value, byPerson ? null : user.UserId, cancellationToken);
        return Unit.Value;
    }
}
