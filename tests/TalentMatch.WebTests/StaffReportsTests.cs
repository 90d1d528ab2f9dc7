using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using TalentMatch.Infrastructure.Seed;
using TalentMatch.Web.Localization;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// The reports in chromium: the matchmaker opens them from the menu, reads a chart against its
/// table, narrows the period and the district, and downloads the CSV, whose figures are the table's.
/// The matches are made through the API first: four shortlisted today (three in Antwerpen, one in
/// Deurne), one of them proposed; with the demo job seeker's proposal that makes five shortlisted
/// and two proposed, a group the reports suppress.
/// </summary>
[NonParallelizable]
public sealed class StaffReportsTests : BrowserTest
{
    private static readonly TimeZoneInfo Antwerp = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [TestCase("nl", true)]
    [TestCase("ar", false)]
    public async Task Matchmaker_ReadsChartsAgainstTables_FiltersPeriodAndDistrict_DownloadsTheCsv(string language, bool javaScript)
    {
        await ArrangeMatchesAsync();
        await using var context = await Browser.NewContextAsync(language, javaScript);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, DemoDataSeeder.MatchmakerEmail);

        // From the menu; the period is the last twelve months up to today.
        await page.ClickAsync("nav.menu a[href='/werk/rapporten']");
        await page.ArriveAtAsync("**/werk/rapporten");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, Antwerp));
        (await page.InputValueAsync("#to")).ShouldBe(today.ToString("yyyy-MM-dd"));
        (await page.InputValueAsync("#from")).ShouldBe(today.AddYears(-1).AddDays(1).ToString("yyyy-MM-dd"));

        // Every bar's figure is its row's in the table; five shortlisted, the two proposed are suppressed.
        var shortlisted = Texts.In(language, "Reports.Step.Shortlisted");
        var proposed = Texts.In(language, "Reports.Step.Proposed");
        await ShouldMatchTablesAsync(page);
        (await BarFigureAsync(page, "reached-job", shortlisted)).ShouldBe("5");
        (await CellAsync(page, "reached-job", shortlisted)).ShouldBe("5");
        await ShouldBeSuppressedAsync(page, "reached-job", proposed, language);
        await StaffChecks.PageAsync(page, "staff-20-reports", language, javaScript);

        // One district: the three who live in Antwerpen (and the demo job seeker if she does), as the API counts them.
        await page.SelectOptionAsync("#wijk", "Antwerpen");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.ArriveAtAsync("**wijk=Antwerpen**");
        using var api = await People.ApiClientAsync(DemoDataSeeder.MatchmakerEmail);
        var funnel = await api.GetFromJsonAsync<JsonElement>($"/api/v1/reports/funnel?from={today.AddYears(-1).AddDays(1):yyyy-MM-dd}&to={today:yyyy-MM-dd}&district=Antwerpen&kind=job");
        var inAntwerpen = funnel.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("state").GetString() == "shortlisted").GetProperty("matches").GetInt32();
        inAntwerpen.ShouldBeInRange(3, 4);
        (await BarFigureAsync(page, "reached-job", shortlisted)).ShouldBe(inAntwerpen.ToString());
        (await CellAsync(page, "reached-job", shortlisted)).ShouldBe(inAntwerpen.ToString());
        await ShouldMatchTablesAsync(page);

        // The CSV of that period and district holds the table's figures, and leaves the suppressed one empty.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#reached-job-title ~ p.download a").ClickAsync());
        download.SuggestedFilename.ShouldBe($"funnel-{today.AddYears(-1).AddDays(1):yyyy-MM-dd}-{today:yyyy-MM-dd}-antwerpen.csv");
        var rows = ParseCsv(await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8));
        rows[0].ShouldBe(["metric", "kind", "state", "nextState", "value", "base"]);
        string Value(string state) => rows.Single(r => r[0] == "reached" && r[1] == "job" && r[2] == state)[4];
        Value("shortlisted").ShouldBe(await CellAsync(page, "reached-job", shortlisted));
        Value("proposed").ShouldBeEmpty();
        foreach (var (state, label) in new[] { ("placed", "Reports.Step.Placed"), ("closed", "Reports.Step.Closed") })
        {
            Value(state).ShouldBe(await CellAsync(page, "reached-job", Texts.In(language, label)));
        }

        // A period before the matches: nothing reached.
        await page.FillAsync("#from", "2020-01-01");
        await page.FillAsync("#to", "2020-12-31");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.ArriveAtAsync("**tot=2020-12-31**");
        (await CellAsync(page, "reached-job", shortlisted)).ShouldBe("0");

        // An end before the start is said next to its field, and no report is shown.
        await page.FillAsync("#from", "2024-06-01");
        await page.FillAsync("#to", "2024-05-01");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.ArriveAtAsync("**tot=2024-05-01**");
        (await page.Locator("#To-error").InnerTextAsync()).ShouldContain(Texts.In(language, "Field.To"));
        (await page.Locator("#to").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.Locator("svg.bar-chart").CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Reports_AreRefusedToAStaffRoleWithoutThePolicy_PageAndDownload()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, DemoDataSeeder.CoachEmail);

        (await page.Locator("nav.menu a[href='/werk/rapporten']").CountAsync()).ShouldBe(0);
        await page.GotoAsync("/werk/rapporten");
        page.Url.ShouldEndWith("/status/403");
        await page.GotoAsync("/werk/rapporten/trechter.csv");
        page.Url.ShouldContain("/status/403");
    }

    /// <summary>Four matches for one open vacancy, shortlisted now: three people from Antwerpen and one from Deurne; one is proposed.</summary>
    private static async Task ArrangeMatchesAsync()
    {
        using var api = await People.ApiClientAsync(DemoDataSeeder.MatchmakerEmail);
        var vacancies = await api.GetFromJsonAsync<JsonElement>("/api/v1/vacancies?status=open&pageSize=1");
        var vacancy = vacancies.GetProperty("items")[0].GetProperty("id").GetGuid();
        var matched = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/matches?vacancyId={vacancy}&pageSize=100"))
            .GetProperty("items").EnumerateArray().Select(m => m.GetProperty("person").GetProperty("profileId").GetGuid()).ToHashSet();
        var candidates = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{vacancy}/matches?limit=100"))
            .GetProperty("items").EnumerateArray()
            .Select(c => (Id: c.GetProperty("profileId").GetGuid(), District: c.GetProperty("candidate").GetProperty("district").GetString()))
            .Where(c => !matched.Contains(c.Id))
            .ToList();
        var people = candidates.Where(c => c.District == "Antwerpen").Take(3).Append(candidates.First(c => c.District == "Deurne")).ToList();
        people.Count.ShouldBe(4);

        var matches = new List<Guid>();
        foreach (var (profile, _) in people)
        {
            var created = await api.PostAsJsonAsync("/api/v1/matches", new { profileId = profile, vacancyId = vacancy });
            created.EnsureSuccessStatusCode();
            matches.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        (await api.PostAsJsonAsync($"/api/v1/matches/{matches[0]}/transitions", new { to = "proposed" })).EnsureSuccessStatusCode();
    }

    /// <summary>Every chart's bars say the figures of its table's rows, label by label.</summary>
    private static async Task ShouldMatchTablesAsync(IPage page)
    {
        var charts = page.Locator("section.chart");
        (await charts.CountAsync()).ShouldBeGreaterThanOrEqualTo(5);
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var chart = charts.Nth(i);
            var labels = await chart.Locator("svg g.chart-bar text.label").AllTextContentsAsync();
            var figures = await chart.Locator("svg g.chart-bar text.value").AllTextContentsAsync();
            var rowLabels = await chart.Locator("tbody th").AllTextContentsAsync();
            var cells = await chart.Locator("tbody td:nth-of-type(1)").AllTextContentsAsync();
            labels.ShouldBe(rowLabels);
            for (var b = 0; b < labels.Count; b++)
            {
                var suppressed = await chart.Locator("svg g.chart-bar").Nth(b).GetAttributeAsync("class") == "chart-bar suppressed";
                if (!suppressed)
                {
                    figures[b].ShouldBe(cells[b], labels[b]);
                }
            }
        }
    }

    /// <summary>A suppressed bar: a hatched marker saying "fewer than 3", no bar, "&lt; 3" in the table with the line that explains it, and no number anywhere.</summary>
    private static async Task ShouldBeSuppressedAsync(IPage page, string chartId, string label, string language)
    {
        var chart = page.Locator($"section.chart:has(#{chartId}-title)");
        var bar = chart.Locator("svg g.chart-bar").Filter(new LocatorFilterOptions { Has = page.Locator($"text.label:text-is('{label}')") });
        (await bar.GetAttributeAsync("class")).ShouldBe("chart-bar suppressed");
        (await bar.Locator("rect.fill").CountAsync()).ShouldBe(0);
        (await bar.Locator("rect[fill^='url(']").CountAsync()).ShouldBe(1);
        (await bar.Locator("text.value").TextContentAsync()).ShouldBe(string.Format(Texts.In(language, "Reports.FewerThan"), 3));
        (await CellAsync(page, chartId, label)).ShouldBe("< 3");
        (await chart.Locator("p.table-note").InnerTextAsync()).ShouldContain(string.Format(Texts.In(language, "Reports.SuppressedNote"), 3));
        (await chart.Locator("[title]").CountAsync()).ShouldBe(0);
    }

    private static Task<string?> BarFigureAsync(IPage page, string chartId, string label) =>
        page.Locator($"section.chart:has(#{chartId}-title) svg g.chart-bar")
            .Filter(new LocatorFilterOptions { Has = page.Locator($"text.label:text-is('{label}')") })
            .Locator("text.value").TextContentAsync();

    private static Task<string> CellAsync(IPage page, string chartId, string label) =>
        page.Locator($"section.chart:has(#{chartId}-title) tbody tr")
            .Filter(new LocatorFilterOptions { Has = page.Locator($"th:text-is('{label}')") })
            .Locator("td").First.InnerTextAsync();

    /// <summary>RFC 4180: fields split on commas outside quotes, a doubled quote inside quotes is one quote, rows end with CRLF.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        text.ShouldEndWith("\r\n");
        return rows;
    }
}
