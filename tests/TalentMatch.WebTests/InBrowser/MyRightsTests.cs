using System.Net;
using System.Text.Json;
using TalentMatch.Infrastructure.Seed;
using TalentMatch.Web.Localization;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// The person's rights in the web app: download everything kept about them, see who at TalentMatch
/// looked at their records, and delete their profile and account for good.
/// </summary>
[NonParallelizable]
public sealed class MyRightsTests : BrowserTest
{
    [TestCase("nl")]
    [TestCase("ar")]
    public async Task Person_DownloadsData_SeesWhoLooked_DeletesEverything(string language)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);
        await page.GotoAsync("/mijn-gegevens");
        await People.ScreenshotAsync(page, "21-my-rights", language);

        // Download: the same export as the API's, as a file named for the day.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main a[href='/mijn-gegevens/download']").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("talentmatch-mijn-gegevens-");
        download.SuggestedFilename.ShouldEndWith(".json");
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        var profile = export.RootElement.GetProperty("profile");
        var profileId = profile.GetProperty("id").GetGuid();
        profile.GetProperty("displayName").GetString().ShouldNotBeNullOrWhiteSpace();

        // Nobody else has looked yet; then a matchmaker opens the profile through the API.
        await page.GotoAsync("/mijn-gegevens/wie-keek");
        (await page.Locator("main ul.results li").CountAsync()).ShouldBe(0);
        using var matchmaker = await People.ApiClientAsync(DemoDataSeeder.MatchmakerEmail);
        (await matchmaker.GetAsync($"/api/v1/profiles/{profileId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.GotoAsync("/mijn-gegevens/wie-keek");
        var entries = page.Locator("main ul.results li");
        (await entries.CountAsync()).ShouldBe(1);
        var entry = await entries.First.InnerTextAsync();
        entry.ShouldContain(Texts.In(language, "Staff.Role.Matchmaker"));
        entry.ShouldContain(Texts.In(language, "Rights.Log.Read.Profile"));
        await People.ScreenshotAsync(page, "22-who-looked", language);

        // Deleting asks to confirm first; then everything is gone and the session ends.
        await page.GotoAsync("/mijn-gegevens/verwijderen");
        await People.ScreenshotAsync(page, "23-delete", language);
        await page.ClickAsync("main form button[type=submit]");
        (await page.Locator("#form-error").InnerTextAsync()).ShouldContain(Texts.In(language, "Rights.Delete.NotConfirmed"));
        (await matchmaker.GetAsync($"/api/v1/profiles/{profileId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.CheckAsync("input[name=understood]");
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync(url => url.EndsWith("/?klaar=deleted", StringComparison.Ordinal));
        (await page.Locator(".notice").InnerTextAsync()).ShouldContain(Texts.In(language, "Rights.Delete.Done"));
        (await context.CookiesAsync()).ShouldNotContain(c => c.Name.StartsWith(".TalentMatch.Session", StringComparison.Ordinal));

        (await matchmaker.GetAsync($"/api/v1/profiles/{profileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var again = new HttpClient { BaseAddress = Browser.App.BaseAddress };
        var login = await again.PostAsync("/api/v1/auth/login", JsonContent(new { email = People.JobSeeker, password = People.Password }));
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Download_WhenSignedOut_AsksToSignIn()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/mijn-gegevens/download");

        new Uri(page.Url).AbsolutePath.ShouldBe("/aanmelden");
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
