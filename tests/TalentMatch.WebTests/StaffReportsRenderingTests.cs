using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Features.Reports;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Web.Components.Staff;

namespace TalentMatch.WebTests.Rendering;

/// <summary>
/// The reports' pieces without a browser: the SVG bar chart rendered to HTML by Blazor's own
/// renderer, the bars as the reports build them, the filter of the address, and the CSV in another
/// language than Dutch.
/// </summary>
public sealed partial class StaffReportsRenderingTests
{
    private CultureInfo _culture = null!;
    private CultureInfo _uiCulture = null!;

    [SetUp]
    public void RememberCulture()
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
    }

    [TearDown]
    public void RestoreCulture()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }

    [Test]
    public async Task BarChart_DrawsBarsInProportion_WithTheLabelsAndFiguresOfItsTable()
    {
        UseLanguage("nl");
        var html = await RenderAsync([new("Shortlist", 8, "8"), new("Voorgesteld", 4, "4"), new("Geplaatst", 0, "0")]);

        Attributes(html, "rect", "class=\"fill\"", "width").ShouldBe(["210", "105"]);
        Texts(html, "label").ShouldBe(["Shortlist", "Voorgesteld", "Geplaatst"]);
        Texts(html, "value").ShouldBe(["8", "4", "0"]);
        RowHeaders(html).ShouldBe(["Shortlist", "Voorgesteld", "Geplaatst"]);
        FirstCells(html).ShouldBe(["8", "4", "0"]);
        html.ShouldContain("role=\"img\"");
        html.ShouldContain("aria-labelledby=\"test-svg-title test-svg-desc\"");
        html.ShouldContain("<title id=\"test-svg-title\">Matches</title>");
        html.ShouldContain("<th scope=\"col\">");
        html.ShouldNotContain("table-note");
    }

    [Test]
    public async Task BarChart_LongLabel_IsShortenedInTheDrawing_AndWholeInTheTable()
    {
        UseLanguage("nl");
        var label = string.Concat(Enumerable.Repeat("woord ", 12)).Trim();
        var html = await RenderAsync([new(label, 1, "1")]);

        var drawn = Texts(html, "label").Single();
        drawn.Length.ShouldBeLessThanOrEqualTo(42);
        drawn.ShouldEndWith("…");
        label.ShouldStartWith(drawn.TrimEnd('…'));
        RowHeaders(html).ShouldBe([label]);
    }

    [Test]
    public async Task BarChart_WithAScale_DrawsSharesAgainstIt()
    {
        UseLanguage("nl");
        var html = await RenderAsync([BarChartBar.Share("3 maanden", 0.5, 10), BarChartBar.Share("6 maanden", 1, 10)], max: 1);

        Attributes(html, "rect", "class=\"fill\"", "width").ShouldBe(["105", "210"]);
        Texts(html, "value").ShouldBe([0.5.ToString("P0", CultureInfo.CurrentCulture), 1.0.ToString("P0", CultureInfo.CurrentCulture)]);
    }

    [Test]
    public async Task BarChart_SuppressedBar_IsAHatchedMarkerSayingFewerThan_AndTheTableSaysLessThan()
    {
        UseLanguage("nl");
        var html = await RenderAsync([new("Shortlist", 8, "8"), BarChartBar.Count("Voorgesteld", null)]);

        Attributes(html, "rect", "class=\"fill\"", "width").ShouldBe(["210"]);
        html.ShouldContain("fill=\"url(#test-hatch)\"");
        Texts(html, "value").ShouldBe(["8", "minder dan 3"]);
        FirstCells(html).ShouldBe(["8", "< 3"]);
        html.ShouldContain("class=\"table-note\"");
        html.ShouldContain("zodat niemand herkend kan worden");
    }

    [Test]
    public async Task BarChart_InArabic_RunsFromTheRight_WithNumbersWithADecimalPoint()
    {
        UseLanguage("ar");
        var html = await RenderAsync([new("أ", 3, "3"), new("ب", 1, "1")]);

        html.ShouldContain("direction=\"rtl\"");
        // 210 and 70 units long, each ending at the right edge (320).
        Attributes(html, "rect", "class=\"fill\"", "x").ShouldBe(["110", "250"]);
        Attributes(html, "text", "class=\"label\"", "x").ShouldBe(["320", "320"]);

        UseLanguage("fr");
        var french = await RenderAsync([new("a", 3, "3"), new("b", 1, "1")]);
        Attributes(french, "rect", "class=\"fill\"", "width").ShouldBe(["210", "70"]);
        Attributes(french, "text", "class=\"value\"", "x").ShouldBe(["216", "76"]);
    }

    [Test]
    public void Share_OfNothing_IsNotMeasurable_AndASuppressedOneCarriesNoFigure()
    {
        UseLanguage("en");

        BarChartBar.Share("x", null, 0).ShouldBe(new BarChartBar("x", null, "nothing to measure", Suppressed: false, Detail: "0"));
        BarChartBar.Share("x", null, 12).ShouldBe(new BarChartBar("x", null, "", Suppressed: true, Detail: "12"));
        BarChartBar.Share("x", null, null).ShouldBe(new BarChartBar("x", null, "", Suppressed: true, Detail: null));
        BarChartBar.Count("x", null).ShouldBe(new BarChartBar("x", null, "", Suppressed: true));
        BarChartBar.Count("x", 1234).Text.ShouldBe("1,234");
    }

    [Test]
    public void Filter_DefaultsToTheLastTwelveMonths_AndSendsAWrongDateAsAnImpossibleDay()
    {
        var today = new DateOnly(2026, 3, 15);

        var empty = new ReportFilter(null, "", null, today);
        empty.FunnelQuery.ShouldBe(new FunnelReportQuery(new DateOnly(2025, 3, 16), today, null, null));
        empty.Query.ShouldBe("van=2025-03-16&tot=2026-03-15");

        var typed = new ReportFilter("2026-01-01", "gisteren", " Deurne ", today);
        typed.AftercareQuery.ShouldBe(new AftercareReportQuery(new DateOnly(2026, 1, 1), DateOnly.MaxValue, "Deurne"));
        typed.Query.ShouldBe("van=2026-01-01&tot=gisteren&wijk=Deurne");

        ReportFilter.FileName("funnel", new DateOnly(2025, 1, 1), today, "Berendrecht-Zandvliet-Lillo")
            .ShouldBe("funnel-2025-01-01-2026-03-15-berendrecht-zandvliet-lillo.csv");
        ReportFilter.FileName("aftercare", new DateOnly(2025, 1, 1), today, null).ShouldBe("aftercare-2025-01-01-2026-03-15.csv");
    }

    [TestCase("ar")]
    [TestCase("fr")]
    [TestCase("nl")]
    public void Csv_OfAReport_IsTheSameInEveryLanguage_WithASuppressedFigureEmpty(string language)
    {
        UseLanguage(language);
        var report = new FunnelReportDto(
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "Deurne", OpportunityKind.Job,
            [new(OpportunityKind.Job, MatchState.Shortlisted, 1200), new(OpportunityKind.Job, MatchState.Proposed, null)],
            [new(OpportunityKind.Job, MatchState.Shortlisted, MatchState.Proposed, 1200, 300, 0.25)],
            12.5, 4, 3);

        report.ToCsv().ShouldBe(
            "metric,kind,state,nextState,value,base\r\n" +
            "reached,job,shortlisted,,1200,\r\n" +
            "reached,job,proposed,,,\r\n" +
            "conversion,job,shortlisted,proposed,0.25,1200\r\n" +
            "medianDaysShortlistedToPlaced,job,shortlisted,placed,12.5,4\r\n");
    }

    private static void UseLanguage(string language)
    {
        CultureInfo.CurrentCulture = new CultureInfo(language);
        CultureInfo.CurrentUICulture = new CultureInfo(language);
    }

    private static async Task<string> RenderAsync(IReadOnlyList<BarChartBar> bars, double? max = null)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(BarChart.Id)] = "test",
                [nameof(BarChart.Title)] = "Matches",
                [nameof(BarChart.Bars)] = bars,
                [nameof(BarChart.Max)] = max,
                [nameof(BarChart.LabelHeader)] = "Step",
                [nameof(BarChart.ValueHeader)] = "Matches",
                [nameof(BarChart.MinimumGroupSize)] = 3,
            });
            return (await renderer.RenderComponentAsync<BarChart>(parameters)).ToHtmlString();
        });
    }

    /// <summary>An attribute of every element of a kind that carries a marker attribute, in order.</summary>
    private static List<string> Attributes(string html, string element, string marker, string attribute) =>
        [.. Regex.Matches(html, $"<{element} [^>]*>").Select(m => m.Value).Where(tag => tag.Contains(marker, StringComparison.Ordinal))
            .Select(tag => Regex.Match(tag, $" {attribute}=\"([^\"]*)\"").Groups[1].Value)];

    private static List<string> Texts(string html, string cssClass) =>
        [.. Regex.Matches(html, $"<text class=\"{cssClass}\"[^>]*>([^<]*)</text>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static List<string> RowHeaders(string html) => [.. RowHeader().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static List<string> FirstCells(string html) => [.. FirstCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<th scope=\"row\">([^<]*)</th>")]
    private static partial Regex RowHeader();

    [GeneratedRegex(@"</th>\s*<td[^>]*>([^<]*)</td>")]
    private static partial Regex FirstCell();
}
