using LlmSafety.Api.Infrastructure.Judging;
using LlmSafety.Api.Infrastructure.Llm;
using LlmSafety.Api.Model;

namespace LlmSafety.Api.Infrastructure.Validation;

/// <summary>
/// Checks request bodies at the edge and names every field that is wrong (keys as JSON paths: <c>text</c>,
/// <c>policy.identityThreshold</c>, <c>items[3].text</c>). Messages describe the rule, never the submitted value.
/// </summary>
public static class RequestValidator
{
    public const int MaxTextLength = 100_000;
    public const int MaxAllowedNames = 50;
    public const int MaxNameLength = 100;

    /// <summary>JSON may carry lone surrogates (<c>\uD800</c>); Unicode normalisation in the judge cannot process them.</summary>
    private const string MalformedUnicode = "The value contains malformed Unicode (an unpaired surrogate).";

    public static Dictionary<string, string[]> Validate(JudgmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ValidateText(request.Text, "text", errors);
        ValidateNames(request.AllowedNames, "allowedNames", errors);
        if (request.Policy is { } policy)
        {
            ValidateThreshold(policy.IdentityThreshold, "policy.identityThreshold", errors);
            ValidateThreshold(policy.HealthThreshold, "policy.healthThreshold", errors);
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(BatchJudgmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Items is null || request.Items.Count == 0)
        {
            errors["items"] = ["At least one item is required."];
            return errors;
        }

        if (request.Items.Count > BatchJudgmentRequest.MaxItems)
        {
            errors["items"] = [$"A batch may hold at most {BatchJudgmentRequest.MaxItems} items."];
            return errors;
        }

        for (var index = 0; index < request.Items.Count; index++)
        {
            var item = request.Items[index];
            if (item is null)
            {
                errors[$"items[{index}]"] = ["The item must be an object."];
                continue;
            }

            ValidateText(item.Text, $"items[{index}].text", errors);
            ValidateNames(item.AllowedNames, $"items[{index}].allowedNames", errors);
            if (item.Id is { Length: > MaxNameLength })
            {
                errors[$"items[{index}].id"] = [$"An id may be at most {MaxNameLength} characters."];
            }
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(GenerateNarrativeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Situation))
        {
            errors["situation"] = ["The situation is required."];
        }

        ValidateLength(request.Situation, "situation", GenerateNarrativeRequest.MaxFieldLength, errors);
        ValidateLength(request.SubjectName, "subjectName", MaxNameLength, errors);
        ValidateLength(request.Skill, "skill", GenerateNarrativeRequest.MaxFieldLength, errors);
        ValidateLength(request.Details, "details", GenerateNarrativeRequest.MaxFieldLength, errors);
        if (request.Age is < GenerateNarrativeRequest.MinAge or > GenerateNarrativeRequest.MaxAge)
        {
            errors["age"] = [$"The age must be between {GenerateNarrativeRequest.MinAge} and {GenerateNarrativeRequest.MaxAge}."];
        }

        if (request.Provider is not null && !LlmProviders.Known.Contains(request.Provider))
        {
            errors["provider"] = [$"Unknown provider; use one of: {string.Join(", ", LlmProviders.Known.Order(StringComparer.Ordinal))}."];
        }

        return errors;
    }

    public static JudgePolicyOverrides ToOverrides(this JudgmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new JudgePolicyOverrides(
            request.AllowedNames ?? [],
            request.Policy?.IdentityThreshold,
            request.Policy?.HealthThreshold,
            request.Policy?.AllowBareFirstNames);
    }

    private static void ValidateText(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            errors[field] = ["The text is required and may not be empty."];
        }
        else if (text.Length > MaxTextLength)
        {
            errors[field] = [$"The text may be at most {MaxTextLength} characters."];
        }
        else if (!IsWellFormedUtf16(text))
        {
            errors[field] = [MalformedUnicode];
        }
    }

    private static void ValidateNames(IReadOnlyList<string>? names, string field, Dictionary<string, string[]> errors)
    {
        if (names is null)
        {
            return;
        }

        if (names.Count > MaxAllowedNames)
        {
            errors[field] = [$"At most {MaxAllowedNames} allowed names."];
        }
        else if (names.Any(name => string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength))
        {
            errors[field] = [$"Each allowed name must be 1 to {MaxNameLength} characters."];
        }
        else if (names.Any(name => !IsWellFormedUtf16(name)))
        {
            errors[field] = [MalformedUnicode];
        }
    }

    private static void ValidateThreshold(double? threshold, string field, Dictionary<string, string[]> errors)
    {
        if (threshold is { } value && (double.IsNaN(value) || value < 0 || value > 1))
        {
            errors[field] = ["The threshold must be between 0 and 1."];
        }
    }

    private static void ValidateLength(string? value, string field, int maxLength, Dictionary<string, string[]> errors)
    {
        if (value is { } text && text.Length > maxLength)
        {
            errors[field] = [$"At most {maxLength} characters."];
        }
        else if (value is not null && !IsWellFormedUtf16(value))
        {
            errors[field] = [MalformedUnicode];
        }
    }

    private static bool IsWellFormedUtf16(string value)
    {
        for (var index = 0; index < value.Length; index++)
        {
            if (char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(value[index]))
            {
                return false;
            }
        }

        return true;
    }
}
