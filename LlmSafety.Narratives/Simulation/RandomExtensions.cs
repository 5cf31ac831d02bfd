namespace LlmSafety.Narratives.Simulation;

internal static class RandomExtensions
{
    public static T Pick<T>(this IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

    public static List<T> Shuffled<T>(this Random random, IReadOnlyList<T> items)
    {
        var copy = items.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }
}
