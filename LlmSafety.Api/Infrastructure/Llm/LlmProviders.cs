using System.Collections.Frozen;

namespace LlmSafety.Api.Infrastructure.Llm;

/// <summary>The provider names a request may use.</summary>
public static class LlmProviders
{
    public const string Simulated = "simulated";
    public const string Gemini = "gemini";
    public const string OpenAI = "openai";
    public const string Ollama = "ollama";

    public static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet([Simulated, Gemini, OpenAI, Ollama], StringComparer.Ordinal);

    public static Uri? DefaultEndpoint(string provider) => provider switch
    {
        Gemini => new Uri("https://generativelanguage.googleapis.com/v1beta/openai/"),
        Ollama => new Uri("http://localhost:11434/v1/"),
        _ => null,
    };

    public static string? DefaultModel(string provider) => provider switch
    {
        Gemini => "gemini-2.5-flash",
        OpenAI => "gpt-4o-mini",
        Ollama => "llama3.2",
        _ => null,
    };
}
