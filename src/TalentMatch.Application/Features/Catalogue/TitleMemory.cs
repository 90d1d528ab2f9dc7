using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>
/// Remembers the job titles people give for occupations, so occupation search learns them
/// (see <see cref="TitleMemoryEntry"/>). The pairs join the caller's unit of work: they are saved
/// with the vacancy, profile or choice they came with, or not at all.
/// </summary>
public interface ITitleMemory
{
    /// <summary>Remembers that <paramref name="title"/> was given for an occupation; no title, or one without letters or digits, is ignored.</summary>
    Task RememberAsync(string? title, Guid occupationId, TitleSource source, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers the titles of the experiences a profile is about to get, for the occupations it
    /// does not hold yet (a profile saved again with the same experiences counts them once).
    /// </summary>
    Task RememberNewExperiencesAsync(TalentProfile profile, IEnumerable<Profiles.ProfileExperienceInput>? experiences, CancellationToken cancellationToken);
}

public sealed class TitleMemory(ITalentMatchDbContext db, TimeProvider clock) : ITitleMemory
{
    public async Task RememberAsync(string? title, Guid occupationId, TitleSource source, CancellationToken cancellationToken)
    {
        var normalized = TitleMemoryEntry.Normalize(title);
        if (normalized.Length == 0)
        {
            return;
        }

        // Occupations are remembered by ESCO URI; one without (added by hand) cannot be.
        var uri = await db.Occupations.AsNoTracking().Where(o => o.Id == occupationId).Select(o => o.EscoUri).FirstOrDefaultAsync(cancellationToken);
        if (uri is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = db.TitleMemory.Local.FirstOrDefault(e => e.Normalized == normalized && e.OccupationUri == uri && e.Source == source)
            ?? await db.TitleMemory.FirstOrDefaultAsync(e => e.Normalized == normalized && e.OccupationUri == uri && e.Source == source, cancellationToken);
        if (entry is null)
        {
            db.TitleMemory.Add(new TitleMemoryEntry(title!, uri, source, now));
        }
        else
        {
            entry.GivenAgain(now);
        }
    }

    public async Task RememberNewExperiencesAsync(TalentProfile profile, IEnumerable<Profiles.ProfileExperienceInput>? experiences, CancellationToken cancellationToken)
    {
        var held = profile.Experiences.Select(e => e.OccupationId).ToHashSet();
        foreach (var experience in experiences ?? [])
        {
            if (experience is not null && !held.Contains(experience.OccupationId))
            {
                await RememberAsync(experience.Title, experience.OccupationId, TitleSource.Experience, cancellationToken);
            }
        }
    }
}
