using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>The person's journeys end to end in chromium, with a screenshot of each step in Dutch and Arabic.</summary>
[NonParallelizable]
public sealed class JourneyTests : BrowserTest
{
    [TestCase("nl")]
    [TestCase("ar")]
    public async Task Register_BuildProfileFromCards_SeesExplainedMatches(string language)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await People.ScreenshotAsync(page, "01-home", language);
        await page.GotoAsync("/registreren");
        await page.FillAsync("#email", $"nieuw-{language}-{Guid.NewGuid():N}@example.be");
        await page.FillAsync("#password", "Mijn-Wachtwoord-2026");
        await People.ScreenshotAsync(page, "02-register", language);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/wat-kan-jij");

        // Step 1: name and postcode create the profile.
        await page.FillAsync("#displayname", "Amina");
        await page.FillAsync("#postcode", "2060");
        await People.ScreenshotAsync(page, "03-about", language);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/wat-kan-jij/activiteiten?bewaard=true");
        (await page.Locator(".notice").CountAsync()).ShouldBe(1);

        // Step 2: everyday activities.
        (await page.Locator("input[name=card]").CountAsync()).ShouldBeGreaterThanOrEqualTo(40);
        foreach (var card in new[] { "cook-many", "dishes", "care-children", "translate" })
        {
            await page.CheckAsync($"input[name=card][value={card}]");
        }

        await People.ScreenshotAsync(page, "04-cards", language);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/wat-kan-jij/hoe-goed?bewaard=true");

        // Step 3: where learned and how well, in plain words.
        var competences = await page.Locator("fieldset.competence").CountAsync();
        competences.ShouldBeGreaterThanOrEqualTo(8);
        await page.Locator("fieldset.competence select[name^=level-]").First.SelectOptionAsync("4");
        await page.Locator("fieldset.competence select[name^=source-]").First.SelectOptionAsync("Work");
        await People.ScreenshotAsync(page, "05-how-well", language);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/wat-kan-jij/zoeken?bewaard=true");

        // Step 4: find a competence by a word.
        await page.FillAsync("#q", "kassa");
        await page.ClickAsync("main form[role=search] button");
        await page.Locator("main ul.results button").First.ClickAsync();
        await page.ArriveAtAsync("**/wat-kan-jij/zoeken?bewaard=true&q=kassa");
        await People.ScreenshotAsync(page, "06-search", language);
        await page.GotoAsync("/wat-kan-jij/talen");

        // Step 5: a language with a plain sentence.
        await page.SelectOptionAsync("#language", "nl");
        await page.CheckAsync("input[name=level][value=A2]");
        await page.ClickAsync("form:has(#language) button[type=submit]");
        await page.ArriveAtAsync("**/wat-kan-jij/talen?bewaard=true");
        (await page.Locator("main ul.results li").CountAsync()).ShouldBe(1);
        await People.ScreenshotAsync(page, "07-languages", language);

        // Step 6: past work through the occupation search, which proposes competences to confirm.
        await page.GotoAsync("/wat-kan-jij/werk?beroep=magazijn");
        await page.Locator("main ul.results a").First.ClickAsync();
        (await page.Locator("input[name=competence]").CountAsync()).ShouldBeGreaterThan(0);
        await page.FillAsync("#experiences", "2");
        await People.ScreenshotAsync(page, "08-work", language);
        // Enter in the years field submits the form (its first button), as a person on a phone keyboard does.
        await page.FocusAsync("#experiences");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/wat-kan-jij/werk?bewaard=true");

        // Step 7: hours, distance and what they look for.
        await page.GotoAsync("/wat-kan-jij/wensen");
        await page.CheckAsync("input[name=seeks][value=Volunteering]");
        await page.FillAsync("#hoursperweek", "30");
        await page.FillAsync("#maxtravelkm", "15");
        await People.ScreenshotAsync(page, "09-wishes", language);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/wat-kan-jij/klaar?bewaard=true");

        // "Voor jou": ranked, each with its one-sentence summary.
        await page.GotoAsync("/voor-jou");
        var matches = page.Locator("ol.matches li.match");
        (await matches.CountAsync()).ShouldBeGreaterThan(0);
        (await matches.First.Locator("p.summary").InnerTextAsync()).Length.ShouldBeGreaterThan(20);
        await People.ScreenshotAsync(page, "10-for-you", language);

        // Everything typed is in "Mijn gegevens".
        await page.GotoAsync("/mijn-gegevens");
        (await page.InputValueAsync("#displayname")).ShouldBe("Amina");
        (await page.Locator("form:has(button[name=competence]) li").CountAsync()).ShouldBeGreaterThanOrEqualTo(competences + 1);
        await People.ScreenshotAsync(page, "11-my-data", language);
    }

    [TestCase("nl")]
    [TestCase("ar")]
    public async Task Proposal_AcceptChoosingWhatEmployerSees_ThenWithdrawConsent(string language)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);

        await page.GotoAsync("/voorstellen");
        (await page.Locator("#coach-title + p a").InnerTextAsync()).ShouldBe(DemoDataSeeder.CoachEmail);
        var proposal = page.Locator("article.match:has(button[value=Accepted])");
        (await proposal.CountAsync()).ShouldBe(1);
        var title = await proposal.Locator("h2").InnerTextAsync();
        await proposal.Locator("input[name=disclose][value=Phone]").UncheckAsync();
        await proposal.Locator("input[name=disclose][value=Email]").UncheckAsync();
        await People.ScreenshotAsync(page, "12-proposal", language);
        await proposal.Locator("button[value=Accepted]").ClickAsync();
        await page.ArriveAtAsync("**/voorstellen?klaar=Accepted");

        var accepted = page.Locator("article.match").Filter(new LocatorFilterOptions { HasText = title });
        (await accepted.CountAsync()).ShouldBe(1);
        (await accepted.Locator("button[value=Accepted]").CountAsync()).ShouldBe(0);
        var sees = await accepted.InnerTextAsync();
        sees.ShouldContain(language == "nl" ? "Mijn naam" : "اسمي");
        sees.ShouldNotContain(language == "nl" ? "Mijn telefoonnummer" : "رقم هاتفي");
        await People.ScreenshotAsync(page, "13-accepted", language);

        await accepted.Locator("form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/voorstellen?klaar=Withdrawn");
        (await page.Locator(".notice").CountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Proposal_Answered_ByKeyboardOnly()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // Sign in with the keyboard alone: Tab to each field, type, Enter.
        await page.GotoAsync("/aanmelden");
        await People.TabToAsync(page, "#email");
        await page.Keyboard.TypeAsync(People.JobSeeker);
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("password");
        await page.Keyboard.TypeAsync(People.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal));

        // The menu is reachable by Tab; follow it to the proposals and decline with the keyboard.
        await People.TabToAsync(page, "nav.menu a[href='/voorstellen']");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/voorstellen");
        await People.TabToAsync(page, "button[value=Declined]");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/voorstellen?klaar=Declined");
        (await page.Locator(".notice").InnerTextAsync()).ShouldContain("Je zei nee");
    }

    [TestCase("nl")]
    [TestCase("ar")]
    public async Task HelpingHands_VolunteerLogsHours_OnRequestTheySaidYesTo(string language)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);

        await page.GotoAsync("/helpende-handen");
        (await page.Locator("section[aria-labelledby=nearby-title] li.match").CountAsync()).ShouldBeGreaterThan(0);
        var helping = page.Locator("section[aria-labelledby=helping-title] article.match");
        (await helping.CountAsync()).ShouldBe(1);
        await helping.Locator("input[name=hours]").FillAsync("2.5");
        await People.ScreenshotAsync(page, "14-helping-hands", language);
        await helping.Locator("button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/helpende-handen?klaar=Hours");

        var pending = string.Format(new System.Globalization.CultureInfo(language), "{0}", 2.5);
        (await page.Locator("section[aria-labelledby=helping-title] article.match p").First.InnerTextAsync()).ShouldContain(pending);

        // The same day twice is refused by the core; the message stands next to the form, in the person's language.
        await helping.Locator("input[name=hours]").FillAsync("1");
        await helping.Locator("button[type=submit]").ClickAsync();
        (await page.Locator("#form-error").InnerTextAsync()).ShouldContain(language == "nl" ? "Voor deze dag" : "لهذا اليوم");
    }

    [TestCase("nl")]
    [TestCase("ar")]
    public async Task HelpingHands_AskForHelp_AsCoach_IsPostedOnceEvenWhenSentTwice(string language)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, DemoDataSeeder.CoachEmail);
        var title = $"Boodschappen dragen {Guid.NewGuid():N}"[..30];

        await page.GotoAsync("/helpende-handen/vragen");
        await page.FillAsync("#requestername", "Lutgarde");
        await page.FillAsync("#title", title);
        await page.FillAsync("#postcode", "2100");
        await page.FillAsync("#hoursestimate", "2");
        await People.ScreenshotAsync(page, "15-ask-for-help", language);

        // A double submit: the same form, with its one-time id, posted twice.
        var fields = await People.FormFieldsAsync(page, "main form");
        var first = await context.APIRequest.PostAsync("/helpende-handen/vragen", new APIRequestContextOptions { Form = People.ToForm(context.APIRequest, fields), MaxRedirects = 0 });
        var second = await context.APIRequest.PostAsync("/helpende-handen/vragen", new APIRequestContextOptions { Form = People.ToForm(context.APIRequest, fields), MaxRedirects = 0 });

        first.Status.ShouldBe(302);
        second.Status.ShouldBe(302);
        (await CountRequestsTitledAsync(title)).ShouldBe(1);
    }

    [Test]
    public async Task HelpingHands_AskForHelp_AsJobSeeker_PostsTheirOwnNeighbourhoodRequest()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);
        var title = $"Een kast ophangen {Guid.NewGuid():N}"[..30];

        await page.GotoAsync("/helpende-handen/vragen");
        await page.FillAsync("#title", title);
        await page.FillAsync("#postcode", "2060");
        await page.FillAsync("#hoursestimate", "1");
        await page.ClickAsync("main form button[type=submit]");

        await page.ArriveAtAsync("**/helpende-handen?klaar=Asked");
        (await CountRequestsTitledAsync(title)).ShouldBe(1);
    }

    [Test]
    public async Task Claim_WithOneTimeCode_MakesTheScoutsProfileYours()
    {
        var (profileId, code) = await ScoutCreatesProfileAsync();
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/code?profiel={profileId}");
        await page.ClickAsync("main a.button.primary");
        await page.FillAsync("#email", $"claim-{Guid.NewGuid():N}@example.be");
        await page.FillAsync("#password", "Mijn-Wachtwoord-2026");
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/code?profiel=*");
        (await page.InputValueAsync("#profileid")).ShouldBe(profileId.ToString());

        await page.FillAsync("#code", "WRONG-CODE");
        await page.ClickAsync("main form button[type=submit]");
        (await page.Locator("#form-error").InnerTextAsync()).ShouldContain("code");

        await page.FillAsync("#code", code);
        await People.ScreenshotAsync(page, "16-claim", "nl");
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync("**/mijn-gegevens?klaar=code");
        (await page.InputValueAsync("#displayname")).ShouldBe("Yusuf (claim)");
    }

    [TestCase("nl", "Vul een geldig e-mailadres in")]
    [TestCase("ar", "اكتب بريدًا إلكترونيًا صحيحًا")]
    [TestCase("tr", "Geçerli bir e-posta yaz")]
    public async Task Register_WithBadEmail_ShowsMessageNextToFieldAndKeepsInput(string language, string message)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/registreren");
        await page.FillAsync("#email", "geen-adres");
        await page.FillAsync("#password", "kort");
        await page.ClickAsync("main form button[type=submit]");

        (await page.Locator("#Email-error").InnerTextAsync()).ShouldContain(message);
        (await page.Locator("#Password-error").CountAsync()).ShouldBe(1);
        (await page.GetAttributeAsync("#email", "aria-describedby")).ShouldBe("Email-error");
        (await page.InputValueAsync("#email")).ShouldBe("geen-adres");
        await People.ShouldHaveNoAxeViolationsAsync(page);
    }

    [Test]
    public async Task MyData_CorrectName_IsSavedAndShown()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);

        await page.GotoAsync("/mijn-gegevens");
        await page.FillAsync("#displayname", "Samira Benali");
        await page.FillAsync("#postcode", "99");
        await page.ClickAsync("form:has(#displayname) button[type=submit]");
        (await page.Locator("#Postcode-error").CountAsync()).ShouldBe(1);
        (await page.InputValueAsync("#displayname")).ShouldBe("Samira Benali");

        await page.FillAsync("#postcode", "2140");
        await page.ClickAsync("form:has(#displayname) button[type=submit]");
        await page.ArriveAtAsync("**/mijn-gegevens?klaar=Saved");
        (await page.InputValueAsync("#displayname")).ShouldBe("Samira Benali");
        (await page.Locator(".facts").InnerTextAsync()).ShouldContain("Borgerhout");
    }

    [Test]
    public async Task Api_DoesNotAcceptTheWebCookie()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);

        var response = await context.APIRequest.GetAsync("/api/v1/profiles/me");

        response.Status.ShouldBe(401);
        (await context.APIRequest.GetAsync("/mijn-gegevens")).Status.ShouldBe(200);
    }

    [Test]
    public async Task Form_WithoutAntiforgeryToken_IsRefusedWithFriendlyPage()
    {
        await using var context = await Browser.NewContextAsync();

        var response = await context.APIRequest.PostAsync("/aanmelden", new APIRequestContextOptions
        {
            Form = context.APIRequest.CreateFormData().Set("_handler", "signin").Set("Input.Email", People.JobSeeker).Set("Input.Password", People.Password),
        });

        response.Status.ShouldBe(400);
        (await response.TextAsync()).ShouldContain("Dat lukte niet");
    }

    [Test]
    public async Task UnknownPage_AndError_AreFriendlyWithAReference()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var missing = await page.GotoAsync("/bestaat-niet");
        missing!.Status.ShouldBe(404);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Deze pagina bestaat niet");

        await page.GotoAsync("/fout?ref=K7M2Q9XP");
        (await page.Locator(".reference").InnerTextAsync()).ShouldBe("K7M2Q9XP");
    }

    [Test]
    public async Task SignedOut_PersonPage_AsksToSignInFirst()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);
        await page.GotoAsync("/mijn-gegevens");

        var signOut = await page.RunAndWaitForResponseAsync(
            () => page.Locator("form.signout button").ClickAsync(),
            r => r.Url.EndsWith("/afmelden", StringComparison.Ordinal) && r.Request.Method == "POST");
        signOut.Status.ShouldBe(302);
        await page.ArriveAtAsync(url => new Uri(url).AbsolutePath == "/");
        (await context.CookiesAsync()).ShouldNotContain(c => c.Name.StartsWith(".TalentMatch.Session", StringComparison.Ordinal));
        await page.GotoAsync("/voor-jou");

        new Uri(page.Url).AbsolutePath.ShouldBe("/aanmelden");
    }

    private static async Task<(Guid ProfileId, string Code)> ScoutCreatesProfileAsync()
    {
        using var http = await People.ApiClientAsync(DemoDataSeeder.TalentScoutEmail);
        var created = await http.PostAsJsonAsync("/api/v1/profiles", new
        {
            displayName = "Yusuf (claim)",
            postcode = "2140",
            seeks = new[] { "job" },
            hoursPerWeek = 20,
            maxTravelKm = 10,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("profile").GetProperty("id").GetGuid(), body.GetProperty("claimCode").GetString()!);
    }

    private static async Task<int> CountRequestsTitledAsync(string title)
    {
        using var http = await People.ApiClientAsync(DemoDataSeeder.MatchmakerEmail);
        var list = await http.GetFromJsonAsync<JsonElement>($"/api/v1/volunteer-requests?q={Uri.EscapeDataString(title)}&pageSize=50");
        return list.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("title").GetString() == title);
    }
}
