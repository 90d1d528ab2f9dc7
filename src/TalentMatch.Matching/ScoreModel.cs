using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>
/// The formulas of the scoring model (v2, ADR 0010), one place for each: the scorer that explains
/// a match and the match index that ranks thousands of people both compute scores with these
/// functions, so they agree to the last bit.
/// </summary>
public static class ScoreModel
{
    /// <summary>Experience counts in whole years up to this many (tiers 0..5).</summary>
    public const int MaxExperienceTier = 5;

    /// <summary>
    /// A holding's confidence class (4 bits): 1-3 the evidence of a recorded competence, 4-9 the
    /// years tier of experience in the occupation itself, 10-15 that of experience in its ISCO unit group.
    /// </summary>
    public const int Classes = 16;

    private const int OwnExperienceClass = 4;
    private const int UnitGroupClass = OwnExperienceClass + MaxExperienceTier + 1;

    /// <summary>Credit kept for a competence below the minimum level: 1 − penalty per missing level, never below 0.</summary>
    public static double LevelFit(int minLevel, int level, MatchingOptions options) =>
        Math.Max(0, 1 - (Math.Max(0, minLevel - level) * options.LevelGapPenalty));

    /// <summary>Confidence from evidence: a small step up, never a gate.</summary>
    public static double EvidenceFactor(Evidence evidence, MatchingOptions options) => evidence switch
    {
        Evidence.Certified => options.CertifiedFactor,
        Evidence.Confirmed => options.ConfirmedFactor,
        _ => options.DeclaredFactor,
    };

    /// <summary>Whole years of experience, capped where the credit stops rising.</summary>
    public static int ExperienceTier(double years, MatchingOptions options) =>
        double.IsNaN(years) ? 0 : (int)Math.Clamp(Math.Floor(years), 0, options.ExperienceYearsForMax);

    /// <summary>The credit factor of experience in an occupation: rising with years, always below a declared competence.</summary>
    public static double ExperienceFactor(int tier, MatchingOptions options) =>
        options.ExperienceFactorStart + ((options.ExperienceFactorMax - options.ExperienceFactorStart) * tier / options.ExperienceYearsForMax);

    /// <summary>The level experience stands for: working level (2) in the first two years, 3 up to five years, 4 after.</summary>
    public static int ExperienceLevel(int tier) => tier < 2 ? 2 : tier < 5 ? 3 : 4;

    public static int EvidenceClass(Evidence evidence) => (int)evidence;

    public static int ExperienceClass(int tier, bool unitGroup) => (unitGroup ? UnitGroupClass : OwnExperienceClass) + tier;

    public static bool IsExperienceClass(int confidenceClass) => confidenceClass >= OwnExperienceClass;

    /// <summary>The confidence classes a holding of a kind can have.</summary>
    public static (int First, int Last) ClassesOf(HoldingKind kind) => kind switch
    {
        HoldingKind.Occupation => (OwnExperienceClass, UnitGroupClass - 1),
        HoldingKind.UnitGroup => (UnitGroupClass, Classes - 1),
        _ => (1, OwnExperienceClass - 1),
    };

    /// <summary>The confidence a holding of a class carries: its evidence factor, or the experience factor (lower for the unit group).</summary>
    public static double Confidence(int confidenceClass, MatchingOptions options) => confidenceClass switch
    {
        >= UnitGroupClass => options.UnitGroupShare * ExperienceFactor(confidenceClass - UnitGroupClass, options),
        >= OwnExperienceClass => ExperienceFactor(confidenceClass - OwnExperienceClass, options),
        _ => EvidenceFactor((Evidence)Math.Max(1, confidenceClass), options),
    };

    /// <summary>How well one holding fits one requirement: taxonomy relation and level, without confidence.</summary>
    public static double Fit(double taxonomyFactor, int minLevel, int level, MatchingOptions options) =>
        taxonomyFactor * LevelFit(minLevel, level, options);

    /// <summary>The credit of one holding for one requirement: fit times confidence.</summary>
    public static double Credit(double taxonomyFactor, int minLevel, int level, int confidenceClass, MatchingOptions options) =>
        Fit(taxonomyFactor, minLevel, level, options) * Confidence(confidenceClass, options);

    /// <summary>
    /// A required competence is fully met only by a competence the person recorded (itself or a
    /// narrower one) at the minimum level; experience earns credit but is inferred, not shown.
    /// </summary>
    public static bool FullyMeets(MatchVia via, bool experience, int minLevel, int level) =>
        !experience && via is MatchVia.Exact or MatchVia.Narrower && level >= minLevel;

    /// <summary>How specific a competence is, as a weight: transversal skills say least, occupation-specific ones most.</summary>
    public static double SpecificityWeight(ReuseLevel? level, MatchingOptions options) => level switch
    {
        ReuseLevel.Transversal => options.TransversalWeight,
        ReuseLevel.SectorSpecific => options.SectorSpecificWeight,
        ReuseLevel.OccupationSpecific => options.OccupationSpecificWeight,
        _ => options.CrossSectorWeight,
    };

    /// <summary>
    /// The weight of a requirement among the others of its kind (required or preferred): its own
    /// weight times its <see cref="Specificity"/>.
    /// </summary>
    public static double RequirementWeight(Requirement requirement, Taxonomy taxonomy, MatchingOptions options) =>
        Math.Max(0.0, requirement.Weight) *
        Specificity(taxonomy.ReuseLevelOf(requirement.CompetenceId), taxonomy.OccupationsNeeding(requirement.CompetenceId).Count, taxonomy.OccupationCount, options);

    /// <summary>
    /// How specific a competence is, the one reading of "specific" in the product: its weight by reuse
    /// level times its rarity among occupations raised to RarityExponent (0: rarity off; the
    /// catalogue's rarest competences weigh most). The score weighs a requirement by it, and a draft
    /// from an occupation requires the essential competences it puts first.
    /// </summary>
    /// <param name="level">The competence's ESCO reuse level, null when unknown (weighed as cross-sector).</param>
    /// <param name="essentialIn">How many occupations of the catalogue list the competence as essential.</param>
    /// <param name="occupationCount">How many occupations the catalogue has.</param>
    /// <param name="options">The weights by reuse level and the rarity exponent.</param>
    public static double Specificity(ReuseLevel? level, int essentialIn, int occupationCount, MatchingOptions options) =>
        SpecificityWeight(level, options) *
        (options.RarityExponent > 0 && occupationCount > 0 ? Math.Pow(Taxonomy.Rarity(essentialIn, occupationCount), options.RarityExponent) : 1.0);

    /// <summary>Whether a competence is generic: transversal, cross-sector or of unknown reuse level (counted as cross-sector).</summary>
    public static bool IsGeneric(ReuseLevel? level) => level is null or ReuseLevel.Transversal or ReuseLevel.CrossSector;

    /// <summary>
    /// The share of its credit a generic requirement keeps, from the person's weighted credit share on
    /// the specific required competences (sector- or occupation-specific): GenericCreditAlone with no
    /// specific credit, rising linearly to 1 at SpecificCoverageForGeneric. A generic skill (teamwork,
    /// customer service) says little about fit for this opportunity unless something specific to it
    /// comes with it. 1 when nothing specific is required. Rising with every specific credit, so a
    /// score stays monotone in each requirement's credit (the match index's bounds rely on it).
    /// </summary>
    public static double GenericShare(ReadOnlySpan<double> credits, double[] weights, bool[] required, bool[] generic, MatchingOptions options)
    {
        var (weight, credit) = (0.0, 0.0);
        for (var i = 0; i < credits.Length; i++)
        {
            if (required[i] && !generic[i])
            {
                weight += weights[i];
                credit += weights[i] * credits[i];
            }
        }

        return weight > 0
            ? options.GenericCreditAlone + ((1 - options.GenericCreditAlone) * Math.Min(1.0, credit / weight / options.SpecificCoverageForGeneric))
            : 1.0;
    }

    /// <summary>
    /// The weighted competence credit of the required and of the preferred requirements, from each
    /// requirement's best credit (0: nothing reaches it), generic ones times <see cref="GenericShare"/>.
    /// Folded in requirement order: the scorer and the match index both fold through here, so their sums agree to the last bit.
    /// </summary>
    public static (double Required, double Preferred) CompetenceCredit(ReadOnlySpan<double> credits, double[] weights, bool[] required, bool[] generic, MatchingOptions options)
    {
        var share = GenericShare(credits, weights, required, generic, options);
        var (requiredCredit, preferredCredit) = (0.0, 0.0);
        for (var i = 0; i < credits.Length; i++)
        {
            var credit = weights[i] * (generic[i] ? credits[i] * share : credits[i]);
            if (required[i])
            {
                requiredCredit += credit;
            }
            else
            {
                preferredCredit += credit;
            }
        }

        return (requiredCredit, preferredCredit);
    }

    /// <summary>Credit of a spoken language against a minimum level (null level: not spoken).</summary>
    public static double LanguageCredit(CefrLevel minimum, CefrLevel? spoken, MatchingOptions options) =>
        spoken is { } level ? Math.Max(0, 1 - (Math.Max(0, minimum.Rank - level.Rank) * options.LanguageStepPenalty)) : 0;

    /// <summary>
    /// The preferred-language part: the mean credit of the preferred languages; when multilingual
    /// work is valued, a share of it is kept for extra languages, so speaking more always adds.
    /// Null when the opportunity neither prefers a language nor values multilingual work.
    /// </summary>
    public static double? PreferredLanguages(double credit, int count, int extraLanguages, bool multilingualValued, MatchingOptions options)
    {
        double? score = count > 0 ? credit / count : null;
        if (multilingualValued)
        {
            var bonus = Math.Min(options.MultilingualShare, extraLanguages * options.ExtraLanguageBonus);
            score = ((score ?? 1.0) * (1 - options.MultilingualShare)) + bonus;
        }

        return score;
    }

    /// <summary>The mean credit of the required languages, null when none is required.</summary>
    public static double? RequiredLanguages(double credit, int count) => count > 0 ? credit / count : null;

    /// <summary>
    /// The language parts, folded in the opportunity's order: <paramref name="spoken"/> holds the
    /// level the person speaks each listed language at (null: not spoken), <paramref name="extras"/>
    /// how many other languages they speak at B1 or better. One fold for the scorer and the index.
    /// </summary>
    public static LanguageParts Languages(IReadOnlyList<LanguageRequirement> wanted, ReadOnlySpan<CefrLevel?> spoken, int extras, bool multilingualValued, MatchingOptions options)
    {
        var (requiredCredit, requiredCount, requiredMet) = (0.0, 0, 0);
        var (preferredCredit, preferredCount) = (0.0, 0);
        for (var i = 0; i < wanted.Count; i++)
        {
            var credit = LanguageCredit(wanted[i].MinLevel, spoken[i], options);
            if (wanted[i].Importance == Importance.Required)
            {
                requiredCredit += credit;
                requiredCount++;
                requiredMet += spoken[i] is { } level && level >= wanted[i].MinLevel ? 1 : 0;
            }
            else
            {
                preferredCredit += credit;
                preferredCount++;
            }
        }

        return new LanguageParts(
            RequiredLanguages(requiredCredit, requiredCount),
            PreferredLanguages(preferredCredit, preferredCount, extras, multilingualValued, options),
            requiredCount,
            requiredMet);
    }

    /// <summary>A weighted share: credit over weight, null when nothing of the kind is asked.</summary>
    public static double? Share(double credit, double weight, int count) => count > 0 ? (weight > 0 ? credit / weight : 0) : null;

    /// <summary>The distance shown and scored: between two centroids, rounded to 0.1 km.</summary>
    public static double DistanceKm(GeoPoint from, GeoPoint to) =>
        Math.Round(Domain.Places.PostcodeDirectory.Haversine((from.Latitude, from.Longitude), (to.Latitude, to.Longitude)), 1);

    /// <summary>1 at zero km, falling linearly to DistanceScoreAtMax at the person's maximum, 0 beyond.</summary>
    public static double DistanceScore(double km, int maxTravelKm, MatchingOptions options)
    {
        var max = Math.Max(1, maxTravelKm);
        return km > max ? 0 : 1 - ((1 - options.DistanceScoreAtMax) * (km / max));
    }

    /// <summary>The share of the asked hours the person can give; null when either is unknown.</summary>
    public static double? HoursScore(double asked, double available) =>
        asked > 0 && available > 0 ? Math.Min(1.0, available / asked) : null;

    /// <summary>
    /// The share of the opportunity's interests the person shares; null when the opportunity lists
    /// none, so every candidate for one opportunity is compared on the same components.
    /// </summary>
    public static double? Interests(int hits, int wanted) =>
        wanted == 0 ? null : (double)hits / wanted;

    /// <summary>
    /// The score on 0..100: the required block (required competences and languages, weighted like
    /// their components) fills RequiredShare, the rest block (preferred competences and languages,
    /// distance, hours, interests) the remainder; a block that does not apply leaves the whole to the other.
    /// </summary>
    public static double Combine(in ScoreParts parts, MatchingOptions options) =>
        Math.Round(Math.Clamp(100 * Shares(parts, options, out _, out _), 0, 100), 2);

    /// <summary>The points of each component, summing to the unrounded score.</summary>
    public static ScorePoints Points(in ScoreParts parts, MatchingOptions options)
    {
        Shares(parts, options, out var required, out var rest);
        double Part(double weight, double? requiredValue, double? restValue) =>
            Math.Round(100 * ((requiredValue is { } r ? required * weight * r : 0) + (restValue is { } x ? rest * weight * x : 0)), 2);

        return new ScorePoints(
            Part(options.CompetencesWeight, parts.RequiredCompetences, parts.PreferredCompetences),
            Part(options.LanguagesWeight, parts.RequiredLanguages, parts.PreferredLanguages),
            Part(options.DistanceWeight, null, parts.Distance),
            Part(options.HoursWeight, null, parts.Hours),
            Part(options.InterestsWeight, null, parts.Interests));
    }

    /// <summary>
    /// What one unit of a part is worth in the score on 0..1, per unit of component weight: for a
    /// required part (<c>Required</c>) and for a rest part (<c>Others</c>). A part's points are
    /// 100 × factor × component weight × value.
    /// </summary>
    public static (double Required, double Others) BlockFactors(in ScoreParts parts, MatchingOptions options)
    {
        Shares(parts, options, out var required, out var rest);
        return (required, rest);
    }

    /// <summary>
    /// A component on 0..100 as the matchmaker reads it: its required and preferred parts mixed
    /// in the blocks' shares (one part alone when the other does not apply).
    /// </summary>
    public static double? Component(double? required, double? preferred, MatchingOptions options) =>
        (required, preferred) switch
        {
            ({ } r, { } p) => Math.Round(100 * ((options.RequiredShare * r) + ((1 - options.RequiredShare) * p)), 1),
            ({ } r, null) => Math.Round(100 * r, 1),
            (null, { } p) => Math.Round(100 * p, 1),
            _ => null,
        };

    /// <summary>The score on 0..1, with the factor each required and each rest weight is multiplied by.</summary>
    private static double Shares(in ScoreParts parts, MatchingOptions options, out double requiredFactor, out double restFactor)
    {
        var requiredWeight = 0.0;
        var requiredSum = 0.0;
        Add(ref requiredWeight, ref requiredSum, parts.RequiredCompetences, options.CompetencesWeight);
        Add(ref requiredWeight, ref requiredSum, parts.RequiredLanguages, options.LanguagesWeight);

        var restWeight = 0.0;
        var restSum = 0.0;
        Add(ref restWeight, ref restSum, parts.PreferredCompetences, options.CompetencesWeight);
        Add(ref restWeight, ref restSum, parts.PreferredLanguages, options.LanguagesWeight);
        Add(ref restWeight, ref restSum, parts.Distance, options.DistanceWeight);
        Add(ref restWeight, ref restSum, parts.Hours, options.HoursWeight);
        Add(ref restWeight, ref restSum, parts.Interests, options.InterestsWeight);

        var requiredShare = requiredWeight > 0 ? (restWeight > 0 ? options.RequiredShare : 1.0) : 0.0;
        requiredFactor = requiredWeight > 0 ? requiredShare / requiredWeight : 0;
        restFactor = restWeight > 0 ? (1 - requiredShare) / restWeight : 0;
        return (requiredWeight > 0 ? requiredShare * (requiredSum / requiredWeight) : 0) +
               (restWeight > 0 ? (1 - requiredShare) * (restSum / restWeight) : 0);

        static void Add(ref double weight, ref double sum, double? value, double w)
        {
            if (value is { } v && w > 0)
            {
                weight += w;
                sum += v * w;
            }
        }
    }
}

/// <summary>The language parts of a score (null: does not apply), with the required languages counted and met.</summary>
public readonly record struct LanguageParts(double? Required, double? Preferred, int RequiredCount, int RequiredMet);

/// <summary>
/// The parts of a score on 0..1 (null: does not apply): competences and languages each split
/// into what is required and what is preferred, then distance, hours and interests.
/// </summary>
public readonly record struct ScoreParts(
    double? RequiredCompetences,
    double? PreferredCompetences,
    double? RequiredLanguages,
    double? PreferredLanguages,
    double? Distance,
    double? Hours,
    double? Interests);
