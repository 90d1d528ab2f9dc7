using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

/// <summary>
/// The job-title knowledge on top of plain matching, on a small catalogue of real ESCO labels:
/// the curated list (informal, Flemish and gendered words, phrases), word families, general
/// roles, noise words and compounds that end in a short word.
/// </summary>
public sealed class OccupationSearchKnowledgeTests
{
    private static readonly Dictionary<string, Guid> Occupations = new()
    {
        ["cleaner"] = Id(1),
        ["butcher"] = Id(2),
        ["midwife"] = Id(3),
        ["physiotherapist"] = Id(4),
        ["languages teacher"] = Id(5),
        ["drama teacher"] = Id(6),
        ["lecturer"] = Id(7),
        ["land planner"] = Id(8),
        ["biology researcher"] = Id(9),
        ["baker"] = Id(10),
        ["security guard"] = Id(11),
        ["cook"] = Id(12),
        ["doctor"] = Id(13),
        ["truck driver"] = Id(14),
        ["shop assistant"] = Id(15),
        ["musician"] = Id(16),
        ["fast food worker"] = Id(17),
    };

    private static readonly OccupationSearchIndex Index = new(
    [
        Row("cleaner", "nl", "schoonmaker"), Row("cleaner", "en", "building cleaner"),
        Row("butcher", "nl", "slager"), Row("butcher", "en", "butcher"),
        Row("midwife", "nl", "verloskundige"), Row("midwife", "en", "midwife"),
        Row("physiotherapist", "nl", "fysiotherapeut"), Row("physiotherapist", "en", "physiotherapist"),
        Row("languages teacher", "nl", "leerkracht moderne talen voortgezet onderwijs"),
        Row("languages teacher", "nl", "docent moderne talen voortgezet onderwijs", preferred: false),
        Row("languages teacher", "en", "modern languages teacher secondary school"),
        Row("drama teacher", "nl", "docent drama"), Row("drama teacher", "en", "drama teacher"),
        Row("lecturer", "nl", "docent hoger onderwijs"), Row("lecturer", "en", "higher education lecturer"),
        Row("land planner", "nl", "planoloog"), Row("land planner", "en", "land planner"),
        Row("biology researcher", "nl", "wetenschappelijk onderzoeker biologie"), Row("biology researcher", "en", "biologist"),
        Row("baker", "nl", "bakker"), Row("baker", "en", "baker"),
        Row("security guard", "nl", "beveiliger"), Row("security guard", "en", "security guard"),
        Row("cook", "nl", "kok"), Row("cook", "en", "cook"),
        Row("doctor", "nl", "basisarts"), Row("doctor", "en", "general practitioner"),
        Row("truck driver", "nl", "vrachtwagenchauffeur"), Row("truck driver", "en", "cargo vehicle driver"),
        Row("shop assistant", "nl", "verkoper"), Row("shop assistant", "en", "sales assistant"),
        Row("musician", "nl", "muzikant"), Row("musician", "en", "musician"),
        Row("fast food worker", "nl", "medewerker fastfood"), Row("fast food worker", "en", "quick service restaurant crew member"),
    ]);

    // Informal, Flemish and gendered words from the curated list, also inside a compound.
    [TestCase("poetsvrouw", "cleaner")]
    [TestCase("kuisvrouw", "cleaner")]
    [TestCase("poetsvrouwen", "cleaner")]
    [TestCase("hoofdpoetsvrouw", "cleaner")]
    [TestCase("beenhouwer", "butcher")]
    [TestCase("beenhouwster", "butcher")]
    [TestCase("vroedvrouw", "midwife")]
    [TestCase("kinesist", "physiotherapist")]
    [TestCase("kinesitherapeute", "physiotherapist")]
    [TestCase("camionchauffeur", "truck driver")]
    [TestCase("instrumentalist", "musician")]
    [TestCase("frituurmedewerker", "fast food worker")]
    public void Search_WhenWordFromTheCuratedList_RanksItsOccupationFirst(string query, string expected) =>
        ShouldRankFirst(query, expected);

    // Phrases of the curated list are rewritten: a language is taught as "moderne talen", a
    // "tweedegraads" teacher teaches in secondary school, a professor lectures in higher education.
    [TestCase("lerares Spaans tweedegraads", "languages teacher")]
    [TestCase("leraar Duits (2e graads)", "languages teacher")]
    [TestCase("hoogleraar sterrenkunde", "lecturer")]
    [TestCase("universitair hoofddocent", "lecturer")]
    public void Search_WhenPhraseFromTheCuratedList_RanksTheRewrittenOccupationFirst(string query, string expected) =>
        ShouldRankFirst(query, expected);

    // A field and its practitioner, an activity or workplace and its worker; and a general role
    // ("medewerker", "onderzoeker") before a field that names the occupation by itself.
    [TestCase("onderzoeker planologie", "land planner")]
    [TestCase("medewerkster bakkerij", "baker")]
    [TestCase("medewerker beveiliging", "security guard")]
    public void Search_WhenFieldOrWorkplaceAfterAGeneralRole_RanksThePractitionerFirst(string query, string expected) =>
        ShouldRankFirst(query, expected);

    [Test]
    public void Search_WhenNoiseWords_IgnoresThem()
    {
        Index.Analyse("junior verkoper parttime").ShouldBe(Index.Analyse("verkoper"));
        ShouldRankFirst("Junior verkoopster (parttime)", "shop assistant");
    }

    // In a Dutch compound the head is the last part: a "frituurkok" is a cook, not a doctor.
    [Test]
    public void Analyse_WhenCompoundEndsInAShortKnownWord_SplitsOffTheHead()
    {
        Index.Analyse("frituurkok").ShouldBe(Index.Analyse("frituur kok"));
        Index.Analyse("frituurkok").Count.ShouldBe(2);
        ShouldRankFirst("frituurkok", "cook");
    }

    [Test]
    public void Analyse_WhenShortWordWouldStartACompound_KeepsTheWordWhole()
    {
        Index.Analyse("kokosnoot").ShouldBe(["kokosnot"]);
    }

    [TestCase("planologi", "planolog")]
    [TestCase("bakkerij", "bak")]
    [TestCase("beveiliging", "beveilig")]
    public void Family_WhenCatalogueHoldsTheOtherForm_ReturnsIt(string stem, string other)
    {
        Index.Family(stem).ShouldContain(other);
    }

    [Test]
    public void Search_WithoutTheCuratedList_DoesNotKnowFlemishWords()
    {
        var plain = new OccupationSearchIndex([Row("cleaner", "nl", "schoonmaker"), Row("butcher", "nl", "slager")], OccupationSynonyms.None);

        plain.Search("beenhouwer", 5).ShouldNotContain(h => h.OccupationId == Occupations["butcher"]);
    }

    private static void ShouldRankFirst(string query, string expected)
    {
        var hits = Index.Search(query, 5);

        hits.ShouldNotBeEmpty($"no hits for '{query}'");
        hits[0].OccupationId.ShouldBe(Occupations[expected], $"top hit for '{query}': {hits[0].MatchedLabel}");
        hits.Select(h => h.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    private static OccupationLabelRow Row(string occupation, string language, string text, bool preferred = true) =>
        new(Occupations[occupation], language, text, preferred);

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);
}
