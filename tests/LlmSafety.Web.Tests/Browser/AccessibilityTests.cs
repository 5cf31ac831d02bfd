using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LlmSafety.Web.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.1 A/AA rules over each page in the state a user sees it, in both themes. The pages must be
/// usable by caregivers and teachers who rely on screen readers, keyboards or high contrast.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private IBrowserContext context = default!;
    private IPage page = default!;

    public async Task InitializeAsync()
    {
        context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.WebAddress.ToString() });
        context.SetDefaultTimeout(20_000);
        page = await context.NewPageAsync();
    }

    public async Task DisposeAsync() => await context.CloseAsync();

    private async Task AssertNoWcagViolationsAsync(string pageName)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{pageName}: {violation.Id} ({violation.Impact}) {violation.Help}");
            foreach (var node in violation.Nodes.Take(5))
            {
                output.WriteLine("    " + string.Join(" ", node.Target) + " :: " + node.Html);
            }
        }

        Assert.Empty(result.Violations.Select(violation => $"{pageName}: {violation.Id}"));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Story_page_with_an_unsafe_result_meets_wcag_aa(string theme)
    {
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync("/");
        await page.Locator("#details textarea").FillAsync("Her name is Maya Whitfield and she takes Keppra");
        await page.Locator("#write-button").ClickAsync();
        await page.Locator(".judgment .verdict").WaitForAsync();

        await AssertNoWcagViolationsAsync($"create story ({theme})");
    }

    [Fact]
    public async Task Check_page_with_a_review_result_meets_wcag_aa()
    {
        await page.GotoAsync("/check");
        await page.Locator("#text-to-check textarea").FillAsync("I go to Maple Elementary School every day.");
        await page.Locator("#check-button").ClickAsync();
        await page.Locator(".judgment .verdict").WaitForAsync();

        await AssertNoWcagViolationsAsync("check text");
    }

    [Fact]
    public async Task Model_dashboard_meets_wcag_aa()
    {
        await page.GotoAsync("/model");
        await page.Locator("[data-stat=total]").WaitForAsync();

        await AssertNoWcagViolationsAsync("model dashboard");
    }
}
