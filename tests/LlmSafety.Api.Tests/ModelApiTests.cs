using System.Net;
using LlmSafety.Api.Tests.Fixtures;

namespace LlmSafety.Api.Tests;

public sealed class ModelApiTests : IDisposable
{
    // The artifacts folder sits inside a folder of its own, so the file the traversal tests reach for
    // ("../outside-secret.txt") is this test's to create and delete, not a stray file in the temp folder.
    private readonly string root = Directory.CreateTempSubdirectory("llmsafety-model-api-").FullName;
    private readonly string artifacts;
    private readonly ApiFactory factory = new();

    public ModelApiTests()
    {
        artifacts = Directory.CreateDirectory(Path.Combine(root, "artifacts")).FullName;
        File.WriteAllText(Path.Combine(artifacts, "report.md"), "# Evaluation\nidentity recall 0.99\n");
        File.WriteAllBytes(Path.Combine(artifacts, "pr-curve-identity.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        File.WriteAllText(Path.Combine(root, "outside-secret.txt"), "secret");
        factory.LoadJudge("9", artifactsFolder: artifacts);
    }

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Model_info_describes_the_serving_model()
    {
        var response = await factory.CreateClient().GetAsync("/v1/model");
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("llm-safety-judge", body.GetProperty("name").GetString());
        Assert.Equal("9", body.GetProperty("version").GetString());
        Assert.Equal("champion", body.GetProperty("alias").GetString());
        Assert.Equal("local", body.GetProperty("source").GetString());
        Assert.Equal("run-9", body.GetProperty("runId").GetString());
        Assert.Equal(0.99, body.GetProperty("metrics").GetProperty("identity.recall").GetDouble());
        Assert.True(body.GetProperty("loadedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Artifacts_are_served_from_the_model_folder_with_their_content_type()
    {
        var client = factory.CreateClient();

        var report = await client.GetAsync("/v1/model/artifacts/report.md");
        var plot = await client.GetAsync("/v1/model/artifacts/pr-curve-identity.png");

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/markdown", report.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Evaluation", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("image/png", plot.Content.Headers.ContentType?.MediaType);
        Assert.Equal(8, (await plot.Content.ReadAsByteArrayAsync()).Length);
    }

    [Theory]
    [InlineData("reliability.png")]
    [InlineData("model.zip")]
    [InlineData("..%2Foutside-secret.txt")]
    [InlineData("%2E%2E%2Foutside-secret.txt")]
    [InlineData("..%5Coutside-secret.txt")]
    public async Task Unknown_missing_or_traversing_artifact_names_are_404_problems(string fileName)
    {
        var response = await factory.CreateClient().GetAsync("/v1/model/artifacts/" + fileName);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint_and_scalar_is_served()
    {
        var client = factory.CreateClient();

        var document = await client.GetStringAsync("/openapi/v1.json");
        var scalar = await client.GetAsync("/scalar");

        foreach (var path in new[] { "/v1/judgments", "/v1/judgments/batch", "/v1/narratives", "/v1/narratives/stream", "/v1/model", "/v1/model/versions", "/v1/model/artifacts/{fileName}", "/v1/stats" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }

        Assert.Contains("\"unsafe\"", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }
}
