using System.Net;
using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Judge.Model;
using LlmSafety.Judge.Redaction;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Reliability.Tests.Fixtures;

/// <summary>The Api on Kestrel at 127.0.0.1 (a real socket, real HTTP parsing and limits), not the in-memory test server.</summary>
public static class LoopbackApi
{
    public static HttpClient StartOnLoopback(this ApiFactory factory, TimeSpan? requestTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpClient { BaseAddress = new Uri(address), Timeout = requestTimeout ?? TimeSpan.FromSeconds(30) };
    }

    /// <summary>Serves the real trained judge with the real redactor, as the champion bridge would.</summary>
    public static void ServeJudge(this ApiFactory factory, JudgeModel model, string version)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.Judges.Swap(new LoadedJudge(model, new DelegatingRedactor(Redactor.Redact), new ModelDescriptor { Version = version }));
    }
}
