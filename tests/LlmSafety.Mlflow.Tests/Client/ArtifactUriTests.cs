using LlmSafety.Mlflow.Client;

namespace LlmSafety.Mlflow.Tests.Client;

public sealed class ArtifactUriTests
{
    [Theory]
    [InlineData("mlflow-artifacts:/1/abc/artifacts", "1/abc/artifacts")]
    [InlineData("mlflow-artifacts:/1/models/m-1/artifacts/", "1/models/m-1/artifacts")]
    [InlineData("mlflow-artifacts://mlflow:5000/1/abc/artifacts", "1/abc/artifacts")]
    public void Proxied_uris_map_to_proxy_paths(string uri, string expected) =>
        Assert.Equal(expected, MlflowArtifactPath.ToProxyPath(uri));

    [Fact]
    public void Non_proxied_uris_are_refused_with_a_hint() =>
        Assert.Contains("--serve-artifacts", Assert.Throws<NotSupportedException>(() => MlflowArtifactPath.ToProxyPath("s3://bucket/x")).Message, StringComparison.Ordinal);

    [Fact]
    public void Runs_and_models_uris_parse()
    {
        Assert.True(RunsUri.TryParse("runs:/abc/model/sub", out var runId, out var path));
        Assert.Equal(("abc", "model/sub"), (runId, path));
        Assert.True(ModelsUri.TryParse("models:/m-0123", out var modelId));
        Assert.Equal("m-0123", modelId);
        Assert.False(ModelsUri.TryParse("models:/llm-safety-judge@champion", out _));
        Assert.False(ModelsUri.TryParse("models:/llm-safety-judge/3", out _));
    }
}
