using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentMatch.Application.Abstractions;
using TalentMatch.Matching;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// The admin's work in chromium: create an employer's account for a demo organisation (the new
/// employer signs in and lands in the workspace), move it to another organisation, read the scoring
/// weights in force, and import the small ESCO extract while following its progress to the counts.
/// </summary>
[NonParallelizable]
public sealed class StaffAdminTests : BrowserTest
{
    public const string AdminEmail = "admin@webtests.local";
    public const string AdminPassword = "Admin-WebTests-2026";

    private static readonly string[] ExtractFiles = ["skills_en.csv", "skillGroups_en.csv", "occupations_en.csv", "languageSkillsCollection_en.csv", "occupationSkillRelations.csv", "broaderRelationsSkillPillar.csv"];

    [Test]
    public async Task Admin_CreatesAnEmployerAccount_WhoSignsIn_ThenMovesItToAnotherOrganisation()
    {
        await using var context = await Browser.NewContextAsync("nl");
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, AdminEmail, AdminPassword);
        await page.ClickAsync("main a[href='/werk/beheer/accounts']");
        await page.ArriveAtAsync("**/werk/beheer/accounts");

        // An employer without an organisation and a short password: both said next to their fields, nothing lost.
        const string email = "ploegbaas@haven.example";
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", "kort");
        await page.SelectOptionAsync("#role", "Employer");
        await page.ClickAsync("form:has(#role) button[type=submit]");
        (await page.Locator("#Password-error").CountAsync()).ShouldBe(1);
        (await page.Locator("#OrganisationId-error").CountAsync()).ShouldBe(1);
        (await page.InputValueAsync("#email")).ShouldBe(email);

        await page.FillAsync("#password", "Ploegbaas-Haven-2026");
        var havenlogistiek = await page.Locator("#organisation option", new() { HasText = "Havenlogistiek Noord (demo)" }).GetAttributeAsync("value");
        await page.SelectOptionAsync("#organisation", havenlogistiek!);
        await StaffChecks.PageAsync(page, "staff-21-accounts", "nl", javaScript: true);
        await page.ClickAsync("form:has(#role) button[type=submit]");
        await page.ArriveAtAsync("**/werk/beheer/accounts?klaar=created");
        var row = page.Locator("main ul.accounts li", new() { HasText = email });
        (await row.InnerTextAsync()).ShouldContain("Havenlogistiek Noord (demo)");
        (await page.ContentAsync()).ShouldNotContain("AQAAAA", Case.Sensitive); // an ASP.NET Identity password hash starts so

        // The new employer signs in with the password the admin gave and lands in the workspace.
        await using (var employerContext = await Browser.NewContextAsync("nl"))
        {
            var employerPage = await employerContext.NewPageAsync();
            await People.SignInAsync(employerPage, email, "Ploegbaas-Haven-2026");
            employerPage.Url.ShouldEndWith("/werk");
        }

        // Moved to another organisation: the list and the API say so.
        await row.Locator("select").SelectOptionAsync(new SelectOptionValue { Label = "Glansrijk Schoonmaak (demo)" });
        await row.Locator("button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/werk/beheer/accounts?klaar=assigned");
        (await page.Locator("main ul.accounts li", new() { HasText = email }).InnerTextAsync()).ShouldContain("Glansrijk Schoonmaak (demo)");
        using var api = await People.ApiClientAsync(AdminEmail, AdminPassword);
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/users?q={Uri.EscapeDataString(email)}");
        listed.GetProperty("items")[0].GetProperty("organisationName").GetString().ShouldBe("Glansrijk Schoonmaak (demo)");
    }

    [Test]
    public async Task Admin_ReadsTheWeightsInForce()
    {
        await using var context = await Browser.NewContextAsync("nl");
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, AdminEmail, AdminPassword);
        await page.ClickAsync("main a[href='/werk/beheer/weging']");
        await page.ArriveAtAsync("**/werk/beheer/weging");

        var configured = Browser.App.Services.GetRequiredService<MatchingOptions>();
        var nl = CultureInfo.GetCultureInfo("nl");
        (await page.InnerTextAsync("#weight-CompetencesWeight .value")).ShouldBe(configured.CompetencesWeight.ToString("0.###", nl));
        (await page.InnerTextAsync("#weight-RequiredShare .value")).ShouldBe(configured.RequiredShare.ToString("0.###", nl));
        (await page.Locator("dl.weights > div").CountAsync()).ShouldBe(typeof(MatchingOptions).GetProperties().Count(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(int)));
        (await page.Locator("main form[method=post]").CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Admin_ImportsTheEscoExtract_AndFollowsItsProgressToTheCounts()
    {
        await using var context = await Browser.NewContextAsync("nl");
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, AdminEmail, AdminPassword);
        await page.ClickAsync("main a[href='/werk/beheer/import']");
        await page.ArriveAtAsync("**/werk/beheer/import");
        var occupationsBefore = await OccupationCountAsync();

        // Nothing chosen: the form says so.
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/werk/beheer/import?fout=bestanden");
        (await page.Locator("main .alert").CountAsync()).ShouldBe(1);

        var folder = Path.Combine(Browser.RepositoryRoot, "tests", "TalentMatch.FunctionalTests", "Catalogue", "Fixtures", "esco-extract");
        await page.SetInputFilesAsync("#files", ExtractFiles.Select(f => Path.Combine(folder, f)));
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync(url => url.Contains("/werk/beheer/import/", StringComparison.Ordinal));

        // The page refreshes itself every 2 s until the job has ended.
        await page.Locator(".import-state.state-done").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        (await page.Locator("meta[http-equiv=refresh]").CountAsync()).ShouldBe(0);
        (await page.InnerTextAsync("[role=status]")).ShouldContain("Klaar.");
        var counts = await page.InnerTextAsync("dl.counts");
        counts.ShouldContain("Competenties");
        counts.ShouldMatch(@"\d+ nieuw, \d+ bijgewerkt");
        await StaffChecks.PageAsync(page, "staff-22-import", "nl", javaScript: true);

        // The occupations the page counts as new are in the catalogue now.
        var added = int.Parse(Regex.Match(await page.InnerTextAsync("dl.counts > div:nth-child(2) dd"), @"^(\d+) nieuw").Groups[1].Value, CultureInfo.InvariantCulture);
        added.ShouldBeGreaterThan(0);
        (await OccupationCountAsync()).ShouldBe(occupationsBefore + added);
    }

    private static async Task<int> OccupationCountAsync()
    {
        await using var scope = Browser.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITalentMatchDbContext>().Occupations.CountAsync();
    }
}
