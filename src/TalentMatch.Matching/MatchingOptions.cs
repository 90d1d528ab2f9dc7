namespace TalentMatch.Matching;

/// <summary>
/// Every constant of the scoring model. Bound from configuration (`Matching:*`), validated at
/// start-up, and echoed with each ranked list so a score can always be traced to its weights.
/// </summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matching";

    /// <summary>Weights of the score's components; only components that apply are counted.</summary>
    public double CompetencesWeight { get; set; } = 0.60;
    public double LanguagesWeight { get; set; } = 0.15;
    public double DistanceWeight { get; set; } = 0.10;
    public double HoursWeight { get; set; } = 0.10;
    public double InterestsWeight { get; set; } = 0.05;

    /// <summary>A required competence weighs this many times a preferred one.</summary>
    public double RequiredMultiplier { get; set; } = 2.0;

    /// <summary>Credit for a competence the person has through the taxonomy rather than exactly.</summary>
    public double NarrowerFactor { get; set; } = 0.9;
    public double BroaderFactor { get; set; } = 0.5;
    public double RelatedFactor { get; set; } = 0.35;

    /// <summary>Credit lost per level below the required minimum level.</summary>
    public double LevelGapPenalty { get; set; } = 0.2;

    /// <summary>Credit of a competence by its evidence: a little more confidence, never a gate.</summary>
    public double DeclaredFactor { get; set; } = 0.94;
    public double ConfirmedFactor { get; set; } = 0.97;
    public double CertifiedFactor { get; set; } = 1.0;

    /// <summary>Credit lost per CEFR step below a language's minimum level.</summary>
    public double LanguageStepPenalty { get; set; } = 0.3;

    /// <summary>Language credit added per extra language (B1 or better) when multilingual work is valued.</summary>
    public double ExtraLanguageBonus { get; set; } = 0.1;

    /// <summary>
    /// When multilingual work is valued, the part of the language score that only extra languages
    /// can fill (listed languages earn the rest), so speaking more always adds.
    /// </summary>
    public double MultilingualShare { get; set; } = 0.3;

    /// <summary>
    /// How sharply an unmet required competence or language lowers the whole score: the score is
    /// multiplied by (1 − penalty × (1 − credit)) for each required item.
    /// </summary>
    public double RequiredGapPenalty { get; set; } = 0.5;

    /// <summary>Distance score at the person's maximum travel distance (1 at zero km, 0 beyond the maximum).</summary>
    public double DistanceScoreAtMax { get; set; } = 0.4;

    /// <summary>How many ancestor levels count as narrower/broader.</summary>
    public int TaxonomyDepth { get; set; } = 3;

    /// <summary>Skills sharing a broader concept earn related credit only when that group has at most this many members.</summary>
    public int SiblingGroupLimit { get; set; } = 10;

    /// <summary>The problems with these options, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Range(string name, double value, double min, double max)
        {
            if (double.IsNaN(value) || value < min || value > max)
            {
                errors.Add($"Matching:{name} must be between {min} and {max} (was {value}).");
            }
        }

        Range(nameof(CompetencesWeight), CompetencesWeight, 0, 1);
        Range(nameof(LanguagesWeight), LanguagesWeight, 0, 1);
        Range(nameof(DistanceWeight), DistanceWeight, 0, 1);
        Range(nameof(HoursWeight), HoursWeight, 0, 1);
        Range(nameof(InterestsWeight), InterestsWeight, 0, 1);
        if (CompetencesWeight <= 0)
        {
            errors.Add("Matching:CompetencesWeight must be above 0: competences are the heart of a match.");
        }

        Range(nameof(RequiredMultiplier), RequiredMultiplier, 1, 10);
        Range(nameof(NarrowerFactor), NarrowerFactor, 0, 1);
        Range(nameof(BroaderFactor), BroaderFactor, 0, 1);
        Range(nameof(RelatedFactor), RelatedFactor, 0, 1);
        Range(nameof(LevelGapPenalty), LevelGapPenalty, 0, 1);
        Range(nameof(DeclaredFactor), DeclaredFactor, 0.5, 1);
        Range(nameof(ConfirmedFactor), ConfirmedFactor, 0.5, 1);
        Range(nameof(CertifiedFactor), CertifiedFactor, 0.5, 1);
        if (DeclaredFactor > ConfirmedFactor || ConfirmedFactor > CertifiedFactor)
        {
            errors.Add("Matching: evidence factors must rise: Declared ≤ Confirmed ≤ Certified.");
        }

        Range(nameof(LanguageStepPenalty), LanguageStepPenalty, 0, 1);
        Range(nameof(ExtraLanguageBonus), ExtraLanguageBonus, 0, 1);
        Range(nameof(MultilingualShare), MultilingualShare, 0, 1);
        Range(nameof(RequiredGapPenalty), RequiredGapPenalty, 0, 1);
        Range(nameof(DistanceScoreAtMax), DistanceScoreAtMax, 0, 1);
        if (SiblingGroupLimit is < 0 or > 100_000)
        {
            errors.Add($"Matching:SiblingGroupLimit must be between 0 and 100000 (was {SiblingGroupLimit}).");
        }

        if (TaxonomyDepth is < 1 or > 6)
        {
            errors.Add($"Matching:TaxonomyDepth must be between 1 and 6 (was {TaxonomyDepth}).");
        }

        return errors;
    }
}
