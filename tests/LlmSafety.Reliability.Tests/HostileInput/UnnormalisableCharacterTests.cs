using System.Net;
using System.Text;
using LlmSafety.Api.Tests.Fixtures;
using LlmSafety.Reliability.Tests.Fixtures;

namespace LlmSafety.Reliability.Tests.HostileInput;

/// <summary>The two 500s the fuzzer found, pinned: characters ICU will not normalise.</summary>
[Collection(TrainedJudgeCollection.Name)]
public sealed class UnnormalisableCharacterTests(TrainedJudgeFixture judge)
{
    [Fact]
    public async Task Noncharacters_are_judged_and_unpaired_surrogates_are_a_400_naming_the_field()
    {
        using var factory = new ApiFactory();
        using var client = factory.StartOnLoopback();
        factory.ServeJudge(judge.Model, "chars");

        using var noncharacters = await client.PostAsync("/v1/judgments", Body("{\"text\":\"Maya\\uFFFE Okafor has epilepsy\\uFFFF.\"}"));
        using var loneSurrogate = await client.PostAsync("/v1/judgments", Body("{\"text\":\"Maya \\uD800 Okafor\"}"));
        using var batchSurrogate = await client.PostAsync("/v1/judgments/batch", Body("{\"items\":[{\"text\":\"ok\"},{\"text\":\"\\uDC00\"}]}"));

        Assert.Equal(HttpStatusCode.OK, noncharacters.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, loneSurrogate.StatusCode);
        Assert.True((await loneSurrogate.ReadJsonAsync()).GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(HttpStatusCode.BadRequest, batchSurrogate.StatusCode);
        Assert.True((await batchSurrogate.ReadJsonAsync()).GetProperty("errors").TryGetProperty("items[1].text", out _));
    }

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");
}
