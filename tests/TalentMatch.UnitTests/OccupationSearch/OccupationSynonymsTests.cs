using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.UnitTests.OccupationSearch;

public sealed class OccupationSynonymsTests
{
    [Test]
    public void Parse_WhenEquivalence_ReadsEveryWordAsEveryOther()
    {
        var synonyms = Parse("slager = beenhouwer = Beenhouwster");

        synonyms.Rules.ShouldBe(
        [
            new("slager", "beenhouwer"), new("slager", "beenhouwster"),
            new("beenhouwer", "slager"), new("beenhouwer", "beenhouwster"),
            new("beenhouwster", "slager"), new("beenhouwster", "beenhouwer"),
        ], ignoreOrder: true);
    }

    [Test]
    public void Parse_WhenDirected_ReadsOnlyLeftAsRight()
    {
        var synonyms = Parse("engels, frans > moderne talen, talen");

        synonyms.Rules.ShouldBe(
        [
            new("engels", "moderne talen"), new("engels", "talen"),
            new("frans", "moderne talen"), new("frans", "talen"),
        ], ignoreOrder: true);
    }

    [Test]
    public void Parse_WhenNoiseAndGeneralRoles_KeepsThemApart()
    {
        var synonyms = Parse("- junior, Parttime\n* medewerker, wetenschappelijk onderzoeker");

        synonyms.NoiseWords.ShouldBe(["junior", "parttime"], ignoreOrder: true);
        synonyms.GeneralRoles.ShouldBe(["medewerker", "wetenschappelijk onderzoeker"]);
        synonyms.Rules.ShouldBeEmpty();
    }

    [Test]
    public void Parse_WhenCommentsAndBlankLines_IgnoresThem()
    {
        var synonyms = Parse("# a comment\n\nkapper = coiffeur # Flemish\n");

        synonyms.Rules.ShouldBe([new("kapper", "coiffeur"), new("coiffeur", "kapper")], ignoreOrder: true);
    }

    [TestCase("kapper")]
    [TestCase("kapper = coiffeur > kapster")]
    [TestCase("kapper = ")]
    public void Parse_WhenLineIsMalformed_ThrowsNamingTheLine(string line)
    {
        var error = Should.Throw<FormatException>(() => Parse("# header\n" + line));

        error.Message.ShouldContain("line 2");
    }

    [Test]
    public void Default_LoadsTheListShippedWithTheProduct()
    {
        var synonyms = OccupationSynonyms.Default;

        synonyms.Rules.ShouldContain(new OccupationSynonymRule("poetsvrouw", "schoonmaker"));
        synonyms.Rules.ShouldContain(new OccupationSynonymRule("beenhouwer", "slager"));
        synonyms.Rules.ShouldContain(new OccupationSynonymRule("2e graads", "voortgezet onderwijs"));
        synonyms.NoiseWords.ShouldContain("parttime");
        synonyms.GeneralRoles.ShouldContain("medewerker");
    }

    private static OccupationSynonyms Parse(string text) => OccupationSynonyms.Parse(new StringReader(text));
}
