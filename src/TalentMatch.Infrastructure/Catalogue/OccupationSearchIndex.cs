using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>One label of an occupation, as the search index takes it.</summary>
public sealed record OccupationLabelRow(Guid OccupationId, string Language, string Text, bool IsPreferred);

/// <summary>An occupation found for a query, with the label that matched best.</summary>
public sealed record OccupationIndexHit(Guid OccupationId, double Score, string MatchedLabel);

/// <summary>
/// In-memory occupation search over every label in every language. A label scores by a weighted
/// word overlap (rare words count more, typos match through similar words) blended with a
/// character-trigram similarity of the whole title; an occupation scores by its best label.
/// Both sides go through the same folding: Dutch gendered and inflected forms reduce to one stem
/// ("kassierster", "kassière" and "kassier"), compounds split into known words
/// ("magazijnmedewerker" is "magazijn medewerker"), and noise such as "(m/v/x)" is dropped.
/// Built once from label rows; immutable afterwards, so it can be searched from any thread.
/// </summary>
public sealed partial class OccupationSearchIndex
{
    private const double MinimumScore = 0.2;

    // Share of the word overlap in a label's score; the rest is character similarity.
    private const double WordWeight = 0.6;

    // Alternative labels rank just below a preferred label that matches as well.
    private const double AlternativePenalty = 0.97;

    // A reading without the aside in brackets counts slightly less than the title as written.
    private const double AsideFactor = 0.97;

    // An unknown query word stands for catalogue words at least this alike (trigram Dice).
    private const double FuzzyMinimum = 0.5;
    private const int MinimumPart = 3;

    // Words that carry no meaning in a job title, in the languages of the catalogue.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "of", "van", "voor", "in", "op", "met", "bij", "aan", "te", "der", "den",
        "the", "a", "an", "and", "or", "for", "at", "to", "with",
        "la", "le", "les", "des", "du", "et", "pour",
        "mv", "mvx", "mfx", "mf", "hf", "hv",
    };

    private readonly Guid[] _occupationIds;
    private readonly Label[] _labels;
    private readonly Dictionary<string, int> _terms;
    private readonly double[] _idf;
    private readonly int[][] _termPostings;
    private readonly Dictionary<string, int[]> _termGrams;
    private readonly string[] _termTexts;
    private readonly Dictionary<string, int[]> _labelGrams;
    private readonly HashSet<string> _splitWords;

    public OccupationSearchIndex(IEnumerable<OccupationLabelRow> rows)
    {
        var occupations = new Dictionary<Guid, int>();
        var unique = new List<(int Occupation, OccupationLabelRow Row, string Normalized)>();
        var seen = new HashSet<(int, string)>();
        foreach (var row in rows.SelectMany(LabelReadings).OrderByDescending(r => r.IsPreferred))
        {
            var normalized = TextNormalizer.Normalize(row.Text);
            if (normalized.Length == 0)
            {
                continue;
            }

            if (!occupations.TryGetValue(row.OccupationId, out var occupation))
            {
                occupation = occupations.Count;
                occupations[row.OccupationId] = occupation;
            }

            if (seen.Add((occupation, normalized)))
            {
                unique.Add((occupation, row, normalized));
            }
        }

        _occupationIds = new Guid[occupations.Count];
        foreach (var (id, i) in occupations)
        {
            _occupationIds[i] = id;
        }

        // Words that stand alone in some label: the parts a compound may be split into.
        _splitWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, _, normalized) in unique)
        {
            foreach (var word in Words(normalized))
            {
                if (word.Length >= MinimumPart + 1)
                {
                    _splitWords.Add(Stem(word));
                }
            }
        }

        _terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var labelGrams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _labels = new Label[unique.Count];
        for (var l = 0; l < unique.Count; l++)
        {
            var (occupation, row, normalized) = unique[l];
            var terms = Analyse(normalized);
            var ids = new List<int>();
            foreach (var term in terms.Distinct())
            {
                if (!_terms.TryGetValue(term, out var id))
                {
                    id = _terms.Count;
                    _terms[term] = id;
                    postings.Add([]);
                }

                ids.Add(id);
                postings[id].Add(l);
            }

            var grams = Trigrams(string.Concat(terms));
            foreach (var gram in grams)
            {
                if (!labelGrams.TryGetValue(gram, out var list))
                {
                    list = [];
                    labelGrams[gram] = list;
                }

                list.Add(l);
            }

            _labels[l] = new Label(occupation, row.Text, normalized, row.IsPreferred, ids.ToArray(), grams.Count);
        }

        _termPostings = postings.Select(p => p.ToArray()).ToArray();
        _labelGrams = labelGrams.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        _termTexts = new string[_terms.Count];
        _idf = new double[_terms.Count];
        var termGrams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (term, id) in _terms)
        {
            _termTexts[id] = term;
            var df = _termPostings[id].Length;
            _idf[id] = Math.Log(1 + ((_labels.Length - df + 0.5) / (df + 0.5)));
            foreach (var gram in Trigrams(term))
            {
                if (!termGrams.TryGetValue(gram, out var list))
                {
                    list = [];
                    termGrams[gram] = list;
                }

                list.Add(id);
            }
        }

        _termGrams = termGrams.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        foreach (var label in _labels)
        {
            label.Weight = label.Terms.Sum(t => _idf[t]);
        }
    }

    public int LabelCount => _labels.Length;

    public int OccupationCount => _occupationIds.Length;

    /// <summary>The preferred labels of an occupation, for reports.</summary>
    public string LabelOf(Guid occupationId)
    {
        var occupation = Array.IndexOf(_occupationIds, occupationId);
        return string.Join(" / ", _labels.Where(l => l.Occupation == occupation && l.IsPreferred).Select(l => l.Text));
    }

    public IReadOnlyList<OccupationIndexHit> Search(string query, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        // A title may hold an aside ("docent Portugees (1e graads)"): each reading is
        // searched, the best one counts.
        var merged = new Dictionary<int, (double Score, int Label)>();
        foreach (var (text, factor) in Readings(query))
        {
            foreach (var (occupation, (score, label)) in Score(text))
            {
                var weighted = score * factor;
                if (!merged.TryGetValue(occupation, out var current) || weighted > current.Score)
                {
                    merged[occupation] = (weighted, label);
                }
            }
        }

        return merged
            .Where(m => m.Value.Score >= MinimumScore)
            .OrderByDescending(m => m.Value.Score).ThenBy(m => _occupationIds[m.Key])
            .Take(limit)
            .Select(m => new OccupationIndexHit(_occupationIds[m.Key], Math.Round(m.Value.Score, 4), _labels[m.Value.Label].Text))
            .ToList();
    }

    /// <summary>The readings of a title: as written, and without asides in brackets.</summary>
    private static List<(string Text, double Factor)> Readings(string text)
    {
        var readings = new List<(string Text, double Factor)> { (text, 1.0) };
        var plain = Brackets().Replace(text, " ").Trim();
        if (plain.Length > 0 && plain != text.Trim())
        {
            readings.Add((plain, AsideFactor));
        }

        return readings;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial System.Text.RegularExpressions.Regex Brackets();

    private Dictionary<int, (double Score, int Label)> Score(string query)
    {
        var normalized = TextNormalizer.Normalize(query);
        var terms = Analyse(normalized);
        if (terms.Count == 0)
        {
            return [];
        }

        // Each query word: the catalogue words it may stand for, with how alike they are.
        var wordScores = new Dictionary<int, double>[terms.Count];
        var queryWeight = 0.0;
        for (var q = 0; q < terms.Count; q++)
        {
            wordScores[q] = Expand(terms[q]);
            queryWeight += wordScores[q].Count == 0 ? MaxIdf() : wordScores[q].Max(w => _idf[w.Key]);
        }

        // Words: per label, the best match of each query word, weighted by rarity.
        var matched = new Dictionary<int, double[]>();
        for (var q = 0; q < terms.Count; q++)
        {
            foreach (var (term, similarity) in wordScores[q])
            {
                var weight = similarity * _idf[term];
                foreach (var l in _termPostings[term])
                {
                    if (!matched.TryGetValue(l, out var perWord))
                    {
                        perWord = new double[terms.Count];
                        matched[l] = perWord;
                    }

                    perWord[q] = Math.Max(perWord[q], weight);
                }
            }
        }

        // Characters: trigrams shared with the whole title, blind to where words break.
        var queryGrams = Trigrams(string.Concat(terms));
        var common = new int[_labels.Length];
        var touched = new List<int>();
        foreach (var gram in queryGrams)
        {
            if (_labelGrams.TryGetValue(gram, out var labels))
            {
                foreach (var l in labels)
                {
                    if (common[l]++ == 0)
                    {
                        touched.Add(l);
                    }
                }
            }
        }

        var best = new Dictionary<int, (double Score, int Label)>();
        foreach (var l in touched)
        {
            var label = _labels[l];
            var dice = 2.0 * common[l] / (queryGrams.Count + label.GramCount);
            var words = 0.0;
            if (!matched.TryGetValue(l, out var perWord))
            {
                if ((1 - WordWeight) * dice < MinimumScore)
                {
                    continue; // no shared word and too few shared letters to ever show
                }
            }
            else
            {
                words = 2 * perWord.Sum() / (queryWeight + label.Weight);
            }

            var score = (WordWeight * words) + ((1 - WordWeight) * dice);
            if (label.Normalized == normalized)
            {
                score = Math.Max(score, 1.0);
            }

            score *= label.IsPreferred ? 1.0 : AlternativePenalty;
            if (!best.TryGetValue(label.Occupation, out var current) || score > current.Score)
            {
                best[label.Occupation] = (score, l);
            }
        }

        return best;
    }

    /// <summary>
    /// A label and, as alternatives, its text without brackets and each part of a slash
    /// ("ober/serveerster"), so a user typing one form finds it as a whole label.
    /// </summary>
    private static IEnumerable<OccupationLabelRow> LabelReadings(OccupationLabelRow row)
    {
        yield return row;
        var plain = Brackets().Replace(row.Text, " ").Trim();
        var texts = new List<string>();
        if (plain.Length > 0 && plain != row.Text.Trim())
        {
            texts.Add(plain);
        }

        var parts = plain.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            texts.AddRange(parts);
        }

        foreach (var text in texts)
        {
            yield return row with { Text = text, IsPreferred = false };
        }
    }

    /// <summary>The words of a title after folding: stems, with compounds split into known words.</summary>
    internal List<string> Analyse(string normalized)
    {
        var result = new List<string>();
        foreach (var word in Words(normalized))
        {
            var parts = Split(word);
            if (parts is null)
            {
                result.Add(Stem(word));
            }
            else
            {
                result.AddRange(parts);
            }
        }

        return result;
    }

    /// <summary>
    /// Folds Dutch (and French) gendered and inflected endings to a common stem, and long vowels
    /// to short ones, so "verkoopster", "verkoper" and "verkopers" meet.
    /// </summary>
    internal static string Stem(string word)
    {
        var stem = word;
        for (var round = 0; round < 3; round++)
        {
            var next = StripEnding(stem);
            if (next == stem)
            {
                break;
            }

            stem = next;
        }

        return Shorten(stem);
    }

    private static string StripEnding(string word)
    {
        // Longest endings first; the stem keeps at least four letters.
        ReadOnlySpan<string> endings = ["sters", "ster", "euses", "euse", "trices", "trice", "teurs", "teur", "eurs", "eur", "ieres", "iere", "ers", "er", "essen", "esse", "es", "en", "e", "s", "a"];
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static string Shorten(string word)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length > 0 && builder[^1] == c && c is 'a' or 'e' or 'o' or 'u' or 'i' or 'l' or 'n' or 'm' or 'p' or 's' or 't' or 'r' or 'k' or 'f')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Words(string normalized)
    {
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && !StopWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    /// <summary>A long word as known words ("magazijnmedewerker"), or null when it is not a compound of them.</summary>
    private List<string>? Split(string word)
    {
        if (word.Length < 2 * (MinimumPart + 1) || _splitWords.Contains(Stem(word)))
        {
            return null;
        }

        // Fewest parts wins; a linking "s" between parts ("verkoopsmedewerker") is skipped.
        var n = word.Length;
        var parts = new int[n + 1];
        var from = new int[n + 1];
        var linked = new bool[n + 1];
        Array.Fill(parts, int.MaxValue);
        parts[0] = 0;
        for (var end = MinimumPart + 1; end <= n; end++)
        {
            for (var start = 0; start <= end - (MinimumPart + 1); start++)
            {
                if (parts[start] != int.MaxValue && parts[start] + 1 < parts[end] && _splitWords.Contains(Stem(word[start..end])))
                {
                    parts[end] = parts[start] + 1;
                    from[end] = start;
                    linked[end] = false;
                }
            }

            if (end < n && parts[end] != int.MaxValue && word[end] == 's' && parts[end] < parts[end + 1])
            {
                parts[end + 1] = parts[end];
                from[end + 1] = end;
                linked[end + 1] = true;
            }
        }

        if (parts[n] == int.MaxValue || parts[n] < 2)
        {
            return null;
        }

        var result = new List<string>();
        for (var end = n; end > 0; end = from[end])
        {
            if (!linked[end])
            {
                result.Add(Stem(word[from[end]..end]));
            }
        }

        result.Reverse();
        return result;
    }

    private Dictionary<int, double> Expand(string term)
    {
        var result = new Dictionary<int, double>();
        if (_terms.TryGetValue(term, out var exact))
        {
            result[exact] = 1.0;
            return result;
        }

        // An unknown word: the catalogue words most like it (a typo, or a rarer spelling).
        var grams = Trigrams(term);
        var counts = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            if (_termGrams.TryGetValue(gram, out var ids))
            {
                foreach (var id in ids)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        foreach (var (id, shared) in counts
            .Select(c => (Id: c.Key, Dice: 2.0 * c.Value / (grams.Count + TrigramCount(_termTexts[c.Key]))))
            .Where(c => c.Dice >= FuzzyMinimum)
            .OrderByDescending(c => c.Dice)
            .Take(3))
        {
            result[id] = shared;
        }

        return result;
    }

    private double MaxIdf() => Math.Log(1 + ((_labels.Length + 0.5) / 0.5));

    private static int TrigramCount(string text) => text.Length + 1;

    private static HashSet<string> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }

    private sealed class Label(int occupation, string text, string normalized, bool isPreferred, int[] terms, int gramCount)
    {
        public int Occupation { get; } = occupation;
        public string Text { get; } = text;
        public string Normalized { get; } = normalized;
        public bool IsPreferred { get; } = isPreferred;
        public int[] Terms { get; } = terms;
        public int GramCount { get; } = gramCount;
        public double Weight { get; set; }
    }
}
