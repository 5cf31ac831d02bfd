using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LlmSafety.LoadTest;

/// <summary>
/// serve: host the Api on 127.0.0.1:&lt;port&gt; until Ctrl+C. load: drive a running Api from this second process.
/// <code>
/// dotnet run -c Release --project tests/LlmSafety.LoadTest -- serve 5080 [redisHost:port|-] [judge-model.zip]
/// dotnet run -c Release --project tests/LlmSafety.LoadTest -- load http://127.0.0.1:5080 cached|uncached [workers=32] [seconds=10]
/// </code>
/// (A top-level Program would clash with the Api's own Program class.)
/// </summary>
internal static class LoadTestCommand
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["serve", var portText, ..])
        {
            var redis = args.Length > 2 && args[2] != "-" ? args[2] : null;
            using var host = new BenchmarkApiHost(int.Parse(portText, CultureInfo.InvariantCulture), redis, args.Length > 3 ? args[3] : null);
            host.Start();
            Console.WriteLine($"Api listening on http://127.0.0.1:{portText}; press Ctrl+C to stop.");
            // The host's console lifetime turns Ctrl+C and SIGTERM into ApplicationStopping.
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            // Memory over time is the soak's figure: printed at start, every 30 s, and at stop.
            PrintMemory("start");
            using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(30));
            while (await ticks.WaitForNextTickAsync(stopping).AsTask().ContinueWith(tick => !tick.IsCanceled && tick.Result, TaskScheduler.Default))
            {
                PrintMemory("running");
            }

            PrintMemory("stop");
            return 0;
        }

        if (args is ["load", var url, var mode, ..] && mode is "cached" or "uncached")
        {
            var workers = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 32;
            var seconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10;
            var run = new LoadRun(new Uri(url), workers, TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 3_600)), mode == "cached");
            return await run.RunAsync();
        }

        await Console.Error.WriteLineAsync("usage: serve <port> [redis|-] [judge-model.zip] | load <url> cached|uncached [workers] [seconds]");
        return 2;
    }

    private static void PrintMemory(string moment)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"memory {moment} {DateTimeOffset.UtcNow:HH:mm:ss}: working set {process.WorkingSet64 / 1_048_576} MB, managed heap {GC.GetTotalMemory(false) / 1_048_576} MB"));
    }
}
