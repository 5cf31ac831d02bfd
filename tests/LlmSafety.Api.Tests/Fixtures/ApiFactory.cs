using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Tests.Doubles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Api.Tests.Fixtures;

/// <summary>The Api in-process with the in-test LLM as the simulated provider and settings given per test class.</summary>
public sealed class ApiFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    ScriptedChatClient? chat = null,
    Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("llmsafety-api-tests-");

    public ScriptedChatClient Chat { get; } = chat ?? new ScriptedChatClient("I wait for my turn at the dentist. Then I sit in the big chair.");

    public IJudgeHolder Judges => Services.GetRequiredService<IJudgeHolder>();

    public DeterministicTestJudge LoadJudge(string version, bool servedFromDiskCache = false, string? artifactsFolder = null)
    {
        var judge = new DeterministicTestJudge(version);
        Judges.Swap(new LoadedJudge(judge, new TestRedactor(), new ModelDescriptor
        {
            Version = version,
            ServedFromDiskCache = servedFromDiskCache,
            ArtifactsFolder = artifactsFolder,
            RunId = "run-" + version,
            Metrics = new Dictionary<string, double> { ["identity.recall"] = 0.99, ["health.recall"] = 0.97 },
        }));
        return judge;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _scratch.Exists)
        {
            _scratch.Delete(recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("RateLimiting:Enabled", "false");
        // An empty model store and cache of its own: the registry wiring must not find a model another run left behind.
        builder.UseSetting("ModelStore:Path", Path.Combine(_scratch.FullName, "model-store"));
        builder.UseSetting("ModelCache:Path", Path.Combine(_scratch.FullName, "model-cache"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<IChatClient>("simulated", Chat);
            configureServices?.Invoke(services);
        });
    }
}
