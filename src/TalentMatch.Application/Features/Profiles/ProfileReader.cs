using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Languages;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>Reads a profile back as the API shows it: labels and language names in the caller's language, the district.</summary>
public sealed class ProfileReader(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, CatalogueLabelCache labels)
{
    /// <summary>The profile with its ETag.</summary>
    public async Task<Versioned<ProfileDto>> ReadVersionedAsync(TalentProfile profile, CancellationToken cancellationToken) =>
        new(await ReadAsync(profile, cancellationToken), ETags.Format(profile.ConcurrencyStamp));

    public async Task<ProfileDto> ReadAsync(TalentProfile profile, CancellationToken cancellationToken)
    {
        var competenceLabels = await labels.CompetencesAsync(db, profile.Competences.Select(c => c.CompetenceId), user.Language, cancellationToken);
        var occupationLabels = await labels.OccupationsAsync(db, profile.Experiences.Select(e => e.OccupationId), user.Language, cancellationToken);
        return new ProfileDto(
            profile.Id,
            profile.DisplayName,
            profile.Postcode,
            places.DistrictOf(profile.Postcode),
            profile.Email,
            profile.Phone,
            profile.KindsSought(),
            profile.HoursPerWeek,
            profile.MaxTravelKm,
            profile.Competences
                .Select(c => new ProfileCompetenceDto(c.CompetenceId, competenceLabels.GetValueOrDefault(c.CompetenceId, ""), c.Level, c.Source, c.Evidence, c.Note, c.ConfirmedByUserId, c.ConfirmedAt))
                .OrderBy(c => c.Label, StringComparer.CurrentCulture)
                .ToList(),
            profile.Languages
                .OrderByDescending(l => l.IsNative).ThenByDescending(l => l.Level.Rank).ThenBy(l => l.Code, StringComparer.Ordinal)
                .Select(l => new ProfileLanguageDto(l.Code, IsoLanguages.Find(l.Code)?.NameIn(user.Language) ?? l.Code, l.Level.ToString(), l.IsNative))
                .ToList(),
            profile.Experiences
                .Select(e => new ProfileExperienceDto(e.Id, e.OccupationId, occupationLabels.GetValueOrDefault(e.OccupationId, ""), e.Years, e.Context))
                .ToList(),
            profile.Interests,
            profile.Visibility,
            profile.OwnerUserId is not null,
            profile.CoachUserId,
            profile.CreatedAt,
            profile.UpdatedAt,
            profile.DeactivatedAt);
    }
}
