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
    private int[][] _competences = new int[1024][];
    private byte[][] _competenceMeta = new byte[1024][];
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
            var scratch = Scratch.For(_slots);
            var plan = Plan(prepared, options);
            var touched = Accumulate(plan, scratch, options);
            var kindFlag = opportunity.Kind == OpportunityKind.Job ? SeeksJob : SeeksVolunteering;
            var top = new TopK(query.Limit);
            var unfiltered = query.MinScore <= 0 && !query.RequiredOnly && query.MaxDistanceKm is null;
            var counted = 0;

            // People missing j required items score at most 100 × (1 − penalty)^j: evaluate them by
            // that count, best first, and stop when no one left could reach the top k or the minimum.
            var keep = 1 - options.RequiredGapPenalty;
            var buckets = new List<int>[plan.RequiredCount + 1];
            foreach (var slot in touched)
            {
                if (Eligible(slot, kindFlag))
                {
                    (buckets[plan.RequiredCount - scratch.States[slot].RequiredReached] ??= []).Add(slot);
                }
            }

            for (var missing = 0; missing < buckets.Length; missing++)
            {
                var ceiling = 100 * Math.Pow(keep, missing);
                if (buckets[missing] is not { } bucket || ceiling < query.MinScore || (query.RequiredOnly && missing > 0))
                {
                    continue;
                }

                if (unfiltered && top.IsFull && ceiling < top.Threshold)
                {
                    break;
                }

                var bounded = new List<(int Slot, double Bound)>(bucket.Count);
                foreach (var slot in bucket)
                {
                    if (query.RequiredOnly && scratch.States[slot].RequiredMet != plan.RequiredCount)
                    {
                        continue;
                    }

                    // Competence credit and gap, every other component assumed perfect.
                    var gap = ScoreModel.GapFactor(scratch.States[slot].Gap, missing, 1, options);
                    var bound = ScoreModel.Combine(new ScoreParts(plan.WeightTotal > 0 ? scratch.States[slot].Credit / plan.WeightTotal : null, plan.LanguagesApply ? 1 : null, 1, 1, plan.InterestsApply ? 1 : null, gap), options);
                    if (bound >= query.MinScore && !(unfiltered && top.IsFull && bound < top.Threshold))
                    {
                        bounded.Add((slot, bound));
                    }
                }

                // Most promising first, so the threshold rises fast.
                bounded.Sort((a, b) => b.Bound.CompareTo(a.Bound));
                foreach (var (slot, bound) in bounded)
                {
                    if (unfiltered && top.IsFull && bound < top.Threshold)
                    {
                        break;
                    }

                    if (ScoreSlot(slot, plan, scratch, query, options, opportunity) is { } score)
                    {
                        counted++;
                        top.Offer(score, _ids[slot], slot);
                    }
                }
            }

            // People sharing no competence score at most this; scan them only when they could rank or must be counted.
            var untouchedBound = ScoreModel.Combine(new ScoreParts(plan.WeightTotal > 0 ? 0 : null, plan.LanguagesApply ? 1 : null, 1, 1, plan.InterestsApply ? 1 : null, ScoreModel.GapFactor(1, plan.RequiredCount, 1, options)), options);
            var untouchedCanQualify = untouchedBound >= query.MinScore && !(query.RequiredOnly && plan.RequiredCount > 0);
            if (untouchedCanQualify && (!unfiltered || !top.IsFull || top.Threshold <= untouchedBound))
            {
                for (var slot = 0; slot < _slots; slot++)
                {
                    if (!scratch.Touched(slot) && Eligible(slot, kindFlag))
                    {
                        scratch.Reset(slot);
                        if (ScoreSlot(slot, plan, scratch, query, options, opportunity) is { } score)
                        {
                            counted++;
                            top.Offer(score, _ids[slot], slot);
                        }
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

    /// <summary>One requirement and the posting lists that can earn it.</summary>
    private sealed record RequirementPlan(double Weight, bool Required, int MinLevel, Source[] Sources);

    /// <summary>A competence that earns credit for a requirement, with credit, fit and "fully met" precomputed per (level, evidence).</summary>
    private sealed record Source(int Competence, double[] Credits, double[] Fits, bool[] Met);

    private static Source MakeSource(int competence, MatchVia via, double factor, int minLevel, MatchingOptions options)
    {
        var credits = new double[32];
        var fits = new double[32];
        var met = new bool[32];
        for (var key = 0; key < 32; key++)
        {
            var level = key & 0x7;
            var evidence = (Evidence)((key >> 3) & 0x3);
            fits[key] = ScoreModel.Fit(factor, minLevel, level, options);
            credits[key] = fits[key] * ScoreModel.EvidenceFactor(evidence, options);
            met[key] = via is MatchVia.Exact or MatchVia.Narrower && level >= minLevel;
        }

        return new Source(competence, credits, fits, met);
    }

    private sealed record QueryPlan(
        RequirementPlan[] Requirements,
        double WeightTotal,
        int RequiredCount,
        (int Language, CefrLevel MinLevel, bool Required)[] Languages,
        bool MultilingualValued,
        int[] Interests,
        GeoPoint? Location,
        double Hours)
    {
        public bool LanguagesApply => Languages.Length > 0 || MultilingualValued;
        public bool InterestsApply => Interests.Length > 0;
    }

    private QueryPlan Plan(PreparedOpportunity prepared, MatchingOptions options)
    {
        var spec = prepared.Spec;
        var requirements = new RequirementPlan[spec.Requirements.Count];
        for (var i = 0; i < requirements.Length; i++)
        {
            var requirement = spec.Requirements[i];
            var sources = prepared.Expansions[i]
                .Where(e => _competenceIndex.ContainsKey(e.Key))
                .Select(e => MakeSource(_competenceIndex[e.Key], e.Value.Via, e.Value.Factor, requirement.MinLevel, options))
                .ToArray();
            requirements[i] = new RequirementPlan(ScoreModel.RequirementWeight(requirement, options), requirement.Importance == Importance.Required, requirement.MinLevel, sources);
        }

        var languages = spec.Languages
            .Select(l => (_languageIndex.GetValueOrDefault(l.Code, -1), l.MinLevel, l.Importance == Importance.Required))
            .ToArray();
        var interests = spec.Interests
            .Select(TextNormalizer.Normalize)
            .Select(t => _interestIndex.GetValueOrDefault(t, -1))
            .ToArray();
        return new QueryPlan(requirements, requirements.Sum(r => r.Weight), requirements.Count(r => r.Required), languages, spec.MultilingualValued, interests, spec.Location, spec.Hours);
    }

    /// <summary>
    /// Walks the postings once per requirement. A person's best credit for a requirement is kept
    /// pending and folded into their totals when the walk reaches them for a later requirement, or
    /// at the end: one pass over each posting list, no per-requirement lists.
    /// </summary>
    private List<int> Accumulate(QueryPlan plan, Scratch scratch, MatchingOptions options)
    {
        scratch.NextEpoch();
        var touched = new List<int>();
        var states = scratch.States;
        var epoch = scratch.Epoch;
        for (var r = 0; r < plan.Requirements.Length; r++)
        {
            var requirement = plan.Requirements[r];
            foreach (var source in requirement.Sources)
            {
                var competence = source.Competence;
                if (competence >= _postings.Length || _postings[competence] is not { } postings)
                {
                    continue;
                }

                var credits = source.Credits;
                var fits = source.Fits;
                var met = source.Met;
                foreach (var posting in CollectionsMarshal.AsSpan(postings))
                {
                    // A posting is (slot << 8 | meta): level (bits 0-2) and evidence (bits 3-4) travel with it.
                    var slot = posting >>> 8;
                    var key = posting & 0x1F;
                    var credit = credits[key];
                    ref var state = ref states[slot];
                    if (state.Epoch != epoch)
                    {
                        state = new SlotState { Epoch = epoch, Gap = 1, Pending = -1 };
                        touched.Add(slot);
                    }

                    if (state.Pending != r)
                    {
                        Flush(ref state, plan, options);
                        state.Pending = r;
                        state.Best = credit;
                        state.BestFit = fits[key];
                        state.BestCompetence = competence;
                        state.BestMet = met[key];
                    }
                    else
                    {
                        // As the scorer: the most credit (ties by id), and on their own the best fit and any full match.
                        if (credit > state.Best || (credit == state.Best && _competenceIds[competence].CompareTo(_competenceIds[state.BestCompetence]) < 0))
                        {
                            state.Best = credit;
                            state.BestCompetence = competence;
                        }

                        state.BestFit = Math.Max(state.BestFit, fits[key]);
                        state.BestMet |= met[key];
                    }
                }
            }
        }

        foreach (var slot in touched)
        {
            Flush(ref states[slot], plan, options);
        }

        return touched;
    }

    private static void Flush(ref SlotState state, QueryPlan plan, MatchingOptions options)
    {
        if (state.Pending < 0)
        {
            return;
        }

        var requirement = plan.Requirements[state.Pending];
        state.Credit += requirement.Weight * state.Best;
        if (requirement.Required)
        {
            state.Gap *= ScoreModel.RequiredGap(state.BestFit, options);
            state.RequiredReached++;
            if (state.BestMet)
            {
                state.RequiredMet++;
            }
        }

        state.Pending = -1;
    }

    /// <summary>The full score of one person from the scratch state, or null when a filter excludes them.</summary>
    private double? ScoreSlot(int slot, QueryPlan plan, Scratch scratch, CandidateQuery query, MatchingOptions options, OpportunitySpec spec)
    {
        var languageGap = 1.0;
        var meetsAll = scratch.States[slot].RequiredMet == plan.RequiredCount;

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
            plan.WeightTotal > 0 ? scratch.States[slot].Credit / plan.WeightTotal : null,
            ScoreModelParts.Languages(credit, weightTotal, extras, plan.MultilingualValued, options),
            distance,
            ScoreModel.HoursScore(plan.Hours, _hours[slot]),
            ScoreModelParts.Interests(hits, spec.Interests.Count),
            ScoreModel.GapFactor(scratch.States[slot].Gap, plan.RequiredCount - scratch.States[slot].RequiredReached, languageGap, options));
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

        var competences = candidate.Competences.DistinctBy(c => c.CompetenceId).Take(MaxPositions).ToArray();
        var ids = new int[competences.Length];
        var meta = new byte[competences.Length];
        for (var position = 0; position < competences.Length; position++)
        {
            var c = competences[position];
            var index = Intern(_competenceIndex, _competenceIds, c.CompetenceId);
            ids[position] = index;
            meta[position] = (byte)(Math.Clamp(c.Level, 0, 7) | ((int)c.Evidence << 3) | ((int)c.Source << 5));
            if (index >= _postings.Length)
            {
                Array.Resize(ref _postings, Math.Max(index + 1, _postings.Length * 2));
            }

            (_postings[index] ??= []).Add((slot << 8) | meta[position]);
        }

        _competences[slot] = ids;
        _competenceMeta[slot] = meta;
        // One entry per language (the best of duplicates, as the scorer counts it), so extras are counted once.
        _languages[slot] = candidate.Languages
            .GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(l => l.IsNative).ThenByDescending(l => l.Level.Rank).First())
            .Select(l => (Intern(_languageIndex, _languageCodes, l.Code) << 4) | (l.IsNative ? 0x8 : 0) | l.Level.Rank)
            .ToArray();
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

    private void CountEligible(int slot, int change)
    {
        _eligibleJob += Eligible(slot, SeeksJob) ? change : 0;
        _eligibleVolunteering += Eligible(slot, SeeksVolunteering) ? change : 0;
    }

    private void RemoveSlot(int slot)
    {
        var ids = _competences[slot];
        var metas = _competenceMeta[slot];
        for (var position = 0; position < ids.Length; position++)
        {
            _postings[ids[position]].Remove((slot << 8) | metas[position]);
        }

        CountEligible(slot, -1);
        _slotOf.Remove(_ids[slot]);
        _flags[slot] = 0;
        _competences[slot] = NoInts;
        _competenceMeta[slot] = [];
        _languages[slot] = NoInts;
        _interests[slot] = NoInts;
        _freeSlots.Push(slot);
    }

    private IndexedPerson ToPerson(int slot)
    {
        var ids = _competences[slot];
        var meta = _competenceMeta[slot];
        var competences = new CandidateCompetence[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            competences[i] = new CandidateCompetence(_competenceIds[ids[i]], meta[i] & 0x7, (CompetenceSource)(meta[i] >> 5), (Evidence)((meta[i] >> 3) & 0x3));
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
        Array.Resize(ref _competences, capacity);
        Array.Resize(ref _competenceMeta, capacity);
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

    /// <summary>What one query knows of one person: one struct, so the walk touches one cache line per person.</summary>
    private struct SlotState
    {
        public int Epoch;
        public int Pending;
        public int BestCompetence;
        public int RequiredReached;
        public int RequiredMet;
        public bool BestMet;
        public double Best;
        public double BestFit;
        public double Credit;
        public double Gap;
    }

    /// <summary>Per-thread working state, reused across queries; an epoch avoids clearing it.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public SlotState[] States = [];
        public int Epoch;

        public static Scratch For(int slots)
        {
            var scratch = _current ??= new Scratch();
            if (scratch.States.Length < slots)
            {
                scratch.States = new SlotState[Math.Max(slots, scratch.States.Length * 2)];
                scratch.Epoch = 0;
            }

            return scratch;
        }

        public void NextEpoch() => Epoch++;

        public bool Touched(int slot) => States[slot].Epoch == Epoch;

        /// <summary>Starts a person the walk did not reach: no credit, every required item missing.</summary>
        public void Reset(int slot) => States[slot] = new SlotState { Epoch = Epoch, Gap = 1, Pending = -1 };
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
