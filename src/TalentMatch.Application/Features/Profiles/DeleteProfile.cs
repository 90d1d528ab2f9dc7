using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>Deletes a profile and with it all personal data it holds (competences, languages, experiences).</summary>
public sealed record DeleteProfileCommand(Guid Id) : ICommand<Unit>, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class DeleteProfileCommandHandler(ITalentMatchDbContext db, ProfileMapping mapping) : IRequestHandler<DeleteProfileCommand, Unit>
{
    public async Task<Unit> Handle(DeleteProfileCommand request, CancellationToken cancellationToken)
    {
        var profile = await mapping.LoadAsync(request.Id, track: true, cancellationToken);
        mapping.EnsureCanAccess(profile);
        db.Profiles.Remove(profile);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
