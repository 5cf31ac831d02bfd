using System.Text.Json.Serialization;

namespace LlmSafety.Web.Model;

/// <summary>The LLM that writes the story; <see cref="Simulated"/> works offline.</summary>
public enum NarrativeProvider
{
    Simulated,
    Gemini,
    [JsonStringEnumMemberName("openai")]
    OpenAi,
    Ollama,
}
