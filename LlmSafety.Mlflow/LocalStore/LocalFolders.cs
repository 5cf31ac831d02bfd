namespace LlmSafety.Mlflow.LocalStore;

internal static class LocalFolders
{
    public static int CopyRecursively(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException("The requested artifact folder does not exist in the local model store.");
        }

        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            copied++;
        }

        return copied;
    }
}
