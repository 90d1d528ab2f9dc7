using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>What a ranked list is asked for.</summary>
public sealed record CandidateQuery(int Limit = 20, double MinScore = 0, bool RequiredOnly = false, double? MaxDistanceKm = null);

/// <summary>A person in the index: their candidate data and whether and for what they may be ranked.</summary>
public sealed record IndexedPerson(Candidate Candidate, bool Matchable, bool SeeksJob, bool SeeksVolunteering);

/// <summary>
/// A ranked list: the top results with explanations, and <see cref="Total"/>, the number of
/// eligible people who passed every filter of the query (all of them, not only those listed).
/// </summary>
public sealed record RankedCandidates(IReadOnlyList<MatchResult> Items, int Total);

/// <summary>
/// The people side of matching as a compact in-memory read model. Competence ids are interned
/// to ints; each competence keeps a posting list of (person slot, position); a query walks only
/// the postings of the competences that earn credit for the opportunity (through the taxonomy),
/// scores every person reached with the same formulas as <see cref="CompetenceScorer"/>, and
/// re-scores the top k with the scorer itself for the explanation. People reached by no posting
/// are scanned only when they could still enter the top k.
/// Thread-safe: many readers, one writer.
/// </summary>
public sealed class MatchIndex
{
    private const int MaxPositions = 256;
    private static readonly int[] NoInts = [];

    private readonly IMatchScorer _scorer;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, int> _competenceIndex = [];
    private readonly List<Guid> _competenceIds = [];
    private readonly Dictionary<string, int> _languageIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _languageCodes = [];
    private readonly Dictionary<string, int> _interestIndex = new(StringComparer.Ordinal);
    private readonly List<string> _interestTexts = [];
    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly Stack<int> _freeSlots = new();
    private List<int>[] _postings = [];

    private Guid[] _ids = new Guid[1024];

    // Every person's competences in one array, each person's run contiguous: (competence << 8) | meta,
    // meta = level (bits 0-2), evidence (bits 3-4), source (bits 5-7). A removed person's run stays
    // as a hole until more than half the array is holes; then it is compacted.
    private int[] _arena = new int[4096];
    private int _arenaUsed;
    private int _arenaLive;
    private (int Start, int Length)[] _spans = new (int, int)[1024];
    private int[][] _languages = new int[1024][];
    private int[][] _interests = new int[1024][];
    // Doubles, not floats: a distance rounded to 0.1 km or an hours share must equal the scorer's exactly.
    private double[] _latitude = new double[1024];
    private double[] _longitude = new double[1024];
    private int[] _maxTravel = new int[1024];
    private double[] _hours = new double[1024];
    private byte[] _flags = new byte[1024];
    private int _slots;
    private int _eligibleJob;
    private int _eligibleVolunteering;

    private const byte Live = 1;
    private const byte Matchable = 2;
    private const byte SeeksJob = 4;
    private const byte SeeksVolunteering = 8;

    public MatchIndex(IMatchScorer scorer) => _scorer = scorer;

    public IMatchScorer Scorer => _scorer;

    /// <summary>The number of people in the index.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _slotOf.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Adds a person, or replaces them when they are already in the index.</summary>
    public void Upsert(IndexedPerson person)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_slotOf.TryGetValue(person.Candidate.Id, out var existing))
            {
                RemoveSlot(existing);
            }

            AddSlot(person);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public bool Remove(Guid personId)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slotOf.TryGetValue(personId, out var slot))
            {
                return false;
            }

            RemoveSlot(slot);
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Empties the index (before a rebuild).</summary>
    public void Clear()
    {
        _lock.EnterWriteLock();
        try
        {
            _slotOf.Clear();
            _freeSlots.Clear();
            _competenceIndex.Clear();
            _competenceIds.Clear();
            _languageIndex.Clear();
            _languageCodes.Clear();
            _interestIndex.Clear();
            _interestTexts.Clear();
            _postings = [];
            _arena = new int[4096];
            _arenaUsed = 0;
            _arenaLive = 0;
            _slots = 0;
            _eligibleJob = 0;
            _eligibleVolunteering = 0;
            Array.Clear(_flags);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The person as the scorer sees them, or null.</summary>
    public IndexedPerson? Find(Guid personId)
    {
        _lock.EnterReadLock();
        try
        {
            return _slotOf.TryGetValue(personId, out var slot) ? ToPerson(slot) : null;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The best people for an opportunity, with explanations, best first (ties by id).</summary>
    public RankedCandidates TopCandidates(OpportunitySpec opportunity, CandidateQuery query)
    {
        var prepared = _scorer.Prepare(opportunity);
        var options = _scorer.Options;
        _lock.EnterReadLock();
        try
        {
            var scratch = Scratch.For(_slots, _competenceIds.Count, opportunity.Requirements.Count);
            var plan = Plan(prepared, options, scratch);
            var kindFlag = opportunity.Kind == OpportunityKind.Job ? SeeksJob : SeeksVolunteering;
            var top = new TopK(query.Limit);
            var unfiltered = query.MinScore <= 0 && !query.RequiredOnly && query.MaxDistanceKm is null;
            var counted = 0;

            // Nobody the walk has not reached yet can qualify once the bound of the unreached falls
            // below the k-th score (or the minimum), or once a required list has been walked under
            // required-only: every candidate is in one of the lists walked so far.
            bool UnreachedCanQualify(int walked) =>
                plan.UnreachedBounds[walked] >= query.MinScore &&
                !(query.RequiredOnly && plan.RequiredWalked[walked] > 0) &&
                !(unfiltered && top.IsFull && plan.UnreachedBounds[walked] < top.Threshold);

            var seen = scratch.Seen;
            var epoch = scratch.Epoch;
            var pool = scratch.Pool;
            var walked = 0;
            for (; walked < plan.Order.Length && UnreachedCanQualify(walked); walked++)
            {
                var requirement = plan.Order[walked];
                for (var source = plan.SourceStart[requirement]; source < plan.SourceStart[requirement + 1]; source++)
                {
                    var competence = scratch.Sources[source];
                    if (competence >= _postings.Length || _postings[competence] is not { } postings)
                    {
                        continue;
                    }

                    foreach (var slot in CollectionsMarshal.AsSpan(postings))
                    {
                        if (seen[slot] == epoch)
                        {
                            continue;
                        }

                        seen[slot] = epoch;
                        if (!Eligible(slot, kindFlag))
                        {
                            continue;
                        }

                        var reached = Measure(slot, plan, scratch);
                        if (query.RequiredOnly && reached.RequiredMet != plan.RequiredCount)
                        {
                            continue;
                        }

                        // Competence credit and gap exact, every other component assumed perfect.
                        var gap = reached.Gap * plan.MissingFactors[plan.RequiredCount - reached.RequiredReached];
                        reached.Bound = ScoreModel.Combine(new ScoreParts(plan.WeightTotal > 0 ? reached.Credit / plan.WeightTotal : null, plan.LanguagesApply ? 1 : null, 1, 1, plan.InterestsApply ? 1 : null, gap), options);
                        if (reached.Bound >= query.MinScore && !(unfiltered && top.IsFull && reached.Bound < top.Threshold))
                        {
                            pool.Add(reached);
                        }
                    }
                }

                // Most promising first, so the threshold rises fast.
                CollectionsMarshal.AsSpan(pool).Sort(default(ByBoundDescending));
                foreach (var reached in CollectionsMarshal.AsSpan(pool))
                {
                    if (unfiltered && top.IsFull && reached.Bound < top.Threshold)
                    {
                        break;
                    }

                    if (ScoreSlot(reached, plan, query, options, opportunity) is { } score)
                    {
                        counted++;
                        top.Offer(score, _ids[reached.Slot], reached.Slot);
                    }
                }

                pool.Clear();
            }

            // People sharing no competence with the opportunity: scanned only when they could rank or must be counted.
            if (walked == plan.Order.Length && UnreachedCanQualify(walked))
            {
                for (var slot = 0; slot < _slots; slot++)
                {
                    if (seen[slot] != epoch && Eligible(slot, kindFlag) &&
                        ScoreSlot(new Reached { Slot = slot, Gap = 1 }, plan, query, options, opportunity) is { } score)
                    {
                        counted++;
                        top.Offer(score, _ids[slot], slot);
                    }
                }
            }

            // Without filters every eligible person qualifies (a score is never below 0).
            var total = unfiltered ? (opportunity.Kind == OpportunityKind.Job ? _eligibleJob : _eligibleVolunteering) : counted;

            var results = top.Ordered()
                .Select(entry => _scorer.Score(prepared, ToPerson(entry.Slot).Candidate))
                .OrderByDescending(r => r.Score).ThenBy(r => r.CandidateId)
                .ToList();
            return new RankedCandidates(results, total);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private bool Eligible(int slot, byte kindFlag) =>
        (_flags[slot] & (Live | Matchable | kindFlag)) == (Live | Matchable | kindFlag);

    private sealed record QueryPlan(
        double[] Weights,
        bool[] Required,
        double WeightTotal,
        int RequiredCount,
        int[] SourceStart,
        int[] Order,
        double[] UnreachedBounds,
        double[] MissingFactors,
        int[] RequiredWalked,
        (int Language, CefrLevel MinLevel, bool Required)[] Languages,
        bool MultilingualValued,
        int[] Interests,
        GeoPoint? Location,
        double Hours)
    {
        public bool LanguagesApply => Languages.Length > 0 || MultilingualValued;
        public bool InterestsApply => Interests.Length > 0;
    }

    /// <summary>
    /// Maps each requirement's expansion to the competence numbers the index knows, with credit,
    /// fit and "fully met" precomputed per (level, evidence) in shared 32-entry tables, and orders
    /// the requirements for the walk: required ones first (each walked one halves the bound of
    /// everyone it did not reach), the smallest posting lists first.
    /// </summary>
    private QueryPlan Plan(PreparedOpportunity prepared, MatchingOptions options, Scratch scratch)
    {
        var spec = prepared.Spec;
        var n = spec.Requirements.Count;
        var weights = new double[n];
        var required = new bool[n];
        var maxCredits = new double[n];
        var sizes = new long[n];
        var sourceStart = new int[n + 1];
        scratch.BeginQuery();
        for (var i = 0; i < n; i++)
        {
            var requirement = spec.Requirements[i];
            weights[i] = ScoreModel.RequirementWeight(requirement, options);
            required[i] = requirement.Importance == Importance.Required;
            sourceStart[i] = scratch.SourceCount;
            foreach (var (id, (via, factor)) in prepared.Expansions[i])
            {
                if (!_competenceIndex.TryGetValue(id, out var competence))
                {
                    continue;
                }

                var table = scratch.Table(factor, requirement.MinLevel, via is MatchVia.Exact or MatchVia.Narrower, options);
                scratch.AddSource(competence, i, table);
                maxCredits[i] = Math.Max(maxCredits[i], scratch.MaxCredit(table));
                sizes[i] += competence < _postings.Length ? _postings[competence]?.Count ?? 0 : 0;
            }
        }

        sourceStart[n] = scratch.SourceCount;
        var order = Enumerable.Range(0, n).OrderBy(i => required[i] ? 0 : 1).ThenBy(i => sizes[i]).ToArray();
        var languages = spec.Languages
            .Select(l => (_languageIndex.GetValueOrDefault(l.Code, -1), l.MinLevel, l.Importance == Importance.Required))
            .ToArray();
        var interests = spec.Interests
            .Select(TextNormalizer.Normalize)
            .Select(t => _interestIndex.GetValueOrDefault(t, -1))
            .ToArray();
        var weightTotal = weights.Sum();
        var requiredCount = required.Count(r => r);

        // The bound of someone the walk has not reached after `walked` lists: the most credit the
        // lists not yet walked can give (summed in requirement order, as a person's credit is, so the
        // rounding can only favour the bound), every walked required item missing, all else perfect.
        var bounds = new double[n + 1];
        var requiredWalked = new int[n + 1];
        var walkedFlags = new bool[n];
        for (var walked = 0; walked <= n; walked++)
        {
            var credit = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (!walkedFlags[i])
                {
                    credit += weights[i] * maxCredits[i];
                }
            }

            requiredWalked[walked] = walked == 0 ? 0 : requiredWalked[walked - 1] + (required[order[walked - 1]] ? 1 : 0);
            var gap = ScoreModel.GapFactor(1, requiredWalked[walked], 1, options);
            bounds[walked] = ScoreModel.Combine(new ScoreParts(weightTotal > 0 ? credit / weightTotal : null, languages.Length > 0 || spec.MultilingualValued ? 1 : null, 1, 1, interests.Length > 0 ? 1 : null, gap), options);
            if (walked < n)
            {
                walkedFlags[order[walked]] = true;
            }
        }

        // (1 − penalty)^missing, as ScoreModel.GapFactor computes it, for the bounds of many people.
        var missingFactors = new double[requiredCount + 1];
        for (var missing = 0; missing <= requiredCount; missing++)
        {
            missingFactors[missing] = ScoreModel.GapFactor(1, missing, 1, options);
        }

        return new QueryPlan(weights, required, weightTotal, requiredCount, sourceStart, order, bounds, missingFactors, requiredWalked, languages, spec.MultilingualValued, interests, spec.Location, spec.Hours);
    }

    /// <summary>
    /// A person's competence credit, required gap and required counts, read from their own
    /// competences: per requirement, the most credit, on its own the best fit, and whether any
    /// match fully meets it (each a maximum, as the scorer keeps them), folded in requirement order
    /// as the scorer folds them, so the sums round alike.
    /// </summary>
    private Reached Measure(int slot, QueryPlan plan, Scratch scratch)
    {
        var n = plan.Weights.Length;
        var best = scratch.Best.AsSpan(0, n);
        var fit = scratch.Fit.AsSpan(0, n);
        var hit = scratch.Hit.AsSpan(0, n);
        hit.Clear();
        var heads = scratch.Heads;
        var next = scratch.Next;
        var entryRequirement = scratch.EntryRequirement;
        var entryTable = scratch.EntryTable;
        var credits = scratch.Credits;
        var fits = scratch.Fits;
        var met = scratch.Met;
        var wanted = scratch.Wanted;
        var epoch = scratch.Epoch;
        var (start, length) = _spans[slot];
        foreach (var entry in _arena.AsSpan(start, length))
        {
            // Most of a person's competences earn nothing here: the bit set (in L1) says so before the chain heads are read.
            var competence = entry >>> 8;
            if ((wanted[competence >> 6] & (1UL << competence)) == 0)
            {
                continue;
            }

            var head = heads[competence];
            if ((int)(head >>> 32) != epoch)
            {
                continue;
            }

            // Level (bits 0-2) and evidence (bits 3-4) pick the entry of the precomputed tables.
            var key = entry & 0x1F;
            for (var e = (int)head; e >= 0; e = next[e])
            {
                var r = entryRequirement[e];
                var t = entryTable[e] + key;
                if (hit[r] == 0)
                {
                    best[r] = credits[t];
                    fit[r] = fits[t];
                    hit[r] = met[t] ? (byte)3 : (byte)1;
                }
                else
                {
                    best[r] = Math.Max(best[r], credits[t]);
                    fit[r] = Math.Max(fit[r], fits[t]);
                    hit[r] |= met[t] ? (byte)2 : (byte)0;
                }
            }
        }

        var reached = new Reached { Slot = slot, Gap = 1 };
        for (var r = 0; r < n; r++)
        {
            if (hit[r] == 0)
            {
                continue;
            }

            reached.Credit += plan.Weights[r] * best[r];
            if (plan.Required[r])
            {
                reached.Gap *= ScoreModel.RequiredGap(fit[r], _scorer.Options);
                reached.RequiredReached++;
                reached.RequiredMet += hit[r] >> 1;
            }
        }

        return reached;
    }

    /// <summary>The full score of one person from their measured competences, or null when a filter excludes them.</summary>
    private double? ScoreSlot(in Reached reached, QueryPlan plan, CandidateQuery query, MatchingOptions options, OpportunitySpec spec)
    {
        var slot = reached.Slot;
        var languageGap = 1.0;
        var meetsAll = reached.RequiredMet == plan.RequiredCount;

        // Languages.
        var languages = _languages[slot];
        var weightTotal = 0.0;
        var credit = 0.0;
        foreach (var (language, minLevel, required) in plan.Languages)
        {
            var weight = required ? options.RequiredMultiplier : 1.0;
            weightTotal += weight;
            CefrLevel? spoken = null;
            foreach (var entry in languages)
            {
                if (entry >> 4 == language)
                {
                    spoken = EffectiveLevel(entry);
                    break;
                }
            }

            var languageCredit = ScoreModel.LanguageCredit(minLevel, spoken, options);
            credit += weight * languageCredit;
            if (required)
            {
                meetsAll &= spoken is { } s && s >= minLevel;
                languageGap *= ScoreModel.RequiredGap(languageCredit, options);
            }
        }

        var extras = 0;
        if (plan.MultilingualValued)
        {
            foreach (var entry in languages)
            {
                var listed = false;
                foreach (var wanted in plan.Languages)
                {
                    listed |= wanted.Language == entry >> 4;
                }

                if (!listed && EffectiveLevel(entry) >= CefrLevel.B1)
                {
                    extras++;
                }
            }
        }

        if (query.RequiredOnly && !meetsAll)
        {
            return null;
        }

        double? distanceKm = null;
        double? distance = null;
        if (plan.Location is { } here && !double.IsNaN(_latitude[slot]))
        {
            var km = Math.Round(Domain.Places.PostcodeDirectory.Haversine((here.Latitude, here.Longitude), (_latitude[slot], _longitude[slot])), 1);
            distanceKm = km;
            distance = ScoreModel.DistanceScore(km, _maxTravel[slot], options);
        }

        if (query.MaxDistanceKm is { } maxKm && (distanceKm is null || distanceKm > maxKm))
        {
            return null;
        }

        var hits = 0;
        foreach (var interest in plan.Interests)
        {
            if (interest >= 0 && Array.IndexOf(_interests[slot], interest) >= 0)
            {
                hits++;
            }
        }

        var parts = new ScoreParts(
            plan.WeightTotal > 0 ? reached.Credit / plan.WeightTotal : null,
            ScoreModelParts.Languages(credit, weightTotal, extras, plan.MultilingualValued, options),
            distance,
            ScoreModel.HoursScore(plan.Hours, _hours[slot]),
            ScoreModelParts.Interests(hits, spec.Interests.Count),
            ScoreModel.GapFactor(reached.Gap, plan.RequiredCount - reached.RequiredReached, languageGap, options));
        var score = ScoreModel.Combine(parts, options);
        return score >= query.MinScore ? score : null;
    }

    private static CefrLevel EffectiveLevel(int entry) => (entry & 0x8) != 0 ? CefrLevel.C2 : CefrLevel.FromRank(entry & 0x7);

    private void AddSlot(IndexedPerson person)
    {
        var candidate = person.Candidate;
        var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _slots++;
        EnsureCapacity(slot + 1);
        _slotOf[candidate.Id] = slot;
        _ids[slot] = candidate.Id;

        var competences = candidate.Competences;
        EnsureArena(Math.Min(competences.Count, MaxPositions));
        var start = _arenaUsed;
        var length = 0;
        for (var i = 0; i < competences.Count && length < MaxPositions; i++)
        {
            var c = competences[i];
            var index = Intern(_competenceIndex, _competenceIds, c.CompetenceId);
            if (Holds(_arena.AsSpan(start, length), index))
            {
                continue; // the first of duplicates counts, as the scorer keeps it
            }

            _arena[start + length++] = (index << 8) | Math.Clamp(c.Level, 0, 7) | ((int)c.Evidence << 3) | ((int)c.Source << 5);
            if (index >= _postings.Length)
            {
                Array.Resize(ref _postings, Math.Max(index + 1, _postings.Length * 2));
            }

            (_postings[index] ??= []).Add(slot);
        }

        _spans[slot] = (start, length);
        _arenaUsed += length;
        _arenaLive += length;

        _languages[slot] = Languages(candidate.Languages);
        _interests[slot] = candidate.Interests.Count == 0
            ? NoInts
            : candidate.Interests.Select(TextNormalizer.Normalize).Distinct().Select(i => Intern(_interestIndex, _interestTexts, i)).ToArray();
        _latitude[slot] = candidate.Location is { } at ? at.Latitude : double.NaN;
        _longitude[slot] = candidate.Location is { } on ? on.Longitude : double.NaN;
        _maxTravel[slot] = candidate.MaxTravelKm;
        _hours[slot] = candidate.HoursPerWeek;
        _flags[slot] = (byte)(Live | (person.Matchable ? Matchable : 0) | (person.SeeksJob ? SeeksJob : 0) | (person.SeeksVolunteering ? SeeksVolunteering : 0));
        CountEligible(slot, +1);
    }

    /// <summary>
    /// One entry per language: interned code (high bits), native flag (bit 3), CEFR rank (bits 0-2). Of duplicates of a code
    /// (case-insensitive) the best counts, as the scorer counts it, so extras are counted once:
    /// native first, then the highest level.
    /// </summary>
    private int[] Languages(IReadOnlyList<CandidateLanguage> languages)
    {
        if (languages.Count == 0)
        {
            return NoInts;
        }

        var entries = new int[languages.Count];
        var count = 0;
        foreach (var language in languages)
        {
            var entry = (Intern(_languageIndex, _languageCodes, language.Code) << 4) | (language.IsNative ? 0x8 : 0) | language.Level.Rank;
            var same = 0;
            while (same < count && entries[same] >> 4 != entry >> 4)
            {
                same++;
            }

            if (same == count)
            {
                entries[count++] = entry;
            }
            else if ((entry & 0xF) > (entries[same] & 0xF))
            {
                entries[same] = entry;
            }
        }

        return count == entries.Length ? entries : entries[..count];
    }

    private static bool Holds(ReadOnlySpan<int> entries, int competence)
    {
        foreach (var entry in entries)
        {
            if (entry >>> 8 == competence)
            {
                return true;
            }
        }

        return false;
    }

    private void CountEligible(int slot, int change)
    {
        _eligibleJob += Eligible(slot, SeeksJob) ? change : 0;
        _eligibleVolunteering += Eligible(slot, SeeksVolunteering) ? change : 0;
    }

    private void RemoveSlot(int slot)
    {
        var (start, length) = _spans[slot];
        foreach (var entry in _arena.AsSpan(start, length))
        {
            _postings[entry >>> 8].Remove(slot);
        }

        CountEligible(slot, -1);
        _slotOf.Remove(_ids[slot]);
        _flags[slot] = 0;
        _spans[slot] = default;
        _arenaLive -= length;
        _languages[slot] = NoInts;
        _interests[slot] = NoInts;
        _freeSlots.Push(slot);
    }

    /// <summary>Room for <paramref name="count"/> more entries at the end of the arena: compacted when mostly holes, else grown.</summary>
    private void EnsureArena(int count)
    {
        if (_arenaUsed + count <= _arena.Length)
        {
            return;
        }

        if (_arenaUsed - _arenaLive > _arenaLive)
        {
            var compact = new int[Math.Max(4096, (_arenaLive + count) * 2)];
            var used = 0;
            for (var slot = 0; slot < _slots; slot++)
            {
                var (start, length) = _spans[slot];
                _arena.AsSpan(start, length).CopyTo(compact.AsSpan(used));
                _spans[slot] = (used, length);
                used += length;
            }

            _arena = compact;
            _arenaUsed = used;
            return;
        }

        Array.Resize(ref _arena, Math.Max(_arenaUsed + count, _arena.Length * 2));
    }

    private IndexedPerson ToPerson(int slot)
    {
        var (start, length) = _spans[slot];
        var competences = new CandidateCompetence[length];
        for (var i = 0; i < length; i++)
        {
            var entry = _arena[start + i];
            competences[i] = new CandidateCompetence(_competenceIds[entry >>> 8], entry & 0x7, (CompetenceSource)((entry >> 5) & 0x7), (Evidence)((entry >> 3) & 0x3));
        }

        var languages = _languages[slot]
            .Select(entry => new CandidateLanguage(_languageCodes[entry >> 4], CefrLevel.FromRank(entry & 0x7), (entry & 0x8) != 0))
            .ToList();
        var candidate = new Candidate(
            _ids[slot],
            competences,
            languages,
            double.IsNaN(_latitude[slot]) ? null : new GeoPoint(_latitude[slot], _longitude[slot]),
            _maxTravel[slot],
            _hours[slot],
            _interests[slot].Select(i => _interestTexts[i]).ToList());
        var flags = _flags[slot];
        return new IndexedPerson(candidate, (flags & Matchable) != 0, (flags & SeeksJob) != 0, (flags & SeeksVolunteering) != 0);
    }

    private void EnsureCapacity(int size)
    {
        if (size <= _ids.Length)
        {
            return;
        }

        var capacity = Math.Max(size, _ids.Length * 2);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _spans, capacity);
        Array.Resize(ref _languages, capacity);
        Array.Resize(ref _interests, capacity);
        Array.Resize(ref _latitude, capacity);
        Array.Resize(ref _longitude, capacity);
        Array.Resize(ref _maxTravel, capacity);
        Array.Resize(ref _hours, capacity);
        Array.Resize(ref _flags, capacity);
    }

    private static int Intern<TKey>(Dictionary<TKey, int> index, List<TKey> values, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var id))
        {
            id = values.Count;
            index[key] = id;
            values.Add(key);
        }

        return id;
    }

    /// <summary>What the walk measured of one person: exact competence credit and gap, and the bound on their score.</summary>
    private struct Reached
    {
        public int Slot;
        public int RequiredReached;
        public int RequiredMet;
        public double Credit;
        public double Gap;
        public double Bound;
    }

    /// <summary>
    /// Per-thread working state, reused across queries; an epoch stamp marks what belongs to the
    /// current query, so nothing is cleared between queries.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        /// <summary>Per slot: the epoch of the query that reached the person.</summary>
        public int[] Seen = [];

        /// <summary>Per competence number: the epoch (high half) and the first entry of its chain (low half).</summary>
        public long[] Heads = [];

        /// <summary>One bit per competence number: whether it earns credit for the current query.</summary>
        public ulong[] Wanted = [];

        // Entries: one per (competence, requirement), chained per competence; tables of 32 per (factor, min level, may fully meet).
        public int[] Next = new int[256];
        public int[] EntryRequirement = new int[256];
        public int[] EntryTable = new int[256];
        public int[] Sources = new int[256];
        public int SourceCount;
        public double[] Credits = new double[32 * 16];
        public double[] Fits = new double[32 * 16];
        public bool[] Met = new bool[32 * 16];
        private readonly List<(double Factor, int MinLevel, bool CanMeet)> _tables = [];

        // Per requirement, for one person at a time.
        public double[] Best = [];
        public double[] Fit = [];
        public byte[] Hit = [];

        public readonly List<Reached> Pool = [];
        public int Epoch;

        public static Scratch For(int slots, int competences, int requirements)
        {
            var scratch = _current ??= new Scratch();
            if (scratch.Seen.Length < slots)
            {
                scratch.Seen = new int[Math.Max(slots, scratch.Seen.Length * 2)];
            }

            if (scratch.Heads.Length < competences)
            {
                scratch.Heads = new long[Math.Max(competences, scratch.Heads.Length * 2)];
                var wanted = new ulong[(scratch.Heads.Length + 63) / 64];
                scratch.Wanted.CopyTo(wanted, 0);
                scratch.Wanted = wanted;
            }

            if (scratch.Best.Length < requirements)
            {
                scratch.Best = new double[requirements];
                scratch.Fit = new double[requirements];
                scratch.Hit = new byte[requirements];
            }

            return scratch;
        }

        /// <summary>A new epoch: every stamp of earlier queries is stale.</summary>
        public void BeginQuery()
        {
            if (Epoch == int.MaxValue)
            {
                Array.Clear(Seen);
                Array.Clear(Heads);
                Epoch = 0;
            }

            Epoch++;
            foreach (var competence in Sources.AsSpan(0, SourceCount))
            {
                Wanted[competence >> 6] = 0;
            }

            SourceCount = 0;
            _tables.Clear();
        }

        /// <summary>Competence <paramref name="competence"/> earns credit for requirement <paramref name="requirement"/> by table <paramref name="table"/>.</summary>
        public void AddSource(int competence, int requirement, int table)
        {
            var e = SourceCount++;
            if (e == Sources.Length)
            {
                Array.Resize(ref Sources, e * 2);
                Array.Resize(ref Next, e * 2);
                Array.Resize(ref EntryRequirement, e * 2);
                Array.Resize(ref EntryTable, e * 2);
            }

            Sources[e] = competence;
            EntryRequirement[e] = requirement;
            EntryTable[e] = table;
            var head = Heads[competence];
            Next[e] = (int)(head >>> 32) == Epoch ? (int)head : -1;
            Heads[competence] = ((long)Epoch << 32) | (uint)e;
            Wanted[competence >> 6] |= 1UL << competence;
        }

        /// <summary>The offset of the 32-entry tables for a taxonomy factor and minimum level, made once per query.</summary>
        public int Table(double factor, int minLevel, bool canMeet, MatchingOptions options)
        {
            var index = _tables.IndexOf((factor, minLevel, canMeet));
            if (index >= 0)
            {
                return index * 32;
            }

            index = _tables.Count;
            _tables.Add((factor, minLevel, canMeet));
            if ((index + 1) * 32 > Credits.Length)
            {
                Array.Resize(ref Credits, Credits.Length * 2);
                Array.Resize(ref Fits, Fits.Length * 2);
                Array.Resize(ref Met, Met.Length * 2);
            }

            for (var key = 0; key < 32; key++)
            {
                var level = key & 0x7;
                var evidence = (Evidence)((key >> 3) & 0x3);
                var t = (index * 32) + key;
                Fits[t] = ScoreModel.Fit(factor, minLevel, level, options);
                Credits[t] = Fits[t] * ScoreModel.EvidenceFactor(evidence, options);
                Met[t] = canMeet && level >= minLevel;
            }

            return index * 32;
        }

        public double MaxCredit(int table)
        {
            var max = 0.0;
            foreach (var credit in Credits.AsSpan(table, 32))
            {
                max = Math.Max(max, credit);
            }

            return max;
        }
    }

    private readonly struct ByBoundDescending : IComparer<Reached>
    {
        public int Compare(Reached x, Reached y) => y.Bound.CompareTo(x.Bound);
    }

    /// <summary>Keeps the k best (score desc, id asc) in a min-heap.</summary>
    private sealed class TopK(int k)
    {
        private readonly PriorityQueue<(double Score, Guid Id, int Slot), (double Score, Guid Id)> _heap = new(Comparer<(double Score, Guid Id)>.Create((a, b) =>
        {
            // The root is the worst entry: lowest score, then the highest id.
            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : b.Id.CompareTo(a.Id);
        }));

        public bool IsFull => _heap.Count >= k;

        public double Threshold => _heap.TryPeek(out var worst, out _) ? worst.Score : double.NegativeInfinity;

        public void Offer(double score, Guid id, int slot)
        {
            if (k <= 0)
            {
                return;
            }

            if (_heap.Count < k)
            {
                _heap.Enqueue((score, id, slot), (score, id));
                return;
            }

            _heap.TryPeek(out var worst, out _);
            if (score > worst.Score || (score == worst.Score && id.CompareTo(worst.Id) < 0))
            {
                _heap.DequeueEnqueue((score, id, slot), (score, id));
            }
        }

        public IEnumerable<(double Score, Guid Id, int Slot)> Ordered() =>
            _heap.UnorderedItems.Select(i => i.Element).OrderByDescending(e => e.Score).ThenBy(e => e.Id);
    }
}
