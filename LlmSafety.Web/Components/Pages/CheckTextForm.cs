using System.ComponentModel.DataAnnotations;

namespace LlmSafety.Web.Components.Pages;

/// <summary>What the "Check a text" page asks for, validated with the API's own limits.</summary>
public sealed class CheckTextForm
{
    [Required(ErrorMessage = "Paste the story to check.")]
    [StringLength(100_000, ErrorMessage = "The story can be at most 100,000 characters.")]
    public string Text { get; set; } = string.Empty;

    public string? AllowedNames { get; set; }

    public IReadOnlyList<string>? ParseAllowedNames()
    {
        var names = (AllowedNames ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length == 0 ? null : names;
    }
}
