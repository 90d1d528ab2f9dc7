namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>
/// The reference data beside the repository, in `../shared/data` (the full ESCO files). CI has it;
/// a fresh clone does not, so the tests that need it are skipped there, with the reason, and the
/// importer's behaviour is tested on the committed extract (Catalogue/Fixtures/esco-extract).
/// </summary>
public static class SharedData
{
    /// <summary>
    /// The full path of a file under `../shared/data`. When the file is absent, the calling test
    /// (or, from a one-time set-up, its whole fixture) is ignored with the reason.
    /// </summary>
    public static string Require(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data", relativePath));
        if (!File.Exists(path))
        {
            Assert.Ignore($"Needs ../shared/data (the full ESCO files); {path} is absent. CI has it; without it, the importer is tested on the ESCO extract only.");
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TalentMatch.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("TalentMatch.sln not found above " + AppContext.BaseDirectory);
    }
}
