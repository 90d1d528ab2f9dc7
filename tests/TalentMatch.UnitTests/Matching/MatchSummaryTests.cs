using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

public sealed class MatchSummaryTests
{
    private static readonly Guid[] Skills = Enumerable.Range(1, 8).Select(n => new Guid($"00000000-0000-0000-0000-{n:D12}")).ToArray();

    [TestCase("nl", "Heeft 5 van de 8 gevraagde competenties (3 buiten school geleerd), spreekt Nederlands B1 zoals gevraagd, woont op 4 km.")]
    [TestCase("en", "Has 5 of the 8 required competences (3 learned outside school), speaks Dutch B1 as asked, lives 4 km away.")]
    [TestCase("fr", "Possède 5 des 8 compétences demandées (3 acquises hors de l'école), parle néerlandais B1 comme demandé, habite à 4 km.")]
    [TestCase("ar", "لديه 5 من 8 كفاءات مطلوبة (3 تعلّمها خارج المدرسة)، يتحدث الهولندية B1 كما هو مطلوب، يسكن على بعد 4 كم.")]
    [TestCase("tr", "İstenen 8 yetkinlikten 5 tanesine sahip (3 tanesi okul dışında öğrenildi), istendiği gibi Felemenkçe B1 konuşuyor, 4 km uzakta oturuyor.")]
    public void Sentence_SaysCoverageLanguagesAndDistanceInTheCallersLanguage(string language, string expected)
    {
        var result = Result(
            counts: new RequiredCounts(8, 5, 3, 1, 1),
            languages: [new LanguageFit("nl", true, CefrLevel.B1, CefrLevel.B2, true, false)],
            distanceKm: 4.2);

        MatchSummary.Sentence(result, Labels(language)).ShouldBe(expected);
    }

    [TestCase("ar", "لديه 2 من 2 كفاءات مطلوبة، يتحدث الهولندية دون المستوى B1، لا يتحدث الفرنسية، يتحدث أيضًا العربية.")]
    [TestCase("tr", "İstenen 2 yetkinlikten 2 tanesine sahip, Felemenkçe dilini henüz B1 seviyesinde konuşmuyor, Fransızca konuşmuyor, ayrıca Arapça konuşuyor.")]
    public void Sentence_ForARequestInArabicOrTurkish_WithDutchCatalogueLabels_IsSaidInTheRequestsLanguage(string uiLanguage, string expected)
    {
        var result = LanguageGapsAndExtras();
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(uiLanguage);

            MatchSummary.Sentence(result, Labels("nl")).ShouldBe(expected);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public void Sentence_WhenARequiredLanguageIsMissingOrBelowLevel_NamesTheGapAndExtras()
    {
        var result = LanguageGapsAndExtras();

        MatchSummary.Sentence(result, Labels("nl")).ShouldBe("Heeft 2 van de 2 gevraagde competenties, spreekt Nederlands nog niet op niveau B1, spreekt geen Frans, spreekt ook Arabisch.");
    }

    /// <summary>All required competences, Dutch below the level asked, no French, and Arabic as an extra.</summary>
    private static MatchResult LanguageGapsAndExtras() => Result(
        counts: new RequiredCounts(2, 2, 0, 2, 0),
        languages:
        [
            new LanguageFit("nl", true, CefrLevel.B1, CefrLevel.A2, false, false),
            new LanguageFit("fr", true, CefrLevel.A2, null, false, false),
            new LanguageFit("ar", false, null, CefrLevel.C2, true, true),
        ],
        distanceKm: null);

    [Test]
    public void Sentence_WhenNothingIsRequired_CountsThePreferredCompetences()
    {
        var result = Result(new RequiredCounts(0, 0, 0, 0, 0), [], 12.6, matched: 1, missing: 2);

        MatchSummary.Sentence(result, Labels("en")).ShouldBe("Has 1 of the 3 preferred competences, lives 13 km away.");
    }

    [Test]
    public void Sentence_WhenExperienceCoversRequiredCompetences_NamesTheOccupationAndYears()
    {
        var warehouse = Guid.NewGuid();
        var matched = Skills.Take(3).Select((s, i) => new MatchedCompetence(s, s, true, MatchVia.Exact, CompetenceSource.Volunteering, Evidence.Declared, 3, 2, 0.7, 10)
        {
            Experience = i < 2 ? new ExperienceCredit(warehouse, 2, ExperienceContext.Volunteering, false) : null,
        }).ToList();
        var result = Result(new RequiredCounts(4, 3, 3, 0, 0), [], null) with { Matched = matched };
        var labels = new MatchLabels(new Dictionary<Guid, string>(), new Dictionary<Guid, string> { [warehouse] = "magazijnmedewerker" }, "nl");

        MatchSummary.Sentence(result, labels).ShouldBe("Heeft 3 van de 4 gevraagde competenties (3 buiten school geleerd; 2 via 2 jaar ervaring als magazijnmedewerker).");
    }

    [TestCase("nl", "Heeft 2 van de 3 gevraagde competenties (2 via 4 jaar ervaring als kok), spreekt Nederlands B1 en Frans A2 zoals gevraagd, spreekt ook Arabisch en Turks, woont op 2 km.")]
    [TestCase("fr", "Possède 2 des 3 compétences demandées (2 grâce à 4,5 ans d'expérience comme cuisinier), parle néerlandais B1 et français A2 comme demandé, parle aussi arabe et turc, habite à 2 km.")]
    public void Sentence_WithSeveralLanguagesAndOnlyExperience_JoinsThemInOrder(string language, string expected)
    {
        var kitchen = Guid.NewGuid();
        var years = language == "fr" ? 4.5 : 4;
        var matched = Skills.Take(2).Select(s => new MatchedCompetence(s, kitchen, true, MatchVia.Exact, CompetenceSource.Work, Evidence.Declared, 2, 2, 0.6, 10)
        {
            Experience = new ExperienceCredit(kitchen, years, ExperienceContext.Work, false),
        }).ToList();
        var result = Result(
            new RequiredCounts(3, 2, 0, 2, 2),
            [
                new LanguageFit("nl", true, CefrLevel.B1, CefrLevel.B2, true, false),
                new LanguageFit("fr", true, CefrLevel.A2, CefrLevel.A2, true, false),
                new LanguageFit("ar", false, null, CefrLevel.C2, true, true),
                new LanguageFit("tr", false, null, CefrLevel.B1, true, true),
            ],
            1.6) with
        { Matched = matched };
        var labels = new MatchLabels(new Dictionary<Guid, string>(), new Dictionary<Guid, string> { [kitchen] = language == "fr" ? "cuisinier" : "kok" }, language);

        MatchSummary.Sentence(result, labels).ShouldBe(expected);
    }

    [Test]
    public void Sentence_WhenNothingIsAsked_SaysSo()
    {
        MatchSummary.Sentence(Result(new RequiredCounts(0, 0, 0, 0, 0), [], null), Labels("nl")).ShouldBe("Er worden geen competenties gevraagd.");
    }

    private static MatchLabels Labels(string language) => new(new Dictionary<Guid, string>(), new Dictionary<Guid, string>(), language);

    private static MatchResult Result(RequiredCounts counts, LanguageFit[] languages, double? distanceKm, int matched = 0, int missing = 0) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        OpportunityKind.Job,
        50,
        false,
        new ScoreComponents(50, null, null, null, null),
        new ScorePoints(50, 0, 0, 0, 0),
        counts,
        Skills.Take(matched).Select(s => new MatchedCompetence(s, s, false, MatchVia.Exact, CompetenceSource.Work, Evidence.Declared, 2, 1, 1, 10)).ToList(),
        Skills.Skip(matched).Take(missing).Select(s => new MissingCompetence(s, false)).ToList(),
        languages,
        distanceKm);
}
