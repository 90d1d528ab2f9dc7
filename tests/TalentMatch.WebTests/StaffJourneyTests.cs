using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TalentMatch.Infrastructure.Seed;
using TalentMatch.Web.Localization;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// The staff workspace end to end in chromium, as docs/walkthrough.md tells it: the matchmaker
/// ranks and shortlists, the person says yes, the matchmaker introduces and places, the coach
/// records a check-in with a high risk, the matchmaker resolves the escalation and the coach
/// records the six-month outcome; the employer sees the candidate by district only until they say
/// yes. Every page is checked with axe and at 360 px on the way.
/// </summary>
[NonParallelizable]
public sealed partial class StaffJourneyTests : BrowserTest
{
    [TestCase("nl", true)]
    [TestCase("ar", false)]
    public async Task Matchmaker_RanksShortlistsPlaces_CoachFollowsUp_ToTheOutcome(string language, bool javaScript)
    {
        await using var matchmakerContext = await Browser.NewContextAsync(language, javaScript);
        var matchmaker = await matchmakerContext.NewPageAsync();

        // The matchmaker lands in the workspace.
        await People.SignInAsync(matchmaker, DemoDataSeeder.MatchmakerEmail);
        matchmaker.Url.ShouldEndWith("/werk");
        await StaffChecks.PageAsync(matchmaker, "staff-01-home", language, javaScript);

        // An opportunity's ranked candidates, each explained with a bar per component.
        await matchmaker.GotoAsync("/werk/kansen");
        await StaffChecks.PageAsync(matchmaker, "staff-02-opportunities", language, javaScript);
        await matchmaker.Locator("ul.results li").Filter(new LocatorFilterOptions { HasText = "Magazijnmedewerker haven" }).Locator("a").ClickAsync();
        await matchmaker.ArriveAtAsync("**/werk/kandidaten/job/**");
        var candidates = matchmaker.Locator("ol.matches li.match");
        (await candidates.CountAsync()).ShouldBeGreaterThan(3);
        (await candidates.First.Locator("ul.bars li").CountAsync()).ShouldBe(5);
        (await candidates.First.Locator("p.summary").InnerTextAsync()).Length.ShouldBeGreaterThan(20);
        (await candidates.First.Locator("ul.competences li").CountAsync()).ShouldBeGreaterThan(0);
        await candidates.First.Locator("details summary").ClickAsync();
        await StaffChecks.PageAsync(matchmaker, "staff-03-candidates", language, javaScript);

        // Filters: a minimum score leaves only candidates at or above it.
        await matchmaker.FillAsync("#minscore", "50");
        await matchmaker.ClickAsync("form.filters button[type=submit]");
        await matchmaker.ArriveAtAsync("**min=50**");
        foreach (var score in await matchmaker.Locator("ol.matches p.score strong").AllInnerTextsAsync())
        {
            double.Parse(Digits().Match(score).Value, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(49.5);
        }

        // Shortlist the best candidate not yet on the board.
        var free = matchmaker.Locator("ol.matches li.match:has(form button)").First;
        var shortlistedName = await free.Locator("h2").InnerTextAsync();
        await free.Locator("form button").ClickAsync();
        await matchmaker.ArriveAtAsync("**klaar=true**");
        (await matchmaker.Locator(".notice").CountAsync()).ShouldBe(1);
        (await matchmaker.Locator("ol.matches li.match").Filter(new LocatorFilterOptions { HasText = shortlistedName }).Locator("a[href^='/werk/matches/']").CountAsync()).ShouldBe(1);

        // From a person to opportunities.
        await matchmaker.GotoAsync("/werk/mensen?q=Samira");
        await matchmaker.Locator("ul.results li a").First.ClickAsync();
        await matchmaker.ArriveAtAsync("**/werk/mensen/**");
        (await matchmaker.Locator("ol.matches li.match ul.bars").CountAsync()).ShouldBeGreaterThan(0);
        await StaffChecks.PageAsync(matchmaker, "staff-04-person", language, javaScript);

        // The employer sees the proposed candidate by district only.
        await using var employerContext = await Browser.NewContextAsync(language, javaScript);
        var employer = await employerContext.NewPageAsync();
        await People.SignInAsync(employer, DemoDataSeeder.EmployerEmail);
        employer.Url.ShouldEndWith("/werk");
        await employer.GotoAsync("/werk/vacatures");
        var ours = employer.Locator("article.match").Filter(new LocatorFilterOptions { HasText = "Magazijnmedewerker haven" });
        (await ours.Locator("li.vacancy-match").CountAsync()).ShouldBe(1);
        (await ours.InnerTextAsync()).ShouldNotContain("Samira");
        (await employer.Locator("li.vacancy-match").Filter(new LocatorFilterOptions { HasText = shortlistedName }).CountAsync()).ShouldBe(0);
        await StaffChecks.PageAsync(employer, "staff-15-employer-before", language, javaScript);

        // The person says yes to the proposal, in the people's app.
        string jobTitle;
        await using (var seekerContext = await Browser.NewContextAsync(language, javaScript))
        {
            var seeker = await seekerContext.NewPageAsync();
            await People.SignInAsync(seeker, People.JobSeeker);
            await seeker.GotoAsync("/voorstellen");
            var proposal = seeker.Locator("article.match:has(button[value=Accepted])");
            jobTitle = await proposal.Locator("h2").InnerTextAsync();
            await proposal.Locator("button[value=Accepted]").ClickAsync();
            await seeker.ArriveAtAsync("**/voorstellen?klaar=Accepted");
        }

        // Now the employer sees what the person chose to show.
        await employer.GotoAsync("/werk/vacatures");
        (await ours.Locator("li.vacancy-match").InnerTextAsync()).ShouldContain("Samira");
        await StaffChecks.PageAsync(employer, "staff-16-employer-after", language, javaScript);

        // The board shows it under "said yes"; introduce, then place with a start 40 days ago.
        await matchmaker.GotoAsync("/werk/bord");
        await StaffChecks.PageAsync(matchmaker, "staff-05-board", language, javaScript);
        (await matchmaker.Locator("#col-Shortlisted li").Filter(new LocatorFilterOptions { HasText = shortlistedName }).CountAsync()).ShouldBe(1);
        await matchmaker.Locator("#col-Accepted li").Filter(new LocatorFilterOptions { HasText = "Samira" }).Filter(new LocatorFilterOptions { HasText = jobTitle }).Locator("a").ClickAsync();
        await matchmaker.ArriveAtAsync("**/werk/matches/**");
        var matchUrl = new Uri(matchmaker.Url).AbsolutePath;
        await matchmaker.ClickAsync("button[name=to][value=Introduced]");
        await matchmaker.ArriveAtAsync("**klaar=Moved");
        await matchmaker.FillAsync("#startdate", DateTime.UtcNow.Date.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await matchmaker.SelectOptionAsync("#contract", "Permanent");
        await StaffChecks.PageAsync(matchmaker, "staff-06-match", language, javaScript);
        await matchmaker.ClickAsync("button[name=to][value=Placed]");
        await matchmaker.ArriveAtAsync("**klaar=Moved");
        (await matchmaker.Locator("button[name=to][value=Placed]").CountAsync()).ShouldBe(0);

        // The coach: Samira's check-ins are overdue; record one with a high risk.
        await using var coachContext = await Browser.NewContextAsync(language, javaScript);
        var coach = await coachContext.NewPageAsync();
        await People.SignInAsync(coach, DemoDataSeeder.CoachEmail);
        coach.Url.ShouldEndWith("/werk");
        await coach.GotoAsync("/werk/mijn-mensen");
        (await coach.Locator("ul.people li").Filter(new LocatorFilterOptions { HasText = "Samira" }).Locator(".badge.late").CountAsync()).ShouldBe(1);
        await StaffChecks.PageAsync(coach, "staff-07-my-people", language, javaScript);
        await coach.GotoAsync("/werk/gesprekken");
        await StaffChecks.PageAsync(coach, "staff-08-check-ins", language, javaScript);
        await coach.Locator("ul.results li").Filter(new LocatorFilterOptions { HasText = "Samira" }).First.Locator("a").ClickAsync();
        await coach.ArriveAtAsync("**/werk/gesprekken/**");
        await coach.CheckAsync("input[name=wellbeing][value='2']");
        await coach.CheckAsync("input[name=risk][value=High]");
        await coach.FillAsync("#notes", "Moe van de nachtploeg, twijfelt.");
        await coach.FillAsync("#actions", "Gesprek met de ploegbaas volgende week.");
        await StaffChecks.PageAsync(coach, "staff-09-check-in", language, javaScript);
        await coach.ClickAsync("form button[type=submit].primary");
        await coach.ArriveAtAsync("**klaar=true");
        (await coach.Locator(".notice").CountAsync()).ShouldBe(1);
        (await coach.Locator("dl.facts").InnerTextAsync()).ShouldContain("Moe van de nachtploeg");

        // The matchmaker resolves the escalation from the inbox.
        await matchmaker.GotoAsync("/werk");
        (await matchmaker.Locator("ul.next a[href='/werk/signalen']").CountAsync()).ShouldBe(1);
        await matchmaker.GotoAsync("/werk/signalen");
        var escalation = matchmaker.Locator("article.match").Filter(new LocatorFilterOptions { HasText = "Samira" });
        (await escalation.CountAsync()).ShouldBe(1);
        await escalation.Locator("textarea").FillAsync("Gebeld met de werkgever: dagploeg vanaf maandag.");
        await StaffChecks.PageAsync(matchmaker, "staff-10-escalations", language, javaScript);
        await escalation.Locator("button[type=submit]").ClickAsync();
        await matchmaker.ArriveAtAsync("**/werk/signalen?klaar=true");
        (await matchmaker.Locator("article.match").Filter(new LocatorFilterOptions { HasText = "Samira" }).CountAsync()).ShouldBe(0);

        // The coach records the outcome at six months.
        await coach.GotoAsync(matchUrl);
        await coach.CheckAsync("input[name=stillWorking][value=true]");
        await coach.ClickAsync("form:has(input[name=stillWorking]) button[type=submit]");
        await coach.ArriveAtAsync("**klaar=Outcome");
        (await coach.Locator("form:has(input[name=stillWorking])").CountAsync()).ShouldBe(0);

        // The whole history: shortlisted, proposed, accepted, introduced, placed.
        await matchmaker.GotoAsync(matchUrl);
        (await matchmaker.Locator("ol.history li").CountAsync()).ShouldBe(5);
        await StaffChecks.PageAsync(matchmaker, "staff-11-history", language, javaScript);
    }

    [Test]
    public async Task StaffPages_RefuseRolesOutsideTheirPolicy()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await People.SignInAsync(page, People.JobSeeker);
        page.Url.ShouldNotEndWith("/werk");
        await page.GotoAsync("/werk");
        page.Url.ShouldEndWith("/status/403");

        await page.Context.ClearCookiesAsync();
        await People.SignInAsync(page, DemoDataSeeder.CoachEmail);
        await page.GotoAsync("/werk/bord");
        page.Url.ShouldEndWith("/status/403");
        await page.GotoAsync("/werk/signalen");
        page.Url.ShouldEndWith("/status/403");
        (await page.Locator("nav.menu a[href='/werk/bord']").CountAsync()).ShouldBe(0);
        (await page.Locator("nav.menu a[href='/werk/mijn-mensen']").CountAsync()).ShouldBe(1);

        // A people's page whose queries refuse the role says so, instead of the error page with a reference.
        await page.Context.ClearCookiesAsync();
        await People.SignInAsync(page, DemoDataSeeder.JobHunterEmail);
        await page.GotoAsync("/helpende-handen");
        page.Url.ShouldEndWith("/status/403");
    }

    [Test]
    public async Task Matchmaker_RecordsTheAnswerOfSomeoneWithoutAnAccount_SayingHowItWasGiven()
    {
        await using var context = await Browser.NewContextAsync("nl", javaScript: true);
        var matchmaker = await context.NewPageAsync();
        await People.SignInAsync(matchmaker, DemoDataSeeder.MatchmakerEmail);

        // Shortlist a candidate who has no account (everyone in the demo but Samira) and propose the job.
        await matchmaker.GotoAsync("/werk/kansen");
        await matchmaker.Locator("ul.results li").Filter(new LocatorFilterOptions { HasText = "Magazijnmedewerker haven" }).Locator("a").ClickAsync();
        await matchmaker.ArriveAtAsync("**/werk/kandidaten/job/**");
        var free = matchmaker.Locator("ol.matches li.match:has(form button)").Filter(new LocatorFilterOptions { HasNotText = "Samira" }).First;
        var name = await free.Locator("h2").InnerTextAsync();
        await free.Locator("form button").ClickAsync();
        await matchmaker.ArriveAtAsync("**klaar=true**");
        await matchmaker.Locator("ol.matches li.match").Filter(new LocatorFilterOptions { HasText = name }).Locator("a[href^='/werk/matches/']").ClickAsync();
        await matchmaker.ArriveAtAsync("**/werk/matches/**");
        (await matchmaker.Locator("#answer-title").CountAsync()).ShouldBe(0);
        await matchmaker.ClickAsync("button[name=to][value=Proposed]");
        await matchmaker.ArriveAtAsync("**klaar=Moved");

        // Saying yes for them needs how they said it.
        await matchmaker.ClickAsync("button[name=to][value=Accepted]");
        (await matchmaker.Locator("form[aria-labelledby=answer-title] #Reason-error").InnerTextAsync()).ShouldContain(Texts.In("nl", "Field.Reason"));
        (await matchmaker.Locator("dl.facts").InnerTextAsync()).ShouldContain("Voorgesteld aan de persoon");

        await matchmaker.FillAsync("#answer-reason", "Telefonisch geantwoord op 3 november.");
        await matchmaker.CheckAsync("input[name=disclose][value=Name]");
        await matchmaker.CheckAsync("input[name=disclose][value=Phone]");
        await StaffChecks.PageAsync(matchmaker, "staff-23-answer", "nl", javaScript: true);
        await matchmaker.ClickAsync("button[name=to][value=Accepted]");
        await matchmaker.ArriveAtAsync("**klaar=Answered");

        // Recorded: the state, what the employer sees, and how the answer was given in the history.
        (await matchmaker.Locator("#answer-title").CountAsync()).ShouldBe(0);
        var facts = await matchmaker.Locator("dl.facts").InnerTextAsync();
        facts.ShouldContain("Ja gezegd");
        facts.ShouldContain("Mijn naam");
        facts.ShouldContain("Mijn telefoonnummer");
        facts.ShouldNotContain("Mijn e-mailadres");
        (await matchmaker.Locator("ol.history li").Last.InnerTextAsync()).ShouldContain("Telefonisch geantwoord op 3 november.");
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

/// <summary>What every staff page shows on the way through a journey.</summary>
internal static class StaffChecks
{
    /// <summary>
    /// One heading; with scripts on, no axe violation and nothing scrolling sideways at 360 px (both
    /// run a script in the page); and a screenshot for docs/web/.
    /// </summary>
    public static async Task PageAsync(IPage page, string name, string language, bool javaScript)
    {
        (await page.Locator("h1").CountAsync()).ShouldBe(1, page.Url);
        if (javaScript)
        {
            await People.ShouldHaveNoAxeViolationsAsync(page);
            await People.ShouldNotScrollSidewaysAsync(page);
        }

        await People.ScreenshotAsync(page, name, language);
    }
}
