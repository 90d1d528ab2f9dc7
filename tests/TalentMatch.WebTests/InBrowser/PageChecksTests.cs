using Microsoft.Playwright;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// Every page, in Dutch and in Arabic (right to left): no WCAG 2.2 A/AA violation in axe-core,
/// nothing scrolls sideways on a 360 px screen, and it weighs under 150 kB compressed.
/// </summary>
[NonParallelizable]
public sealed class PageChecksTests : BrowserTest
{
    private const long MaxCompressedBytes = 150 * 1024;

    private static readonly string[] AnonymousPages = ["/", "/aanmelden", "/registreren", "/code", "/fout?ref=ABCD2345", "/status/404"];

    private static readonly string[] PersonPages =
    [
        "/", "/wat-kan-jij/over-jou", "/wat-kan-jij/activiteiten", "/wat-kan-jij/hoe-goed", "/wat-kan-jij/zoeken?q=koken",
        "/wat-kan-jij/talen", "/wat-kan-jij/werk?beroep=magazijn", "/wat-kan-jij/wensen", "/wat-kan-jij/klaar",
        "/voor-jou", "/voorstellen", "/helpende-handen", "/helpende-handen/vragen", "/munten", "/mijn-gegevens", "/mijn-gegevens/wie-keek", "/mijn-gegevens/verwijderen", "/code",
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from language in new[] { "nl", "ar" }
        from signedIn in new[] { false, true }
        from path in signedIn ? PersonPages : AnonymousPages
        select new TestCaseData(language, signedIn, path).SetName($"Page_{(signedIn ? "Person" : "Anonymous")}_{language}_{path}");

    [TestCaseSource(nameof(Cases))]
    public async Task Page_IsAccessibleNarrowAndLight(string language, bool signedIn, string path)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();
        if (signedIn)
        {
            await People.SignInAsync(page, People.JobSeeker);
        }

        var response = await page.GotoAsync(path);

        response.ShouldNotBeNull();
        response.Status.ShouldBeLessThan(500);
        (await page.GetAttributeAsync("html", "lang")).ShouldBe(language);
        (await page.GetAttributeAsync("html", "dir")).ShouldBe(language == "ar" ? "rtl" : "ltr");
        (await page.Locator("h1").CountAsync()).ShouldBe(1);
        await People.ShouldHaveNoAxeViolationsAsync(page);
        await People.ShouldNotScrollSidewaysAsync(page);
        (await People.CompressedWeightAsync(page)).ShouldBeLessThan(MaxCompressedBytes);
    }

    [TestCase("nl")]
    [TestCase("ar")]
    public async Task Pages_WithJavaScriptOff_ShowAndPostForms(string language)
    {
        await using var context = await Browser.NewContextAsync(language, javaScript: false);
        var page = await context.NewPageAsync();

        await People.SignInAsync(page, People.JobSeeker);
        foreach (var path in PersonPages)
        {
            var response = await page.GotoAsync(path);
            response!.Status.ShouldBe(200, path);
            (await page.Locator("h1").CountAsync()).ShouldBe(1, path);
        }

        // A form posts and the answer comes back without any script.
        await page.GotoAsync("/wat-kan-jij/wensen");
        await page.FillAsync("#hoursperweek", "24");
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync(url => url.Contains("/wat-kan-jij/klaar", StringComparison.Ordinal));
        await page.GotoAsync("/mijn-gegevens");
        (await page.Locator(".facts").InnerTextAsync()).ShouldContain("24");
    }
}
