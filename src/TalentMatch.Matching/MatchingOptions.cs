namespace TalentMatch.Matching;

/// <summary>
/// Every constant of the scoring model (v2, ADR 0010). Bound from configuration (`Matching:*`),
/// validated at start-up, and echoed with each ranked list so a score can always be traced to
/// its weights.
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

    /// <summary>
    /// The share of the score that the required items (competences and languages) fill when the
    /// opportunity has any; preferred items, extra languages and practical fit share the rest.
    /// With every required item covered, the score is at least RequiredShare × DeclaredFactor.
    /// </summary>
    public double RequiredShare { get; set; } = 0.85;

    /// <summary>Weight of a requirement by how specific its competence is (ESCO reuse level); unknown counts as cross-sector.</summary>
    public double TransversalWeight { get; set; } = 0.25;
    public double CrossSectorWeight { get; set; } = 0.4;
    public double SectorSpecificWeight { get; set; } = 1.0;
    public double OccupationSpecificWeight { get; set; } = 1.3;

    /// <summary>How strongly rarity among occupations (an inverse document frequency over ESCO's essential competences) weighs a requirement; 0 turns it off.</summary>
    public double RarityExponent { get; set; } = 1.0;

    /// <summary>
    /// Generic requirements (transversal, cross-sector, unknown reuse level) earn their full credit
    /// only alongside specific ones: with no credit on the opportunity's specific required
    /// competences (sector- or occupation-specific) a generic requirement keeps GenericCreditAlone
    /// of its credit, rising linearly to all of it at SpecificCoverageForGeneric (the weighted share
    /// of those specific required competences covered). Certified generic skills alone then no
    /// longer outrank someone who holds what is specific to the job. At most NarrowerFactor ×
    /// DeclaredFactor, so whoever covers everything required keeps every credit (and scores ≥ 80).
    /// </summary>
    public double GenericCreditAlone { get; set; } = 0.3;
    public double SpecificCoverageForGeneric { get; set; } = 0.5;

    /// <summary>Credit for a competence the person has through the taxonomy rather than exactly.</summary>
    public double NarrowerFactor { get; set; } = 0.9;
    public double BroaderFactor { get; set; } = 0.5;
    public double RelatedFactor { get; set; } = 0.35;

    /// <summary>Credit lost per level below the required minimum level.</summary>
    public double LevelGapPenalty { get; set; } = 0.2;

    /// <summary>Credit of a competence by its evidence: a little more confidence, never a gate.</summary>
    public double DeclaredFactor { get; set; } = 0.95;
    public double ConfirmedFactor { get; set; } = 0.975;
    public double CertifiedFactor { get; set; } = 1.0;

    /// <summary>
    /// Experience (EVC): credit for an essential competence of an occupation the person has
    /// experience in, from ExperienceFactorStart (under a year) rising by whole years to
    /// ExperienceFactorMax at ExperienceYearsForMax years. Always below a declared competence.
    /// </summary>
    public double ExperienceFactorStart { get; set; } = 0.55;
    public double ExperienceFactorMax { get; set; } = 0.85;
    public int ExperienceYearsForMax { get; set; } = 5;

    /// <summary>Experience also credits the essential competences of the other occupations in its ISCO unit group, at this share of the experience factor.</summary>
    public double UnitGroupShare { get; set; } = 0.3;

    /// <summary>Credit lost per CEFR step below a language's minimum level.</summary>
    public double LanguageStepPenalty { get; set; } = 0.3;

    /// <summary>Language credit added per extra language (B1 or better) when multilingual work is valued.</summary>
    public double ExtraLanguageBonus { get; set; } = 0.1;

    /// <summary>
    /// When multilingual work is valued, the part of the preferred-language score that only extra
    /// languages can fill (preferred languages earn the rest), so speaking more always adds.
    /// </summary>
    public double MultilingualShare { get; set; } = 0.3;

    /// <summary>Distance score at the person's maximum travel distance (1 at zero km, 0 beyond the maximum).</summary>
    public double DistanceScoreAtMax { get; set; } = 0.4;

    /// <summary>How many ancestor levels count as narrower/broader.</summary>
    public int TaxonomyDepth { get; set; } = 3;

    /// <summary>Credit for a skill sharing a broader skill group with the one asked, when that group has at most SiblingGroupLimit members.</summary>
    public double SiblingFactor { get; set; } = 0.3;
    public int SiblingGroupLimit { get; set; } = 30;

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

        Range(nameof(RequiredShare), RequiredShare, 0.5, 1);
        Range(nameof(TransversalWeight), TransversalWeight, 0.1, 5);
        Range(nameof(CrossSectorWeight), CrossSectorWeight, 0.1, 5);
        Range(nameof(SectorSpecificWeight), SectorSpecificWeight, 0.1, 5);
        Range(nameof(OccupationSpecificWeight), OccupationSpecificWeight, 0.1, 5);
        Range(nameof(RarityExponent), RarityExponent, 0, 3);
        Range(nameof(GenericCreditAlone), GenericCreditAlone, 0, 1);
        Range(nameof(SpecificCoverageForGeneric), SpecificCoverageForGeneric, 0.01, 1);
        Range(nameof(NarrowerFactor), NarrowerFactor, 0, 1);
        Range(nameof(BroaderFactor), BroaderFactor, 0, 1);
        Range(nameof(RelatedFactor), RelatedFactor, 0, 1);
        Range(nameof(SiblingFactor), SiblingFactor, 0, 1);
        Range(nameof(LevelGapPenalty), LevelGapPenalty, 0, 1);
        Range(nameof(DeclaredFactor), DeclaredFactor, 0.5, 1);
        Range(nameof(ConfirmedFactor), ConfirmedFactor, 0.5, 1);
        Range(nameof(CertifiedFactor), CertifiedFactor, 0.5, 1);
        if (DeclaredFactor > ConfirmedFactor || ConfirmedFactor > CertifiedFactor)
        {
            errors.Add("Matching: evidence factors must rise: Declared ≤ Confirmed ≤ Certified.");
        }

        if (RequiredShare * DeclaredFactor < 0.8)
        {
            errors.Add($"Matching: RequiredShare × DeclaredFactor must be at least 0.8, so that someone who covers everything required scores at least 80 (was {RequiredShare * DeclaredFactor:0.###}).");
        }

        if (SpecificCoverageForGeneric > Math.Min(1, NarrowerFactor) * DeclaredFactor)
        {
            errors.Add($"Matching:SpecificCoverageForGeneric must be at most NarrowerFactor × DeclaredFactor ({Math.Min(1, NarrowerFactor) * DeclaredFactor:0.###}), so that covering every required competence always earns generic ones their full credit.");
        }

        Range(nameof(ExperienceFactorStart), ExperienceFactorStart, 0, 1);
        Range(nameof(ExperienceFactorMax), ExperienceFactorMax, 0, 1);
        if (ExperienceFactorStart > ExperienceFactorMax || ExperienceFactorMax >= DeclaredFactor)
        {
            errors.Add("Matching: experience credit must rise with years and stay below a declared competence: ExperienceFactorStart ≤ ExperienceFactorMax < DeclaredFactor.");
        }

        if (ExperienceYearsForMax is < 1 or > ScoreModel.MaxExperienceTier)
        {
            errors.Add($"Matching:ExperienceYearsForMax must be between 1 and {ScoreModel.MaxExperienceTier} (was {ExperienceYearsForMax}).");
        }

        Range(nameof(UnitGroupShare), UnitGroupShare, 0, 1);
        Range(nameof(LanguageStepPenalty), LanguageStepPenalty, 0, 1);
        Range(nameof(ExtraLanguageBonus), ExtraLanguageBonus, 0, 1);
        Range(nameof(MultilingualShare), MultilingualShare, 0, 1);
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
