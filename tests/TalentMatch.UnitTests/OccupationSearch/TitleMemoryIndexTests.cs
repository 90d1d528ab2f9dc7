using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

public sealed class TitleMemoryIndexTests
{
    private static readonly Guid WarehouseWorker = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid ForkliftDriver = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Cleaner = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Cashier = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Cook = Guid.Parse("00000000-0000-0000-0000-000000000005");
    private static readonly Guid NotInCatalogue = Guid.Parse("00000000-0000-0000-0000-0000000000ff");

    private static readonly OccupationLabelRow[] Rows =
    [
        new(WarehouseWorker, "nl", "magazijnmedewerker", true),
        new(WarehouseWorker, "en", "warehouse worker", true),
        new(ForkliftDriver, "nl", "heftruckbestuurder", true),
        new(ForkliftDriver, "en", "forklift operator", true),
        new(Cleaner, "nl", "schoonmaker", true),
        new(Cleaner, "en", "cleaner", true),
        new(Cashier, "nl", "kassier", true),
        new(Cashier, "en", "cashier", true),
        new(Cook, "nl", "kok", true),
        new(Cook, "en", "cook", true),
    ];

    private static readonly OccupationSearchIndex Labels = new(Rows);

    // As in the catalogue, every occupation in an ISCO unit group (here each in its own, so none has siblings).
    private static readonly OccupationSearchIndex Grouped = new(Rows, OccupationSynonyms.Default,
        groups: Rows.Select(r => r.OccupationId).Distinct().ToDictionary(id => id, id => $"group of {id}"));

    [Test]
    public void Nearest_WhenTitleRemembered_FindsItsOccupationWithSimilarityOne()
    {
        var memory = new TitleMemoryIndex(Labels, [new(WarehouseWorker, "Magazijnier")]);

        var hit = memory.Nearest("magazijnier").ShouldHaveSingleItem();

        hit.OccupationId.ShouldBe(WarehouseWorker);
        hit.Title.ShouldBe("Magazijnier");
        hit.Similarity.ShouldBe(1.0);
    }

    [TestCase("magazijniers")]
    [TestCase("magazinier")]
    [TestCase("magazijnier nachtploeg")]
    [TestCase("hoofdmagazijnier")]
    public void Nearest_WhenTitleIsSimilar_FindsTheRememberedOccupation(string query)
    {
        var memory = new TitleMemoryIndex(Labels, [new(WarehouseWorker, "magazijnier"), new(Cleaner, "poetsvrouw"), new(Cashier, "caissière")]);

        var hits = memory.Nearest(query);

        hits.ShouldNotBeEmpty();
        hits[0].OccupationId.ShouldBe(WarehouseWorker);
        hits[0].Title.ShouldBe("magazijnier");
    }

    [Test]
    public void Nearest_WhenTitleSharesNothing_FindsNothing()
    {
        var memory = new TitleMemoryIndex(Labels, [new(WarehouseWorker, "magazijnier"), new(Cleaner, "poetsvrouw")]);

        memory.Nearest("loodgieter").ShouldBeEmpty();
    }

    [Test]
    public void Nearest_WhenTheSameTitleIsGivenForTwoOccupations_TheOneGivenMoreOftenRanksFirst()
    {
        var memory = new TitleMemoryIndex(Labels, [new(ForkliftDriver, "clarkman"), new(WarehouseWorker, "clarkman"), new(WarehouseWorker, "Clarkman", 3)]);

        var hits = memory.Nearest("clarkman");

        hits.Select(h => h.OccupationId).ShouldBe([WarehouseWorker, ForkliftDriver]);
        memory.Count.ShouldBe(2);
    }

    [TestCase("")]
    [TestCase("😀")]
    [TestCase("  ?! ")]
    public void Nearest_WhenQueryHasNoWords_FindsNothing(string query)
    {
        var memory = new TitleMemoryIndex(Labels, [new(WarehouseWorker, "magazijnier")]);

        memory.Nearest(query).ShouldBeEmpty();
    }

    [Test]
    public void Search_WithMemory_ProposesTheRememberedOccupationAndNamesTheTitle()
    {
        var memory = new TitleMemoryIndex(Labels, [new(WarehouseWorker, "magazijnier"), new(Cleaner, "interieurverzorgster")]);

        Labels.Search("interieurverzorger", 5, null).Select(h => h.OccupationId).ShouldNotContain(Cleaner);
        var hits = Labels.Search("interieurverzorger", 5, memory);

        hits[0].OccupationId.ShouldBe(Cleaner);
        hits[0].MatchedTitle.ShouldBe("interieurverzorgster");
        hits[0].MatchedLabel.ShouldBe("schoonmaker");
    }

    [Test]
    public void Search_WithMemory_KeepsADirectLabelMatchFirst()
    {
        var memory = new TitleMemoryIndex(Labels, [new(Cook, "kassier keuken")]);

        var hits = Labels.Search("kassier", 5, memory);

        hits[0].OccupationId.ShouldBe(Cashier);
        hits[0].MatchedTitle.ShouldBeNull();
    }

    [Test]
    public void Search_WithMemory_WhenLabelAndTitleAgree_ScoresHigherThanEitherAlone()
    {
        // The product's trees learned that a remembered title speaks for its occupation's unit
        // group too (`group-votes`): the catalogue gives every occupation one, so this index does.
        var memory = new TitleMemoryIndex(Grouped, [new(ForkliftDriver, "heftruckchauffeur")]);

        var labelsOnly = Grouped.Search("heftruckchauffeur", 1, null).Single();
        var blended = Grouped.Search("heftruckchauffeur", 1, memory, ranker: null).Single();
        var learned = Grouped.Search("heftruckchauffeur", 1, memory).Single();

        blended.OccupationId.ShouldBe(ForkliftDriver);
        blended.Score.ShouldBeGreaterThan(Math.Max(labelsOnly.Score, 1.0));
        learned.OccupationId.ShouldBe(ForkliftDriver);
        learned.Score.ShouldBeInRange(0.5, 1.0);
    }

    [Test]
    public void Search_WithMemory_IgnoresTitlesOfOccupationsTheIndexDoesNotHold()
    {
        var memory = new TitleMemoryIndex(Labels, [new(NotInCatalogue, "duizendpoot")]);

        Labels.Search("duizendpoot", 5, memory).ShouldBeEmpty();
    }
}

public sealed class OccupationWordBridgeTests
{
    [Test]
    public void Derive_WhenWordsShareTheirOccupations_PairsThem()
    {
        var translations = OccupationWordBridge.Derive(
        [
            (["magazijn", "medewerker"], ["warehouse", "worker"]),
            (["magazijn", "beheerder"], ["warehouse", "manager"]),
            (["kassier"], ["cashier"]),
            (["kassier", "hoofd"], ["cashier", "head"]),
            (["schoonmaker", "medewerker"], ["cleaner", "worker"]),
        ]);

        translations.ShouldContain(t => t.Dutch == "magazijn" && t.English == "warehouse" && t.Concepts == 2 && t.Confidence == 1.0);
        translations.ShouldContain(t => t.Dutch == "kassier" && t.English == "cashier");
        translations.ShouldContain(t => t.Dutch == "medewerker" && t.English == "worker");
        translations.ShouldNotContain(t => t.Dutch == "magazijn" && t.English == "manager");
    }

    [Test]
    public void Derive_WhenAPairMeetsOnce_LeavesItOut()
    {
        var translations = OccupationWordBridge.Derive([(["hoofd", "kok"], ["head", "chef"])]);

        translations.ShouldBeEmpty();
    }

    [Test]
    public void Derive_WhenTheWordIsSpeltTheSameInBoth_NeedsNoTranslation()
    {
        var translations = OccupationWordBridge.Derive([(["manager", "hotel"], ["manager", "hotel"]), (["manager", "bank"], ["manager", "bank"])]);

        translations.ShouldBeEmpty();
    }

    [Test]
    public void Index_WithTheBridge_FindsAnOccupationThatOnlyHasAnEnglishLabel()
    {
        var worker = Guid.Parse("00000000-0000-0000-0000-000000000011");
        var manager = Guid.Parse("00000000-0000-0000-0000-000000000012");
        var clerk = Guid.Parse("00000000-0000-0000-0000-000000000013");
        OccupationLabelRow[] rows =
        [
            new(worker, "nl", "medewerker magazijn", true),
            new(worker, "en", "warehouse worker", true),
            new(manager, "nl", "beheerder magazijn", true),
            new(manager, "en", "warehouse manager", true),
            new(clerk, "en", "warehouse clerk", true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000014"), "nl", "kok", true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000014"), "en", "cook", true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000015"), "nl", "kassier", true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000015"), "en", "cashier", true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000016"), "nl", "schoonmaker", true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000016"), "en", "cleaner", true),
        ];

        var bridged = new OccupationSearchIndex(rows, OccupationSynonyms.None);
        var plain = new OccupationSearchIndex(rows, OccupationSynonyms.None, bridge: false);

        bridged.Translations.ShouldContain(t => t.Dutch == OccupationSearchIndex.Stem("magazijn") && t.English == OccupationSearchIndex.Stem("warehouse"));
        plain.Translations.ShouldBeEmpty();
        plain.Search("magazijn", 5).Select(h => h.OccupationId).ShouldNotContain(clerk);
        bridged.Search("magazijn", 5).Select(h => h.OccupationId).ShouldContain(clerk);
    }
}
