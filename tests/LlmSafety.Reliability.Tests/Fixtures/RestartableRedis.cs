using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using LlmSafety.Api.Tests.Fixtures;

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
        RedisServer.WaitUntilAccepting(_process!, Port, TimeSpan.FromSeconds(10));
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
}
