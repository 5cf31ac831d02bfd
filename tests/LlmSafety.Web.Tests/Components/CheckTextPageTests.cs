using Bunit;
using LlmSafety.Web.Components.Pages;

namespace LlmSafety.Web.Tests.Components;

public sealed class CheckTextPageTests
{
    private static void EnterTextAndSubmit(IRenderedComponent<CheckText> page, string text)
    {
        page.Find("#text-to-check").Input(text);
        page.Find("form").Submit();
    }

    [Fact]
    public void Shows_progress_while_the_api_is_judging_then_the_judgment()
    {
        var answer = new TaskCompletionSource<HttpResponseMessage>();
        var handler = new ScriptedApiHandler((_, _) => answer.Task);
        using var context = WebComponentContext.Create(handler);
        var page = context.Render<CheckText>();

        EnterTextAndSubmit(page, JudgmentJson.UnsafeText);

        page.WaitForAssertion(() => Assert.Contains("Checking the text", page.Find(".page-result").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", page.Find(".page-result").GetAttribute("aria-busy"));
        Assert.Empty(page.FindAll(".judgment"));

        answer.SetResult(ScriptedApiHandler.Json(JudgmentJson.Unsafe));

        page.WaitForAssertion(() => Assert.Equal("Unsafe", page.Find(".verdict-label").TextContent));
        Assert.Equal(2, page.FindAll(".highlighted-text mark").Count);
        Assert.DoesNotContain("Checking the text", page.Find(".page-result").TextContent, StringComparison.Ordinal);
        Assert.Equal(["/v1/judgments"], handler.RequestedPaths);
    }

    [Fact]
    public void Safe_text_shows_the_safe_badge()
    {
        using var context = WebComponentContext.Create(new ScriptedApiHandler((_, _) => Task.FromResult(ScriptedApiHandler.Json(JudgmentJson.Safe))));
        var page = context.Render<CheckText>();

        EnterTextAndSubmit(page, JudgmentJson.SafeText);

        page.WaitForAssertion(() => Assert.Equal("Safe", page.Find(".verdict-label").TextContent));
        Assert.Empty(page.FindAll(".highlighted-text mark"));
    }

    [Fact]
    public void Api_down_shows_a_helpful_message_instead_of_an_error()
    {
        using var context = WebComponentContext.Create(ScriptedApiHandler.Down());
        var page = context.Render<CheckText>();

        EnterTextAndSubmit(page, JudgmentJson.UnsafeText);

        page.WaitForAssertion(() => Assert.Equal("unavailable", page.Find(".api-error").GetAttribute("data-error")));
        Assert.Contains("not available", page.Find(".api-error").OuterHtml, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".judgment"));
        Assert.False(page.Find("#check-button").HasAttribute("disabled"));
    }

    [Fact]
    public void Rejected_input_lists_the_field_the_api_named()
    {
        const string problem = """{"title":"One or more validation errors occurred.","status":400,"errors":{"text":["The text field is required."]}}""";
        using var context = WebComponentContext.Create(new ScriptedApiHandler((_, _) =>
            Task.FromResult(ScriptedApiHandler.Json(problem, System.Net.HttpStatusCode.BadRequest))));
        var page = context.Render<CheckText>();

        EnterTextAndSubmit(page, "A story.");

        page.WaitForAssertion(() => Assert.Equal("rejected", page.Find(".api-error").GetAttribute("data-error")));
        Assert.Contains("text", page.Find(".field-errors").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_is_stopped_by_the_form_before_any_request()
    {
        var handler = new ScriptedApiHandler((_, _) => Task.FromResult(ScriptedApiHandler.Json(JudgmentJson.Safe)));
        using var context = WebComponentContext.Create(handler);
        var page = context.Render<CheckText>();

        page.Find("form").Submit();

        Assert.Contains("Paste the story to check.", page.Markup, StringComparison.Ordinal);
        Assert.Equal(0, handler.RequestCount);
    }
}
