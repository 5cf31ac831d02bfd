using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;
using Bunit;
using LlmSafety.Web.Components.Pages;
using LlmSafety.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LlmSafety.Web.Tests.Components;

public sealed class CreateStoryPageTests
{
    private static string NarrativeJson(string? narrative, string judgment, string? safeNarrative, string action) =>
        $$$"""
        {"narrative":{{{JsonSerializer.Serialize(narrative)}}},"judgment":{{{judgment}}},"safeNarrative":{{{JsonSerializer.Serialize(safeNarrative)}}},
         "action":"{{{action}}}","attempts":1,"provider":"simulated","model":{"name":"llm-safety-judge","version":"3"}}
        """;

    private static string Event(string type, string json) => $"event: {type}\ndata: {json.ReplaceLineEndings(" ")}\n\n";

    [Fact]
    public async Task Story_text_grows_while_streaming_then_the_unsafe_judgment_appears()
    {
        var pipe = new Pipe();
        string? sentBody = null;
        var handler = new ScriptedApiHandler(async (request, cancellationToken) =>
        {
            sentBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) };
            response.Content.Headers.ContentType = new("text/event-stream");
            return response;
        });
        using var context = WebComponentContext.Create(handler);
        var page = context.Render<CreateStory>();

        page.Find("form").Submit();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Event("delta", """{"text":"My name is Liam Okafor. "}""")));

        page.WaitForAssertion(() => Assert.Equal("My name is Liam Okafor. ", page.Find(".streaming-text").TextContent));
        Assert.Contains("The LLM is writing", page.Find(".story-progress").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".judgment"));

        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Event("delta", """{"text":"I take Ritalin at lunch."}""")));
        page.WaitForAssertion(() => Assert.Equal(JudgmentJson.UnsafeText, page.Find(".streaming-text").TextContent));

        var done = NarrativeJson(JudgmentJson.UnsafeText, JudgmentJson.Unsafe, "My name is a friend. I take my medicine at lunch.", "redacted");
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Event("judgment", done)));
        await pipe.Writer.CompleteAsync();

        page.WaitForAssertion(() => Assert.Equal("Unsafe", page.Find(".verdict-label").TextContent));
        Assert.Empty(page.FindAll(".story-progress"));
        Assert.Equal(["Liam Okafor", "Ritalin"], page.FindAll(".highlighted-text mark").Select(mark => mark.TextContent));
        Assert.Equal("My name is a friend. I take my medicine at lunch.", page.Find(".safe-version").TextContent);
        Assert.Contains("replaced in the safe version", page.Find(".story-outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains("\"situation\":\"Waiting my turn\"", sentBody, StringComparison.Ordinal);
        Assert.Contains("\"provider\":\"simulated\"", sentBody, StringComparison.Ordinal);
        Assert.Contains("\"onUnsafe\":\"redact\"", sentBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stalled_stream_gives_up_after_the_idle_timeout_and_says_so()
    {
        var pipe = new Pipe();
        var handler = new ScriptedApiHandler((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) };
            response.Content.Headers.ContentType = new("text/event-stream");
            return Task.FromResult(response);
        });
        using var context = WebComponentContext.Create(handler);
        context.Services.AddSingleton(new JudgeApiClient(
            new HttpClient(handler) { BaseAddress = new Uri("http://api.test/") },
            // Long enough that a busy CI machine still renders the streamed text before the timeout replaces it.
            Options.Create(new JudgeApiOptions { StreamIdleTimeout = TimeSpan.FromSeconds(1.5) })));
        var page = context.Render<CreateStory>();

        page.Find("form").Submit();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Event("delta", """{"text":"Today I wait."}""")));

        page.WaitForAssertion(() => Assert.Equal("Today I wait.", page.Find(".streaming-text").TextContent));
        page.WaitForAssertion(() => Assert.Equal("unavailable", page.Find(".api-error").GetAttribute("data-error")), TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll(".story-progress"));
        await pipe.Writer.CompleteAsync();
    }

    [Fact]
    public void Blocked_story_says_so_and_offers_no_safe_version()
    {
        var body = Event("judgment", NarrativeJson(null, JudgmentJson.Unsafe, null, "blocked"));
        using var context = WebComponentContext.Create(new ScriptedApiHandler((_, _) => Task.FromResult(ScriptedApiHandler.EventStream(body))));
        var page = context.Render<CreateStory>();

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("blocked because it was unsafe", page.Find(".story-outcome").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll(".safe-version"));
    }

    [Fact]
    public void Api_down_while_writing_shows_a_helpful_message()
    {
        using var context = WebComponentContext.Create(ScriptedApiHandler.Down());
        var page = context.Render<CreateStory>();

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("unavailable", page.Find(".api-error").GetAttribute("data-error")));
        Assert.Empty(page.FindAll(".story-progress"));
    }

    [Fact]
    public void Stream_that_ends_without_a_judgment_is_reported_not_shown_as_done()
    {
        var body = Event("delta", """{"text":"Today I wait."}""");
        using var context = WebComponentContext.Create(new ScriptedApiHandler((_, _) => Task.FromResult(ScriptedApiHandler.EventStream(body))));
        var page = context.Render<CreateStory>();

        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("unavailable", page.Find(".api-error").GetAttribute("data-error")));
        Assert.Empty(page.FindAll(".judgment"));
    }
}
