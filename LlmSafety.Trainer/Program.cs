using System.Runtime.InteropServices;
using LlmSafety.Trainer.Commands;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// SIGTERM (docker stop, Container Apps scale-in, kill) must cancel like Ctrl+C, so the MLflow run ends KILLED.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

var usage = string.Join(Environment.NewLine, "usage: LlmSafety.Trainer <command> [options]", $"  {TrainCommand.Usage}", $"  {EvaluateCommand.Usage}", $"  {ErrorsCommand.Usage}", $"  {BenchmarkCommand.Usage}", $"  {SimulateCommand.Usage}");
if (args.Length == 0)
{
    Console.Error.WriteLine(usage);
    return 2;
}

try
{
    var options = new CommandArguments(args[1..]);
    return args[0] switch
    {
        "train" => await TrainCommand.RunAsync(options, cancellation.Token),
        "evaluate" => await EvaluateCommand.RunAsync(options, cancellation.Token),
        "errors" => await ErrorsCommand.RunAsync(options, cancellation.Token),
        "benchmark" => BenchmarkCommand.Run(options),
        "simulate" => await SimulateCommand.RunAsync(options, cancellation.Token),
        _ => throw new CommandException($"unknown command '{args[0]}'{Environment.NewLine}{usage}"),
    };
}
catch (CommandException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
catch (InvalidDataException ex)
{
    // A labelled file that does not parse (--data, --handwritten): its name and line, not a stack trace.
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("cancelled");
    return 130;
}
