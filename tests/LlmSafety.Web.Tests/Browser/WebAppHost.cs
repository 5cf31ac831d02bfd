using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Web.Tests.Browser;

/// <summary>
/// The real Web app on Kestrel on a loopback port, so a real browser can load it. The judge API address is
/// injected, which is how the tests switch between the contract server and the real Api.
/// </summary>
public sealed class WebAppHost : WebApplicationFactory<Program>
{
    private readonly Uri apiBaseUrl;
    private readonly IReadOnlyDictionary<string, string?> settings;

    public WebAppHost(Uri apiBaseUrl, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Logs = new CapturedLogs();
        this.apiBaseUrl = apiBaseUrl;
        this.settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>What the app logged, filtered by its own logging configuration.</summary>
    public CapturedLogs Logs { get; }

    /// <summary>Starts Kestrel and returns the address the browser should open.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Api:BaseUrl", apiBaseUrl.ToString());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
