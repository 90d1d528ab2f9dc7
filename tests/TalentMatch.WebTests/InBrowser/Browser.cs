using Microsoft.Playwright;

namespace TalentMatch.WebTests.InBrowser;

/// <summary>
/// Owns the run's one host and one chromium (Debian's, at <see cref="ChromiumPath"/>; a browser is
/// never downloaded). Without chromium, CI fails; a machine without it skips the browser tests.
/// </summary>
[SetUpFixture]
public sealed class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static WebAppFactory? _app;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static WebAppFactory App => _app ?? throw new InvalidOperationException("The app is not started.");

    public static IBrowser Chromium => _browser ?? throw new InvalidOperationException("Chromium is not started.");

    /// <summary>The repository's folder, where docs/web/ takes the screenshots.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            const string reason = $"Needs Debian's chromium at {ChromiumPath} (apt-get install -y chromium); .ci/run installs it.";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }

        _app = new WebAppFactory();
        _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context on a 360 px phone screen, in a language, with or without JavaScript.</summary>
    public static async Task<IBrowserContext> NewContextAsync(string language = "nl", bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = language,
            JavaScriptEnabled = javaScript,
        });

        // The machine may be busy building: be patient rather than flaky.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        if (language != "nl")
        {
            // The language picker's cookie, as a person who chose the language would have it.
            await context.AddCookiesAsync(
            [
                new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = App.BaseAddress.ToString() },
            ]);
        }

        return context;
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TalentMatch.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>Every browser test starts from the seeded demo; a failed one prints what the server logged meanwhile.</summary>
public abstract class BrowserTest
{
    [SetUp]
    public void ResetDatabase()
    {
        Browser.App.Reset();
        Browser.App.ServerLog.Clear();
    }

    [TearDown]
    public void PrintServerLogOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine($"What the server logged during {TestContext.CurrentContext.Test.Name}:");
            foreach (var line in Browser.App.ServerLog.Lines)
            {
                TestContext.Out.WriteLine(line);
            }
        }
    }
}
