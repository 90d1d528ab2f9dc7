using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>
/// What a draft vacancy from an occupation asks (<c>Vacancies:*</c>). ESCO lists up to twenty
/// essential competences for an entry-level occupation; hardly anyone has them all, so only the
/// most specific become required.
/// </summary>
public sealed class VacancyOptions
{
    public const string SectionName = "Vacancies";
    public const int MinRequiredFromOccupation = 1;
    public const int MaxRequiredFromOccupationLimit = 50;

    /// <summary>How many of the occupation's essential competences a draft requires; the others are preferred.</summary>
    public int MaxRequiredFromOccupation { get; set; } = 8;

    /// <summary>The CEFR level of Dutch a draft requires when the request names no languages.</summary>
    public string DefaultDutchLevel { get; set; } = "B1";

    /// <summary>What makes the draft rule impossible to apply, each naming its setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        const string prefix = SectionName + ":";
        var errors = new List<string>();
        if (MaxRequiredFromOccupation is < MinRequiredFromOccupation or > MaxRequiredFromOccupationLimit)
        {
            errors.Add($"{prefix}MaxRequiredFromOccupation must be between {MinRequiredFromOccupation} and {MaxRequiredFromOccupationLimit}.");
        }

        if (!CefrLevel.TryParse(DefaultDutchLevel, out _))
        {
            errors.Add($"{prefix}DefaultDutchLevel must be a CEFR level: {string.Join(", ", CefrLevel.AllNames)}.");
        }

        return errors;
    }
}
