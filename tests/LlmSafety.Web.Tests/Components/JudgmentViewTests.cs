using System.Text.Json;
using Bunit;
using LlmSafety.Web.Components.Judgments;
using LlmSafety.Web.Model;
using LlmSafety.Web.Services;

namespace LlmSafety.Web.Tests.Components;

public sealed class JudgmentViewTests : IDisposable
{
    private readonly BunitContext context = WebComponentContext.Create(ScriptedApiHandler.Down());

    public void Dispose() => context.Dispose();

    private static JudgmentResult Parse(string json) => JsonSerializer.Deserialize<JudgmentResult>(json, JudgeApiJson.Options)!;

    [Fact]
    public void Unsafe_judgment_shows_unsafe_badge_and_highlights_each_span_by_category()
    {
        var view = context.Render<JudgmentView>(parameters => parameters
            .Add(p => p.Judgment, Parse(JudgmentJson.Unsafe))
            .Add(p => p.Text, JudgmentJson.UnsafeText));

        Assert.Equal("Unsafe", view.Find(".verdict .verdict-label").TextContent);
        Assert.Equal("unsafe", view.Find(".verdict").GetAttribute("data-verdict"));

        var marks = view.FindAll(".highlighted-text mark");
        Assert.Equal(2, marks.Count);
        Assert.Equal("Liam Okafor", marks[0].TextContent);
        Assert.Contains("finding-identity", marks[0].ClassList);
        Assert.Equal("Ritalin", marks[1].TextContent);
        Assert.Contains("finding-health", marks[1].ClassList);
        Assert.Equal("My name is Liam Okafor. I take Ritalin at lunch.", view.Find(".highlighted-text").TextContent.Trim());
    }

    [Fact]
    public void Highlights_are_keyboard_focusable_and_explain_type_score_and_severity()
    {
        var view = context.Render<JudgmentView>(parameters => parameters
            .Add(p => p.Judgment, Parse(JudgmentJson.Unsafe))
            .Add(p => p.Text, JudgmentJson.UnsafeText));

        var name = view.Find(".highlighted-text mark[data-category=identity]");
        Assert.Equal("0", name.GetAttribute("tabindex"));
        Assert.Equal("person name (identity), score 0.99, high severity, found by model", name.GetAttribute("title"));
        Assert.StartsWith("Liam Okafor — flagged: person name", name.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_judgment_offers_the_redacted_text_as_the_safe_version_with_a_copy_button()
    {
        var view = context.Render<JudgmentView>(parameters => parameters
            .Add(p => p.Judgment, Parse(JudgmentJson.Unsafe))
            .Add(p => p.Text, JudgmentJson.UnsafeText));

        Assert.Equal("My name is a friend. I take my medicine at lunch.", view.Find(".safe-version").TextContent);
        Assert.Single(view.FindAll(".copy-button"));
    }

    [Fact]
    public void Review_judgment_shows_review_badge_scores_and_the_cached_note()
    {
        var view = context.Render<JudgmentView>(parameters => parameters
            .Add(p => p.Judgment, Parse(JudgmentJson.Review))
            .Add(p => p.Text, JudgmentJson.ReviewText));

        Assert.Equal("Review", view.Find(".verdict-label").TextContent);
        Assert.Equal("Maple Elementary School", view.Find(".highlighted-text mark").TextContent);
        Assert.Contains("severity-medium", view.Find(".highlighted-text mark").ClassList);
        Assert.Contains("0.61", view.Find(".category-identity .category-score-figures").TextContent, StringComparison.Ordinal);
        Assert.Equal("flagged", view.Find(".category-identity .category-flag").TextContent);
        Assert.Equal("not flagged", view.Find(".category-health .category-flag").TextContent);
        Assert.Contains("from cache", view.Find(".judgment-meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_judgment_shows_safe_badge_and_no_highlights()
    {
        var view = context.Render<JudgmentView>(parameters => parameters
            .Add(p => p.Judgment, Parse(JudgmentJson.Safe))
            .Add(p => p.Text, JudgmentJson.SafeText));

        Assert.Equal("Safe", view.Find(".verdict-label").TextContent);
        Assert.Empty(view.FindAll(".highlighted-text mark"));
        Assert.Contains("0 findings", view.Find(".judgment-meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocked_story_shows_no_text_and_no_safe_version()
    {
        var view = context.Render<JudgmentView>(parameters => parameters
            .Add(p => p.Judgment, Parse(JudgmentJson.Unsafe))
            .Add(p => p.Text, (string?)null)
            .Add(p => p.NoSafeVersion, true));

        Assert.Empty(view.FindAll("mark.finding[tabindex]"));
        Assert.Empty(view.FindAll(".safe-version"));
        Assert.Equal(2, view.FindAll(".blocked-text").Count);
    }

    [Theory]
    [InlineData(Verdict.Safe, "Safe")]
    [InlineData(Verdict.Review, "Review")]
    [InlineData(Verdict.Unsafe, "Unsafe")]
    public void Verdict_badge_says_the_verdict_in_words(Verdict verdict, string label)
    {
        var badge = context.Render<VerdictBadge>(parameters => parameters.Add(p => p.Verdict, verdict));

        Assert.Equal(label, badge.Find(".verdict-label").TextContent);
        Assert.Equal("status", badge.Find(".verdict").GetAttribute("role"));
    }
}
