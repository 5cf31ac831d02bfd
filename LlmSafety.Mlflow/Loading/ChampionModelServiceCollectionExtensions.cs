using LlmSafety.Mlflow.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LlmSafety.Mlflow.Loading;

public static class ChampionModelServiceCollectionExtensions
{
    /// <summary>
    /// Keeps a <see cref="ModelHolder{T}"/> filled with the champion: loads the cached copy at startup and polls the
    /// registry (from <c>AddModelRegistry</c>). <paramref name="loader"/> turns a verified model folder into a model.
    /// </summary>
    public static IServiceCollection AddChampionModel<T>(this IServiceCollection services, IConfiguration configuration, Func<string, T> loader)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton<ModelHolder<T>>();
        services.AddSingleton(provider =>
        {
            var registry = provider.GetRequiredService<IModelRegistry>();
            return new ChampionModelSource<T>(
                registry,
                new ModelCache(options.CachePath, registry.ModelName),
                provider.GetRequiredService<ModelHolder<T>>(),
                loader,
                options,
                provider.GetRequiredService<ILogger<ChampionModelSource<T>>>());
        });
        services.AddHostedService<ChampionModelPoller<T>>();
        return services;
    }

    public static ModelLoadingOptions ReadOptions(IConfiguration configuration)
    {
        var options = new ModelLoadingOptions();
        configuration.GetSection(ModelLoadingOptions.RegistrySectionName).Bind(options);
        var cachePath = configuration[$"{ModelLoadingOptions.CacheSectionName}:Path"];
        if (!string.IsNullOrWhiteSpace(cachePath))
        {
            options.CachePath = cachePath;
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("ModelRegistry:PollInterval must be a positive time span (e.g. 00:00:30).");
        }

        return options;
    }
}
