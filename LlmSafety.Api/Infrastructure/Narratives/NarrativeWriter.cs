using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Api.Infrastructure.Telemetry;
using LlmSafety.Api.Model;
using LlmSafety.Judge;
using Microsoft.Extensions.Options;

namespace LlmSafety.Api.Infrastructure.Narratives;

/// <summary>
/// Generates a story and decides what the caller may keep. Every text that leaves here has been judged:
/// a story that is not safe is redacted, rewritten (then judged again) or withheld, as the request asks.
/// </summary>
public sealed class NarrativeWriter(LlmCalls calls, JudgmentService judgments, IOptions<NarrativeOptions> options)
{
    public async Task<NarrativeResponse> WriteAsync(GenerateNarrativeRequest request, LlmClient llm, CancellationToken cancellationToken)
    {
        var text = await calls.CompleteAsync(llm, NarrativePrompt.For(request, strict: false), cancellationToken);
        return await SettleAsync(request, llm, text, attempts: 1, cancellationToken);
    }

    /// <summary>
    /// Judges <paramref name="text"/> (the LLM's latest attempt) and applies the request's unsafe-story handling.
    /// <paramref name="onRewrite"/> hears the number of each rewrite attempt before it starts.
    /// </summary>
    public async Task<NarrativeResponse> SettleAsync(
        GenerateNarrativeRequest request,
        LlmClient llm,
        string text,
        int attempts,
        CancellationToken cancellationToken,
        Func<int, CancellationToken, Task>? onRewrite = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(llm);
        var handling = request.OnUnsafe ?? UnsafeNarrativeHandling.Redact;
        while (true)
        {
            using var activity = ApiTelemetry.ActivitySource.StartActivity("narrative.attempt");
            activity?.SetTag("llmsafety.llm.provider", llm.Provider);
            activity?.SetTag("llmsafety.narrative.attempt", attempts);
            var judged = await judgments.JudgeAsync(text, JudgePolicyOverrides.None, cancellationToken);
            activity?.SetTag("llmsafety.verdict", ApiTelemetry.VerdictTag(judged.Judgment.Verdict));
            if (judged.Judgment.Verdict == Verdict.Safe)
            {
                var action = attempts > 1 ? NarrativeAction.Regenerated : NarrativeAction.None;
                return Respond(text, judged, text, action, attempts, llm);
            }

            switch (handling)
            {
                case UnsafeNarrativeHandling.Block:
                    // Blocked means no version of the story at all, so the judgment keeps its spans but not the redacted text.
                    var blocked = Respond(null, judged, null, NarrativeAction.Blocked, attempts, llm);
                    return blocked with { Judgment = blocked.Judgment with { RedactedText = string.Empty } };
                case UnsafeNarrativeHandling.Regenerate when attempts <= options.Value.MaxRegenerations:
                    if (onRewrite is not null)
                    {
                        await onRewrite(attempts + 1, cancellationToken);
                    }

                    text = await calls.CompleteAsync(llm, NarrativePrompt.For(request, strict: true), cancellationToken);
                    attempts++;
                    break;
                default:
                    return Respond(text, judged, judged.Redaction.Text, NarrativeAction.Redacted, attempts, llm);
            }
        }
    }

    private static NarrativeResponse Respond(string? narrative, JudgedText judged, string? safeNarrative, NarrativeAction action, int attempts, LlmClient llm) =>
        new(narrative, judged.ToResponse(), safeNarrative, action, attempts, llm.Provider, judged.Model.ToReference());
}
