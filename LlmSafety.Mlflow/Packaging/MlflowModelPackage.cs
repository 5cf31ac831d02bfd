namespace LlmSafety.Mlflow.Packaging;

/// <summary>
/// Lays out an MLflow model folder: the model file, <c>policy.json</c>, the evaluation report and any extra files,
/// the <c>MLmodel</c> descriptor, and last <c>checksums.json</c> covering all of them.
/// </summary>
public static class MlflowModelPackage
{
    public static async Task WriteAsync(
        string folder, ModelPackageContents contents, ModelPackageIdentity identity, CancellationToken cancellationToken = default)
    {
        RequireFile(contents.ModelFile, nameof(contents.ModelFile));
        Directory.CreateDirectory(folder);

        var modelFileName = Path.GetFileName(contents.ModelFile);
        File.Copy(contents.ModelFile, Path.Combine(folder, modelFileName), overwrite: true);
        if (contents.PolicyFile is not null)
        {
            RequireFile(contents.PolicyFile, nameof(contents.PolicyFile));
            File.Copy(contents.PolicyFile, Path.Combine(folder, ModelPackageContents.PolicyFileName), overwrite: true);
        }

        foreach (var file in new[] { contents.EvaluationReportFile }.Concat(contents.ExtraFiles ?? []).OfType<string>())
        {
            RequireFile(file, nameof(contents.ExtraFiles));
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        await File.WriteAllTextAsync(
            Path.Combine(folder, MlmodelWriter.FileName), MlmodelWriter.Write(identity, modelFileName, contents), cancellationToken);
        await ModelChecksums.WriteAsync(folder, cancellationToken);
    }

    private static void RequireFile(string path, string field)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The model package's {field} does not exist.", Path.GetFileName(path));
        }
    }
}
