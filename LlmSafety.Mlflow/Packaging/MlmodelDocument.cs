using YamlDotNet.RepresentationModel;

namespace LlmSafety.Mlflow.Packaging;

/// <summary>What a loader needs from an <c>MLmodel</c> file: identity and the <c>mlnet</c> flavor's model file.</summary>
public sealed record MlmodelDocument(string? ModelId, string? RunId, string ModelFile, string? LoaderModule, string? SignatureInputs, string? SignatureOutputs)
{
    public static MlmodelDocument Read(string modelFolder)
    {
        var path = Path.Combine(modelFolder, MlmodelWriter.FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException("The model folder has no MLmodel file.");
        }

        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidDataException("The MLmodel file is not a YAML mapping.");
        }

        var flavor = Child(Child(root, "flavors"), MlmodelWriter.FlavorName) as YamlMappingNode
            ?? throw new InvalidDataException("The MLmodel file has no mlnet flavor.");
        var modelFile = Scalar(flavor, "model_file") ?? throw new InvalidDataException("The mlnet flavor names no model_file.");
        var signature = Child(root, "signature");
        return new MlmodelDocument(
            Scalar(root, "model_id"),
            Scalar(root, "run_id"),
            modelFile,
            Scalar(flavor, "loader_module"),
            Scalar(signature, "inputs"),
            Scalar(signature, "outputs"));
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlNode? node, string key) => Child(node, key) is YamlScalarNode scalar ? scalar.Value : null;
}
