using System.Globalization;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LlmSafety.AppHost.Tests;

/// <summary>
/// A caregiver and an ML engineer in headless Debian chromium, using the web front end of the running stack: the
/// stories come from the simulated LLM and are judged by the model the trainer produced in this run.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class StackBrowserTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const float Timeout = 30_000;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"The browser tests drive Debian's chromium at {ChromiumPath}; install it with 'apt-get install chromium'.");
        Assert.Equal(0, stack.TrainerExitCode);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.App.GetEndpoint("web", "http").ToString(),
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        _page = await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task Story_with_sensitive_details_is_judged_unsafe_with_highlighted_spans()
    {
        await _page.GotoAsync("/");
        await _page.Locator("#subject-name input").FillAsync("Maya");
        await _page.Locator("#situation input").FillAsync("Riding the school bus");
        // The simulated LLM, like real ones, repeats some of what it is told: for this request, the surname, the
        // diagnosis and the phone number.
        await _page.Locator("#details textarea").FillAsync("Maya Chen has epilepsy and takes Keppra twice a day. Her phone number is 555-201-7788.");
        await _page.Locator("#write-button").ClickAsync();

        var verdict = _page.Locator(".judgment .verdict");
        await verdict.WaitForAsync();

        Assert.Equal("unsafe", await verdict.GetAttributeAsync("data-verdict"));
        var marks = _page.Locator(".highlighted-text mark");
        Assert.True(await marks.CountAsync() >= 1);
        Assert.Contains("555-201-7788", await _page.Locator(".highlighted-text mark[data-category=identity]").AllInnerTextsAsync());
        Assert.DoesNotContain("555-201-7788", await _page.Locator(".safe-version").InnerTextAsync(), StringComparison.Ordinal);
        await ScreenshotAsync("stack-create-story-unsafe");
    }

    [Fact]
    public async Task Safe_text_is_checked_and_shown_as_safe()
    {
        await _page.GotoAsync("/check");
        await _page.Locator("#text-to-check textarea").FillAsync(
            "When the bell rings, I line up with my class. My teacher helps us walk outside. I can stay calm and wait.");
        await _page.Locator("#check-button").ClickAsync();

        var verdict = _page.Locator(".judgment .verdict");
        await verdict.WaitForAsync();

        Assert.Equal("safe", await verdict.GetAttributeAsync("data-verdict"));
        await ScreenshotAsync("stack-check-text-safe");
    }

    [Fact]
    public async Task Model_dashboard_shows_the_trained_champion_its_metrics_and_a_plot_that_loads()
    {
        await _page.GotoAsync("/model");

        await _page.Locator(".metrics-table").WaitForAsync();
        var identityRow = _page.Locator(".metrics-table tbody tr", new PageLocatorOptions { HasText = "identity" });
        var recall = await identityRow.InnerTextAsync();
        Assert.Matches(@"0\.\d{3}", recall);
        Assert.True(await _page.Locator(".versions-table tbody tr").CountAsync() >= 1);

        var plot = _page.Locator("img[data-artifact='pr-curve-identity.png']");
        await plot.ScrollIntoViewIfNeededAsync();
        await _page.WaitForFunctionAsync("() => document.querySelector(\"img[data-artifact='pr-curve-identity.png']\").complete");
        var naturalWidth = await plot.EvaluateAsync<int>("img => img.naturalWidth");
        Assert.True(naturalWidth > 0, "the PR-curve plot did not decode in the browser");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PR-curve plot: {naturalWidth} px wide"));
        await ScreenshotAsync("stack-model-dashboard");
    }

    private async Task ScreenshotAsync(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine("Screenshot: " + path);
    }
}
