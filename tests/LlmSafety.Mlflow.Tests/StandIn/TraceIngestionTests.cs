using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LlmSafety.Mlflow.StandIn;
using LlmSafety.Mlflow.Tests.Support;

namespace LlmSafety.Mlflow.Tests.StandIn;

public sealed class TraceIngestionTests : IAsyncLifetime
{
    private MlflowStandIn _standIn = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _standIn = await MlflowStandIn.StartAsync();
        _http = _standIn.CreateHttpClient();
        using var created = await _http.PostAsync("api/2.0/mlflow/experiments/create", new StringContent("{\"name\":\"traces\"}", Encoding.UTF8, "application/json"));
        created.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task Recorded_json_export_is_accepted_and_its_two_spans_counted()
    {
        using var response = await PostAsync(RecordedFixtures.Text("post-v1-traces-1.request.json"), "application/json", "1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, _standIn.State.SpansReceived);
    }

    [Fact]
    public async Task Protobuf_export_spans_are_counted()
    {
        // ExportTraceServiceRequest { resource_spans { scope_spans { spans x3 } } } in wire format.
        byte[] span = [0x0A, 0x02, 0x01, 0x02]; // a span with only trace_id (field 1, 2 bytes)
        var scopeSpans = Concat(Field(2, span), Field(2, span), Field(2, span));
        var resourceSpans = Field(2, scopeSpans);
        var request = Field(1, resourceSpans);
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        content.Headers.Add("x-mlflow-experiment-id", "1");
        using var response = await _http.PostAsync("v1/traces", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _standIn.State.SpansReceived);
    }

    [Theory]
    [InlineData(null, "application/json", HttpStatusCode.UnprocessableEntity)]
    [InlineData("1", "text/plain", HttpStatusCode.BadRequest)]
    [InlineData("999", "application/json", HttpStatusCode.NotFound)]
    public async Task Bad_exports_are_refused_like_mlflow(string? experimentId, string contentType, HttpStatusCode expected)
    {
        using var response = await PostAsync("{}", contentType, experimentId);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, _standIn.State.SpansReceived);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string contentType, string? experimentId)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (experimentId is not null)
        {
            content.Headers.Add("x-mlflow-experiment-id", experimentId);
        }

        return await _http.PostAsync("v1/traces", content);
    }

    private static byte[] Field(int number, byte[] payload) => Concat([(byte)((number << 3) | 2), (byte)payload.Length], payload);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
