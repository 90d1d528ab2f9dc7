using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>
/// The formulas of the scoring model, one place for each: the scorer that explains a match and
/// the match index that ranks thousands of people both compute scores with these functions.
/// </summary>
public static class ScoreModel
{
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

    /// <summary>How well one competence fits one requirement: taxonomy relation and level, without evidence.</summary>
    public static double Fit(double taxonomyFactor, int minLevel, int level, MatchingOptions options) =>
        taxonomyFactor * LevelFit(minLevel, level, options);

    /// <summary>A required competence is fully met only by the competence itself or a narrower one, at the minimum level.</summary>
    public static bool FullyMeets(MatchVia via, int minLevel, int level) =>
        via is MatchVia.Exact or MatchVia.Narrower && level >= minLevel;

    /// <summary>
    /// The factor a required item multiplies the whole score by: 1 when it fits fully, 1 − penalty
    /// when missing. It takes the best fit among the person's competences that reach the item, not
    /// the credit: evidence adds confidence, never a gap.
    /// </summary>
    public static double RequiredGap(double fit, MatchingOptions options) =>
        1 - (options.RequiredGapPenalty * (1 - fit));

    /// <summary>
    /// The whole required-gap factor: the product of the matched required competences' gaps (in
    /// requirement order), one full penalty per missing required competence, then the product of the
    /// required languages' gaps. One grouping of the products, so the scorer and the match index
    /// agree to the last bit and never round a score differently.
    /// </summary>
    public static double GapFactor(double matchedCompetences, int missingRequired, double languages, MatchingOptions options) =>
        matchedCompetences * Math.Pow(RequiredGap(0, options), missingRequired) * languages;

    /// <summary>The weight of a requirement among the others.</summary>
    public static double RequirementWeight(Requirement requirement, MatchingOptions options) =>
        Math.Max(0.0, requirement.Weight) * (requirement.Importance == Importance.Required ? options.RequiredMultiplier : 1.0);

    /// <summary>Credit of a spoken language against a minimum level (null level: not spoken).</summary>
    public static double LanguageCredit(CefrLevel minimum, CefrLevel? spoken, MatchingOptions options) =>
        spoken is { } level ? Math.Max(0, 1 - (Math.Max(0, minimum.Rank - level.Rank) * options.LanguageStepPenalty)) : 0;

    /// <summary>1 at zero km, falling linearly to DistanceScoreAtMax at the person's maximum, 0 beyond.</summary>
    public static double DistanceScore(double km, int maxTravelKm, MatchingOptions options)
    {
        var max = Math.Max(1, maxTravelKm);
        return km > max ? 0 : 1 - ((1 - options.DistanceScoreAtMax) * (km / max));
    }

    /// <summary>The share of the asked hours the person can give; null when either is unknown.</summary>
    public static double? HoursScore(double asked, double available) =>
        asked > 0 && available > 0 ? Math.Min(1.0, available / asked) : null;

    /// <summary>The weighted mean of the components that apply, times the required-gap factor, on 0..100.</summary>
    public static double Combine(ScoreParts parts, MatchingOptions options)
    {
        var weight = 0.0;
        var sum = 0.0;
        void Add(double? value, double w)
        {
            if (value is { } v)
            {
                weight += w;
                sum += v * w;
            }
        }

        Add(parts.Competences, options.CompetencesWeight);
        Add(parts.Languages, options.LanguagesWeight);
        Add(parts.Distance, options.DistanceWeight);
        Add(parts.Hours, options.HoursWeight);
        Add(parts.Interests, options.InterestsWeight);
        var baseScore = weight > 0 ? sum / weight : 0;
        return Math.Round(Math.Clamp(100 * baseScore * parts.GapFactor, 0, 100), 2);
    }

    /// <summary>The total weight of the components that apply (for turning credits into points).</summary>
    public static double ApplicableWeight(ScoreParts parts, MatchingOptions options) =>
        (parts.Competences is null ? 0 : options.CompetencesWeight) +
        (parts.Languages is null ? 0 : options.LanguagesWeight) +
        (parts.Distance is null ? 0 : options.DistanceWeight) +
        (parts.Hours is null ? 0 : options.HoursWeight) +
        (parts.Interests is null ? 0 : options.InterestsWeight);
}

/// <summary>The components of a score on 0..1 (null: does not apply) and the required-gap factor.</summary>
public readonly record struct ScoreParts(double? Competences, double? Languages, double? Distance, double? Hours, double? Interests, double GapFactor);

/// <summary>Language and interest formulas shared by the scorer and the index.</summary>
public static class ScoreModelParts
{
    /// <summary>
    /// The language component: the weighted credit of the listed languages. When multilingual work
    /// is valued, a share of the component is kept for extra languages, so a person who meets every
    /// listed language still gains from speaking more.
    /// </summary>
    public static double? Languages(double weightedCredit, double weightTotal, int extraLanguages, bool multilingualValued, MatchingOptions options)
    {
        double? score = weightTotal > 0 ? weightedCredit / weightTotal : null;
        if (multilingualValued)
        {
            var bonus = Math.Min(options.MultilingualShare, extraLanguages * options.ExtraLanguageBonus);
            score = ((score ?? 1.0) * (1 - options.MultilingualShare)) + bonus;
        }

        return score;
    }

    /// <summary>
    /// The share of the opportunity's interests the person shares; null when the opportunity lists
    /// none, so every candidate for one opportunity is compared on the same components.
    /// </summary>
    public static double? Interests(int hits, int wanted) =>
        wanted == 0 ? null : (double)hits / wanted;
}
