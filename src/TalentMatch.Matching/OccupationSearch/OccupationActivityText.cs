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

    /// <param name="analyser">The label index whose folding and word expansion the texts share.</param>
    /// <param name="texts">Per occupation (index of the label index), its texts; several texts of one occupation form one document.</param>
    public OccupationActivityText(OccupationSearchIndex analyser, IEnumerable<(int Occupation, string Text)> texts)
    {
        _analyser = analyser;
        var documents = new Dictionary<int, Dictionary<string, int>>();
        foreach (var (occupation, text) in texts)
        {
            if (!documents.TryGetValue(occupation, out var counts))
            {
                counts = new Dictionary<string, int>(StringComparer.Ordinal);
                documents[occupation] = counts;
            }

            foreach (var term in analyser.Analyse(TextNormalizer.Normalize(text)))
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
        foreach (var (term, list) in postings.Where(p => p.Value.Count <= maximum))
        {
            var idf = Math.Log(1 + ((documents.Count - list.Count + 0.5) / (list.Count + 0.5)));
            _postings[term] = [.. list.Select(p => (p.Occupation, idf * p.Count * (K1 + 1) / (p.Count + (K1 * (1 - B + (B * lengths[p.Occupation] / average))))))];
        }
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
