using TalentMatch.Domain.Common;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>A text saying what an occupation does (the labels of its essential skills, say).</summary>
public sealed record OccupationActivityRow(Guid OccupationId, string Text);

/// <summary>
/// What each occupation does, as words to meet a title's words: BM25 over one text per occupation
/// (the English labels of its essential skills), folded as labels are. A title's words reach it as
/// they are and through what they stand for among the labels' words (<see cref="OccupationSearchIndex.Expand"/>:
/// the Dutch→English word bridge, word families, the curated list), so "ondertitelaar" can meet
/// "subtitles" and "woonconsulent" can meet "housing". Words in more than
/// <see cref="MaximumShare"/> of the texts ("communicate", "team") say nothing about a job and are skipped.
/// </summary>
internal sealed class OccupationActivityText
{
    /// <summary>A word found in the texts of more than this share of occupations is skipped.</summary>
    internal const double MaximumShare = 0.05;

    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly OccupationSearchIndex _analyser;
    private readonly Dictionary<string, (int Occupation, double Weight)[]> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _units = [];
    private readonly List<int[]> _holders = [];
    private readonly List<double> _unitWeights = [];
    private readonly Dictionary<int, double> _norms = [];

    // How many occupations most alike by their texts are kept per occupation.
    private const int AlikeDepth = 20;

    /// <param name="analyser">The label index whose folding and word expansion the texts share.</param>
    /// <param name="texts">Per occupation (index of the label index), its texts; several texts of one occupation form one document.</param>
    public OccupationActivityText(OccupationSearchIndex analyser, IEnumerable<(int Occupation, string Text)> texts)
    {
        _analyser = analyser;
        var documents = new Dictionary<int, Dictionary<string, int>>();
        var units = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (occupation, text) in texts)
        {
            var unit = TextNormalizer.Normalize(text);
            if (!units.TryGetValue(unit, out var holders))
            {
                holders = [];
                units[unit] = holders;
            }

            holders.Add(occupation);
            if (!documents.TryGetValue(occupation, out var counts))
            {
                counts = new Dictionary<string, int>(StringComparer.Ordinal);
                documents[occupation] = counts;
            }

            foreach (var term in analyser.Analyse(unit))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        Occupations = documents.Count;
        if (documents.Count == 0)
        {
            return;
        }

        var lengths = documents.ToDictionary(d => d.Key, d => d.Value.Values.Sum());
        var average = Math.Max(1, lengths.Values.Average());
        var postings = new Dictionary<string, List<(int Occupation, int Count)>>(StringComparer.Ordinal);
        foreach (var (occupation, counts) in documents)
        {
            foreach (var (term, count) in counts)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    list = [];
                    postings[term] = list;
                }

                list.Add((occupation, count));
            }
        }

        var maximum = Math.Max(1, (int)(MaximumShare * documents.Count));
        foreach (var holders in units.Values.Where(u => u.Count > 1 && u.Count <= maximum))
        {
            var weight = Math.Pow(Math.Log((double)documents.Count / holders.Count), 2);
            foreach (var o in holders)
            {
                _norms[o] = _norms.GetValueOrDefault(o) + weight;
            }

            _holders.Add([.. holders]);
            _unitWeights.Add(weight);
        }

        foreach (var group in Enumerable.Range(0, _holders.Count).SelectMany(u => _holders[u].Select(o => (Occupation: o, Unit: u))).GroupBy(x => x.Occupation))
        {
            _units[group.Key] = [.. group.Select(x => x.Unit)];
        }
        foreach (var (term, list) in postings.Where(p => p.Value.Count <= maximum))
        {
            var idf = Math.Log(1 + ((documents.Count - list.Count + 0.5) / (list.Count + 0.5)));
            _postings[term] = [.. list.Select(p => (p.Occupation, idf * p.Count * (K1 + 1) / (p.Count + (K1 * (1 - B + (B * lengths[p.Occupation] / average))))))];
        }
    }

    /// <summary>
    /// The occupations whose texts (as whole texts: the same skills) are most like an occupation's,
    /// most alike first, by the cosine of their sets of texts, each text weighted by its rarity
    /// (squared idf); texts of more than <see cref="MaximumShare"/> of the occupations are left out.
    /// </summary>
    public IReadOnlyList<(int Occupation, double Cosine)> Alike(int occupation)
    {
        if (!_units.TryGetValue(occupation, out var units))
        {
            return [];
        }

        var dots = new Dictionary<int, double>();
        foreach (var unit in units)
        {
            foreach (var other in _holders[unit])
            {
                if (other != occupation)
                {
                    dots[other] = dots.GetValueOrDefault(other) + _unitWeights[unit];
                }
            }
        }

        return [.. dots.Select(d => (Occupation: d.Key, Cosine: d.Value / Math.Sqrt(_norms[occupation] * _norms[d.Key])))
            .OrderByDescending(d => d.Cosine).ThenBy(d => d.Occupation).Take(AlikeDepth)];
    }

    /// <summary>How many occupations have a text.</summary>
    public int Occupations { get; }

    /// <summary>Whether a (folded) word is one the texts are searched by: in some text, and not too common.</summary>
    public bool Knows(string term) => _postings.ContainsKey(term);

    /// <summary>
    /// Each occupation's score for a title: per title word, the best BM25 weight in the occupation's
    /// text of the word or of what it stands for (weighted by how alike they are), summed over the words.
    /// </summary>
    public Dictionary<int, double> Score(string query)
    {
        var scores = new Dictionary<int, double>();
        foreach (var term in _analyser.Analyse(TextNormalizer.Normalize(query)).Distinct(StringComparer.Ordinal))
        {
            var best = new Dictionary<int, double>();
            foreach (var (word, similarity) in _analyser.Related(term).Append((term, 1.0)))
            {
                if (!_postings.TryGetValue(word, out var postings))
                {
                    continue;
                }

                foreach (var (occupation, weight) in postings)
                {
                    best[occupation] = Math.Max(best.GetValueOrDefault(occupation), similarity * weight);
                }
            }

            foreach (var (occupation, score) in best)
            {
                scores[occupation] = scores.GetValueOrDefault(occupation) + score;
            }
        }

        return scores;
    }
}
