using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LlmSafety.Mlflow.Packaging;

/// <summary>
/// Writes the <c>MLmodel</c> YAML that MLflow reads to describe a model: identity, the custom <c>mlnet</c> flavor and
/// the signature. MLflow keeps signature column specs as JSON strings inside the YAML, so they are quoted scalars.
/// </summary>
public static class MlmodelWriter
{
    public const string FileName = "MLmodel";
    public const string FlavorName = "mlnet";

    /// <summary>The MLflow release whose MLmodel format this writer follows (the recorded contract's server).</summary>
    public const string MlflowVersion = "3.11.0";

    public static readonly string SignatureInputs = JsonSerializer.Serialize(new[] { new { type = "string", name = "text" } });

    public static readonly string SignatureOutputs = JsonSerializer.Serialize(new[]
    {
        new { type = "string", name = "verdict" },
        new { type = "double", name = "identity_score" },
        new { type = "double", name = "health_score" },
    });

    public static string Write(ModelPackageIdentity identity, string modelFileName, ModelPackageContents contents)
    {
        var flavor = new YamlMappingNode
        {
            { "code", Null() },
            { "loader_module", contents.LoaderModule },
            { "mlnet_version", Quoted(contents.MlnetVersion) },
            { "model_file", modelFileName },
        };

        var signature = new YamlMappingNode
        {
            { "inputs", Quoted(SignatureInputs) },
            { "outputs", Quoted(SignatureOutputs) },
            { "params", Null() },
        };

        var root = new YamlMappingNode
        {
            { "artifact_path", identity.ArtifactPath },
            { "flavors", new YamlMappingNode { { FlavorName, flavor } } },
            { "mlflow_version", Quoted(MlflowVersion) },
            { "model_id", identity.ModelId },
            { "run_id", identity.RunId },
            { "signature", signature },
            { "utc_time_created", Quoted(identity.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)) },
        };

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        // YamlStream closes each document with "...", which MLflow's own files do not have.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    private static YamlScalarNode Null() => new("null") { Style = ScalarStyle.Plain };

    private static YamlScalarNode Quoted(string value) => new(value) { Style = ScalarStyle.SingleQuoted };
}
