using System.Text.Json.Serialization;
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
    ProfileVisibility? Visibility) : ICommand<Versioned<ProfileDto>>, IProfileFields, IConditionalRequest, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;

    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

public sealed class UpdateProfileCommandValidator : ProfileFieldsValidator<UpdateProfileCommand>;

public sealed class UpdateProfileCommandHandler(ITalentMatchDbContext db, ProfileMapping mapping, ITitleMemory titles)
    : IRequestHandler<UpdateProfileCommand, Versioned<ProfileDto>>
{
    public async Task<Versioned<ProfileDto>> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var profile = await mapping.LoadAsync(request.Id, track: true, cancellationToken);
        mapping.EnsureCanAccess(profile);
        db.CheckIfMatch(profile, request.IfMatch, EntityNames.Profile);
        await titles.RememberNewExperiencesAsync(profile, request.Experiences, cancellationToken);
        await mapping.ApplyAsync(profile, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<ProfileDto>(await mapping.ToDtoAsync(profile, cancellationToken), ETags.Format(profile.ConcurrencyStamp));
    }
}
