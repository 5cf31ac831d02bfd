using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace LlmSafety.Reliability.Tests.Fixtures;

/// <summary>
/// A real redis-server that can be SIGKILLed and started again on the same loopback port, so the Api's connection
/// string stays valid across the outage (the Api tests' RedisServer only stops).
/// </summary>
public sealed class RestartableRedis : IDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private Process? _process;

    public RestartableRedis()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Start();
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public void Start()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        _process?.Dispose();
        _process = Process.Start(new ProcessStartInfo(
            Binary, ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        WaitUntilAccepting(TimeSpan.FromSeconds(10));
    }

    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private void WaitUntilAccepting(TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} before accepting connections.");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"redis-server did not accept connections on port {Port} within {timeout}.");
    }
}
