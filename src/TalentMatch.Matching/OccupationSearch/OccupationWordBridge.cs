using System.Runtime.InteropServices;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>A Dutch word and the English word it translates to in occupation labels, with how surely (0..1).</summary>
public sealed record WordTranslation(string Dutch, string English, double Confidence, int Concepts);

/// <summary>
/// A Dutch→English word list derived from the catalogue itself: the occupations that carry both
/// Dutch and English labels are parallel text. A Dutch word translates to the English word that
/// appears in the English labels of (nearly) the same occupations as it does in the Dutch ones:
/// "kassier" to "cashier", "magazijn" to "warehouse", "metselaar" to "bricklayer". With it a Dutch
/// title also matches the English labels and alternative labels, which ESCO has more of.
/// Nothing is written by hand; it is derived again whenever the index is built from the labels
/// of an import.
/// </summary>
public static class OccupationWordBridge
{
    // A pair must co-occur in at least this many occupations, and share this much of their
    // occurrences (Dice), to count as a translation.
    private const int MinimumConcepts = 2;
    private const double MinimumConfidence = 0.4;
    private const int MaximumTranslations = 2;

    /// <summary>
    /// Derives the word list from per-occupation folded words: for each occupation the words of
    /// its Dutch labels and those of its English labels.
    /// </summary>
    public static IReadOnlyList<WordTranslation> Derive(IEnumerable<(IReadOnlyCollection<string> Dutch, IReadOnlyCollection<string> English)> occupations)
    {
        var dutchCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var englishCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var (dutch, english) in occupations)
        {
            if (dutch.Count == 0 || english.Count == 0)
            {
                continue;
            }

            foreach (var d in dutch)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(dutchCount, d, out _)++;
            }

            foreach (var e in english)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(englishCount, e, out _)++;
            }

            foreach (var d in dutch)
            {
                // A word spelt the same in both ("manager", "chef") needs no bridge.
                if (english.Contains(d))
                {
                    continue;
                }

                foreach (var e in english)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(pairs, (d, e), out _)++;
                }
            }
        }

        return pairs
            .Where(p => p.Value >= MinimumConcepts)
            .Select(p => new WordTranslation(p.Key.Item1, p.Key.Item2, 2.0 * p.Value / (dutchCount[p.Key.Item1] + englishCount[p.Key.Item2]), p.Value))
            .Where(t => t.Confidence >= MinimumConfidence)
            .GroupBy(t => t.Dutch, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(t => t.Confidence).ThenBy(t => t.English, StringComparer.Ordinal).Take(MaximumTranslations))
            .OrderBy(t => t.Dutch, StringComparer.Ordinal).ThenByDescending(t => t.Confidence)
            .ToList();
    }
}
