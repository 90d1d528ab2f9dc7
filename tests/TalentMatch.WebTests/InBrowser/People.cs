using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TalentMatch.Infrastructure.Seed;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>What the browser tests do often: sign in, take a screenshot, and check a page.</summary>
public static class People
{
    public const string JobSeeker = DemoDataSeeder.JobSeekerEmail;
    public const string Password = DemoDataSeeder.Password;

    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    /// <summary>How long a page may take to arrive after a click.</summary>
    private const float ArrivalTimeout = 45_000;

    /// <summary>
    /// Waits until the page is at an address that <paramref name="url"/> accepts and its document has
    /// loaded. Playwright's own wait sometimes misses the load event of a page that arrived before the
    /// wait began: the server answered in milliseconds, the page shows, and the wait still times out. So
    /// when the wait times out at the right address, the finished document is recognised by its footer,
    /// the last element the layout writes; at any other address the timeout stands.
    /// </summary>
    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        try
        {
            await page.WaitForURLAsync(url, new PageWaitForURLOptions { Timeout = ArrivalTimeout });
        }
        catch (TimeoutException) when (url(page.Url))
        {
            await page.Locator("footer.bottom").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await TestContext.Progress.WriteLineAsync($"The load event of {page.Url} was missed; the page's footer is there.");
        }
    }

    /// <summary>As <see cref="ArriveAtAsync(IPage, Func{string, bool})"/>, for a glob such as <c>**/wat-kan-jij?bewaard=true</c> (<c>**</c> any text, <c>*</c> any text but <c>/</c>).</summary>
    public static Task ArriveAtAsync(this IPage page, string glob)
    {
        var pattern = new Regex("^" + string.Concat(Regex.Split(glob, @"(\*\*|\*)").Select(part => part switch
        {
            "**" => ".*",
            "*" => "[^/]*",
            _ => Regex.Escape(part),
        })) + "$");
        return page.ArriveAtAsync(address => pattern.IsMatch(address));
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/aanmelden");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("main form button[type=submit]");
        await page.ArriveAtAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal));
    }

    /// <summary>A full-page screenshot in docs/web/, linked from the README.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, string language)
    {
        var folder = Path.Combine(Browser.RepositoryRoot, "docs", "web");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{language}.png"), FullPage = true });
    }

    /// <summary>Fails with the rule ids and elements when axe-core finds any WCAG 2.2 A or AA violation.</summary>
    public static async Task ShouldHaveNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var violations = result.Violations
            .Select(v => $"{v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        violations.ShouldBeEmpty($"axe on {page.Url}");
    }

    /// <summary>The page is no wider than the 360 px screen: nothing scrolls sideways.</summary>
    public static async Task ShouldNotScrollSidewaysAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"sideways scroll on {page.Url}");
    }

    /// <summary>The gzip-compressed size of the page's HTML and its style sheet, as a phone downloads them.</summary>
    public static async Task<long> CompressedWeightAsync(IPage page)
    {
        // The style sheet is the only resource a page loads: no scripts, fonts or images.
        var resources = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(r => r.name)");
        resources.Where(r => !r.EndsWith("/css/app.css", StringComparison.Ordinal)).ShouldBeEmpty();
        var html = await page.ContentAsync();
        var css = await page.Context.APIRequest.GetAsync("/css/app.css");
        return Gzipped(System.Text.Encoding.UTF8.GetBytes(html)) + Gzipped(await css.BodyAsync());
    }

    /// <summary>Presses Tab until the element has focus, as a keyboard-only person does.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement === document.querySelector(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}.");
    }

    /// <summary>The fields a form would post, hidden ones (antiforgery token, one-time id) included.</summary>
    public static Task<Dictionary<string, string>> FormFieldsAsync(IPage page, string formSelector) =>
        page.EvalOnSelectorAsync<Dictionary<string, string>>(formSelector, "f => Object.fromEntries(new FormData(f).entries())");

    public static IFormData ToForm(IAPIRequestContext request, Dictionary<string, string> fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }

    /// <summary>A client of the REST API on the app's port, signed in with a bearer token as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> ApiClientAsync(string email, string password = Password)
    {
        var http = new HttpClient { BaseAddress = Browser.App.BaseAddress };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        login.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static long Gzipped(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.Length;
    }
}
