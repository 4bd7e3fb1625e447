namespace PlatformTesting;

public static class RepositoryFolders
{
    /// <summary>The folder holding Integration.Aspire.sln, found upwards from the running assembly.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Integration.Aspire.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Integration.Aspire.sln not found above the test output folder.");
    }
}
