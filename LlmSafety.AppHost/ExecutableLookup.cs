namespace LlmSafety.AppHost;

/// <summary>Finds a program on PATH the way a shell would, so stand-ins are only used when they can start.</summary>
internal static class ExecutableLookup
{
    public static string? Find(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
