using TalentMatch.Domain.Common;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>One piece of job-title knowledge: a query may read <see cref="From"/> as <see cref="To"/> (both folded).</summary>
public sealed record OccupationSynonymRule(string From, string To);

/// <summary>
/// Curated Dutch and Flemish job-title knowledge for occupation search: informal and regional
/// words ("poetsvrouw", "beenhouwer"), abbreviations ("vpk", "ict"), loanwords, and how school
/// levels and subjects are named. The default list is Data/occupation-synonyms.txt, embedded in
/// the assembly; its header explains the syntax.
/// </summary>
public sealed class OccupationSynonyms
{
    private static readonly Lazy<OccupationSynonyms> Embedded = new(LoadEmbedded);

    public OccupationSynonyms(IEnumerable<OccupationSynonymRule> rules, IEnumerable<string> noiseWords, IEnumerable<string>? generalRoles = null)
    {
        Rules = rules.ToList();
        NoiseWords = noiseWords.Select(TextNormalizer.Normalize).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        GeneralRoles = (generalRoles ?? []).Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct().ToList();
    }

    /// <summary>The list shipped with the product.</summary>
    public static OccupationSynonyms Default => Embedded.Value;

    public static OccupationSynonyms None { get; } = new([], []);

    public IReadOnlyList<OccupationSynonymRule> Rules { get; }

    /// <summary>Words that say nothing about the occupation ("junior", "parttime").</summary>
    public IReadOnlySet<string> NoiseWords { get; }

    /// <summary>
    /// Roles so general that the rest of a title may name the occupation by itself:
    /// "medewerker bakkerij" is a "bakker", "wetenschappelijk onderzoeker planologie" a "planoloog".
    /// </summary>
    public IReadOnlyList<string> GeneralRoles { get; }

    /// <summary>
    /// Reads the list format: "a = b = c" (each stands for the others), "a, b > c, d" (a and b may
    /// be read as c or d, not the other way round), "- word" (a noise word), "* word" (a general
    /// role); "#" starts a comment.
    /// </summary>
    public static OccupationSynonyms Parse(TextReader reader)
    {
        var rules = new List<OccupationSynonymRule>();
        var noise = new List<string>();
        var roles = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('-') || line.StartsWith('*'))
            {
                (line[0] == '-' ? noise : roles).AddRange(line[1..].Split(',').Select(w => w.Trim()).Where(w => w.Length > 0));
                continue;
            }

            var arrow = line.IndexOf('>', StringComparison.Ordinal);
            if (arrow >= 0 && line.Contains('=', StringComparison.Ordinal))
            {
                throw new FormatException($"occupation synonyms, line {number}: a line is either 'a = b' or 'a > b', not both.");
            }

            if (arrow >= 0)
            {
                var targets = line[(arrow + 1)..].Split(',').Select(to => Phrase(to, number)).ToList();
                rules.AddRange(line[..arrow].Split(',').SelectMany(from => targets.Select(to => new OccupationSynonymRule(Phrase(from, number), to))));
                continue;
            }

            var group = line.Split('=').Select(p => Phrase(p, number)).ToList();
            if (group.Count < 2)
            {
                throw new FormatException($"occupation synonyms, line {number}: expected 'a = b', 'a > b' or '- word'.");
            }

            rules.AddRange(group.SelectMany(from => group.Where(to => to != from).Select(to => new OccupationSynonymRule(from, to))));
        }

        return new OccupationSynonyms(rules.Distinct(), noise, roles);
    }

    private static string Phrase(string text, int line)
    {
        var phrase = TextNormalizer.Normalize(text);
        return phrase.Length > 0 ? phrase : throw new FormatException($"occupation synonyms, line {line}: an empty phrase.");
    }

    private static OccupationSynonyms LoadEmbedded() => EmbeddedData.Read("occupation-synonyms.txt", Parse);
}
