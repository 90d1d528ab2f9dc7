using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>Replaces a profile's fields. With If-Match, a stale ETag is refused (412).</summary>
public sealed record UpdateProfileCommand(
    string? DisplayName,
    string? Postcode,
    string? Email,
    string? Phone,
    List<OpportunityKind>? Seeks,
    int HoursPerWeek,
    int MaxTravelKm,
    List<ProfileCompetenceInput>? Competences,
    List<ProfileLanguageInput>? Languages,
    List<ProfileExperienceInput>? Experiences,
    List<string>? Interests,
    ProfileVisibility? Visibility) : ConditionalChange, ICommand<Versioned<ProfileDto>>, IProfileFields, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class UpdateProfileCommandValidator : ProfileFieldsValidator<UpdateProfileCommand>;

public sealed class UpdateProfileCommandHandler(ITalentMatchDbContext db, ProfileStore store, ProfileReader reader, ITitleMemory titles)
    : IRequestHandler<UpdateProfileCommand, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var profile = await store.LoadAccessibleAsync(request.Id, track: true, cancellationToken);
        db.CheckIfMatch(profile, request.IfMatch, EntityNames.Profile);
        await titles.RememberNewExperiencesAsync(profile, request.Experiences, cancellationToken);
        await store.ApplyAsync(profile, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadVersionedAsync(profile, cancellationToken);
    }
}
