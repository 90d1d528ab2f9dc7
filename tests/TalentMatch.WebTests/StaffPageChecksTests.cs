namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// Every page of the staff workspace, in all five languages, for the roles that use it: the right
/// language and direction, one heading, no sideways scroll at 360 px. axe-core (WCAG 2.2 A/AA) runs
/// in Dutch and in Arabic, one left-to-right and the right-to-left layout: the pages are the same
/// markup in every language, and axe is the slow part of the browser suite. (The journeys post
/// every form with JavaScript off too.)
/// </summary>
[NonParallelizable]
public sealed class StaffPageChecksTests : BrowserTest
{
    private static readonly HashSet<string> AxeLanguages = ["nl", "ar"];

    private static readonly (string Email, string[] Paths)[] Roles =
    [
        (Infrastructure.Seed.DemoDataSeeder.MatchmakerEmail, ["/werk", "/werk/kansen", "/werk/mensen", "/werk/bord", "/werk/signalen", "/werk/gesprekken", "/werk/kansen>/werk/kandidaten/", "/werk/bord>/werk/matches/", "/werk/rapporten"]),
        (Infrastructure.Seed.DemoDataSeeder.CoachEmail, ["/werk", "/werk/mijn-mensen", "/werk/gesprekken?stand=Upcoming", "/werk/mensen"]),
        (Infrastructure.Seed.DemoDataSeeder.TalentScoutEmail, ["/werk", "/werk/kansen", "/werk/talentgesprek"]),
        (Infrastructure.Seed.DemoDataSeeder.JobHunterEmail, ["/werk", "/werk/organisaties", "/werk/vacatures", "/werk/vacatures/nieuw?beroep=magazijnier", "/werk/vacatures>/werk/vacatures/"]),
        (Infrastructure.Seed.DemoDataSeeder.EmployerEmail, ["/werk", "/werk/vacatures", "/werk/vacatures>/werk/kandidaten/", "/werk/vacatures>/werk/matches/"]),
        (StaffAdminTests.AdminEmail, ["/werk", "/werk/beheer/accounts", "/werk/beheer/weging", "/werk/beheer/import"]),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from language in new[] { "nl", "en", "fr", "ar", "tr" }
        from role in Roles
        select new TestCaseData(language, role.Email, role.Paths).SetName($"StaffPages_{role.Email.Split('@')[0]}_{language}");

    [TestCaseSource(nameof(Cases))]
    public async Task StaffPages_AreAccessibleAndNarrow(string language, string email, string[] paths)
    {
        await using var context = await Browser.NewContextAsync(language);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, email, email == StaffAdminTests.AdminEmail ? StaffAdminTests.AdminPassword : People.Password);

        foreach (var entry in paths)
        {
            var path = entry;
            if (entry.Split('>') is [var from, var prefix])
            {
                // A page reached through a link: the first one with that address on another page (not the "new" form).
                await page.GotoAsync(from);
                path = (await page.Locator($"main a[href^='{prefix}']:not([href$='/nieuw'])").First.GetAttributeAsync("href"))!;
            }

            var response = await page.GotoAsync(path);
            response!.Status.ShouldBe(200, path);
            (await page.GetAttributeAsync("html", "lang")).ShouldBe(language);
            (await page.GetAttributeAsync("html", "dir")).ShouldBe(language == "ar" ? "rtl" : "ltr");
            (await page.Locator("h1").CountAsync()).ShouldBe(1, path);
            if (AxeLanguages.Contains(language))
            {
                await People.ShouldHaveNoAxeViolationsAsync(page);
            }

            await People.ShouldNotScrollSidewaysAsync(page);
        }
    }
}
