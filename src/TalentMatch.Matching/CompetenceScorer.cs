using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>
/// How a key the person may hold earns credit for one requirement: a competence through a
/// taxonomy relation, or an occupation (or ISCO unit group) through one of its essential
/// competences, <see cref="Through"/>.
/// </summary>
/// <remarks>Laid out by the runtime (32 bytes rather than 40 in declaration order): the read model keeps hundreds of thousands.</remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Reach(MatchVia Via, double Factor, Guid Through, HoldingKind Kind)
{
    /// <summary>Whether the credit comes through experience (an occupation or its unit group).</summary>
    public bool Experience => Kind != HoldingKind.Competence;
}

/// <summary>What a holding's key stands for.</summary>
public enum HoldingKind
{
    Competence = 0,
    Occupation = 1,
    UnitGroup = 2,
}

/// <summary>
/// Every key that earns credit for one competence, and how: read-only, shared by every
/// requirement of that competence. <see cref="Reaches"/> holds the map's values in its order.
/// </summary>
internal sealed class Expansion
{
    public Expansion(Dictionary<Guid, Reach> map)
    {
        Map = map;
        Reaches = [.. map.Values];
    }

    public Dictionary<Guid, Reach> Map { get; }

    public Reach[] Reaches { get; }
}

/// <summary>One requirement a key earns credit for: the requirement's index, and where its <see cref="Reach"/> is in that requirement's expansion.</summary>
internal readonly record struct ReachedRequirement(int Requirement, int Position);

/// <summary>An opportunity with each requirement expanded over the taxonomy and weighed, ready for scoring.</summary>
public sealed class PreparedOpportunity
{
    // The expansions inverted by key, flat: per key (numbered in order of first appearance) a run
    // of entries in one array (the requirements it reaches, in requirement order), each pointing
    // at the shared expansion's Reach instead of copying it. A prepared opportunity lives in the
    // read model for as long as it is open: an array per key cost ~150 MB over 2,000 of them
    // (docs/benchmarks/memory.md).
    private readonly Dictionary<Guid, int> _keyNumbers;

    /// <summary>Per key number, where its run starts; one more at the end, so a run ends where the next starts.</summary>
    private readonly int[] _runStarts;

    private readonly ReachedRequirement[] _entries;
    private readonly Reach[][] _reaches;

    internal PreparedOpportunity(OpportunitySpec spec, IReadOnlyList<Expansion> expansions, double[] weights, bool[] generic)
    {
        Spec = spec;
        Generic = generic;
        Required = spec.Requirements.Select(r => r.Importance == Importance.Required).ToArray();
        Expansions = expansions.Select(e => e.Map).ToArray();
        _reaches = expansions.Select(e => e.Reaches).ToArray();
        Weights = weights;

        // Number the keys and count their entries, then place each entry in its key's run.
        var total = 0;
        foreach (var expansion in expansions)
        {
            total += expansion.Map.Count;
        }

        var numbers = new Dictionary<Guid, int>(total);
        var counts = new int[total + 1];
        foreach (var expansion in expansions)
        {
            foreach (var key in expansion.Map.Keys)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, key, out var exists);
                number = exists ? number : numbers.Count - 1;
                counts[number + 1]++;
            }
        }

        var starts = new int[numbers.Count + 1];
        for (var k = 1; k < starts.Length; k++)
        {
            starts[k] = starts[k - 1] + counts[k];
        }

        var next = counts.AsSpan(0, numbers.Count);
        starts.AsSpan(0, numbers.Count).CopyTo(next);
        var entries = new ReachedRequirement[total];
        for (var i = 0; i < expansions.Count; i++)
        {
            var position = 0;
            foreach (var key in expansions[i].Map.Keys)
            {
                entries[next[numbers[key]]++] = new ReachedRequirement(i, position++);
            }
        }

        numbers.TrimExcess();
        _keyNumbers = numbers;
        _runStarts = starts;
        _entries = entries;
        Interests = spec.Interests.Select(TextNormalizer.Normalize).ToArray();
    }

    /// <summary>The opportunity's interests, normalised (duplicates kept: each counts, as listed).</summary>
    internal string[] Interests { get; }

    /// <summary>Its keys as the match index last resolved them (the index checks they are still valid).</summary>
    internal MatchIndex.ResolvedSources? Resolved { get => Volatile.Read(ref _resolved); set => Volatile.Write(ref _resolved, value); }

    private MatchIndex.ResolvedSources? _resolved;

    public OpportunitySpec Spec { get; }

    /// <summary>Per requirement (same order): every key that earns credit, and how.</summary>
    internal IReadOnlyList<Dictionary<Guid, Reach>> Expansions { get; }

    /// <summary>Per requirement (same order): its weight among the requirements of its kind.</summary>
    internal double[] Weights { get; }

    /// <summary>Per requirement (same order): whether it is required.</summary>
    internal bool[] Required { get; }

    /// <summary>Per requirement (same order): whether its competence is generic (<see cref="ScoreModel.IsGeneric"/>).</summary>
    internal bool[] Generic { get; }

    /// <summary>The requirements <paramref name="key"/> earns credit for, in requirement order (empty when none); see <see cref="ReachOf"/>.</summary>
    internal ReadOnlySpan<ReachedRequirement> RequirementsReachedBy(Guid key) =>
        _keyNumbers.TryGetValue(key, out var number) ? _entries.AsSpan(_runStarts[number], _runStarts[number + 1] - _runStarts[number]) : [];

    /// <summary>How the key of <paramref name="entry"/> earns credit for its requirement.</summary>
    internal ref readonly Reach ReachOf(ReachedRequirement entry) => ref _reaches[entry.Requirement][entry.Position];

    /// <summary>The keys that earn credit for requirement <paramref name="requirement"/>, and how.</summary>
    public IReadOnlyDictionary<Guid, Reach> ExpansionOf(int requirement) => Expansions[requirement];

    /// <summary>The weight of requirement <paramref name="requirement"/> (its specificity times its own weight).</summary>
    public double WeightOf(int requirement) => Weights[requirement];
}

/// <summary>
/// The scoring model of DESIGN.md (v2, ADR 0010): graded coverage of weighted requirements
/// (specific ones weigh more), taxonomy and experience credit, level fit, evidence confidence,
/// languages and practical fit, combined with the required items filling most of the score.
/// Pure and deterministic.
/// </summary>
public sealed class CompetenceScorer(MatchingOptions options, Taxonomy taxonomy) : IMatchScorer
{
    /// <summary>Expansions kept per competence, up to this many (the taxonomy never changes, so neither do they).</summary>
    private const int MaxCachedExpansions = 20_000;

    private readonly ConcurrentDictionary<Guid, Expansion> _expansions = new();

    public MatchingOptions Options { get; } = options;

    public Taxonomy Taxonomy { get; } = taxonomy;

    public PreparedOpportunity Prepare(OpportunitySpec opportunity)
    {
        var expansions = opportunity.Requirements.Select(r => ExpansionOf(r.CompetenceId)).ToList();
        var weights = opportunity.Requirements.Select(r => ScoreModel.RequirementWeight(r, Taxonomy, Options)).ToArray();
        var generic = opportunity.Requirements.Select(r => ScoreModel.IsGeneric(Taxonomy.ReuseLevelOf(r.CompetenceId))).ToArray();
        return new PreparedOpportunity(opportunity, expansions, weights, generic);
    }

    /// <summary>Every key that earns credit for a requirement of <paramref name="required"/>, and how; read-only, shared.</summary>
    private Expansion ExpansionOf(Guid required)
    {
        if (_expansions.TryGetValue(required, out var cached))
        {
            return cached;
        }

        var expansion = new Expansion(Expand(required));
        return _expansions.Count < MaxCachedExpansions ? _expansions.GetOrAdd(required, expansion) : expansion;
    }

    private Dictionary<Guid, Reach> Expand(Guid required)
    {
        var map = new Dictionary<Guid, Reach>();
        void Offer(Guid id, MatchVia via, double factor, Guid through, HoldingKind kind)
        {
            if (!map.TryGetValue(id, out var existing) || existing.Factor < factor ||
                (existing.Factor == factor && existing.Through.CompareTo(through) > 0))
            {
                map[id] = new Reach(via, factor, through, kind);
            }
        }

        Offer(required, MatchVia.Exact, 1.0, required, HoldingKind.Competence);
        foreach (var narrower in Taxonomy.Walk(required, Options.TaxonomyDepth, Taxonomy.NarrowerOf))
        {
            Offer(narrower, MatchVia.Narrower, Options.NarrowerFactor, narrower, HoldingKind.Competence);
        }

        // Broader credit only up to two levels: "handling goods" says less about "operate forklift" the higher it goes.
        foreach (var broader in Taxonomy.Walk(required, Math.Min(2, Options.TaxonomyDepth), Taxonomy.BroaderOf))
        {
            Offer(broader, MatchVia.Broader, Options.BroaderFactor, broader, HoldingKind.Competence);
        }

        // Related and sibling credit for a specific requirement comes only from specific skills: a
        // generic one (teamwork, customer service) says little about a specific skill, however closely
        // ESCO places the two (measured in docs/evaluation.md, "Taxonomy credit from generic skills").
        var specific = !ScoreModel.IsGeneric(Taxonomy.ReuseLevelOf(required));
        bool Alike(Guid skill) => !specific || !ScoreModel.IsGeneric(Taxonomy.ReuseLevelOf(skill));
        foreach (var related in Taxonomy.RelatedTo(required).Where(Alike))
        {
            Offer(related, MatchVia.Related, Options.RelatedFactor, related, HoldingKind.Competence);
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

            foreach (var sibling in siblings.Where(Alike))
            {
                Offer(sibling, MatchVia.Sibling, Options.SiblingFactor, sibling, HoldingKind.Competence);
            }
        }

        // Experience: an occupation with the competence (or a narrower one) among its essential ones
        // credits the requirement, and so does its ISCO unit group (at a lower confidence, set by the
        // person's holding). Taxonomy credit on top of inferred competences would guess twice.
        foreach (var (competence, reach) in map.Where(m => m.Value.Via is MatchVia.Exact or MatchVia.Narrower).ToList())
        {
            foreach (var occupation in Taxonomy.OccupationsNeeding(competence))
            {
                Offer(occupation.OccupationId, reach.Via, reach.Factor, competence, HoldingKind.Occupation);
                if (Taxonomy.UnitGroupKey(occupation.IscoGroup) is { } group)
                {
                    Offer(group, reach.Via, reach.Factor, competence, HoldingKind.UnitGroup);
                }
            }
        }

        return map;
    }

    /// <summary>What the person holds, by key: recorded competences (the first of duplicates counts), occupations and unit groups.</summary>
    public IReadOnlyList<Holding> Holdings(Candidate candidate)
    {
        var holdings = new List<Holding>(candidate.Competences.Count + (2 * candidate.Experiences.Count));
        var recorded = candidate.Competences.Count > SmallProfile ? new HashSet<Guid>() : null;
        foreach (var c in candidate.Competences)
        {
            if (recorded?.Add(c.CompetenceId) ?? !RecordedIn(holdings, c.CompetenceId))
            {
                holdings.Add(Recorded(c));
            }
        }

        AddExperience(holdings, candidate.Experiences);
        return holdings;
    }

    /// <summary>Up to this many recorded competences, duplicates are found by a scan of the holdings so far rather than a set.</summary>
    private const int SmallProfile = 32;

    private static bool RecordedIn(List<Holding> holdings, Guid competence)
    {
        foreach (var holding in CollectionsMarshal.AsSpan(holdings))
        {
            if (holding.Key == competence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The holding of a recorded competence.</summary>
    internal static Holding Recorded(CandidateCompetence c) => Recorded(c.CompetenceId, c.Level, c.Source, c.Evidence);

    /// <summary>The same from its parts (as the match index stores them).</summary>
    internal static Holding Recorded(Guid competence, int level, CompetenceSource source, Evidence evidence) =>
        new(competence, level, ScoreModel.EvidenceClass(evidence), source, evidence, null);

    /// <summary>The holdings of <paramref name="experiences"/>, in order: per known occupation its own key, then its unit group's.</summary>
    internal void AddExperience(List<Holding> holdings, IReadOnlyList<CandidateExperience> experiences)
    {
        foreach (var experience in experiences)
        {
            if (Taxonomy.Occupation(experience.OccupationId) is not { } occupation)
            {
                continue;
            }

            var tier = ScoreModel.ExperienceTier(experience.Years, Options);
            var source = SourceOf(experience.Context);
            var level = ScoreModel.ExperienceLevel(tier);
            holdings.Add(new Holding(occupation.OccupationId, level, ScoreModel.ExperienceClass(tier, unitGroup: false), source, Evidence.Declared, experience));
            if (Taxonomy.UnitGroupKey(occupation.IscoGroup) is { } group)
            {
                holdings.Add(new Holding(group, level, ScoreModel.ExperienceClass(tier, unitGroup: true), source, Evidence.Declared, experience));
            }
        }
    }

    /// <summary>Where experience in a context was learned, as a competence source.</summary>
    public static CompetenceSource SourceOf(ExperienceContext context) => context switch
    {
        ExperienceContext.Volunteering => CompetenceSource.Volunteering,
        ExperienceContext.Life => CompetenceSource.Life,
        _ => CompetenceSource.Work,
    };

    public MatchResult Score(PreparedOpportunity prepared, Candidate candidate) => Score(prepared, Prepare(candidate));

    public PreparedCandidate Prepare(Candidate candidate) => Prepare(candidate, Holdings(candidate));

    /// <summary>The same, with the person's holdings already known (as <see cref="Holdings"/> gives them).</summary>
    internal static PreparedCandidate Prepare(Candidate candidate, IReadOnlyList<Holding> holdings)
    {
        var spoken = new Dictionary<string, CefrLevel>(candidate.Languages.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var language in candidate.Languages)
        {
            AddSpoken(spoken, language.Code, language.Level, language.IsNative);
        }

        var interests = new HashSet<string>(candidate.Interests.Count, StringComparer.Ordinal);
        foreach (var interest in candidate.Interests)
        {
            interests.Add(TextNormalizer.Normalize(interest));
        }

        return new PreparedCandidate(candidate, holdings, spoken, interests);
    }

    /// <summary>A language a person speaks: per code (any case) the best level counts, native as C2; the first spelling is kept.</summary>
    internal static void AddSpoken(Dictionary<string, CefrLevel> spoken, string code, CefrLevel level, bool native)
    {
        var effective = native ? CefrLevel.C2 : level;
        ref var best = ref CollectionsMarshal.GetValueRefOrAddDefault(spoken, code, out var exists);
        best = exists && best >= effective ? best : effective;
    }

    /// <summary>
    /// The score alone, with what the filters need, and nothing allocated for an explanation: for
    /// ranking many opportunities, of which only the best are then scored with <see cref="Score(PreparedOpportunity, PreparedCandidate)"/>.
    /// </summary>
    public ScoreOnly Rank(PreparedOpportunity prepared, PreparedCandidate person)
    {
        using var best = PooledBest.For(prepared);
        var m = Measure(prepared, ScoredPerson.Of(person), explain: false, best.Span);
        return new ScoreOnly(ScoreModel.Combine(m.Parts, Options), m.MeetsAllRequired, m.DistanceKm);
    }

    public MatchResult Score(PreparedOpportunity prepared, PreparedCandidate person) => Score(prepared, ScoredPerson.Of(person));

    /// <summary>The same for a person given by what scoring reads of them (the match index explains its top k so, without rebuilding each as a candidate).</summary>
    internal MatchResult Score(PreparedOpportunity prepared, in ScoredPerson person)
    {
        // The per-requirement best stays in the pooled buffer until the matched competences are built from it.
        using var best = PooledBest.For(prepared);
        return Score(prepared, person, best.Span);
    }

    private MatchResult Score(PreparedOpportunity prepared, in ScoredPerson person, Span<Best?> best)
    {
        var spec = prepared.Spec;
        var m = Measure(prepared, person, explain: true, best);
        var parts = m.Parts;
        var score = ScoreModel.Combine(parts, Options);
        var points = ScoreModel.Points(parts, Options);

        // Each matched competence's points: its weighted credit within its block, so they add up to the competence points.
        var (requiredFactor, restFactor) = ScoreModel.BlockFactors(parts, Options);
        var requiredPoints = m.Required.Weight > 0 ? 100 * requiredFactor * Options.CompetencesWeight / m.Required.Weight : 0;
        var preferredPoints = m.Preferred.Weight > 0 ? 100 * restFactor * Options.CompetencesWeight / m.Preferred.Weight : 0;
        var count = 0;
        foreach (var found in best)
        {
            count += found is null ? 0 : 1;
        }

        var matched = new List<MatchedCompetence>(count);
        for (var requirement = 0; requirement < best.Length; requirement++)
        {
            if (best[requirement] is not { } found)
            {
                continue;
            }

            // Its weighted credit within its block.
            var share = prepared.Weights[requirement] * found.Credit * (prepared.Generic[requirement] ? m.GenericShare : 1.0);
            var have = found.Holding;
            var isRequired = prepared.Required[requirement];
            matched.Add(new MatchedCompetence(spec.Requirements[requirement].CompetenceId, found.Reach.Through, isRequired, found.Reach.Via, have.Source, have.Evidence, have.Level, spec.Requirements[requirement].MinLevel, found.Credit, Math.Round(share * (isRequired ? requiredPoints : preferredPoints), 2))
            {
                Experience = have.Experience is { } e ? new ExperienceCredit(e.OccupationId, e.Years, e.Context, have.Key != e.OccupationId) : null,
            });
        }

        return new MatchResult(
            person.Id,
            spec.Id,
            spec.Kind,
            score,
            m.MeetsAllRequired,
            new ScoreComponents(
                ScoreModel.Component(parts.RequiredCompetences, parts.PreferredCompetences, Options),
                ScoreModel.Component(parts.RequiredLanguages, parts.PreferredLanguages, Options),
                Percent(parts.Distance),
                Percent(parts.Hours),
                Percent(parts.Interests)),
            points,
            new RequiredCounts(m.Required.Count, m.Covered, m.LearnedElsewhere, m.Languages.Parts.RequiredCount, m.Languages.Parts.RequiredMet),
            matched,
            m.Missing!,
            m.Languages.Fits!,
            m.DistanceKm);
    }

    /// <summary>
    /// Everything a score is made of, measured once; the explanation's lists only when <paramref name="explain"/>.
    /// <paramref name="best"/> (one cleared slot per requirement) receives, per requirement, the holding with the most credit, each holding looked up once.
    /// </summary>
    private Measured Measure(PreparedOpportunity prepared, in ScoredPerson person, bool explain, Span<Best?> best)
    {
        var spec = prepared.Spec;
        var holdings = person.Holdings;
        for (var h = 0; h < holdings.Count; h++)
        {
            var holding = holdings[h];
            foreach (var entry in prepared.RequirementsReachedBy(holding.Key))
            {
                var requirement = entry.Requirement;
                best[requirement] = Better(best[requirement], holding, prepared.ReachOf(entry), spec.Requirements[requirement]);
            }
        }

        var n = best.Length;
        Span<double> credits = n <= 64 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            credits[i] = best[i]?.Credit ?? 0;
        }

        var genericShare = ScoreModel.GenericShare(credits, prepared.Weights, prepared.Required, prepared.Generic, Options);
        var (requiredCredit, preferredCredit) = ScoreModel.CompetenceCredit(credits, prepared.Weights, prepared.Required, prepared.Generic, Options);
        var meetsAllRequired = true;
        var required = (Weight: 0.0, Credit: requiredCredit, Count: 0);
        var preferred = (Weight: 0.0, Credit: preferredCredit, Count: 0);
        var missing = explain ? new List<MissingCompetence>(n) : null;
        var covered = 0;
        var learnedElsewhere = 0;

        for (var i = 0; i < n; i++)
        {
            var requirement = spec.Requirements[i];
            var isRequired = prepared.Required[i];
            var weight = prepared.Weights[i];
            var found = best[i];
            if (isRequired)
            {
                required = (required.Weight + weight, required.Credit, required.Count + 1);
                meetsAllRequired &= found?.FullyMet == true;
            }
            else
            {
                preferred = (preferred.Weight + weight, preferred.Credit, preferred.Count + 1);
            }

            if (found is not { } match)
            {
                missing?.Add(new MissingCompetence(requirement.CompetenceId, isRequired));
                continue;
            }

            if (isRequired)
            {
                covered++;
                learnedElsewhere += match.Holding.Source is CompetenceSource.Work or CompetenceSource.Volunteering or CompetenceSource.Life ? 1 : 0;
            }
        }

        // Languages.
        var languages = ScoreLanguages(spec, person.Spoken, explain);
        meetsAllRequired &= languages.Parts.RequiredMet == languages.Parts.RequiredCount;

        // Practical fit.
        double? distanceKm = spec.Location is { } here && person.Location is { } there
            ? ScoreModel.DistanceKm(here, there)
            : null;
        double? distanceScore = distanceKm is { } km ? ScoreModel.DistanceScore(km, person.MaxTravelKm, Options) : null;
        var hoursScore = ScoreModel.HoursScore(spec.Hours, person.HoursPerWeek);
        var hits = 0;
        foreach (var interest in prepared.Interests)
        {
            hits += person.Interests.Contains(interest) ? 1 : 0;
        }

        var parts = new ScoreParts(
            ScoreModel.Share(required.Credit, required.Weight, required.Count),
            ScoreModel.Share(preferred.Credit, preferred.Weight, preferred.Count),
            languages.Parts.Required,
            languages.Parts.Preferred,
            distanceScore,
            hoursScore,
            ScoreModel.Interests(hits, prepared.Interests.Length));
        return new Measured(parts, meetsAllRequired, distanceKm, required, preferred, covered, learnedElsewhere, languages, genericShare, missing);
    }

    private readonly record struct Measured(
        ScoreParts Parts,
        bool MeetsAllRequired,
        double? DistanceKm,
        (double Weight, double Credit, int Count) Required,
        (double Weight, double Credit, int Count) Preferred,
        int Covered,
        int LearnedElsewhere,
        LanguageScore Languages,
        double GenericShare,
        List<MissingCompetence>? Missing);

    /// <summary>What a requirement got: the holding with the most credit, how it reaches it, and whether any holding fully meets it.</summary>
    private readonly record struct Best(Holding Holding, Reach Reach, double Credit, bool FullyMet);

    /// <summary>One cleared slot per requirement of an opportunity for <see cref="Measure"/>, from the shared pool and back to it when disposed.</summary>
    private ref struct PooledBest
    {
        private readonly Best?[] _pooled;

        private PooledBest(int requirements)
        {
            _pooled = ArrayPool<Best?>.Shared.Rent(requirements);
            Span = _pooled.AsSpan(0, requirements);
            Span.Clear();
        }

        public Span<Best?> Span { get; }

        public static PooledBest For(PreparedOpportunity prepared) => new(prepared.Spec.Requirements.Count);

        public readonly void Dispose() => ArrayPool<Best?>.Shared.Return(_pooled, clearArray: true);
    }

    /// <summary>
    /// The better of the best so far and a holding, for one requirement: the one with the most
    /// credit (shown in the explanation; on a tie a recorded competence before experience, then the
    /// smaller competence it goes through, then the smaller key), and whether any holding fully
    /// meets it. Each is a maximum on its own, whatever the order, so a competence added to a
    /// profile can never lower its score.
    /// </summary>
    private Best Better(Best? current, Holding holding, Reach reach, Requirement requirement)
    {
        var credit = ScoreModel.Credit(reach.Factor, requirement.MinLevel, holding.Level, holding.Class, Options);
        var fullyMet = ScoreModel.FullyMeets(reach.Via, reach.Experience, requirement.MinLevel, holding.Level);
        if (current is not { } best)
        {
            return new Best(holding, reach, credit, fullyMet);
        }

        var anyMet = best.FullyMet || fullyMet;
        var better = credit > best.Credit ||
            (credit == best.Credit && (holding.Experience is null, best.Holding.Experience is null) switch
            {
                (true, false) => true,
                (false, true) => false,
                _ => reach.Through.CompareTo(best.Reach.Through) < 0 || (reach.Through == best.Reach.Through && holding.Key.CompareTo(best.Holding.Key) < 0),
            });
        return better ? new Best(holding, reach, credit, anyMet) : best with { FullyMet = anyMet };
    }

    private readonly record struct LanguageScore(LanguageParts Parts, List<LanguageFit>? Fits);

    private LanguageScore ScoreLanguages(OpportunitySpec spec, IReadOnlyDictionary<string, CefrLevel> spoken, bool explain)
    {
        var fits = explain ? new List<LanguageFit>() : null;
        Span<CefrLevel?> levels = spec.Languages.Count <= 16 ? stackalloc CefrLevel?[spec.Languages.Count] : new CefrLevel?[spec.Languages.Count];
        for (var i = 0; i < spec.Languages.Count; i++)
        {
            var wanted = spec.Languages[i];
            levels[i] = spoken.TryGetValue(wanted.Code, out var l) ? l : null;
            fits?.Add(new LanguageFit(wanted.Code, wanted.Importance == Importance.Required, wanted.MinLevel, levels[i], levels[i] is { } have && have >= wanted.MinLevel, Extra: false));
        }

        var extraCount = 0;
        if (spec.MultilingualValued)
        {
            // Languages the opportunity does not list, spoken at B1 or above; explained in code order.
            List<KeyValuePair<string, CefrLevel>>? extras = null;
            foreach (var language in spoken)
            {
                if (language.Value >= CefrLevel.B1 && !Lists(spec.Languages, language.Key))
                {
                    extraCount++;
                    if (fits is not null)
                    {
                        (extras ??= []).Add(language);
                    }
                }
            }

            if (extras is not null)
            {
                extras.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
                foreach (var extra in extras)
                {
                    fits!.Add(new LanguageFit(extra.Key, false, null, extra.Value, true, Extra: true));
                }
            }
        }

        return new LanguageScore(ScoreModel.Languages(spec.Languages, levels, extraCount, spec.MultilingualValued, Options), fits);
    }

    private static bool Lists(IReadOnlyList<LanguageRequirement> languages, string code)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (string.Equals(languages[i].Code, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static double? Percent(double? value) => value is { } v ? Math.Round(100 * v, 1) : null;
}

/// <summary>A score without its explanation, with what the list filters need.</summary>
public readonly record struct ScoreOnly(double Score, bool MeetsAllRequired, double? DistanceKm);

/// <summary>
/// A person ready to be scored against many opportunities: what they hold, the best level of each
/// language they speak (native counts as C2), and their interests normalised.
/// </summary>
public sealed record PreparedCandidate(Candidate Candidate, IReadOnlyList<Holding> Holdings, IReadOnlyDictionary<string, CefrLevel> Spoken, IReadOnlySet<string> Interests);

/// <summary>What scoring reads of a person: a <see cref="PreparedCandidate"/>'s holdings, languages and interests, and the candidate's id, place, reach and hours.</summary>
internal readonly record struct ScoredPerson(
    Guid Id,
    GeoPoint? Location,
    int MaxTravelKm,
    double HoursPerWeek,
    IReadOnlyList<Holding> Holdings,
    IReadOnlyDictionary<string, CefrLevel> Spoken,
    IReadOnlySet<string> Interests)
{
    public static ScoredPerson Of(PreparedCandidate person) => new(
        person.Candidate.Id,
        person.Candidate.Location,
        person.Candidate.MaxTravelKm,
        person.Candidate.HoursPerWeek,
        person.Holdings,
        person.Spoken,
        person.Interests);
}

/// <summary>
/// Something the person holds that can earn credit, under its key: a recorded competence (key:
/// the competence), experience in an occupation (key: the occupation) or in its ISCO unit group
/// (key: the group's key). <see cref="Class"/> is its confidence class (ScoreModel).
/// </summary>
public readonly record struct Holding(Guid Key, int Level, int Class, CompetenceSource Source, Evidence Evidence, CandidateExperience? Experience);
