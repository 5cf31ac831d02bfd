using Bunit;
using LlmSafety.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.FluentUI.AspNetCore.Components;

namespace LlmSafety.Web.Tests.Components;

/// <summary>A bUnit context with FluentUI registered and the typed API client talking to a scripted handler.</summary>
public static class WebComponentContext
{
    public static BunitContext Create(HttpMessageHandler handler, TimeProvider? clock = null, ExternalLinksOptions? links = null)
    {
        // bUnit's default one-second wait is too short for a CI machine whose two cores are also building.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddFluentUIComponents();
        context.Services.AddSingleton(new JudgeApiClient(new HttpClient(handler) { BaseAddress = new Uri("http://api.test/") }));
        context.Services.AddSingleton(clock ?? TimeProvider.System);
        context.Services.AddSingleton(Options.Create(links ?? new ExternalLinksOptions()));
        return context;
    }
}
