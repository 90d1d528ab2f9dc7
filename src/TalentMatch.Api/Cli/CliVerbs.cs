namespace TalentMatch.Api.Cli;

/// <summary>
/// Command-line verbs run with the same configuration as the API, e.g.
/// `dotnet run --project src/TalentMatch.Api -- import-esco skills.zip relations.zip`.
/// </summary>
internal static class CliVerbs
{
    private static readonly Dictionary<string, Func<WebApplication, string[], Task<int>>> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["migrate"] = async (app, _) =>
        {
            await app.InitialiseDatabaseAsync(forceMigrate: true);
            Console.WriteLine("The database is up to date.");
            return 0;
        },
        ["import-esco"] = ImportEscoVerb.RunAsync,
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.ContainsKey(args[0]);

    /// <summary>Lets other verbs (the ESCO import) register themselves.</summary>
    public static void Register(string name, Func<WebApplication, string[], Task<int>> run) => Verbs[name] = run;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            return await Verbs[args[0]](app, args[1..]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"{args[0]} failed: {ex.Message}");
            return 1;
        }
    }
}
