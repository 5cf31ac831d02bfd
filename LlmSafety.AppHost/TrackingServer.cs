namespace LlmSafety.AppHost;

/// <summary>
/// Where the trainer logs runs and the api finds its champion: an MLflow server (container, local executable or an
/// external one such as Databricks), or, with none of those, a model store folder both projects share.
/// </summary>
internal sealed class TrackingServer
{
    private TrackingServer(
        IResourceBuilder<IResource>? waitable, EndpointReference? uiEndpoint, Action<IResourceBuilder<ProjectResource>> attach, string description)
    {
        Waitable = waitable;
        UiEndpoint = uiEndpoint;
        Attach = attach;
        Description = description;
    }

    /// <summary>The resource others wait for, when it runs inside this AppHost.</summary>
    public IResourceBuilder<IResource>? Waitable { get; }

    /// <summary>The MLflow UI, when MLflow runs inside this AppHost.</summary>
    public EndpointReference? UiEndpoint { get; }

    /// <summary>Gives a project what it needs to reach the tracking server or model store.</summary>
    public Action<IResourceBuilder<ProjectResource>> Attach { get; }

    public string Description { get; }

    public bool IsMlflow => Description != LocalStoreDescription;

    private const string LocalStoreDescription = "local model store";

    public static TrackingServer Mlflow(
        IResourceBuilder<IResource>? waitable, EndpointReference? uiEndpoint, Action<IResourceBuilder<ProjectResource>> attach, string description) =>
        new(waitable, uiEndpoint, attach, description);

    public static TrackingServer LocalStore(string storeDirectory) =>
        new(null, null, project => project.WithEnvironment("ModelStore__Path", storeDirectory), LocalStoreDescription);
}
