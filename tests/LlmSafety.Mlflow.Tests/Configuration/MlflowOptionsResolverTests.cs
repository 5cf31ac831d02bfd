using LlmSafety.Mlflow.Client;
using LlmSafety.Mlflow.Configuration;
using LlmSafety.Mlflow.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LlmSafety.Mlflow.Tests.Configuration;

public sealed class MlflowOptionsResolverTests
{
    [Fact]
    public void Section_wins_over_connection_string_and_environment_variables()
    {
        var options = Resolve(new()
        {
            ["Mlflow:TrackingUri"] = "http://section:5000",
            ["ConnectionStrings:mlflow"] = "http://connection:5000",
            ["MLFLOW_TRACKING_URI"] = "http://env:5000",
        });
        Assert.Equal("http://section:5000", options.TrackingUri);
        Assert.Equal("llm-safety-judge", options.ExperimentName);
        Assert.Equal("llm-safety-judge", options.RegisteredModelName);
    }

    [Fact]
    public void Connection_string_with_endpoint_and_token_is_understood()
    {
        var options = Resolve(new() { ["ConnectionStrings:mlflow"] = "Endpoint=https://adb-1.azuredatabricks.net;Token=dapi123" });
        Assert.Equal("https://adb-1.azuredatabricks.net", options.TrackingUri);
        Assert.Equal("dapi123", options.Token);
    }

    [Fact]
    public void Bare_connection_string_is_the_uri()
    {
        Assert.Equal("http://mlflow:5000", Resolve(new() { ["ConnectionStrings:mlflow"] = "http://mlflow:5000" }).TrackingUri);
    }

    [Fact]
    public void Standard_mlflow_environment_variables_are_the_last_fallback()
    {
        var options = Resolve(new()
        {
            ["MLFLOW_TRACKING_URI"] = "http://env:5000",
            ["MLFLOW_TRACKING_USERNAME"] = "alice",
            ["MLFLOW_TRACKING_PASSWORD"] = "pw",
        });
        Assert.Equal("http://env:5000", options.TrackingUri);
        Assert.Equal(("alice", "pw"), (options.Username, options.Password));
    }

    [Theory]
    [InlineData("not a uri")]
    [InlineData("ftp://user:hunter2@host/")]
    [InlineData("/relative/path")]
    public void Invalid_uri_fails_at_startup_naming_the_setting_without_echoing_it(string uri)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(new() { ["Mlflow:TrackingUri"] = uri }));
        Assert.Contains("Mlflow:TrackingUri", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(uri, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bearer_token_and_basic_credentials_become_authorization_headers()
    {
        using var bearer = new HttpClient();
        MlflowServiceCollectionExtensions.ConfigureHttpClient(bearer, new MlflowOptions { TrackingUri = "https://host/prefix", Token = "dapi123" });
        Assert.Equal("Bearer dapi123", bearer.DefaultRequestHeaders.Authorization!.ToString());
        Assert.Equal("https://host/prefix/", bearer.BaseAddress!.ToString());

        using var basic = new HttpClient();
        MlflowServiceCollectionExtensions.ConfigureHttpClient(basic, new MlflowOptions { TrackingUri = "http://host", Username = "alice", Password = "pw" });
        Assert.Equal("Basic YWxpY2U6cHc=", basic.DefaultRequestHeaders.Authorization!.ToString());
    }

    [Fact]
    public void Add_model_registry_picks_mlflow_when_a_uri_is_configured_else_the_local_store()
    {
        using var mlflow = Build(new() { ["MLFLOW_TRACKING_URI"] = "http://user:secret@127.0.0.1:5000" });
        Assert.Equal(RegistrySource.Mlflow, mlflow.GetRequiredService<IModelRegistry>().Source);
        Assert.Equal(RegistrySource.Mlflow, mlflow.GetRequiredService<IExperimentTracker>().Source);
        var info = mlflow.GetRequiredService<RegistryInfo>();
        Assert.DoesNotContain("secret", info.Location, StringComparison.Ordinal);
        Assert.NotNull(mlflow.GetRequiredService<MlflowClient>());

        using var local = Build(new() { ["ModelStore:Path"] = Path.Combine(Path.GetTempPath(), "unused-store") });
        Assert.Equal(RegistrySource.Local, local.GetRequiredService<IModelRegistry>().Source);
        Assert.Equal(Path.Combine(Path.GetTempPath(), "unused-store"), local.GetRequiredService<RegistryInfo>().Location);
    }

    [Fact]
    public void Champion_policy_is_bound_from_configuration_and_defaults_fill_the_rest()
    {
        using var provider = Build(new()
        {
            ["ModelStore:Path"] = Path.Combine(Path.GetTempPath(), "unused-store"),
            ["ChampionPolicy:GatingMetrics:0"] = "macro.f1",
            ["ChampionPolicy:MinimumImprovement"] = "0.01",
        });
        var options = provider.GetRequiredService<LlmSafety.Mlflow.Lifecycle.ChampionPolicy>().Options;
        Assert.Equal(["macro.f1"], options.GatingMetrics);
        Assert.Equal(0.01, options.MinimumImprovement);
        Assert.Equal(0.95, options.Floors["identity.recall"]);
        Assert.Equal("champion", options.Alias);
    }

    private static MlflowOptions Resolve(Dictionary<string, string?> settings) =>
        MlflowOptionsResolver.Resolve(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddModelRegistry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
