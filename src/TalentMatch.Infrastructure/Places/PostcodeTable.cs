using TalentMatch.Domain.Places;

namespace TalentMatch.Infrastructure.Places;

/// <summary>Loads the project's embedded table of Belgian postcode centroids.</summary>
public static class PostcodeTable
{
    public static PostcodeDirectory Load()
    {
        using var stream = typeof(PostcodeTable).Assembly.GetManifestResourceStream("TalentMatch.Infrastructure.Places.postcodes-be.csv")
            ?? throw new InvalidOperationException("The postcode table is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return PostcodeDirectory.Load(reader);
    }
}
