using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// Helpende handen between two people, and what the helper does with the coins: a neighbour asks for
/// help, a volunteer offers it and logs the hours, the neighbour confirms them, the volunteer's coins
/// grow and they reserve a partner's offer and get its code.
/// </summary>
[NonParallelizable]
public sealed class NeighbourhoodJourneyTests : BrowserTest
{
    private const long MaxCompressedBytes = 150 * 1024;

    [TestCase("nl")]
    [TestCase("ar")]
    public async Task NeighbourAsks_VolunteerOffersAndLogsHours_NeighbourConfirms_VolunteerEarnsCoins(string language)
    {
        await using var neighbourContext = await Browser.NewContextAsync(language);
        await using var volunteerContext = await Browser.NewContextAsync(language);
        var neighbour = await neighbourContext.NewPageAsync();
        var volunteer = await volunteerContext.NewPageAsync();
        var title = $"Praten bij een kop koffie {Guid.NewGuid():N}"[..34];

        // The neighbour makes an account and asks for help.
        await neighbour.GotoAsync("/registreren");
        await neighbour.FillAsync("#email", $"buur-{language}-{Guid.NewGuid():N}@example.be");
        await neighbour.FillAsync("#password", "Mijn-Wachtwoord-2026");
        await neighbour.ClickAsync("main form button[type=submit]");
        await neighbour.ArriveAtAsync("**/wat-kan-jij");
        await neighbour.GotoAsync("/helpende-handen/vragen");
        await neighbour.FillAsync("#requestername", "Lutgarde");
        await neighbour.SelectOptionAsync("#kind", "listen");
        await neighbour.FillAsync("#title", title);
        await neighbour.FillAsync("#postcode", "2060");
        await neighbour.FillAsync("#hoursestimate", "2");
        await neighbour.ClickAsync("main form button[type=submit]");
        await neighbour.ArriveAtAsync("**/helpende-handen?klaar=Asked");
        (await neighbour.Locator("section[aria-labelledby=mine-title] h3").AllInnerTextsAsync()).ShouldContain(title);

        // The volunteer sees the request near them and offers to help.
        await People.SignInAsync(volunteer, People.JobSeeker);
        var balanceBefore = await BalanceAsync(volunteer);
        await volunteer.GotoAsync("/helpende-handen");
        var request = volunteer.Locator("section[aria-labelledby=nearby-title] li.match", new PageLocatorOptions { HasText = title });
        (await request.CountAsync()).ShouldBe(1);
        await request.ScrollIntoViewIfNeededAsync();
        await People.ScreenshotAsync(volunteer, "17-offer-help", language);
        await request.Locator("button[type=submit]").ClickAsync();
        await volunteer.ArriveAtAsync("**/helpende-handen?klaar=Offered");

        // They helped today for two hours and write it down.
        var helping = volunteer.Locator("section[aria-labelledby=helping-title] article.match", new PageLocatorOptions { HasText = title });
        (await helping.CountAsync()).ShouldBe(1);
        await helping.Locator("input[name=hours]").FillAsync("2");
        await helping.Locator("button[type=submit]").ClickAsync();
        await volunteer.ArriveAtAsync("**/helpende-handen?klaar=Hours");

        // The neighbour sees who helped and for how long, and confirms.
        await neighbour.GotoAsync("/helpende-handen");
        var asked = neighbour.Locator("section[aria-labelledby=mine-title] article.match", new PageLocatorOptions { HasText = title });
        (await asked.InnerTextAsync()).ShouldContain("Samira");
        await People.ShouldHaveNoAxeViolationsAsync(neighbour);
        await People.ShouldNotScrollSidewaysAsync(neighbour);
        await asked.ScrollIntoViewIfNeededAsync();
        await People.ScreenshotAsync(neighbour, "18-confirm-hours", language);
        await asked.Locator("button[type=submit]").ClickAsync();
        await neighbour.ArriveAtAsync("**/helpende-handen?klaar=Confirmed");
        (await neighbour.Locator("section[aria-labelledby=mine-title] .badge").CountAsync()).ShouldBe(1);

        // Two confirmed hours are two more coins.
        (await BalanceAsync(volunteer)).ShouldBe(balanceBefore + 2);
        await People.ScreenshotAsync(volunteer, "19-coins", language);
    }

    [TestCase("nl")]
    [TestCase("ar")]
    public async Task Coins_ReserveAnOffer_ByKeyboardOnly_WithJavaScriptOff_ShowsTheCodeAndItsQrCode(string language)
    {
        await using var context = await Browser.NewContextAsync(language, javaScript: false);
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);
        var before = await BalanceAsync(page);

        // From the menu to the offer and its reservation with the keyboard alone.
        await page.GotoAsync("/");
        await People.TabToAsync(page, "nav.menu a[href='/munten']");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/munten");
        var offer = page.Locator("section[aria-labelledby=offers-title] li.match", new PageLocatorOptions { HasText = "Koffie en taart" });
        var button = offer.Locator("button[type=submit]");
        await People.TabToAsync(page, $"#{await IdOfAsync(button)}");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/munten/reservering/*?klaar=Reserved");

        var reservation = page.Url.Split('?')[0];
        var code = (await page.Locator(".code .reference").InnerTextAsync()).Trim();
        code.ShouldNotBeNullOrEmpty();
        (await page.Locator("img.qr").GetAttributeAsync("alt") ?? "").ShouldContain(code);
        (await page.Locator("img.qr").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0);
        await People.ScreenshotAsync(page, "20-reservation", language);
        await ShouldPassThePageChecksAsync(page);

        // The price is set aside until the code is used; cancelling gives it back.
        (await BalanceAsync(page)).ShouldBe(before - 2);
        (await page.Locator(".balance + p").InnerTextAsync()).ShouldContain("2");
        await page.GotoAsync(reservation);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**?klaar=Cancelled");
        (await page.Locator(".code").CountAsync()).ShouldBe(0);
        (await BalanceAsync(page)).ShouldBe(before);
    }

    [Test]
    public async Task Coins_ReserveTwiceWithTheSameForm_ReservesOnce()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);
        await page.GotoAsync("/munten");
        var form = "section[aria-labelledby=offers-title] li.match:has-text('Koffie en taart') form";

        var fields = await People.FormFieldsAsync(page, form);
        var first = await context.APIRequest.PostAsync("/munten", new APIRequestContextOptions { Form = People.ToForm(context.APIRequest, fields), MaxRedirects = 0 });
        var second = await context.APIRequest.PostAsync("/munten", new APIRequestContextOptions { Form = People.ToForm(context.APIRequest, fields), MaxRedirects = 0 });

        first.Status.ShouldBe(302);
        second.Status.ShouldBe(302);
        second.Headers["location"].ShouldBe(first.Headers["location"]);
        var wallet = await WalletAsync();
        wallet.GetProperty("held").GetInt64().ShouldBe(2);
    }

    [Test]
    public async Task Coins_ReserveWithTooFewCoins_SaysSoNextToTheOffers_AndReservesNothing()
    {
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await People.SignInAsync(page, People.JobSeeker);

        // Twelve coins: two food parcels of five, then a third is two coins short.
        for (var i = 0; i < 3; i++)
        {
            await page.GotoAsync("/munten");
            await page.Locator("section[aria-labelledby=offers-title] li.match", new PageLocatorOptions { HasText = "Boodschappenpakket" }).Locator("button[type=submit]").ClickAsync();
            if (i < 2)
            {
                await page.ArriveAtAsync("**/munten/reservering/*?klaar=Reserved");
            }
        }

        (await page.Locator("#form-error").InnerTextAsync()).ShouldContain("niet genoeg munten");
        (await WalletAsync()).GetProperty("held").GetInt64().ShouldBe(10);
    }

    private static async Task<string> IdOfAsync(ILocator element)
    {
        var id = await element.GetAttributeAsync("id");
        id.ShouldNotBeNullOrEmpty("the reserve button has an id to reach it by");
        return id;
    }

    private static async Task ShouldPassThePageChecksAsync(IPage page)
    {
        await People.ShouldNotScrollSidewaysAsync(page);
        (await People.CompressedWeightAsync(page)).ShouldBeLessThan(MaxCompressedBytes);
    }

    /// <summary>The balance the person sees on "Mijn munten".</summary>
    private static async Task<long> BalanceAsync(IPage page)
    {
        await page.GotoAsync("/munten");
        var text = await page.Locator(".balance").InnerTextAsync();
        return long.Parse(new string(text.Where(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The demo job seeker's wallet as the API reports it.</summary>
    private static async Task<JsonElement> WalletAsync()
    {
        using var http = await People.ApiClientAsync(DemoDataSeeder.JobSeekerEmail);
        var profile = await http.GetFromJsonAsync<JsonElement>("/api/v1/profiles/me");
        return await http.GetFromJsonAsync<JsonElement>($"/api/v1/coins/wallets/{profile.GetProperty("id").GetGuid()}");
    }
}
