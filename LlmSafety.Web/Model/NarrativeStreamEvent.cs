namespace LlmSafety.Web.Model;

/// <summary>One event of <c>POST /v1/narratives/stream</c>: a chunk of story text, or the final judged result.</summary>
public abstract record NarrativeStreamEvent;

/// <summary>More text the LLM has written; append it to what came before.</summary>
public sealed record NarrativeTextDelta(string Text) : NarrativeStreamEvent;

/// <summary>The story is finished and judged; this is the same body <c>POST /v1/narratives</c> returns.</summary>
public sealed record NarrativeCompleted(NarrativeResult Result) : NarrativeStreamEvent;
