using LlmSafety.Api;
using LlmSafety.Api.Infrastructure;
using LlmSafety.Api.Infrastructure.Registry;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddJudgeApi();
builder.AddChampionJudge();

var app = builder.Build();
app.UseJudgeApiProtection();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapScalarApiReference();
app.MapJudgmentsApi();
app.MapNarrativesApi();
app.MapModelApi();
app.MapStatsApi();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
