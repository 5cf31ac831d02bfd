using System.Globalization;

namespace LlmSafety.Trainer.Commands;

/// <summary>"--name value" options of one command, with typed getters that fail with a one-line message.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    public CommandArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandException($"unexpected argument '{args[i]}' (options look like --name value)");
            }

            var name = args[i][2..];
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandException($"option --{name} needs a value");
            }

            _options[name] = args[++i];
        }
    }

    public string? String(string name) => _options.GetValueOrDefault(name);

    public string RequiredString(string name) =>
        String(name) ?? throw new CommandException($"option --{name} is required");

    public int Int(string name, int fallback, int minimum = int.MinValue)
    {
        if (!_options.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new CommandException($"option --{name} must be an integer ≥ {minimum}, got '{raw}'");
        }

        return value;
    }

    public double Double(string name, double fallback, double minimum, double maximum)
    {
        if (!_options.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
        {
            throw new CommandException($"option --{name} must be a number from {minimum} to {maximum}, got '{raw}'");
        }

        return value;
    }
}
