using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>A job title remembered for an occupation, and how often it was given for it.</summary>
public sealed record RememberedTitle(Guid OccupationId, string Title, int Count = 1);

/// <summary>An occupation proposed through a remembered title, with how alike that title is to the query (0..1).</summary>
public sealed record TitleMemoryHit(Guid OccupationId, double Similarity, string Title);

/// <summary>
/// How the remembered titles of one occupation resemble a query: <paramref name="Similarity"/> is
/// the nearest title's plus a share of the second-nearest's; <paramref name="Votes"/> titles are
/// alike at all, with <paramref name="Sum"/> their summed similarity; <paramref name="Words"/> and
/// <paramref name="Letters"/> are the nearest title's word overlap and character similarity;
/// <paramref name="Knn"/> of the <see cref="TitleMemoryIndex.NearestTitles"/> titles nearest the query (of any occupation) are its.
/// </summary>
internal sealed record TitleMemoryNeighbours(Guid Occupation, double Similarity, double Nearest, double Second, int Votes, double Sum, double Words, double Letters, string Title, int Knn);

/// <summary>
/// Nearest-neighbour search over job titles people and experts have given for occupations
/// ("magazijnier" for a warehouse worker). A query is compared with every remembered title it
/// shares a word or enough letters with, the same way <see cref="OccupationSearchIndex"/> compares
/// it with a label: weighted word overlap (rare words count more; word families, the curated list
/// and typos through the label index's words) blended with character-trigram similarity, after the
/// same Dutch folding and compound splitting. An occupation scores by its nearest title; a title
/// given more often for it weighs a little more.
/// Built from a snapshot of the memory; immutable afterwards, so it can be searched from any thread.
/// </summary>
public sealed class TitleMemoryIndex
{
    /// <summary>How many of the remembered titles nearest a query (of any occupation) vote for their occupations (<see cref="TitleMemoryNeighbours.Knn"/>).</summary>
    internal const int NearestTitles = 10;

    /// <summary>How much a remembered title weighs against a label that matches as well.</summary>
    internal const double Weight = 1.0;

    /// <summary>The share of the weaker of label and title score added when both point to one occupation.</summary>
    internal const double Agreement = 0.1;

    // Share of the word overlap in a title's similarity; the rest is character similarity (as for labels).
    private const double WordWeight = 0.6;

    // Below this, a remembered title says too little to propose its occupation.
    private const double MinimumSimilarity = 0.3;

    // The second-nearest title of the same occupation adds this share of its similarity: two
    // titles that agree say more than one.
    private const double Second = 0.3;

    // An unknown query word stands for remembered words at least this alike (trigram Dice), as for labels.
    private const double FuzzyMinimum = 0.5;

    // A title given n times weighs 1 + CountBonus·log(n), at most MaximumCountBonus more.
    private const double CountBonus = 0.01;
    private const double MaximumCountBonus = 0.05;

    private readonly OccupationSearchIndex _analyser;
    private readonly Entry[] _entries;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly int[][] _termPostings;
    private readonly double[] _idf;
    private readonly Dictionary<string, int> _grams = new(StringComparer.Ordinal);
    private readonly int[][] _gramPostings;
    private readonly double[] _gramIdf;
    private readonly Dictionary<string, List<int>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _termGrams = new(StringComparer.Ordinal);
    private readonly string[] _termTexts;
    private readonly Dictionary<Guid, (int Titles, HashSet<string> Words)> _occupations = [];

    /// <param name="analyser">The label index whose folding (stems, compounds, word families) the titles share.</param>
    /// <param name="titles">The remembered titles; the same title for the same occupation is counted once, with its counts summed.</param>
    public TitleMemoryIndex(OccupationSearchIndex analyser, IEnumerable<RememberedTitle> titles)
    {
        _analyser = analyser;
        var merged = new Dictionary<(Guid, string), (string Title, int Count)>();
        foreach (var title in titles)
        {
            var normalized = TextNormalizer.Normalize(title.Title);
            if (normalized.Length == 0)
            {
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(merged, (title.OccupationId, normalized), out var exists);
            slot = exists ? (slot.Title, slot.Count + Math.Max(1, title.Count)) : (title.Title.Trim(), Math.Max(1, title.Count));
        }

        var postings = new List<List<int>>();
        var gramPostings = new List<List<int>>();
        _entries = new Entry[merged.Count];
        var e = 0;
        foreach (var ((occupation, normalized), (text, count)) in merged.OrderBy(m => m.Key.Item2, StringComparer.Ordinal).ThenBy(m => m.Key.Item1))
        {
            var terms = analyser.Analyse(normalized);
            int[] termIds = [.. terms.Distinct().Select(t => Post(_terms, postings, t, e))];
            int[] gramIds = [.. OccupationSearchIndex.Trigrams(string.Concat(terms)).Select(g => Post(_grams, gramPostings, g, e))];
            _entries[e] = new Entry(occupation, text, normalized, count, termIds, gramIds);
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_occupations, occupation, out var seenBefore);
            known = seenBefore ? (known.Titles + 1, known.Words) : (1, new HashSet<string>(StringComparer.Ordinal));
            known.Words.UnionWith(terms);
            (CollectionsMarshal.GetValueRefOrAddDefault(_exact, normalized, out _) ??= []).Add(e);
            e++;
        }

        _termPostings = [.. postings.Select(p => p.ToArray())];
        _termTexts = new string[_terms.Count];
        foreach (var (term, id) in _terms)
        {
            _termTexts[id] = term;
            foreach (var gram in OccupationSearchIndex.Trigrams(term))
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(_termGrams, gram, out _) ??= []).Add(id);
            }
        }

        _gramPostings = [.. gramPostings.Select(p => p.ToArray())];
        _idf = new double[_terms.Count];
        for (var t = 0; t < _idf.Length; t++)
        {
            var df = _termPostings[t].Length;
            _idf[t] = Math.Log(1 + ((_entries.Length - df + 0.5) / (df + 0.5)));
        }

        _gramIdf = new double[_grams.Count];
        for (var g = 0; g < _gramIdf.Length; g++)
        {
            _gramIdf[g] = Math.Log(1 + ((double)_entries.Length / _gramPostings[g].Length));
        }

        foreach (var entry in _entries)
        {
            entry.Weight = entry.Terms.Sum(t => _idf[t]);
            entry.GramWeight = entry.Grams.Sum(g => _gramIdf[g]);
        }
    }

    /// <summary>How many distinct (title, occupation) pairs the index holds.</summary>
    public int Count => _entries.Length;

    /// <summary>How many distinct titles are remembered for an occupation.</summary>
    internal int TitlesOf(Guid occupation) => _occupations.TryGetValue(occupation, out var known) ? known.Titles : 0;

    /// <summary>Whether a remembered title of an occupation holds a (folded) word.</summary>
    internal bool Holds(Guid occupation, string term) => _occupations.TryGetValue(occupation, out var known) && known.Words.Contains(term);

    /// <summary>The occupations of the remembered titles most like <paramref name="query"/>, best first, one per occupation.</summary>
    public IReadOnlyList<TitleMemoryHit> Nearest(string query) =>
        Neighbours(query)
            .Select(n => new TitleMemoryHit(n.Occupation, Math.Round(n.Similarity, 4), n.Title))
            .ToList();

    /// <summary>
    /// Per occupation, how its remembered titles resemble <paramref name="query"/>: the nearest
    /// and second-nearest title, how many titles are alike at all and their summed similarity;
    /// best first by <see cref="TitleMemoryNeighbours.Similarity"/>.
    /// </summary>
    internal List<TitleMemoryNeighbours> Neighbours(string query)
    {
        var normalized = TextNormalizer.Normalize(query);
        if (_entries.Length == 0 || normalized.Length == 0)
        {
            return [];
        }

        var terms = _analyser.Analyse(normalized);
        if (terms.Count == 0)
        {
            return [];
        }

        // Words: each query word stands for itself and for what the label index relates it to
        // (its family, the curated list, the most similar words for a typo).
        // Per remembered title, arrays over all titles (a query touches many through common trigrams).
        var words = new double[_entries.Length];
        var best = new double[_entries.Length];
        var common = new double[_entries.Length];
        var touched = new List<int>();
        var candidates = new List<int>();
        var queryWeight = 0.0;
        foreach (var term in terms)
        {
            var alike = new Dictionary<int, double>();
            if (_terms.TryGetValue(term, out var own))
            {
                alike[own] = 1.0;
            }

            foreach (var (text, similarity) in _analyser.Related(term))
            {
                if (_terms.TryGetValue(text, out var id) && similarity > alike.GetValueOrDefault(id))
                {
                    alike[id] = similarity;
                }
            }

            if (alike.Count == 0)
            {
                // A word no remembered title holds: a typo or another spelling of one that does.
                foreach (var (id, similarity) in Misspelt(term))
                {
                    alike[id] = similarity;
                }
            }

            queryWeight += alike.Count == 0 ? MaxIdf() : alike.Max(a => _idf[a.Key]);
            foreach (var (id, similarity) in alike)
            {
                var weight = similarity * _idf[id];
                foreach (var entry in _termPostings[id])
                {
                    if (best[entry] == 0)
                    {
                        touched.Add(entry);
                    }

                    best[entry] = Math.Max(best[entry], weight);
                }
            }

            foreach (var entry in touched)
            {
                if (words[entry] == 0)
                {
                    candidates.Add(entry);
                }

                words[entry] += best[entry];
                best[entry] = 0;
            }

            touched.Clear();
        }

        // Characters: trigrams shared with the whole title.
        var grams = OccupationSearchIndex.Trigrams(string.Concat(terms));
        var queryGramWeight = 0.0;
        foreach (var gram in grams)
        {
            if (_grams.TryGetValue(gram, out var id))
            {
                queryGramWeight += _gramIdf[id];
                foreach (var entry in _gramPostings[id])
                {
                    if (common[entry] == 0 && words[entry] == 0)
                    {
                        candidates.Add(entry);
                    }

                    common[entry] += _gramIdf[id];
                }
            }
            else
            {
                queryGramWeight += MaxGramIdf();
            }
        }

        var nearest = new Dictionary<Guid, Near>();
        var titles = new Dictionary<int, double>();
        foreach (var e in candidates)
        {
            var entry = _entries[e];
            var overlap = 2 * words[e] / (queryWeight + entry.Weight);
            var dice = 2.0 * common[e] / (queryGramWeight + entry.GramWeight);
            var similarity = (WordWeight * overlap) + ((1 - WordWeight) * dice);
            Keep(nearest, titles, entry, e, similarity, overlap, dice);
        }

        foreach (var e in _exact.GetValueOrDefault(normalized) ?? [])
        {
            Keep(nearest, titles, _entries[e], e, 1.0, 1.0, 1.0);
        }

        // The nearest titles of any occupation, each a vote for its own.
        var knn = titles.OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(NearestTitles)
            .CountBy(t => _entries[t.Key].Occupation).ToDictionary(c => c.Key, c => c.Value);
        return nearest
            .Select(n => new TitleMemoryNeighbours(n.Key, n.Value.Similarity + (Second * n.Value.Second), n.Value.Similarity, n.Value.Second, n.Value.Votes, n.Value.Sum, n.Value.Words, n.Value.Letters, _entries[n.Value.Entry].Text, knn.GetValueOrDefault(n.Key)))
            .OrderByDescending(n => n.Similarity).ThenBy(n => n.Occupation)
            .ToList();
    }

    /// <summary>The remembered words most like an unknown word (trigram Dice of at least <see cref="FuzzyMinimum"/>), at most three.</summary>
    private IEnumerable<(int Id, double Similarity)> Misspelt(string term)
    {
        var grams = OccupationSearchIndex.Trigrams(term);
        var counts = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            foreach (var id in _termGrams.GetValueOrDefault(gram) ?? [])
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        return counts
            .Select(c => (Id: c.Key, Similarity: 2.0 * c.Value / (grams.Count + _termTexts[c.Key].Length + 1)))
            .Where(c => c.Similarity >= FuzzyMinimum)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Id)
            .Take(3);
    }

    private static void Keep(Dictionary<Guid, Near> nearest, Dictionary<int, double> titles, Entry entry, int e, double similarity, double words, double letters)
    {
        similarity *= 1 + Math.Min(MaximumCountBonus, CountBonus * Math.Log(entry.Count));
        if (similarity < MinimumSimilarity)
        {
            return;
        }

        titles[e] = Math.Max(titles.GetValueOrDefault(e), similarity);

        if (!nearest.TryGetValue(entry.Occupation, out var current))
        {
            nearest[entry.Occupation] = new Near(similarity, 0, e, 1, similarity, words, letters);
        }
        else if (current.Entry == e)
        {
            // The same title again (found by its words and as identical): only the better similarity counts.
            nearest[entry.Occupation] = similarity > current.Similarity
                ? current with { Similarity = similarity, Sum = current.Sum - current.Similarity + similarity, Words = words, Letters = letters }
                : current;
        }
        else if (similarity > current.Similarity)
        {
            nearest[entry.Occupation] = new Near(similarity, current.Similarity, e, current.Votes + 1, current.Sum + similarity, words, letters);
        }
        else
        {
            nearest[entry.Occupation] = current with { Second = Math.Max(current.Second, similarity), Votes = current.Votes + 1, Sum = current.Sum + similarity };
        }
    }

    private static int Post(Dictionary<string, int> ids, List<List<int>> postings, string key, int entry)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids[key] = id;
            postings.Add([]);
        }

        postings[id].Add(entry);
        return id;
    }

    private double MaxGramIdf() => Math.Log(1 + _entries.Length);

    private double MaxIdf() => Math.Log(1 + ((_entries.Length + 0.5) / 0.5));

    private readonly record struct Near(double Similarity, double Second, int Entry, int Votes, double Sum, double Words, double Letters);

    private sealed class Entry(Guid occupation, string text, string normalized, int count, int[] terms, int[] grams)
    {
        public Guid Occupation { get; } = occupation;
        public string Text { get; } = text;
        public string Normalized { get; } = normalized;
        public int Count { get; } = count;
        public int[] Terms { get; } = terms;
        public int[] Grams { get; } = grams;
        public double Weight { get; set; }
        public double GramWeight { get; set; }
    }
}
