namespace LlmSafety.Web.Services;

/// <summary>Links to the operator tools shown in the header; bound from the <c>Links</c> section the AppHost fills.</summary>
public sealed class ExternalLinksOptions
{
    public const string SectionName = "Links";

    public Uri? AspireDashboard { get; set; }

    public Uri? MlflowUi { get; set; }
}
