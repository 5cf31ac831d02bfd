using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LlmSafety.Web.Tests.Browser;

/// <summary>The Web app in headless chromium, against an API over loopback HTTP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserScenarioTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly float Timeout = 20_000;
    private IBrowserContext context = default!;
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.WebAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync() => await context.CloseAsync();

    /// <summary>
    /// Fills a Fluent text field or text area and waits until the Blazor circuit has the value: the server's render writes it back as the
    /// host element's value attribute. On a busy machine a value typed before the field's component is wired up is
    /// otherwise lost, and the story is written without it.
    /// </summary>
    private async Task FillAndSyncAsync(string id, string inner, string value)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator($"#{id} {inner}").FillAsync(value);
            try
            {
                await page.WaitForFunctionAsync(
                    "([id, value]) => document.getElementById(id)?.getAttribute('value') === value",
                    new[] { id, value },
                    new PageWaitForFunctionOptions { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                output.WriteLine($"#{id}: value not yet held by the circuit, filling again");
            }
        }
    }

    private async Task ScreenshotAsync(string name) => output.WriteLine("Screenshot: " + await BrowserFixture.ScreenshotAsync(page, name));

    [Fact]
    public async Task Story_with_sensitive_details_is_marked_unsafe_with_highlighted_spans()
    {
        await page.GotoAsync("/");
        await FillAndSyncAsync("subject-name", "input", "Liam");
        var situation = page.Locator("#situation input");
        await situation.FillAsync("Riding the school bus");
        await FillAndSyncAsync("details", "textarea", "His full name is Liam Okafor, he has autism and he takes Ritalin at lunch");
        // On a busy machine a refill of the details once landed in the situation box, and the story then repeated the
        // details in lower case: the situation is checked again before writing.
        for (var attempt = 1; attempt <= 3 && await situation.InputValueAsync() != "Riding the school bus"; attempt++)
        {
            output.WriteLine("#situation: holds another value, filling again");
            await situation.FillAsync("Riding the school bus");
        }

        Assert.Equal("Riding the school bus", await situation.InputValueAsync());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.Locator("#write-button").ClickAsync();

        await page.Locator(".streaming-text", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(".") }).WaitForAsync();
        var firstText = clock.Elapsed;
        await ScreenshotAsync("create-story-streaming");
        var verdict = page.Locator(".judgment .verdict");
        await verdict.WaitForAsync();
        output.WriteLine($"Story: first streamed text after {firstText.TotalMilliseconds:0} ms, verdict after {clock.Elapsed.TotalMilliseconds:0} ms (contract server, 60 ms between chunks)");

        Assert.Equal("unsafe", await verdict.GetAttributeAsync("data-verdict"));
        Assert.Equal("Unsafe", (await verdict.InnerTextAsync()).Trim());
        var identity = page.Locator(".highlighted-text mark[data-category=identity]");
        var health = page.Locator(".highlighted-text mark[data-category=health]");
        Assert.Equal("Liam Okafor", await identity.First.InnerTextAsync());
        Assert.Equal(["autism", "Ritalin"], await health.AllInnerTextsAsync());
        Assert.DoesNotContain("Okafor", await page.Locator(".safe-version").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("riding the school bus", await page.Locator(".highlighted-text").InnerTextAsync(), StringComparison.Ordinal);

        await identity.First.FocusAsync();
        Assert.Contains("person name", await identity.First.GetAttributeAsync("title"), StringComparison.Ordinal);
        await ScreenshotAsync("create-story-unsafe");

        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.Locator(".copy-button").ClickAsync();
        await page.Locator(".copy-button", new PageLocatorOptions { HasText = "Copied" }).WaitForAsync();
        Assert.Equal(await page.Locator(".safe-version").InnerTextAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        Assert.NotEmpty(fixture.Web.Logs.Entries);
        Assert.DoesNotContain(fixture.Web.Logs.Entries, entry =>
            entry.Contains("Okafor", StringComparison.Ordinal) || entry.Contains("Ritalin", StringComparison.Ordinal) || entry.Contains("autism", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Safe_text_is_checked_and_shown_as_safe()
    {
        await page.GotoAsync("/check");
        await page.Locator("#text-to-check textarea").FillAsync("Doctors help people feel better. I wait my turn at the dentist and then I go home.");
        await page.Locator("#check-button").ClickAsync();

        var verdict = page.Locator(".judgment .verdict");
        await verdict.WaitForAsync();

        Assert.Equal("safe", await verdict.GetAttributeAsync("data-verdict"));
        Assert.Equal(0, await page.Locator(".highlighted-text mark").CountAsync());
        await ScreenshotAsync("check-text-safe");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Switch to dark theme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Switch to light theme" }).WaitForAsync();
        Assert.Equal("safe", await verdict.GetAttributeAsync("data-verdict"));
        await ScreenshotAsync("check-text-safe-dark");
    }

    [Fact]
    public async Task Unknown_address_shows_the_not_found_page_with_the_menu()
    {
        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await page.Locator("h1", new PageLocatorOptions { HasText = "Page not found" }).WaitForAsync();
        Assert.Equal(3, await page.Locator(".app-nav a[href]").CountAsync());
    }

    [Fact]
    public async Task Model_dashboard_shows_metrics_history_traffic_and_plots_that_load()
    {
        await page.GotoAsync("/check");
        await page.Locator("#text-to-check textarea").FillAsync("My phone number is 555-201-3344.");
        await page.Locator("#check-button").ClickAsync();
        await page.Locator(".judgment .verdict").WaitForAsync();

        await page.GotoAsync("/model");

        await page.Locator(".metrics-table").WaitForAsync();
        var identityRow = page.Locator(".metrics-table tbody tr", new PageLocatorOptions { HasText = "identity" });
        Assert.Contains("0.991", await identityRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator(".versions-table tbody tr").CountAsync());
        Assert.EndsWith("/runs/5f2c0a9e3b7d4c1e8a6f", await page.Locator("#mlflow-run-link").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal(fixture.MlflowUi.ToString(), await page.Locator("header a.header-link", new PageLocatorOptions { HasText = "MLflow" }).GetAttributeAsync("href"));
        await page.Locator("[data-stat=total]").WaitForAsync();
        Assert.True(int.Parse(await page.Locator("[data-stat=total]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(await page.Locator("[data-stat=unsafe]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);

        var plot = page.Locator("img[data-artifact='pr-curve-identity.png']");
        await plot.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => document.querySelector(\"img[data-artifact='pr-curve-identity.png']\").complete");
        var naturalWidth = await plot.EvaluateAsync<int>("img => img.naturalWidth");
        Assert.True(naturalWidth > 0, "the PR-curve plot did not decode in the browser");
        await ScreenshotAsync("model-dashboard");
    }
}
