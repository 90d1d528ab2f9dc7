using System.Net.Http.Json;
using System.Text.Json;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// The job hunter's day in chromium: register an organisation, make a vacancy from an occupation
/// found by its everyday name, trim the proposed requirements and languages, and open it; and ask
/// the neighbourhood for help on behalf of a neighbour who does not use the app.
/// </summary>
[NonParallelizable]
public sealed class StaffHunterTests : BrowserTest
{
    [TestCase("nl", true)]
    [TestCase("ar", false)]
    public async Task Hunter_RegistersOrganisation_MakesVacancyFromOccupation_TrimsAndOpensIt(string language, bool javaScript)
    {
        await using var context = await Browser.NewContextAsync(language, javaScript);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, DemoDataSeeder.JobHunterEmail);
        page.Url.ShouldEndWith("/werk");

        // A new organisation; a wrong postcode is said next to its field, and nothing is lost.
        await page.GotoAsync("/werk/organisaties");
        await page.FillAsync("#name", "Bakkerij Het Zuid");
        await page.SelectOptionAsync("#kind", "Company");
        await page.FillAsync("#postcode", "12");
        await page.ClickAsync("main form button[type=submit]");
        (await page.Locator("#Postcode-error").CountAsync()).ShouldBe(1);
        (await page.InputValueAsync("#name")).ShouldBe("Bakkerij Het Zuid");
        await page.FillAsync("#postcode", "2020");
        await StaffChecks.PageAsync(page, "staff-17-organisations", language, javaScript);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/werk/organisaties?klaar=true");
        var organisation = page.Locator("main ul.results li", new() { HasText = "Bakkerij Het Zuid" });
        (await organisation.CountAsync()).ShouldBe(1);

        // A vacancy for it, from the occupation found by its everyday name.
        await organisation.Locator("a").ClickAsync();
        await page.FillAsync("#beroep", "magazijnier");
        await page.ClickAsync("main form[role=search] button");
        await page.ArriveAtAsync("**beroep=magazijnier**");
        (await page.Locator("main ul.results li").CountAsync()).ShouldBeGreaterThan(0);
        await page.Locator("main ul.results li a").First.ClickAsync();
        (await page.Locator("#organisation option:checked").InnerTextAsync()).ShouldStartWith("Bakkerij Het Zuid");
        await page.FillAsync("#title", "Magazijnier bakkerij");
        await StaffChecks.PageAsync(page, "staff-18-new-vacancy", language, javaScript);
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await page.ArriveAtAsync("**klaar=draft");
        var vacancyId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        // The draft: at most eight musts, Dutch at B1. Leave one out, make one a plus, ask Dutch at A2 and French at A1.
        var musts = page.Locator("select[name^=imp-] option[value=Required]:checked");
        var mustCount = await musts.CountAsync();
        mustCount.ShouldBeInRange(1, 8);
        var requirementCount = await page.Locator("select[name^=imp-]").CountAsync();
        (await page.InputValueAsync("#lang-nl")).ShouldBe("B1");
        var selects = page.Locator("select[name^=imp-]");
        var left = (await selects.Nth(0).GetAttributeAsync("name"))!["imp-".Length..];
        var plus = (await selects.Nth(1).GetAttributeAsync("name"))!["imp-".Length..];
        await selects.Nth(0).SelectOptionAsync("remove");
        await selects.Nth(1).SelectOptionAsync("Preferred");
        await page.SelectOptionAsync("#lang-nl", "A2");
        await page.SelectOptionAsync("#newlang", "fr");
        await page.SelectOptionAsync("#newlevel", "A1");
        await StaffChecks.PageAsync(page, "staff-19-vacancy-draft", language, javaScript);
        await page.ClickAsync("form:has(#newlang) button[type=submit]");
        await page.ArriveAtAsync("**klaar=saved");
        await page.ClickAsync("main button[name=status][value=Open]");
        await page.ArriveAtAsync("**klaar=Open");
        (await page.Locator(".notice").CountAsync()).ShouldBe(1);

        // The API shows what the page did.
        using var api = await People.ApiClientAsync(DemoDataSeeder.JobHunterEmail);
        var vacancy = await api.GetFromJsonAsync<JsonElement>($"/api/v1/vacancies/{vacancyId}");
        vacancy.GetProperty("status").GetString().ShouldBe("open");
        vacancy.GetProperty("title").GetString().ShouldBe("Magazijnier bakkerij");
        vacancy.GetProperty("organisationName").GetString().ShouldBe("Bakkerij Het Zuid");
        var requirements = vacancy.GetProperty("requirements").EnumerateArray().ToList();
        requirements.Count.ShouldBe(requirementCount - 1);
        requirements.ShouldNotContain(r => r.GetProperty("competenceId").GetString() == left);
        requirements.Single(r => r.GetProperty("competenceId").GetString() == plus).GetProperty("importance").GetString().ShouldBe("preferred");
        var languages = vacancy.GetProperty("languages").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("minLevel").GetString());
        languages.ShouldBe(new Dictionary<string, string?> { ["nl"] = "A2", ["fr"] = "A1" }, ignoreOrder: true);
    }

    [Test]
    public async Task Hunter_AsksHelpForANeighbour_UnderTheNeighboursName()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, DemoDataSeeder.JobHunterEmail);
        var title = $"Lamp ophangen {Guid.NewGuid():N}"[..24];

        await page.ClickAsync("main a[href='/helpende-handen/vragen']");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Hulp vragen voor iemand");
        (await page.InputValueAsync("#requestername")).ShouldBeEmpty();
        await page.FillAsync("#requestername", "Mevrouw Peeters");
        await page.FillAsync("#title", title);
        await page.FillAsync("#postcode", "2060");
        await page.FillAsync("#hoursestimate", "1");
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/helpende-handen/vragen?klaar=Asked");
        (await page.Locator(".notice").CountAsync()).ShouldBe(1);
        (await page.InputValueAsync("#title")).ShouldBeEmpty();

        using var api = await People.ApiClientAsync(DemoDataSeeder.MatchmakerEmail);
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/volunteer-requests?q={Uri.EscapeDataString(title)}&pageSize=50");
        var id = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetGuid();
        var request = await api.GetFromJsonAsync<JsonElement>($"/api/v1/volunteer-requests/{id}");
        request.GetProperty("requesterName").GetString().ShouldBe("Mevrouw Peeters");
        request.GetProperty("status").GetString().ShouldBe("open");
    }
}
