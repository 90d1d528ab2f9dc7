using Microsoft.Playwright;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// The talent scout's day in chromium: a talent interview with the activity cards makes a profile
/// on someone's behalf, the claim card is printed in the person's language, the scout confirms a
/// competence with evidence, and the person takes the profile over with the card's code.
/// </summary>
[NonParallelizable]
public sealed class StaffScoutTests : BrowserTest
{
    [TestCase("nl", "ar", true)]
    [TestCase("ar", "tr", false)]
    public async Task Scout_InterviewsWithCards_PrintsClaimCard_ConfirmsCompetence_PersonClaims(string language, string cardLanguage, bool javaScript)
    {
        await using var context = await Browser.NewContextAsync(language, javaScript);
        var scout = await context.NewPageAsync();
        await People.SignInAsync(scout, DemoDataSeeder.TalentScoutEmail);
        scout.Url.ShouldEndWith("/werk");

        // The interview: who, what they seek, and the everyday activities as cards.
        await scout.GotoAsync("/werk/talentgesprek");
        (await scout.Locator("input[name=card]").CountAsync()).ShouldBeGreaterThanOrEqualTo(40);
        await scout.FillAsync("#displayname", "Fatima K.");
        await scout.FillAsync("#postcode", "2060");
        await scout.SelectOptionAsync("#cardlanguage", cardLanguage);
        foreach (var activity in new[] { "cook-many", "care-children", "translate" })
        {
            await scout.CheckAsync($"input[name=card][value={activity}]");
        }

        await StaffChecks.PageAsync(scout, "staff-12-interview", language, javaScript);
        await scout.ClickAsync("main form button[type=submit].primary");

        // The claim card: the code large, a QR code to the claim page, in the person's language.
        var card = scout.Locator("article.claim-card");
        (await card.GetAttributeAsync("lang")).ShouldBe(cardLanguage);
        var code = (await card.Locator(".claim-code").InnerTextAsync()).Trim();
        code.Length.ShouldBeGreaterThanOrEqualTo(6);
        (await card.Locator("img.qr").GetAttributeAsync("src"))!.ShouldStartWith("data:image/png;base64,");
        var profileId = (await card.Locator(".profile-id").InnerTextAsync()).Trim();
        Guid.TryParse(profileId, out _).ShouldBeTrue();
        await StaffChecks.PageAsync(scout, "staff-13-claim-card", language, javaScript);

        // Printed, only the card remains (A6).
        await scout.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await scout.Locator("nav.menu").IsVisibleAsync()).ShouldBeFalse();
        (await card.IsVisibleAsync()).ShouldBeTrue();
        await scout.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // The scout confirms a competence with what they saw.
        await scout.ClickAsync($"main a[href='/werk/mensen/{profileId}/competenties']");
        var first = scout.Locator("ul.confirm-list li:has(form)").First;
        var label = await first.Locator("h2").InnerTextAsync();
        await first.Locator("select[name=level]").SelectOptionAsync("3");
        await first.Locator("select[name=source]").SelectOptionAsync("Work");
        await first.Locator("textarea[name=note]").FillAsync("Kookt elke week voor de buurtmaaltijd van 40 mensen.");
        await StaffChecks.PageAsync(scout, "staff-14-confirm", language, javaScript);
        await first.Locator("button[type=submit]").ClickAsync();
        await scout.ArriveAtAsync("**klaar=true**");
        var confirmed = scout.Locator("ul.confirm-list li").Filter(new LocatorFilterOptions { HasText = label });
        (await confirmed.Locator("form").CountAsync()).ShouldBe(0);
        (await confirmed.InnerTextAsync()).ShouldContain("buurtmaaltijd");

        // The person scans the QR code (the claim page with the profile filled in) and types the code.
        await using var personContext = await Browser.NewContextAsync(cardLanguage, javaScript);
        var person = await personContext.NewPageAsync();
        await person.GotoAsync($"/code?profiel={profileId}");
        await person.ClickAsync("main a.button.primary");
        await person.FillAsync("#email", $"fatima-{Guid.NewGuid():N}@example.be");
        await person.FillAsync("#password", "Mijn-Wachtwoord-2026");
        await person.ClickAsync("main form button[type=submit]");
        await person.ArriveAtAsync("**/code?profiel=*");
        await person.FillAsync("#code", code);
        await person.ClickAsync("main form button[type=submit]");
        await person.ArriveAtAsync("**/mijn-gegevens?klaar=code");
        (await person.InputValueAsync("#displayname")).ShouldBe("Fatima K.");
    }
}
