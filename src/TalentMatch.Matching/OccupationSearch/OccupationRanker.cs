using System.Globalization;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>
/// An occupation proposed for a title before the final ordering: its blended score of labels and
/// remembered titles, what matched, and the <see cref="Features"/> a ranker weighs, in the order
/// of <see cref="FeatureNames"/>.
/// </summary>
public sealed record OccupationCandidate(Guid OccupationId, double Score, string MatchedLabel, string? MatchedTitle, double[] Features)
{
    /// <summary>What a candidate is described by, in the order of <see cref="Features"/>.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
    [
        "blended", // the blended score of labels and remembered titles (ISCO siblings included)
        "label", // the best label's score
        "title", // the nearest remembered title's similarity
        "second-title", // the second-nearest remembered title's similarity
        "title-votes", // log(1 + remembered titles alike at all)
        "title-sum", // their summed similarity
        "title-exact", // a remembered title is the query, folded
        "label-exact", // a label is the query, folded
        "prior", // log(1 + distinct titles remembered for the occupation)
        "sibling", // proposed as the ISCO sibling of a better hit
        "rank", // 1 / rank by the blended score
        "label-rank", // 1 / rank by the labels alone (0: no label matched)
        "title-rank", // 1 / rank by the remembered titles alone (0: none matched)
        "coverage", // share of the query's words (by rarity) in the occupation's labels or titles
        "head", // the query's last word is among them
        "rarest", // the query's rarest word is among them
        "relative", // blended score / the best candidate's
        "label-coverage", // share of the query's words (by rarity) in the occupation's labels
        "title-coverage", // share of the query's words (by rarity) in the occupation's remembered titles
        "agreement", // the weaker of label and title score: both point to the occupation
        "title-words", // the nearest remembered title's rarity-weighted word overlap
        "title-letters", // the nearest remembered title's character-trigram similarity
        "vote-share", // the occupation's share of the summed similarity of all remembered titles alike
        "activity", // how well the title meets what the occupation does (its activity text), relative to the best such occupation
        "activity-rank", // 1 / rank by the activity text (0: beyond the 100 best, or no activity texts)
        "skill-alike", // the largest, over the 3 best hits (not itself), of the cosine of their activity texts' units x that hit's blended score
        "title-knn", // how many of the 10 remembered titles nearest the query (of any occupation) are the occupation's
        "label-relative", // the best label's score / the best label score of any occupation
        "title-relative", // the remembered titles' similarity / the best of any occupation
        "group-votes", // the share of the summed similarity of all remembered titles alike held by the occupation's ISCO unit group
        "group-best", // the best blended score of another occupation of its ISCO unit group among the candidates (not a proposed sibling) / the best candidate's
        "label-head", // the query's last word (or what it stands for) is the last word of one of the occupation's labels
    ];

    /// <summary>The position of a feature in <see cref="FeatureNames"/> by its name, or −1 (for the models' files, which name them).</summary>
    public static int FeatureIndex(string name)
    {
        for (var f = 0; f < FeatureNames.Count; f++)
        {
            if (FeatureNames[f] == name)
            {
                return f;
            }
        }

        return -1;
    }
}

/// <summary>
/// A learned linear ordering of occupation candidates: a candidate's score is the logistic of
/// a weighted sum of its <see cref="OccupationCandidate.Features"/>, so 0..1. The product's
/// weights (Data/occupation-ranker.txt, embedded) are learned by the occupation-search evaluation
/// from the expert-mapped Dutch titles the title memory is seeded with; its header says how.
/// </summary>
public sealed class OccupationRanker : IOccupationCandidateRanker
{
    private static readonly Lazy<OccupationRanker> Embedded = new(LoadEmbedded);

    private readonly double[] _weights;

    /// <param name="bias">Added to the weighted sum (does not change the order).</param>
    /// <param name="weights">One weight per name of <see cref="OccupationCandidate.FeatureNames"/>.</param>
    public OccupationRanker(double bias, IReadOnlyList<double> weights)
    {
        if (weights.Count != OccupationCandidate.FeatureNames.Count)
        {
            throw new ArgumentException($"expected {OccupationCandidate.FeatureNames.Count} weights, got {weights.Count}.", nameof(weights));
        }

        Bias = bias;
        _weights = [.. weights];
    }

    /// <summary>The ranker shipped with the product.</summary>
    public static OccupationRanker Default => Embedded.Value;

    public double Bias { get; }

    public IReadOnlyList<double> Weights => _weights;

    /// <summary>A candidate's score, 0..1: the logistic of <see cref="Sum"/>.</summary>
    public double Score(IReadOnlyList<double> features) => 1 / (1 + Math.Exp(-Sum(features)));

    /// <summary>The bias plus the weighted features: orders candidates as <see cref="Score"/> does, without its saturation.</summary>
    public double Sum(IReadOnlyList<double> features)
    {
        var sum = Bias;
        for (var f = 0; f < _weights.Length; f++)
        {
            sum += _weights[f] * features[f];
        }

        return sum;
    }

    /// <summary>Lines of "name weight" (the bias as "bias"); '#' starts a comment.</summary>
    public static OccupationRanker Parse(TextReader reader)
    {
        var bias = 0.0;
        var weights = new double?[OccupationCandidate.FeatureNames.Count];
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"occupation ranker, line {number}: expected 'name weight'.");
            }

            if (parts[0] == "bias")
            {
                bias = value;
                continue;
            }

            var f = OccupationCandidate.FeatureIndex(parts[0]);
            if (f < 0)
            {
                throw new FormatException($"occupation ranker, line {number}: unknown feature '{parts[0]}'.");
            }

            weights[f] = value;
        }

        var missing = OccupationCandidate.FeatureNames.Where((_, f) => weights[f] is null).ToList();
        return missing.Count == 0
            ? new OccupationRanker(bias, [.. weights.Select(w => w!.Value)])
            : throw new FormatException($"occupation ranker: no weight for {string.Join(", ", missing)}.");
    }

    /// <summary>The weights as <see cref="Parse"/> reads them.</summary>
    public string Format() =>
        string.Join('\n', new[] { string.Create(CultureInfo.InvariantCulture, $"bias {Bias:R}") }
            .Concat(OccupationCandidate.FeatureNames.Select((name, f) => string.Create(CultureInfo.InvariantCulture, $"{name} {_weights[f]:R}")))) + "\n";

    private static OccupationRanker LoadEmbedded() => EmbeddedData.Read("occupation-ranker.txt", Parse);
}
