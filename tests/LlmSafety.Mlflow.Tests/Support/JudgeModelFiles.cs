using LlmSafety.Mlflow.Packaging;

namespace LlmSafety.Mlflow.Tests.Support;

/// <summary>Small files standing for what the trainer produces: a model zip, the policy and an evaluation report.</summary>
internal static class JudgeModelFiles
{
    public static ModelPackageContents Write(TempFolder folder, string modelContent)
    {
        var directory = $"model-input-{Guid.NewGuid():N}";
        return new ModelPackageContents(
            folder.WriteFile($"{directory}/judge-model.zip", modelContent),
            folder.WriteFile($"{directory}/policy.json", "{\"identityThreshold\":0.5,\"healthThreshold\":0.5}"),
            folder.WriteFile($"{directory}/evaluation.json", "{\"identity\":{\"f2\":0.99}}"));
    }

    /// <summary>The loader the tests plug into the champion source: the "model" is the model file's text.</summary>
    public static string LoadModelText(string folder) =>
        File.ReadAllText(Path.Combine(folder, MlmodelDocument.Read(folder).ModelFile));
}
