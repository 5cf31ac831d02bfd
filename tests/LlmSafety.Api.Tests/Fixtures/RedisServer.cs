using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LlmSafety.Api.Tests.Fixtures;

/// <summary>A real redis-server on a free loopback port, without persistence; stopped (killed) on demand or on dispose.</summary>
public sealed class RedisServer : IDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private readonly Process process;

    public RedisServer()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing; install it with 'apt-get install -y redis-server' to run the cache tests.");
        }

        Port = FreePort();
        process = Process.Start(new ProcessStartInfo(Binary, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        WaitUntilAccepting(process, Port, TimeSpan.FromSeconds(10));
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public void Stop()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5_000);
        }
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Blocks until a freshly started redis-server accepts TCP connections; shared with the reliability tests.</summary>
    internal static void WaitUntilAccepting(Process process, int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} before accepting connections.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"redis-server did not accept connections on port {port} within {timeout}.");
    }
}
