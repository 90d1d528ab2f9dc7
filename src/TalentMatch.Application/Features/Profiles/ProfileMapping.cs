using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Languages;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>Applies validated fields to a profile and reads profiles back as DTOs.</summary>
public sealed class ProfileMapping(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, TimeProvider clock, CatalogueLabelCache labels)
{
    public static bool IsStaff(ICurrentUser user) => Policies.PeopleStaff.Allows(user);

    /// <summary>Checks references, then writes the fields onto the profile.</summary>
    public async Task ApplyAsync(TalentProfile profile, IProfileFields fields, CancellationToken cancellationToken)
    {
        var competences = fields.Competences ?? [];
        var missing = await db.MissingCompetencesAsync(competences.Select(c => c.CompetenceId), cancellationToken);
        if (missing.Count > 0)
        {
            var index = competences.FindIndex(c => missing.Contains(c.CompetenceId));
            throw new InvalidReferenceException($"competences[{index}].competenceId", EntityNames.Competence, competences[index].CompetenceId);
        }

        var experiences = fields.Experiences ?? [];
        var missingOccupations = await db.MissingOccupationsAsync(experiences.Select(e => e.OccupationId), cancellationToken);
        if (missingOccupations.Count > 0)
        {
            var index = experiences.FindIndex(e => missingOccupations.Contains(e.OccupationId));
            throw new InvalidReferenceException($"experiences[{index}].occupationId", EntityNames.Occupation, experiences[index].OccupationId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var current = profile.Competences.ToDictionary(c => c.CompetenceId);
        var failures = new List<ValidationFailure>();
        var wanted = new List<ProfileCompetence>();
        for (var i = 0; i < competences.Count; i++)
        {
            var input = competences[i];
            var evidence = input.Evidence ?? Evidence.Declared;
            var existing = current.GetValueOrDefault(input.CompetenceId);
            var raised = evidence > Evidence.Declared && existing?.Evidence != evidence;
            if (raised && !Policies.ConfirmCompetences.Allows(user))
            {
                // Others declare; a talent scout confirms or certifies (the same rule as POST …/confirm).
                failures.Add(new ValidationFailure($"Competences[{i}].Evidence", Messages.Get(Messages.EvidenceOnlyByStaff)));
                continue;
            }

            var item = new ProfileCompetence
            {
                ProfileId = profile.Id,
                CompetenceId = input.CompetenceId,
                Level = input.Level,
                Source = input.Source!.Value,
                Note = input.Note.TrimToNull(),
            };
            item.Back(evidence, raised ? user.UserId : existing?.ConfirmedByUserId, raised ? now : existing?.ConfirmedAt);
            wanted.Add(item);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        profile.Update(new ProfileDetails(
            fields.DisplayName!,
            fields.Postcode!,
            fields.Email,
            fields.Phone,
            fields.Seeks!.Contains(OpportunityKind.Job),
            fields.Seeks!.Contains(OpportunityKind.Volunteering),
            fields.HoursPerWeek,
            fields.MaxTravelKm,
            fields.Visibility ?? ProfileVisibility.Matchable,
            fields.Interests ?? []));
        profile.SetCompetences(wanted);
        profile.SetLanguages((fields.Languages ?? []).Select(l => new ProfileLanguage
        {
            ProfileId = profile.Id,
            Code = l.Code!.Trim().ToLowerInvariant(),
            Level = CefrLevel.Parse(l.Level!),
            IsNative = l.Native,
        }).ToList());
        profile.SetExperiences(experiences.Select(e => new ProfileExperience
        {
            ProfileId = profile.Id,
            OccupationId = e.OccupationId,
            Years = e.Years,
            Context = e.Context!.Value,
        }));
        profile.Touch(now);
    }

    public async Task<TalentProfile> LoadAsync(Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = db.Profiles.Include(p => p.Competences).Include(p => p.Languages).Include(p => p.Experiences).AsSplitQuery();
        if (!track)
        {
            query = query.AsNoTracking();
        }

        return await query.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Profile, id);
    }

    /// <summary>The person themself or staff who work with people may read and change a profile.</summary>
    public void EnsureCanAccess(TalentProfile profile)
    {
        if (IsStaff(user))
        {
            return;
        }

        if (user.IsInRole(Roles.JobSeeker) && profile.OwnerUserId is { } owner && owner == user.UserId)
        {
            return;
        }

        throw new ForbiddenAccessException(Messages.ProfileAccessForbidden);
    }

    public async Task<ProfileDto> ToDtoAsync(TalentProfile profile, CancellationToken cancellationToken)
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
            Seeks(profile),
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

    public static IReadOnlyList<OpportunityKind> Seeks(TalentProfile profile) => Seeks(profile.SeeksJob, profile.SeeksVolunteering);

    /// <summary>What a person seeks, as the API lists it.</summary>
    public static IReadOnlyList<OpportunityKind> Seeks(bool job, bool volunteering) =>
        [.. job ? [OpportunityKind.Job] : Array.Empty<OpportunityKind>(), .. volunteering ? [OpportunityKind.Volunteering] : Array.Empty<OpportunityKind>()];
}
