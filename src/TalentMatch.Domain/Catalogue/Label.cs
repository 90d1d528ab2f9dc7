using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Catalogue;

/// <summary>A preferred or alternative label of a concept in one language, with its search key.</summary>
public abstract class Label
{
    protected Label()
    {
    }

    protected Label(string language, string text, bool isPreferred)
    {
        Language = language;
        Text = text;
        Normalized = TextNormalizer.Normalize(text);
        IsPreferred = isPreferred;
    }

    public long Id { get; private set; }
    public string Language { get; private set; } = "en";
    public string Text { get; private set; } = "";
    public string Normalized { get; private set; } = "";
    public bool IsPreferred { get; private set; }
}

public class CompetenceLabel : Label
{
    private CompetenceLabel()
    {
    }

    public CompetenceLabel(string language, string text, bool isPreferred)
        : base(language, text, isPreferred)
    {
    }

    public Guid CompetenceId { get; private set; }
}

public class OccupationLabel : Label
{
    private OccupationLabel()
    {
    }

    public OccupationLabel(string language, string text, bool isPreferred)
        : base(language, text, isPreferred)
    {
    }

    public Guid OccupationId { get; private set; }
}

/// <summary>Chooses which label to show for a requested language.</summary>
public static class LabelChooser
{
    /// <summary>The preferred label in <paramref name="language"/>, else English, else Dutch, else any.</summary>
    public static string Preferred(IEnumerable<Label> labels, string language)
    {
        var preferred = labels.Where(l => l.IsPreferred).ToList();
        return (preferred.FirstOrDefault(l => l.Language == language)
                ?? preferred.FirstOrDefault(l => l.Language == "en")
                ?? preferred.FirstOrDefault(l => l.Language == "nl")
                ?? preferred.FirstOrDefault())?.Text ?? string.Empty;
    }
}
