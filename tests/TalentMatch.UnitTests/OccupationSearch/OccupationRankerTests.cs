using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

public sealed class OccupationRankerTests
{
    private static readonly Guid Cashier = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Cook = Guid.Parse("00000000-0000-0000-0000-000000000005");

    private static readonly OccupationSearchIndex Labels = new(
    [
        new(Cashier, "nl", "kassier", true),
        new(Cashier, "en", "cashier", true),
        new(Cook, "nl", "kok", true),
        new(Cook, "en", "cook", true),
    ]);

    [Test]
    public void Default_HasAWeightForEveryFeatureACandidateCarries()
    {
        var memory = new TitleMemoryIndex(Labels, [new(Cook, "kassier keuken")]);

        var candidate = Labels.Candidates("kassier", memory, 5).First();

        OccupationRanker.Default.Weights.Count.ShouldBe(OccupationCandidate.FeatureNames.Count);
        candidate.Features.Length.ShouldBe(OccupationCandidate.FeatureNames.Count);
    }

    [Test]
    public void Candidates_DescribeHowTheLabelsAndTheRememberedTitlesMatch()
    {
        var memory = new TitleMemoryIndex(Labels, [new(Cook, "kassier"), new(Cook, "keukenhulp")]);

        var candidates = Labels.Candidates("kassier", memory, 5);

        var cook = Feature(candidates.Single(c => c.OccupationId == Cook));
        var cashier = Feature(candidates.Single(c => c.OccupationId == Cashier));
        cook("title-exact").ShouldBe(1);
        cook("label-exact").ShouldBe(0);
        cook("prior").ShouldBe(Math.Log(3), 1e-9);
        cook("title-coverage").ShouldBe(1);
        cashier("label-exact").ShouldBe(1);
        cashier("title").ShouldBe(0);
        cashier("label-coverage").ShouldBe(1);
        cashier("head").ShouldBe(1);
    }

    [TestCase("title-exact", "00000000-0000-0000-0000-000000000005")]
    [TestCase("label-exact", "00000000-0000-0000-0000-000000000004")]
    public void Search_WithMemory_OrdersTheCandidatesByTheRanker(string weighed, string first)
    {
        var memory = new TitleMemoryIndex(Labels, [new(Cook, "kassier")]);
        var ranker = new OccupationRanker(0, [.. OccupationCandidate.FeatureNames.Select(name => name == weighed ? 5.0 : 0.0)]);

        var hits = Labels.Search("kassier", 5, memory, ranker);

        hits[0].OccupationId.ShouldBe(Guid.Parse(first));
        hits[0].Score.ShouldBe(1 / (1 + Math.Exp(-5)), 1e-4);
    }

    [Test]
    public void Parse_ReadsWhatFormatWrites()
    {
        var ranker = new OccupationRanker(-1.5, [.. OccupationCandidate.FeatureNames.Select((_, f) => f * 0.25)]);

        var read = OccupationRanker.Parse(new StringReader("# a comment\n" + ranker.Format()));

        read.Bias.ShouldBe(-1.5);
        read.Weights.ShouldBe(ranker.Weights);
    }

    [TestCase("bias 0\nunknown 1\n", "unknown feature")]
    [TestCase("bias 0\nblended\n", "expected 'name weight'")]
    [TestCase("bias 0\nblended 1\n", "no weight for label")]
    public void Parse_WhenTheWeightsAreIncomplete_Fails(string text, string message)
    {
        Should.Throw<FormatException>(() => OccupationRanker.Parse(new StringReader(text))).Message.ShouldContain(message);
    }

    private static Func<string, double> Feature(OccupationCandidate candidate) =>
        name => candidate.Features[OccupationCandidate.FeatureNames.ToList().IndexOf(name)];
}
