namespace LlmSafety.Narratives.Simulation.Text;

public static class WordCounter
{
    /// <summary>Whitespace-separated tokens with a letter or digit in them: a Markdown "-" or "#" is not a word.</summary>
    public static int Count(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
}
