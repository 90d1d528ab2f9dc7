using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>
/// Loads profiles (with the caller's access checked where asked) and writes a body's fields onto
/// one once every reference in it exists and the caller may back its competences.
/// </summary>
public sealed class ProfileStore(ITalentMatchDbContext db, ProfileAccess access, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

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

    /// <summary>A profile the caller may read and change (the person's own, or any for staff who work with people).</summary>
    public async Task<TalentProfile> LoadAccessibleAsync(Guid id, bool track, CancellationToken cancellationToken)
    {
        var profile = await LoadAsync(id, track, cancellationToken);
        access.EnsureCanAccess(profile);
        return profile;
    }

    /// <summary>The id of the profile the user owns, if any.</summary>
    public async Task<Guid?> OwnProfileIdAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Profiles.Where(p => p.OwnerUserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Checks references and who may back which competence, then writes the fields onto the profile.</summary>
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

        access.EnsureMayBack(profile, competences);
        var now = Now;
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
        profile.SetCompetences(
            competences.Select(c => new CompetenceEntry(c.CompetenceId, c.Level, c.Source!.Value, c.Evidence ?? Evidence.Declared, c.Note)).ToList(),
            access.CallerId,
            now);
        profile.SetLanguages((fields.Languages ?? []).Select(l => new LanguageEntry(l.Code!, CefrLevel.Parse(l.Level!), l.Native)).ToList());
        profile.SetExperiences(experiences.Select(e => new ExperienceEntry(e.OccupationId, e.Years, e.Context!.Value)));
        profile.Touch(now);
    }
}
