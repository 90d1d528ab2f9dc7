using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

public sealed class OccupationSearchIndexTests
{
    private static readonly Guid Cashier = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid WarehouseWorker = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Cleaner = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Waiter = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Teacher = Guid.Parse("00000000-0000-0000-0000-000000000005");
    private static readonly Guid ShopAssistant = Guid.Parse("00000000-0000-0000-0000-000000000006");
    private static readonly Guid WarehouseManager = Guid.Parse("00000000-0000-0000-0000-000000000007");

    private static readonly OccupationSearchIndex Index = new(
    [
        new(Cashier, "nl", "kassier", true),
        new(Cashier, "en", "cashier", true),
        new(Cashier, "en", "checkout operator", false),
        new(WarehouseWorker, "nl", "medewerker magazijn", true),
        new(WarehouseWorker, "en", "warehouse worker", true),
        new(WarehouseManager, "nl", "magazijnbeheerder", true),
        new(WarehouseManager, "en", "warehouse manager", true),
        new(Cleaner, "nl", "schoonmaker", true),
        new(Cleaner, "en", "cleaner", true),
        new(Waiter, "nl", "ober/kelner", true),
        new(Waiter, "en", "waiter/waitress", true),
        new(Teacher, "nl", "leraar", true),
        new(Teacher, "en", "teacher", true),
        new(ShopAssistant, "nl", "verkoper", true),
        new(ShopAssistant, "en", "shop assistant", true),
    ]);

    [TestCase("kassierster", "kassier")]
    [TestCase("medewerkster", "medewerker")]
    [TestCase("verkoopster", "verkoper")]
    [TestCase("verkopers", "verkoper")]
    [TestCase("lerares", "leraar")]
    [TestCase("masseuse", "masseur")]
    [TestCase("directrice", "directeur")]
    [TestCase("schoonmaakster", "schoonmaker")]
    public void Stem_WhenGenderedOrInflected_MeetsTheBaseForm(string form, string baseForm)
    {
        OccupationSearchIndex.Stem(form).ShouldBe(OccupationSearchIndex.Stem(baseForm));
    }

    [TestCase("kassier", "kassa")]
    [TestCase("leraar", "leerling")]
    public void Stem_WhenDifferentWords_KeepsThemApart(string one, string other)
    {
        OccupationSearchIndex.Stem(one).ShouldNotBe(OccupationSearchIndex.Stem(other));
    }

    [Test]
    public void Analyse_WhenCompoundOfKnownWords_SplitsIt()
    {
        Index.Analyse("magazijnmedewerker").ShouldBe(Index.Analyse("magazijn medewerker"));
    }

    [Test]
    public void Analyse_WhenNoiseAndStopWords_DropsThem()
    {
        Index.Analyse("kassier m v x").ShouldBe(Index.Analyse("kassier"));
        Index.Analyse("medewerker van het magazijn").ShouldBe(Index.Analyse("medewerker magazijn"));
    }

    [TestCase("kassier", nameof(Cashier))]
    [TestCase("Kassierster", nameof(Cashier))]
    [TestCase("Kassière", nameof(Cashier))]
    [TestCase("Kassier (m/v/x)", nameof(Cashier))]
    [TestCase("cashier", nameof(Cashier))]
    [TestCase("magazijnmedewerker", nameof(WarehouseWorker))]
    [TestCase("magazijnmedewerkster", nameof(WarehouseWorker))]
    [TestCase("magazijnmedewerkr", nameof(WarehouseWorker))]
    [TestCase("medewerker magazijn", nameof(WarehouseWorker))]
    [TestCase("warehouse worker", nameof(WarehouseWorker))]
    [TestCase("schoonmaakster", nameof(Cleaner))]
    [TestCase("schoonmaker", nameof(Cleaner))]
    [TestCase("kelner", nameof(Waiter))]
    [TestCase("waitress", nameof(Waiter))]
    [TestCase("lerares", nameof(Teacher))]
    [TestCase("verkoopster", nameof(ShopAssistant))]
    public void Search_WhenTitleVariant_RanksTheOccupationFirst(string query, string expected)
    {
        var hits = Index.Search(query, 5);

        hits.ShouldNotBeEmpty();
        hits[0].OccupationId.ShouldBe(Expected(expected), $"top hit for '{query}': {hits[0].MatchedLabel}");
        hits.Select(h => h.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Test]
    public void Search_WhenWordsReordered_FindsTheOccupation()
    {
        var hits = Index.Search("manager warehouse", 5);

        hits[0].OccupationId.ShouldBe(WarehouseManager);
    }

    [Test]
    public void Search_WhenExactLabel_ScoresOne()
    {
        Index.Search("Warehouse worker", 1).Single().Score.ShouldBe(1.0);
    }

    [Test]
    public void Search_WhenSameTextPreferredAndAlternative_RanksPreferredFirst()
    {
        var first = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
        var second = Guid.Parse("00000000-0000-0000-0000-0000000000a0");
        var index = new OccupationSearchIndex([new(first, "nl", "chauffeur", true), new(second, "nl", "chauffeur", false), new(second, "nl", "buschauffeur", true)]);

        var hits = index.Search("chauffeur", 2);

        hits.Select(h => h.OccupationId).ShouldBe([first, second]);
    }

    [Test]
    public void Search_WhenHitHasSiblingsInASmallIscoGroup_ProposesThemAtHalfItsScore()
    {
        var prosthetist = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
        var technician = Guid.Parse("00000000-0000-0000-0000-0000000000b2");
        var unrelated = Guid.Parse("00000000-0000-0000-0000-0000000000b3");
        var index = new OccupationSearchIndex(
            [new(prosthetist, "nl", "tandprotheticus", true), new(technician, "nl", "tandtechnicus", true), new(unrelated, "nl", "bakker", true)],
            OccupationSynonyms.None,
            groups: new Dictionary<Guid, string> { [prosthetist] = "3214", [technician] = "3214", [unrelated] = "7512" });

        var hits = index.Search("tandprotheticus", 10);

        hits.Select(h => h.OccupationId).ShouldBe([prosthetist, technician]);
        hits[1].Score.ShouldBe(hits[0].Score * 0.5, 0.001);
        hits[1].MatchedLabel.ShouldBe("tandprotheticus");
    }

    [Test]
    public void Search_WhenIscoGroupIsLarge_ProposesNoSiblings()
    {
        var group = Enumerable.Range(1, 11).Select(i => Guid.Parse($"00000000-0000-0000-0000-0000000001{i:00}")).ToList();
        string[] words = ["kapper", "bakker", "slager", "visser", "metselaar", "schilder", "loodgieter", "timmerman", "dakdekker", "stukadoor", "tegelzetter"];
        var index = new OccupationSearchIndex(
            group.Select((id, i) => new OccupationLabelRow(id, "nl", words[i], true)),
            OccupationSynonyms.None,
            groups: group.ToDictionary(id => id, _ => "7000"));

        index.Search("kapper", 10).Select(h => h.OccupationId).ShouldBe([group[0]]);
    }

    [TestCase("")]
    [TestCase("  ?! ")]
    [TestCase("(m/v/x)")]
    public void Search_WhenNothingToSearch_ReturnsNothing(string query)
    {
        Index.Search(query, 10).ShouldBeEmpty();
    }

    [Test]
    public void Search_WhenUnrelated_ReturnsNothing()
    {
        Index.Search("astronaut", 10).ShouldBeEmpty();
    }

    [Test]
    public void Search_WhenLimited_ReturnsAtMostLimit()
    {
        Index.Search("medewerker", 1).Count.ShouldBeLessThanOrEqualTo(1);
    }

    private static Guid Expected(string name) => name switch
    {
        nameof(Cashier) => Cashier,
        nameof(WarehouseWorker) => WarehouseWorker,
        nameof(Cleaner) => Cleaner,
        nameof(Waiter) => Waiter,
        nameof(Teacher) => Teacher,
        _ => ShopAssistant,
    };
}
