using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using LlmSafety.Web.Tests.Browser;
using LlmSafety.Web.Tests.Contract;

namespace LlmSafety.Web.Tests.Endpoints;

/// <summary>The Web's <c>/model-artifacts/{fileName}</c> proxy over real HTTP, in front of the contract API.</summary>
public sealed class ModelArtifactProxyTests : IAsyncLifetime
{
    private ContractApiServer api = default!;
    private WebAppHost web = default!;
    private HttpClient http = default!;

    public async Task InitializeAsync()
    {
        api = await ContractApiServer.StartAsync();
        web = new WebAppHost(api.BaseAddress);
        http = new HttpClient { BaseAddress = web.Start() };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await web.DisposeAsync();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task Plot_is_served_from_the_web_origin_as_png()
    {
        using var response = await http.GetAsync("/model-artifacts/pr-curve-identity.png?v=3");

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Fact]
    public async Task Unknown_artifact_is_a_404_problem_naming_the_field()
    {
        using var response = await http.GetAsync("/model-artifacts/model.zip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("fileName", problem!["field"].ToString());
    }

    [Theory]
    [InlineData("..%2Fappsettings.json")]
    [InlineData("report..md")]
    [InlineData("report%20.md")]
    public async Task Names_that_are_not_plain_file_names_are_a_400_problem(string fileName)
    {
        using var response = await http.GetAsync("/model-artifacts/" + fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_down_is_a_503_problem_not_a_500()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var orphan = new WebAppHost(new Uri($"http://127.0.0.1:{closedPort}/"));
        using var client = new HttpClient { BaseAddress = orphan.Start() };

        using var response = await client.GetAsync("/model-artifacts/pr-curve-identity.png");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
