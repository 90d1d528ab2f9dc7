namespace TalentMatch.Matching.OccupationSearch;

/// <summary>The text files occupation search ships in its assembly (OccupationSearch/Data).</summary>
internal static class EmbeddedData
{
    /// <summary>Parses the embedded file whose name ends with <paramref name="fileName"/>.</summary>
    public static T Read<T>(string fileName, Func<TextReader, T> parse)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return parse(reader);
    }
}
