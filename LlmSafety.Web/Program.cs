using LlmSafety.Web.Components;
using LlmSafety.Web.Endpoints;
using LlmSafety.Web.Services;
using Microsoft.FluentUI.AspNetCore.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddFluentUIComponents();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddJudgeApiClient(builder.Configuration);
builder.Services.AddOptions<ExternalLinksOptions>()
    .Bind(builder.Configuration.GetSection(ExternalLinksOptions.SectionName));

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    // Component errors stay inside the circuit; anything reaching this point is an endpoint error, answered as problem details.
    app.UseExceptionHandler();
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapModelArtifactProxy();
app.MapDefaultEndpoints();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
