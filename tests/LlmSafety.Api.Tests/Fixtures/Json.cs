using System.Net.Http.Json;
using System.Text.Json;

namespace LlmSafety.Api.Tests.Fixtures;

internal static class Json
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        return document;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostJsonAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        return (response, await response.ReadJsonAsync());
    }
}
