using System.Globalization;
using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>
/// How boosted trees are grown: <see cref="Trees"/> rounds of trees at most <see cref="Depth"/>
/// deep, each leaf holding at least <see cref="MinLeaf"/> candidates, every tree's output shrunk by
/// <see cref="Shrinkage"/>; <see cref="LambdaRank"/> weighs each pair by how much swapping it
/// changes the title's NDCG (the top ranks count most), else every pair weighs the same.
/// </summary>
public sealed record TreeSettings(int Trees = 200, int Depth = 4, double Shrinkage = 0.1, int MinLeaf = 50, bool LambdaRank = false)
{
    /// <summary>Feature values are cut at up to this many quantiles before splits are searched.</summary>
    public const int Bins = 64;

    /// <summary>L2 penalty on leaf values, against leaves decided by a few tiny gradients.</summary>
    public const double LeafPenalty = 1.0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{(LambdaRank ? "LambdaRank" : "pairwise")}, {Trees} trees, depth {Depth}, shrinkage {Shrinkage}, min leaf {MinLeaf}");
}

/// <summary>
/// Learns an <see cref="OccupationTreeRanker"/> from titles whose occupations are known: gradient
/// boosting of regression trees on the pairwise logistic loss (each mapped occupation should
/// outscore each other candidate of its title), optionally LambdaRank-weighted. Each tree is fitted
/// to the loss's gradients with Newton leaf values over quantile-binned features, grown level by level.
/// Then, as for the linear ranker, a one-dimensional logistic fit turns the sum into log-odds.
/// </summary>
public static class OccupationTreeTraining
{
    public static OccupationTreeRanker Train(IReadOnlyList<RankingExample> examples, TreeSettings settings)
    {
        var width = OccupationCandidate.FeatureNames.Count;
        var titles = examples
            .Where(e => e.Candidates.Any(c => e.Relevant.Contains(c.OccupationId)) && e.Candidates.Any(c => !e.Relevant.Contains(c.OccupationId)))
            .ToList();
        var rows = titles.Sum(t => t.Candidates.Count);
        var starts = new int[titles.Count + 1];
        var relevant = new bool[rows];
        var values = new double[width][];
        for (var f = 0; f < width; f++)
        {
            values[f] = new double[rows];
        }

        var row = 0;
        for (var t = 0; t < titles.Count; t++)
        {
            starts[t] = row;
            foreach (var candidate in titles[t].Candidates)
            {
                relevant[row] = titles[t].Relevant.Contains(candidate.OccupationId);
                for (var f = 0; f < width; f++)
                {
                    values[f][row] = candidate.Features[f];
                }

                row++;
            }
        }

        starts[titles.Count] = rows;
        var (bins, thresholds) = Quantise(values);

        var scores = new double[rows];
        var gradients = new double[rows];
        var hessians = new double[rows];
        var trees = new List<RegressionTree>(settings.Trees);
        for (var round = 0; round < settings.Trees; round++)
        {
            Gradients(starts, relevant, scores, gradients, hessians, settings.LambdaRank);
            var tree = Grow(bins, thresholds, gradients, hessians, settings);
            trees.Add(tree);
            for (var r = 0; r < rows; r++)
            {
                scores[r] += Leaf(tree, bins, thresholds, r);
            }
        }

        var (scale, bias) = OccupationRankerTraining.Calibrate(
            Enumerable.Range(0, rows).Select(r => (scores[r], relevant[r] ? 1.0 : 0.0)).ToList());
        return new OccupationTreeRanker(bias, scale, trees);
    }

    /// <summary>
    /// Each feature's values as bin numbers: bin k holds the values above threshold k−1 and at most
    /// threshold k, the thresholds being values seen at quantiles (so a split at a bin reads
    /// "feature ≤ threshold" on raw values too).
    /// </summary>
    private static (byte[][] Bins, double[][] Thresholds) Quantise(double[][] values)
    {
        var bins = new byte[values.Length][];
        var thresholds = new double[values.Length][];
        for (var f = 0; f < values.Length; f++)
        {
            var sorted = values[f].Order().ToArray();
            var cuts = new List<double>();
            for (var q = 1; q <= TreeSettings.Bins; q++)
            {
                var value = sorted[Math.Min(sorted.Length - 1, (int)((long)q * sorted.Length / TreeSettings.Bins))];
                if (cuts.Count == 0 || value > cuts[^1])
                {
                    cuts.Add(value);
                }
            }

            cuts[^1] = double.PositiveInfinity; // the last bin takes everything above the one before it
            thresholds[f] = [.. cuts];
            bins[f] = new byte[values[f].Length];
            for (var r = 0; r < values[f].Length; r++)
            {
                var k = Array.BinarySearch(thresholds[f], values[f][r]);
                bins[f][r] = (byte)(k >= 0 ? k : ~k);
            }
        }

        return (bins, thresholds);
    }

    /// <summary>
    /// The negative gradient and the second derivative of the pairwise logistic loss per candidate:
    /// for each mapped occupation i and other candidate j of a title, ρ = σ(s_j − s_i) pushes i up
    /// and j down, weighted by 1/(mapped × others) so every title weighs the same, or by the change
    /// in NDCG swapping them would make (LambdaRank).
    /// </summary>
    private static void Gradients(int[] starts, bool[] relevant, double[] scores, double[] gradients, double[] hessians, bool lambdaRank)
    {
        Array.Clear(gradients);
        Array.Clear(hessians);
        var longest = Enumerable.Range(0, starts.Length - 1).Select(t => starts[t + 1] - starts[t]).DefaultIfEmpty(0).Max();
        var keys = new double[longest];
        var order = new int[keys.Length];
        var discount = new double[keys.Length];
        for (var t = 0; t + 1 < starts.Length; t++)
        {
            var (from, to) = (starts[t], starts[t + 1]);
            var positives = 0;
            for (var r = from; r < to; r++)
            {
                positives += relevant[r] ? 1 : 0;
            }

            var negatives = to - from - positives;
            var ideal = 1.0;
            if (lambdaRank)
            {
                // 1/log2(1 + rank) by the current scores; the ideal DCG puts every mapped occupation first.
                var n = to - from;
                for (var k = 0; k < n; k++)
                {
                    keys[k] = -scores[from + k];
                    order[k] = k;
                }

                Array.Sort(keys, order, 0, n);
                for (var k = 0; k < n; k++)
                {
                    discount[order[k]] = 1 / Math.Log2(k + 2);
                }

                ideal = 0;
                for (var k = 0; k < positives; k++)
                {
                    ideal += 1 / Math.Log2(k + 2);
                }
            }

            var share = 1.0 / (positives * negatives);
            for (var i = from; i < to; i++)
            {
                if (!relevant[i])
                {
                    continue;
                }

                for (var j = from; j < to; j++)
                {
                    if (relevant[j])
                    {
                        continue;
                    }

                    var rho = 1 / (1 + Math.Exp(scores[i] - scores[j]));
                    var weight = lambdaRank ? Math.Abs(discount[i - from] - discount[j - from]) / ideal : share;
                    gradients[i] += weight * rho;
                    gradients[j] -= weight * rho;
                    var h = weight * rho * (1 - rho);
                    hessians[i] += h;
                    hessians[j] += h;
                }
            }
        }
    }

    /// <summary>One tree fitted to the gradients, level by level: a node splits where the Newton gain is largest.</summary>
    private static RegressionTree Grow(byte[][] bins, double[][] thresholds, double[] gradients, double[] hessians, TreeSettings settings)
    {
        var rows = gradients.Length;
        var width = bins.Length;
        var nodes = new List<TreeNode> { TreeNode.Leaf(0) };
        var nodeOf = new int[rows]; // the open node a row is in, −1 once in a final leaf
        var open = new List<(int Node, double G, double H, int Count)> { (0, gradients.Sum(), hessians.Sum(), rows) };
        for (var depth = 0; depth < settings.Depth && open.Count > 0; depth++)
        {
            var slots = open.Count;
            var g = new double[slots * width * TreeSettings.Bins];
            var h = new double[slots * width * TreeSettings.Bins];
            var c = new int[slots * width * TreeSettings.Bins];
            for (var f = 0; f < width; f++)
            {
                var column = bins[f];
                for (var r = 0; r < rows; r++)
                {
                    var slot = nodeOf[r];
                    if (slot < 0)
                    {
                        continue;
                    }

                    var at = (((slot * width) + f) * TreeSettings.Bins) + column[r];
                    g[at] += gradients[r];
                    h[at] += hessians[r];
                    c[at]++;
                }
            }

            var next = new List<(int Node, double G, double H, int Count)>();
            var route = new (int Feature, int Bin, int Left, int Right)[slots];
            for (var s = 0; s < slots; s++)
            {
                var (node, gAll, hAll, count) = open[s];
                var parent = gAll * gAll / (hAll + TreeSettings.LeafPenalty);
                var best = (Gain: 1e-12, Feature: -1, Bin: -1, GLeft: 0.0, HLeft: 0.0, CLeft: 0);
                for (var f = 0; f < width && count >= 2 * settings.MinLeaf; f++)
                {
                    double gLeft = 0, hLeft = 0;
                    var cLeft = 0;
                    var at = ((s * width) + f) * TreeSettings.Bins;
                    for (var k = 0; k + 1 < thresholds[f].Length; k++)
                    {
                        gLeft += g[at + k];
                        hLeft += h[at + k];
                        cLeft += c[at + k];
                        if (cLeft < settings.MinLeaf)
                        {
                            continue;
                        }

                        if (count - cLeft < settings.MinLeaf)
                        {
                            break;
                        }

                        var gain = (gLeft * gLeft / (hLeft + TreeSettings.LeafPenalty))
                            + ((gAll - gLeft) * (gAll - gLeft) / (hAll - hLeft + TreeSettings.LeafPenalty)) - parent;
                        if (gain > best.Gain)
                        {
                            best = (gain, f, k, gLeft, hLeft, cLeft);
                        }
                    }
                }

                if (best.Feature < 0)
                {
                    nodes[node] = TreeNode.Leaf(settings.Shrinkage * gAll / (hAll + TreeSettings.LeafPenalty));
                    route[s] = (-1, -1, -1, -1);
                    continue;
                }

                var left = nodes.Count;
                nodes.Add(TreeNode.Leaf(0));
                nodes.Add(TreeNode.Leaf(0));
                nodes[node] = TreeNode.Split(best.Feature, thresholds[best.Feature][best.Bin], left, left + 1);
                route[s] = (best.Feature, best.Bin, next.Count, next.Count + 1);
                next.Add((left, best.GLeft, best.HLeft, best.CLeft));
                next.Add((left + 1, gAll - best.GLeft, hAll - best.HLeft, count - best.CLeft));
            }

            for (var r = 0; r < rows; r++)
            {
                if (nodeOf[r] >= 0)
                {
                    var (feature, bin, left, right) = route[nodeOf[r]];
                    nodeOf[r] = feature < 0 ? -1 : bins[feature][r] <= bin ? left : right;
                }
            }

            open = next;
        }

        foreach (var (node, gAll, hAll, _) in open)
        {
            nodes[node] = TreeNode.Leaf(settings.Shrinkage * gAll / (hAll + TreeSettings.LeafPenalty));
        }

        return new RegressionTree(nodes);
    }

    /// <summary>The leaf a training row falls in, read through its bins (as the raw values would).</summary>
    private static double Leaf(RegressionTree tree, byte[][] bins, double[][] thresholds, int row)
    {
        var node = tree.Nodes[0];
        while (!node.IsLeaf)
        {
            var bin = bins[node.Feature][row];
            node = tree.Nodes[thresholds[node.Feature][bin] <= node.Threshold ? node.Left : node.Right];
        }

        return node.Value;
    }
}
