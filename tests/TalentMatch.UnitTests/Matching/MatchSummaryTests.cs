using TalentMatch.Application.Features.Matching;
using TalentMatch.Domain.Common;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

public sealed class MatchSummaryTests
{
    private static readonly Guid[] Skills = Enumerable.Range(1, 8).Select(n => new Guid($"00000000-0000-0000-0000-{n:D12}")).ToArray();

    [TestCase("nl", "Heeft 5 van de 8 gevraagde competenties (3 buiten school geleerd), spreekt Nederlands B1 zoals gevraagd, woont op 4 km.")]
    [TestCase("en", "Has 5 of the 8 required competences (3 learned outside school), speaks Dutch B1 as asked, lives 4 km away.")]
    [TestCase("fr", "Possède 5 des 8 compétences demandées (3 acquises hors de l'école), parle néerlandais B1 comme demandé, habite à 4 km.")]
    public void Sentence_SaysCoverageLanguagesAndDistanceInTheCallersLanguage(string language, string expected)
    {
        var result = Result(
            counts: new RequiredCounts(8, 5, 3, 1, 1),
            languages: [new LanguageFit("nl", true, CefrLevel.B1, CefrLevel.B2, true, false)],
            distanceKm: 4.2);

        MatchSummary.Sentence(result, language).ShouldBe(expected);
    }

    [Test]
    public void Sentence_WhenARequiredLanguageIsMissingOrBelowLevel_NamesTheGapAndExtras()
    {
        var result = Result(
            counts: new RequiredCounts(2, 2, 0, 2, 0),
            languages:
            [
                new LanguageFit("nl", true, CefrLevel.B1, CefrLevel.A2, false, false),
                new LanguageFit("fr", true, CefrLevel.A2, null, false, false),
                new LanguageFit("ar", false, null, CefrLevel.C2, true, true),
            ],
            distanceKm: null);

        MatchSummary.Sentence(result, "nl").ShouldBe("Heeft 2 van de 2 gevraagde competenties, spreekt Nederlands nog niet op niveau B1, spreekt geen Frans, spreekt ook Arabisch.");
    }

    [Test]
    public void Sentence_WhenNothingIsRequired_CountsThePreferredCompetences()
    {
        var result = Result(new RequiredCounts(0, 0, 0, 0, 0), [], 12.6, matched: 1, missing: 2);

        MatchSummary.Sentence(result, "en").ShouldBe("Has 1 of the 3 preferred competences, lives 13 km away.");
    }

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
