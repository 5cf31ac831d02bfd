using System.Text.Json.Nodes;
using LlmSafety.Mlflow.Packaging;
using LlmSafety.Mlflow.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LlmSafety.Mlflow.Tests.Packaging;

public sealed class MlflowModelPackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Package_has_mlmodel_with_mlnet_flavor_signature_and_checksums_for_every_file()
    {
        var contents = JudgeModelFiles.Write(_folder, "model-bytes");
        var target = _folder.Combine("package");
        var created = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero);

        await MlflowModelPackage.WriteAsync(target, contents, new ModelPackageIdentity("m-0123456789abcdef0123456789abcdef", "run42", created));

        Assert.Equal(
            ["MLmodel", "checksums.json", "evaluation.json", "judge-model.zip", "policy.json"],
            Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(await File.ReadAllTextAsync(Path.Combine(target, "MLmodel"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal("model", Scalar(root, "artifact_path"));
        Assert.Equal("m-0123456789abcdef0123456789abcdef", Scalar(root, "model_id"));
        Assert.Equal("run42", Scalar(root, "run_id"));
        Assert.Equal("2026-11-27 23:00:00.000000", Scalar(root, "utc_time_created"));
        Assert.Equal(MlmodelWriter.MlflowVersion, Scalar(root, "mlflow_version"));

        var flavor = (YamlMappingNode)((YamlMappingNode)root["flavors"])["mlnet"];
        Assert.Equal("judge-model.zip", Scalar(flavor, "model_file"));
        Assert.Equal("LlmSafety.Judge.JudgeModel", Scalar(flavor, "loader_module"));
        Assert.Equal("5.0.1", Scalar(flavor, "mlnet_version"));
        Assert.Equal("null", Scalar(flavor, "code"));
        Assert.Equal(YamlDotNet.Core.ScalarStyle.Plain, ((YamlScalarNode)flavor["code"]).Style);

        // MLflow keeps the column specs as JSON text inside the YAML.
        var signature = (YamlMappingNode)root["signature"];
        var inputs = JsonNode.Parse(Scalar(signature, "inputs"))!.AsArray();
        Assert.Equal("text", inputs.Single()!["name"]!.GetValue<string>());
        Assert.Equal("string", inputs.Single()!["type"]!.GetValue<string>());
        var outputs = JsonNode.Parse(Scalar(signature, "outputs"))!.AsArray();
        Assert.Equal(
            ["verdict:string", "identity_score:double", "health_score:double"],
            outputs.Select(output => $"{output!["name"]}:{output["type"]}"));

        var checksums = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(target, "checksums.json")))!.AsObject();
        Assert.Equal(["MLmodel", "evaluation.json", "judge-model.zip", "policy.json"], checksums.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.True((await ModelChecksums.VerifyAsync(target)).IsValid);

        var document = MlmodelDocument.Read(target);
        Assert.Equal(("judge-model.zip", "run42"), (document.ModelFile, document.RunId));
    }

    [Fact]
    public async Task Tampered_or_missing_files_fail_verification_naming_the_file()
    {
        var target = _folder.Combine("package");
        await MlflowModelPackage.WriteAsync(target, JudgeModelFiles.Write(_folder, "model-bytes"), new ModelPackageIdentity("m-1", "r", DateTimeOffset.UtcNow));

        await File.WriteAllTextAsync(Path.Combine(target, "judge-model.zip"), "model-bytes-changed");
        var tampered = await ModelChecksums.VerifyAsync(target);
        Assert.False(tampered.IsValid);
        Assert.Equal("judge-model.zip does not match its sha256", tampered.Problem);

        File.Delete(Path.Combine(target, "policy.json"));
        await File.WriteAllTextAsync(Path.Combine(target, "judge-model.zip"), "model-bytes");
        Assert.Equal("policy.json is missing", (await ModelChecksums.VerifyAsync(target)).Problem);

        File.Delete(Path.Combine(target, "checksums.json"));
        Assert.False((await ModelChecksums.VerifyAsync(target)).IsValid);
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
