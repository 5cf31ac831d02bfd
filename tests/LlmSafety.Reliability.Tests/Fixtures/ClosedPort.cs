using System.Net;
using System.Net.Sockets;

namespace LlmSafety.Reliability.Tests.Fixtures;

/// <summary>A loopback address nobody listens on: connections are refused at once, as with a stopped MLflow.</summary>
public static class ClosedPort
{
    public static Uri Address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
