using TalentMatch.Benchmarks.Evaluation;
using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

public sealed class OccupationTreeRankerTests
{
    private static readonly Guid Cashier = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Cook = Guid.Parse("00000000-0000-0000-0000-000000000005");

    // Two trees: −1 / +2 by label-exact; 0 below title 0.3, else 0.5 / 1 by rank.
    private const string TwoTrees = """
        # a hand-built model
        features title label-exact rank
        bias 0.5
        scale 2
        tree
        split 1 0.5 1 2
        leaf -1
        leaf 2
        tree
        split 0 0.3 1 2
        leaf 0
        split 2 0.5 3 4
        leaf 0.5
        leaf 1
        """;

    [Test]
    public void Default_LoadsTheShippedTreesAndIsWhatTheIndexOrdersBy()
    {
        var index = new OccupationSearchIndex([new(Cashier, "nl", "kassier", true)]);

        OccupationTreeRanker.Default.Trees.Count.ShouldBeGreaterThan(1);
        index.Ranker.ShouldBeSameAs(OccupationTreeRanker.Default);
        new OccupationSearchIndex([new(Cashier, "nl", "kassier", true)]) { Ranker = OccupationRanker.Default }.Ranker.ShouldBeSameAs(OccupationRanker.Default);
    }

    [TestCase(0, 0, 0, 0.5 + (2 * (-1 + 0)))]
    [TestCase(1, 0, 0, 0.5 + (2 * (2 + 0)))]
    [TestCase(1, 0.3, 1, 0.5 + (2 * (2 + 0)))]
    [TestCase(0, 0.9, 0.5, 0.5 + (2 * (-1 + 0.5)))]
    [TestCase(1, 0.9, 1, 0.5 + (2 * (2 + 1)))]
    public void Sum_AddsTheLeavesTheFeaturesLeadTo_ScaledAndShifted(double labelExact, double title, double rank, double expected)
    {
        var trees = OccupationTreeRanker.Parse(new StringReader(TwoTrees));

        trees.Sum(Features(("label-exact", labelExact), ("title", title), ("rank", rank))).ShouldBe(expected, 1e-12);
    }

    [Test]
    public void Parse_MapsTheModelsFeatureNamesToTheCandidatesFeatures()
    {
        var trees = OccupationTreeRanker.Parse(new StringReader(TwoTrees));

        var splits = trees.Trees.SelectMany(t => t.Nodes).Where(n => !n.IsLeaf).Select(n => OccupationCandidate.FeatureNames[n.Feature]);

        splits.ShouldBe(["label-exact", "title", "rank"]);
    }

    [Test]
    public void Parse_ReadsWhatFormatWrites()
    {
        var trees = OccupationTreeRanker.Parse(new StringReader(TwoTrees));

        var read = OccupationTreeRanker.Parse(new StringReader(trees.Format()));

        read.Bias.ShouldBe(trees.Bias);
        read.Scale.ShouldBe(trees.Scale);
        read.Trees.Select(t => t.Nodes).ShouldBe(trees.Trees.Select(t => t.Nodes));
    }

    [TestCase("features blended no-such-feature\nbias 0\nscale 1\ntree\nleaf 0\n", "unknown feature 'no-such-feature'")]
    [TestCase("features blended\nbias 0\nscale 1\ntree\nsplit 1 0.5 1 2\nleaf 0\nleaf 1\n", "feature 1 is not in the features line")]
    [TestCase("features blended\nbias 0\nscale 1\ntree\nsplit 0 0.5 1 5\nleaf 0\nleaf 1\n", "children must follow it within the tree")]
    [TestCase("features blended\nbias 0\nscale 1\n", "at least one tree")]
    [TestCase("features blended\nbias zero\n", "'zero' is not a number")]
    public void Parse_WhenTheModelIsBroken_FailsSayingWhy(string text, string message)
    {
        Should.Throw<FormatException>(() => OccupationTreeRanker.Parse(new StringReader(text))).Message.ShouldContain(message);
    }

    [TestCase(-3, 3, "00000000-0000-0000-0000-000000000005")]
    [TestCase(3, -3, "00000000-0000-0000-0000-000000000004")]
    public void Search_WithMemory_OrdersTheCandidatesByTheTrees(double notRemembered, double remembered, string first)
    {
        var labels = new OccupationSearchIndex(
        [
            new(Cashier, "nl", "kassier", true),
            new(Cook, "nl", "kok", true),
        ]);
        var memory = new TitleMemoryIndex(labels, [new(Cook, "kassier")]);

        // One split on title-exact: the cook is remembered for "kassier", the cashier is not.
        var trees = new OccupationTreeRanker(0, 1, [new RegressionTree(
            [TreeNode.Split(OccupationCandidate.FeatureNames.ToList().IndexOf("title-exact"), 0.5, 1, 2), TreeNode.Leaf(notRemembered), TreeNode.Leaf(remembered)])]);

        var hits = labels.Search("kassier", 5, memory, trees);

        hits[0].OccupationId.ShouldBe(Guid.Parse(first));
    }

    [Test]
    public void Train_OnAToySetNoLineCanSeparate_PutsTheMappedOccupationFirst()
    {
        // The mapped candidate of a title has "title" and "label" on the same side of 0.5 (an XOR a
        // linear score cannot draw); the other candidates have them on opposite sides.
        var random = new Random(7);
        List<RankingExample> Titles(int count) => [.. Enumerable.Range(0, count).Select(_ => Toy(random))];

        var trees = OccupationTreeTraining.Train(Titles(300), new TreeSettings(Trees: 60, Depth: 3, Shrinkage: 0.3, MinLeaf: 10, LambdaRank: true));

        var unseen = Titles(200);
        var first = unseen.Count(t => t.Relevant.Contains(t.Candidates.MaxBy(c => trees.Sum(c.Features))!.OccupationId));
        first.ShouldBe(unseen.Count);
        var linear = OccupationRankerTraining.Train(Titles(300));
        unseen.Count(t => t.Relevant.Contains(t.Candidates.MaxBy(c => linear.Sum(c.Features))!.OccupationId)).ShouldBeLessThan(unseen.Count * 3 / 4);
    }

    private static RankingExample Toy(Random random)
    {
        double Low() => random.NextDouble() * 0.45;
        double High() => 0.55 + (random.NextDouble() * 0.45);
        var mapped = random.Next(5);
        var candidates = Enumerable.Range(0, 5).Select(c =>
        {
            var same = random.Next(2) == 0;
            var (title, label) = c == mapped
                ? (same ? (High(), High()) : (Low(), Low()))
                : (same ? (High(), Low()) : (Low(), High()));
            return new OccupationCandidate(Guid.NewGuid(), 0, "", null, Features(("title", title), ("label", label)));
        }).ToList();
        return new RankingExample(candidates, [candidates[mapped].OccupationId]);
    }

    private static double[] Features(params (string Name, double Value)[] values)
    {
        var features = new double[OccupationCandidate.FeatureNames.Count];
        foreach (var (name, value) in values)
        {
            features[OccupationCandidate.FeatureNames.ToList().IndexOf(name)] = value;
        }

        return features;
    }
}
