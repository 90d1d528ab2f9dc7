using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Catalogue;

/// <summary>Where a remembered job title came from.</summary>
public enum TitleSource
{
    /// <summary>Expert-mapped titles shipped with the product (melo-benchmark, MIT).</summary>
    Seed = 1,

    /// <summary>A vacancy drafted from an occupation under the job hunter's own title.</summary>
    Vacancy = 2,

    /// <summary>A work experience recorded with a free-text title.</summary>
    Experience = 3,

    /// <summary>A matchmaker picked the occupation for a text they searched.</summary>
    Choice = 4,
}

/// <summary>
/// A job title as people write it, remembered for the ESCO occupation it was given for, so that
/// occupation search proposes that occupation for the same or a similar title. One row per
/// (folded title, occupation, source); giving the pair again raises its count. The occupation is
/// held by its ESCO URI, so titles seeded for occupations outside the curated catalogue start to
/// count once the full ESCO classification is imported. Holds no reference to a person.
/// </summary>
public class TitleMemoryEntry
{
    public const int MaxTitleLength = 200;

    private TitleMemoryEntry()
    {
    }

    public TitleMemoryEntry(string title, string occupationUri, TitleSource source, DateTime now)
    {
        var trimmed = title.Trim();
        Title = trimmed.Length > MaxTitleLength ? trimmed[..MaxTitleLength] : trimmed;
        Normalized = Normalize(Title);
        OccupationUri = occupationUri;
        Source = source;
        Count = 1;
        FirstSeenAt = now;
        LastSeenAt = now;
    }

    public long Id { get; private set; }

    /// <summary>The title as first written.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The title folded for comparison (case, accents, punctuation): the deduplication key.</summary>
    public string Normalized { get; private set; } = "";

    public string OccupationUri { get; private set; } = "";
    public TitleSource Source { get; private set; }

    /// <summary>How often the pair was given.</summary>
    public int Count { get; private set; }

    public DateTime FirstSeenAt { get; private set; }
    public DateTime LastSeenAt { get; private set; }

    /// <summary>The key a title is deduplicated by; empty when it holds no letter or digit.</summary>
    public static string Normalize(string? title)
    {
        var normalized = TextNormalizer.Normalize(title);
        return normalized.Length > MaxTitleLength ? normalized[..MaxTitleLength] : normalized;
    }

    /// <summary>The same title was given again for the same occupation.</summary>
    public void GivenAgain(DateTime now)
    {
        Count++;
        LastSeenAt = now;
    }
}
