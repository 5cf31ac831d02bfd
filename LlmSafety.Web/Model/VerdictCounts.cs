namespace LlmSafety.Web.Model;

public sealed record VerdictCounts(long Total, long Safe, long Review, long Unsafe);
