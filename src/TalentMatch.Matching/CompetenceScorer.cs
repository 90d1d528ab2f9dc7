using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>An opportunity with each requirement expanded over the taxonomy, ready for scoring.</summary>
public sealed class PreparedOpportunity
{
    internal PreparedOpportunity(OpportunitySpec spec, IReadOnlyList<Dictionary<Guid, (MatchVia Via, double Factor)>> expansions)
    {
        Spec = spec;
        Expansions = expansions;
    }

    public OpportunitySpec Spec { get; }

    /// <summary>Per requirement (same order): every competence that earns credit, and how.</summary>
    internal IReadOnlyList<Dictionary<Guid, (MatchVia Via, double Factor)>> Expansions { get; }

    /// <summary>The competences that earn credit for requirement <paramref name="requirement"/>, and how.</summary>
    public IReadOnlyDictionary<Guid, (MatchVia Via, double Factor)> ExpansionOf(int requirement) => Expansions[requirement];
}

/// <summary>
/// The scoring model of DESIGN.md: weighted components (competences, languages, distance,
/// hours, interests), taxonomy credit, level fit, evidence confidence, and a sharp but
/// non-hiding penalty for unmet required items. Pure and deterministic.
/// </summary>
public sealed class CompetenceScorer(MatchingOptions options, Taxonomy taxonomy) : IMatchScorer
{
    public MatchingOptions Options { get; } = options;

    public Taxonomy Taxonomy { get; } = taxonomy;

    public PreparedOpportunity Prepare(OpportunitySpec opportunity)
    {
        var expansions = opportunity.Requirements.Select(r => Expand(r.CompetenceId)).ToList();
        return new PreparedOpportunity(opportunity, expansions);
    }

    private Dictionary<Guid, (MatchVia Via, double Factor)> Expand(Guid required)
    {
        var map = new Dictionary<Guid, (MatchVia, double)>();
        void Offer(Guid id, MatchVia via, double factor)
        {
            if (!map.TryGetValue(id, out var existing) || existing.Item2 < factor)
            {
                map[id] = (via, factor);
            }
        }

        Offer(required, MatchVia.Exact, 1.0);
        foreach (var narrower in Taxonomy.Walk(required, Options.TaxonomyDepth, Taxonomy.NarrowerOf))
        {
            Offer(narrower, MatchVia.Narrower, Options.NarrowerFactor);
        }

        // Broader credit only up to two levels: "handling goods" says less about "operate forklift" the higher it goes.
        foreach (var broader in Taxonomy.Walk(required, Math.Min(2, Options.TaxonomyDepth), Taxonomy.BroaderOf))
        {
            Offer(broader, MatchVia.Broader, Options.BroaderFactor);
        }

        foreach (var related in Taxonomy.RelatedTo(required))
        {
            Offer(related, MatchVia.Related, Options.RelatedFactor);
        }

        // Siblings: skills sharing a direct broader concept — only in small groups, where being
        // in the same group still says the skills are alike.
        foreach (var parent in Taxonomy.BroaderOf(required))
        {
            var siblings = Taxonomy.NarrowerOf(parent);
            if (siblings.Count > Options.SiblingGroupLimit)
            {
                continue;
            }

            foreach (var sibling in siblings)
            {
                Offer(sibling, MatchVia.Related, Options.RelatedFactor);
            }
        }

        return map;
    }

    public MatchResult Score(PreparedOpportunity prepared, Candidate candidate)
    {
        var spec = prepared.Spec;
        var competenceGap = 1.0;
        var missingRequired = 0;
        var meetsAllRequired = true;

        // Competences.
        var competenceWeightTotal = 0.0;
        var competenceCredit = 0.0;
        var matchedRaw = new List<(MatchedCompetence Match, double Weight)>();
        var missing = new List<MissingCompetence>();
        var byId = new Dictionary<Guid, CandidateCompetence>(candidate.Competences.Count);
        foreach (var c in candidate.Competences)
        {
            byId.TryAdd(c.CompetenceId, c);
        }

        for (var i = 0; i < spec.Requirements.Count; i++)
        {
            var requirement = spec.Requirements[i];
            var required = requirement.Importance == Importance.Required;
            var weight = ScoreModel.RequirementWeight(requirement, Options);
            competenceWeightTotal += weight;

            var best = BestMatch(prepared.Expansions[i], byId, requirement);
            if (best is null)
            {
                missing.Add(new MissingCompetence(requirement.CompetenceId, required));
                if (required)
                {
                    meetsAllRequired = false;
                    missingRequired++;
                }

                continue;
            }

            var (have, via, credit, bestFit, fullyMet) = best.Value;
            competenceCredit += weight * credit;
            if (required)
            {
                meetsAllRequired &= fullyMet;

                // The gap is about fit alone: evidence may add confidence but never counts as a gap.
                competenceGap *= ScoreModel.RequiredGap(bestFit, Options);
            }

            matchedRaw.Add((new MatchedCompetence(requirement.CompetenceId, have.CompetenceId, required, via, have.Source, have.Evidence, have.Level, requirement.MinLevel, credit, 0), weight * credit));
        }

        double? competenceScore = competenceWeightTotal > 0 ? competenceCredit / competenceWeightTotal : null;

        // Languages.
        var (languageScore, languageFits, languagesMet, languageGap) = ScoreLanguages(spec, candidate);
        meetsAllRequired &= languagesMet;
        var gapFactor = ScoreModel.GapFactor(competenceGap, missingRequired, languageGap, Options);

        // Practical fit.
        double? distanceKm = spec.Location is { } here && candidate.Location is { } there
            ? Math.Round(Distance(here, there), 1)
            : null;
        double? distanceScore = distanceKm is { } km ? ScoreModel.DistanceScore(km, candidate.MaxTravelKm, Options) : null;
        var hoursScore = ScoreModel.HoursScore(spec.Hours, candidate.HoursPerWeek);
        var interestScore = InterestScore(spec.Interests, candidate.Interests);

        // Weighted mean over the components that apply, then the required-gap factor.
        var parts = new ScoreParts(competenceScore, languageScore, distanceScore, hoursScore, interestScore, gapFactor);
        var applicableWeight = ScoreModel.ApplicableWeight(parts, Options);
        var score = ScoreModel.Combine(parts, Options);

        // Each matched competence's share of the final score, in points.
        var pointsPerCredit = competenceWeightTotal > 0 && applicableWeight > 0
            ? 100 * Options.CompetencesWeight / applicableWeight / competenceWeightTotal * gapFactor
            : 0;
        var matched = matchedRaw
            .Select(m => m.Match with { Contribution = Math.Round(m.Weight * pointsPerCredit, 2) })
            .ToList();

        return new MatchResult(
            candidate.Id,
            spec.Id,
            spec.Kind,
            score,
            meetsAllRequired,
            new ScoreComponents(Percent(competenceScore), Percent(languageScore), Percent(distanceScore), Percent(hoursScore), Percent(interestScore)),
            Math.Round(gapFactor, 4),
            matched,
            missing,
            languageFits,
            distanceKm);
    }

    /// <summary>
    /// The competence with the most credit (shown in the explanation), and over every competence
    /// that reaches the requirement the best fit and whether one fully meets it. Each is a maximum
    /// on its own, so a competence added to a profile can never lower its score.
    /// </summary>
    private (CandidateCompetence Have, MatchVia Via, double Credit, double BestFit, bool FullyMet)? BestMatch(
        Dictionary<Guid, (MatchVia Via, double Factor)> expansion,
        Dictionary<Guid, CandidateCompetence> have,
        Requirement requirement)
    {
        (CandidateCompetence Have, MatchVia Via, double Credit, double BestFit, bool FullyMet)? best = null;

        // Iterate the smaller side.
        if (have.Count <= expansion.Count)
        {
            foreach (var (id, competence) in have)
            {
                if (expansion.TryGetValue(id, out var hit))
                {
                    Consider(competence, hit.Via, hit.Factor);
                }
            }
        }
        else
        {
            foreach (var (id, hit) in expansion)
            {
                if (have.TryGetValue(id, out var competence))
                {
                    Consider(competence, hit.Via, hit.Factor);
                }
            }
        }

        return best;

        void Consider(CandidateCompetence competence, MatchVia via, double factor)
        {
            var fit = ScoreModel.Fit(factor, requirement.MinLevel, competence.Level, Options);
            var credit = fit * ScoreModel.EvidenceFactor(competence.Evidence, Options);
            var fullyMet = ScoreModel.FullyMeets(via, requirement.MinLevel, competence.Level);
            if (best is not { } current)
            {
                best = (competence, via, credit, fit, fullyMet);
                return;
            }

            var bestFit = Math.Max(current.BestFit, fit);
            var anyMet = current.FullyMet || fullyMet;
            best = credit > current.Credit || (credit == current.Credit && competence.CompetenceId.CompareTo(current.Have.CompetenceId) < 0)
                ? (competence, via, credit, bestFit, anyMet)
                : current with { BestFit = bestFit, FullyMet = anyMet };
        }
    }

    private (double? Score, List<LanguageFit> Fits, bool RequiredMet, double GapFactor) ScoreLanguages(OpportunitySpec spec, Candidate candidate)
    {
        var fits = new List<LanguageFit>();
        var gapFactor = 1.0;
        var requiredMet = true;
        var spoken = candidate.Languages
            .GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(l => l.IsNative ? CefrLevel.C2 : l.Level), StringComparer.OrdinalIgnoreCase);

        var weightTotal = 0.0;
        var credit = 0.0;
        foreach (var wanted in spec.Languages)
        {
            var required = wanted.Importance == Importance.Required;
            var weight = required ? Options.RequiredMultiplier : 1.0;
            weightTotal += weight;
            CefrLevel? level = spoken.TryGetValue(wanted.Code, out var l) ? l : null;
            var met = level is { } have && have >= wanted.MinLevel;
            var languageCredit = ScoreModel.LanguageCredit(wanted.MinLevel, level, Options);
            credit += weight * languageCredit;
            if (required)
            {
                requiredMet &= met;
                gapFactor *= ScoreModel.RequiredGap(languageCredit, Options);
            }

            fits.Add(new LanguageFit(wanted.Code, required, wanted.MinLevel, level, met, Extra: false));
        }

        var extraCount = 0;
        if (spec.MultilingualValued)
        {
            var listed = spec.Languages.Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var extras = spoken.Where(s => !listed.Contains(s.Key) && s.Value >= CefrLevel.B1).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            foreach (var extra in extras)
            {
                fits.Add(new LanguageFit(extra.Key, false, null, extra.Value, true, Extra: true));
            }

            extraCount = extras.Count;
        }

        var score = ScoreModelParts.Languages(credit, weightTotal, extraCount, spec.MultilingualValued, Options);
        return (score, fits, requiredMet, gapFactor);
    }

    private static double? InterestScore(IReadOnlyList<string> wanted, IReadOnlyList<string> interests)
    {
        var have = interests.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var hits = wanted.Select(TextNormalizer.Normalize).Count(have.Contains);
        return ScoreModelParts.Interests(hits, wanted.Count);
    }

    private static double? Percent(double? value) => value is { } v ? Math.Round(100 * v, 1) : null;

    private static double Distance(GeoPoint a, GeoPoint b) =>
        Domain.Places.PostcodeDirectory.Haversine((a.Latitude, a.Longitude), (b.Latitude, b.Longitude));
}
