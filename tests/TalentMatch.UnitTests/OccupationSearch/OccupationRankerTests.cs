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

    [Test]
    public void Candidates_CountTheNearestRememberedTitlesAndCompareEachSignalWithItsBest()
    {
        var memory = new TitleMemoryIndex(Labels, [new(Cook, "kassier"), new(Cook, "kassiers"), new(Cashier, "kassier (m/v)")]);

        var candidates = Labels.Candidates("kassier", memory, 5);

        var cook = Feature(candidates.Single(c => c.OccupationId == Cook));
        var cashier = Feature(candidates.Single(c => c.OccupationId == Cashier));
        cook("title-knn").ShouldBe(2);
        cashier("title-knn").ShouldBe(1);
        cook("title-relative").ShouldBe(1);
        cashier("title-relative").ShouldBeInRange(0.01, 0.99);
        cashier("label-relative").ShouldBe(1);
        cook("label-relative").ShouldBe(0);
        cashier("label-head").ShouldBe(1); // "kassier" ends the label "kassier"
        cook("label-head").ShouldBe(0);
    }

    [Test]
    public void Candidates_DescribeHowMuchTheOccupationsUnitGroupIsFound()
    {
        var ticketSeller = Guid.Parse("00000000-0000-0000-0000-000000000006");
        var index = new OccupationSearchIndex(
            [
                new(Cashier, "nl", "kassier", true),
                new(ticketSeller, "nl", "kaartverkoper", true),
                new(Cook, "nl", "kok", true),
            ],
            OccupationSynonyms.Default,
            groups: new Dictionary<Guid, string> { [Cashier] = "5230", [ticketSeller] = "5230", [Cook] = "5120" });
        var memory = new TitleMemoryIndex(index, [new(Cashier, "kassier"), new(Cashier, "kassiers"), new(Cook, "kassier (m/v)")]);

        var candidates = index.Candidates("kassier", memory, 5);

        var cashier = Feature(candidates.Single(c => c.OccupationId == Cashier));
        var seller = Feature(candidates.Single(c => c.OccupationId == ticketSeller));
        var cook = Feature(candidates.Single(c => c.OccupationId == Cook));
        seller("sibling").ShouldBe(1);
        seller("group-best").ShouldBe(1); // the cashier, the best candidate, is of its group
        cashier("group-best").ShouldBe(0); // a proposed sibling does not count for the group
        cook("group-best").ShouldBe(0);
        seller("group-votes").ShouldBe(cashier("group-votes"));
        (cashier("group-votes") + cook("group-votes")).ShouldBe(1, 1e-9);
        cashier("group-votes").ShouldBeGreaterThan(cook("group-votes"));
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
