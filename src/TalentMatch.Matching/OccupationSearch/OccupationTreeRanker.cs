using System.Globalization;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>
/// A node of a <see cref="RegressionTree"/>: a split sends a candidate to <see cref="Left"/> when its
/// feature <see cref="Feature"/> (an index into <see cref="OccupationCandidate.FeatureNames"/>) is at
/// most <see cref="Threshold"/>, else to <see cref="Right"/>; a leaf (<see cref="Feature"/> −1) adds
/// its <see cref="Value"/>.
/// </summary>
public readonly record struct TreeNode(int Feature, double Threshold, int Left, int Right, double Value)
{
    public bool IsLeaf => Feature < 0;

    public static TreeNode Leaf(double value) => new(-1, 0, -1, -1, value);

    public static TreeNode Split(int feature, double threshold, int left, int right) => new(feature, threshold, left, right, 0);
}

/// <summary>A binary regression tree over a candidate's features; node 0 is the root.</summary>
public sealed class RegressionTree
{
    private readonly TreeNode[] _nodes;

    public RegressionTree(IReadOnlyList<TreeNode> nodes)
    {
        if (nodes.Count == 0)
        {
            throw new ArgumentException("a tree needs at least one node.", nameof(nodes));
        }

        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (!node.IsLeaf && (node.Left <= n || node.Right <= n || node.Left >= nodes.Count || node.Right >= nodes.Count))
            {
                throw new ArgumentException($"node {n}: children must follow it within the tree.", nameof(nodes));
            }
        }

        _nodes = [.. nodes];
    }

    public IReadOnlyList<TreeNode> Nodes => _nodes;

    /// <summary>The value of the leaf the features lead to.</summary>
    public double Value(IReadOnlyList<double> features)
    {
        var node = _nodes[0];
        while (!node.IsLeaf)
        {
            node = _nodes[features[node.Feature] <= node.Threshold ? node.Left : node.Right];
        }

        return node.Value;
    }
}

/// <summary>
/// A learned non-linear ordering of occupation candidates: boosted regression trees whose summed
/// leaves, scaled and shifted (<see cref="Scale"/>, <see cref="Bias"/>), are the candidate's
/// log-odds of being the right occupation. Generic over the feature vector: the model file names
/// the features it was trained on, and loading maps them to <see cref="OccupationCandidate.FeatureNames"/>.
/// </summary>
public sealed class OccupationTreeRanker : IOccupationCandidateRanker
{
    private static readonly Lazy<OccupationTreeRanker> Embedded = new(() => EmbeddedData.Read("occupation-trees.txt", Parse));

    private readonly RegressionTree[] _trees;

    /// <param name="bias">Added to the scaled sum of the trees (does not change the order).</param>
    /// <param name="scale">Multiplies the sum of the trees (positive: does not change the order).</param>
    /// <param name="trees">Their leaves are summed.</param>
    public OccupationTreeRanker(double bias, double scale, IReadOnlyList<RegressionTree> trees)
    {
        if (!(scale > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "the scale must be positive.");
        }

        Bias = bias;
        Scale = scale;
        _trees = [.. trees];
    }

    /// <summary>
    /// The trees shipped with the product (Data/occupation-trees.txt, embedded), learned by the
    /// occupation-search evaluation from the expert-mapped Dutch titles; its header says how.
    /// </summary>
    public static OccupationTreeRanker Default => Embedded.Value;

    public double Bias { get; }

    public double Scale { get; }

    public IReadOnlyList<RegressionTree> Trees => _trees;

    /// <summary>The candidate's log-odds: the bias plus the scaled sum of the trees' leaves.</summary>
    public double Sum(IReadOnlyList<double> features)
    {
        var sum = 0.0;
        foreach (var tree in _trees)
        {
            sum += tree.Value(features);
        }

        return Bias + (Scale * sum);
    }

    /// <summary>
    /// Reads a model: a line "features name…" (the names the trees were trained on, each one of
    /// <see cref="OccupationCandidate.FeatureNames"/>), "bias b", "scale a", then each tree as a
    /// line "tree" followed by its nodes in order, "split k threshold left right" (k: the position
    /// of the feature in the features line) or "leaf value". '#' starts a comment.
    /// </summary>
    public static OccupationTreeRanker Parse(TextReader reader)
    {
        int[]? features = null;
        double? bias = null, scale = null;
        var trees = new List<RegressionTree>();
        List<TreeNode>? nodes = null;
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var parts = raw.Split('#')[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            switch (parts[0])
            {
                case "features":
                    features = [.. parts.Skip(1).Select(name => FeatureIndex(name, number))];
                    break;
                case "bias" when parts.Length == 2:
                    bias = Number(parts[1], number);
                    break;
                case "scale" when parts.Length == 2:
                    scale = Number(parts[1], number);
                    break;
                case "tree" when parts.Length == 1:
                    AddTree(trees, nodes, number);
                    nodes = [];
                    break;
                case "leaf" when parts.Length == 2 && nodes is not null:
                    nodes.Add(TreeNode.Leaf(Number(parts[1], number)));
                    break;
                case "split" when parts.Length == 5 && nodes is not null:
                    var feature = features is not null && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < features.Length
                        ? features[k]
                        : throw new FormatException($"occupation trees, line {number}: feature {parts[1]} is not in the features line.");
                    nodes.Add(TreeNode.Split(feature, Number(parts[2], number), Child(parts[3], number), Child(parts[4], number)));
                    break;
                default:
                    throw new FormatException($"occupation trees, line {number}: expected 'features …', 'bias b', 'scale a', 'tree', 'split k threshold left right' or 'leaf value'.");
            }
        }

        AddTree(trees, nodes, number);
        return features is null || bias is null || scale is null || trees.Count == 0
            ? throw new FormatException("occupation trees: a model needs a features line, a bias, a scale and at least one tree.")
            : new OccupationTreeRanker(bias.Value, scale.Value, trees);
    }

    /// <summary>The model as <see cref="Parse"/> reads it, naming the features its splits use.</summary>
    public string Format()
    {
        var used = _trees.SelectMany(t => t.Nodes).Where(n => !n.IsLeaf).Select(n => n.Feature).Distinct().Order().ToList();
        var position = used.Select((f, k) => (f, k)).ToDictionary(x => x.f, x => x.k);
        var text = new System.Text.StringBuilder();
        text.AppendLine("features " + string.Join(' ', used.Select(f => OccupationCandidate.FeatureNames[f])));
        text.AppendLine(CultureInfo.InvariantCulture, $"bias {Bias:R}");
        text.AppendLine(CultureInfo.InvariantCulture, $"scale {Scale:R}");
        foreach (var tree in _trees)
        {
            text.AppendLine("tree");
            foreach (var node in tree.Nodes)
            {
                text.AppendLine(node.IsLeaf
                    ? string.Create(CultureInfo.InvariantCulture, $"leaf {node.Value:R}")
                    : string.Create(CultureInfo.InvariantCulture, $"split {position[node.Feature]} {node.Threshold:R} {node.Left} {node.Right}"));
            }
        }

        return text.ToString().ReplaceLineEndings("\n");
    }

    private static void AddTree(List<RegressionTree> trees, List<TreeNode>? nodes, int number)
    {
        if (nodes is null)
        {
            return;
        }

        try
        {
            trees.Add(new RegressionTree(nodes));
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"occupation trees, tree {trees.Count + 1} (ending before line {number + 1}): {e.Message}", e);
        }
    }

    private static int FeatureIndex(string name, int number) =>
        OccupationCandidate.FeatureIndex(name) is var f and >= 0
            ? f
            : throw new FormatException($"occupation trees, line {number}: unknown feature '{name}'; a candidate has {string.Join(", ", OccupationCandidate.FeatureNames)}.");

    private static int Child(string text, int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var child)
            ? child
            : throw new FormatException($"occupation trees, line {number}: '{text}' is not a node number.");

    private static double Number(string text, int number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"occupation trees, line {number}: '{text}' is not a number.");
}
