namespace LlmSafety.Trainer.Commands;

/// <summary>A failure the user can fix (bad option, missing file); printed as one line, exit code 1.</summary>
internal sealed class CommandException(string message) : Exception(message);
