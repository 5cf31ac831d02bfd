using System.Net;
using LlmSafety.Api.Tests.Fixtures;

namespace LlmSafety.Api.Tests;

/// <summary>The configured remote provider, reached over real HTTP through the OpenAI client at Llm:Endpoint.</summary>
public sealed class OpenAiCompatibleProviderTests
{
    private const string Story = "We walk to the park. We take turns on the slide. Then we go home.";

    [Fact]
    public async Task Ollama_at_the_configured_endpoint_writes_the_story()
    {
        using var server = new FakeOpenAiServer(_ => (200, Story));
        using var factory = Factory(server, maxRetries: 0);

        var (response, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "the park", provider = "ollama" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ollama", body.GetProperty("provider").GetString());
        Assert.Equal(Story, body.GetProperty("narrative").GetString());
        Assert.Equal("none", body.GetProperty("action").GetString());
        Assert.Equal(["/v1/chat/completions"], server.Paths);
    }

    [Fact]
    public async Task Provider_5xx_is_retried_a_bounded_number_of_times_then_a_502_with_retry_after()
    {
        using var server = new FakeOpenAiServer(_ => (500, string.Empty));
        using var factory = Factory(server, maxRetries: 2);

        var (response, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "the park" });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("ollama", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task Empty_app_host_parameters_fall_back_to_the_simulated_provider()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = string.Empty,
            ["Llm:Model"] = string.Empty,
            ["Llm:Endpoint"] = string.Empty,
            ["Llm:ApiKey"] = string.Empty,
        });
        factory.LoadJudge("3");

        var (response, body) = await factory.CreateClient().PostJsonAsync("/v1/narratives", new { situation = "the park" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("simulated", body.GetProperty("provider").GetString());
    }

    private static ApiFactory Factory(FakeOpenAiServer server, int maxRetries)
    {
        var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "ollama",
            ["Llm:Endpoint"] = server.BaseAddress.ToString(),
            ["Llm:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:Timeout"] = "00:00:05",
        });
        factory.LoadJudge("3");
        return factory;
    }
}
