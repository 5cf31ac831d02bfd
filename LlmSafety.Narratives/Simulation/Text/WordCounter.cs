namespace LlmSafety.Narratives.Simulation.Text;

public static class WordCounter
{
    public static int Count(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
