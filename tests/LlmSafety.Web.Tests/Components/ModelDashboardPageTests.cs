using System.Net;
using Bunit;
using LlmSafety.Web.Components.Pages;
using LlmSafety.Web.Services;

namespace LlmSafety.Web.Tests.Components;

public sealed class ModelDashboardPageTests
{
    private const string Model = """
        {"name":"llm-safety-judge","version":"3","alias":"champion","source":"mlflow","runId":"abc123",
         "trackingUri":"http://mlflow:5000","mlflowRunUrl":"http://localhost:5000/#/experiments/1/runs/abc123",
         "metrics":{"identity.recall":0.991,"identity.precision":0.962,"health.recall":0.984,"health.precision":0.948,"accuracy":0.97},
         "trainedAt":"2026-11-27T21:04:00Z","loadedAt":"2026-11-27T21:10:00Z"}
        """;

    private const string Versions = """
        [{"version":"3","aliases":["champion"],"createdAt":"2026-11-27T21:05:00Z","runId":"abc123","promotion":"promoted","reason":"beat v2","metrics":{"identity.recall":0.991}},
         {"version":"2","aliases":[],"createdAt":"2026-11-26T18:12:00Z","runId":"def456","promotion":"rejected","reason":"health.recall below floor","metrics":{"identity.recall":0.97}}]
        """;

    private const string Stats = """
        {"since":"2026-11-27T21:00:00Z","judgments":{"total":10,"safe":6,"review":1,"unsafe":3},
         "cache":{"hits":4,"misses":6,"hitRatio":0.4},"latencyMs":{"p50":3.2,"p95":12.5,"p99":20.1}}
        """;

    private static ScriptedApiHandler Api(bool modelLoaded = true) => new((request, _) => Task.FromResult(request.RequestUri!.AbsolutePath switch
    {
        "/v1/model" when modelLoaded => ScriptedApiHandler.Json(Model),
        "/v1/model" => ScriptedApiHandler.Json("""{"title":"No model is loaded.","status":503,"detail":"The trainer is still running."}""", HttpStatusCode.ServiceUnavailable),
        "/v1/model/versions" => ScriptedApiHandler.Json(Versions),
        "/v1/stats" => ScriptedApiHandler.Json(Stats),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    }));

    [Fact]
    public void Shows_the_champion_its_metrics_plots_history_and_traffic()
    {
        using var context = WebComponentContext.Create(Api(), links: new ExternalLinksOptions { MlflowUi = new Uri("http://localhost:5000/") });
        var page = context.Render<ModelDashboard>();

        page.WaitForAssertion(() => Assert.Contains("Champion: llm-safety-judge v3", page.Find("#champion-heading").TextContent, StringComparison.Ordinal));
        Assert.Equal("http://localhost:5000/#/experiments/1/runs/abc123", page.Find("#mlflow-run-link").GetAttribute("href"));
        Assert.Contains("2026-11-27 21:04 UTC", page.Find(".facts").TextContent, StringComparison.Ordinal);

        var rows = page.FindAll(".metrics-table tbody tr").Select(row => row.TextContent).ToList();
        Assert.Contains(rows, row => row.Contains("identity", StringComparison.Ordinal) && row.Contains("0.991", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains("overall", StringComparison.Ordinal) && row.Contains("0.970", StringComparison.Ordinal));

        Assert.Equal(
            ["/model-artifacts/pr-curve-identity.png?v=3", "/model-artifacts/pr-curve-health.png?v=3", "/model-artifacts/confusion-identity.png?v=3", "/model-artifacts/confusion-health.png?v=3", "/model-artifacts/reliability.png?v=3"],
            page.FindAll(".plot img").Select(img => img.GetAttribute("src")));
        Assert.All(page.FindAll(".plot img"), img => Assert.False(string.IsNullOrEmpty(img.GetAttribute("alt"))));

        Assert.Equal("rejected", page.Find("tr[data-version='2'] .decision").TextContent.Trim());
        Assert.Contains("health.recall below floor", page.Find("tr[data-version='2']").TextContent, StringComparison.Ordinal);

        Assert.Equal("10", page.Find("[data-stat=total]").TextContent);
        Assert.Equal("40.0%", page.Find("[data-stat=hit-ratio]").TextContent);
        Assert.Equal("12.5 ms", page.Find("[data-stat=p95]").TextContent);
    }

    [Fact]
    public void No_model_loaded_explains_why_and_still_shows_the_history()
    {
        using var context = WebComponentContext.Create(Api(modelLoaded: false));
        var page = context.Render<ModelDashboard>();

        page.WaitForAssertion(() => Assert.Contains("The trainer is still running.", page.Find(".api-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("#champion-heading"));
        Assert.Equal(2, page.FindAll(".versions-table tbody tr").Count);
    }

    [Fact]
    public void Api_down_shows_messages_instead_of_the_dashboard()
    {
        using var context = WebComponentContext.Create(ScriptedApiHandler.Down());
        var page = context.Render<ModelDashboard>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll(".api-error[data-error=unavailable]").Count));
        Assert.Empty(page.FindAll(".metrics-table"));
    }
}
