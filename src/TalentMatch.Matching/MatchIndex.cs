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
/// share no competence with the opportunity; they are scanned only when one of them could pass the
/// filters, and scored in full only while one could still enter the top k (otherwise only counted
/// for the total). Thread-safe: many readers, one writer.
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
            _postings = [];
            _competenceIndex.Clear();
            _competenceIds.Clear();
            _languageIndex.Clear();
            _languageCodes.Clear();
            _interestIndex.Clear();
            _interestTexts.Clear();
            _slots = 0;
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
            var total = 0;

            foreach (var slot in touched)
            {
                if (Eligible(slot, kindFlag) && ScoreSlot(slot, plan, scratch, query, options, opportunity) is { } score)
                {
                    total++;
                    top.Offer(score, _ids[slot], slot);
                }
            }

            // People sharing no competence score at most this (no competence credit, every required
            // competence missing, every other component full). They can pass the filters only if the
            // bound reaches the minimum score and, with required-only, no competence is required.
            double? noCompetences = plan.WeightTotal > 0 ? 0 : null;
            var bound = ScoreModel.Combine(new ScoreParts(noCompetences, 1, 1, 1, 1, ScoreModel.GapFactor(1, plan.RequiredCount, 1, options)), options);
            if (bound >= query.MinScore && !(query.RequiredOnly && plan.RequiredCount > 0))
            {
                // Without a score, distance or required-language filter every one of them qualifies:
                // once they cannot enter the top k, counting them is enough.
                var countOnly = query.MinScore <= 0 && query.MaxDistanceKm is null && !query.RequiredOnly;
                for (var slot = 0; slot < _slots; slot++)
                {
                    if (scratch.Stamp[slot] == scratch.Epoch || !Eligible(slot, kindFlag))
                    {
                        continue;
                    }

                    if (countOnly && top.IsFull && top.Threshold > bound)
                    {
                        total++;
                        continue;
                    }

                    scratch.Reset(slot);
                    if (ScoreSlot(slot, plan, scratch, query, options, opportunity) is { } score)
                    {
                        total++;
                        top.Offer(score, _ids[slot], slot);
                    }
                }
            }

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

    /// <summary>One requirement with its credit table and the posting lists that can earn it.</summary>
    private sealed record RequirementPlan(double Weight, bool Required, int MinLevel, (int Competence, MatchVia Via, double Factor)[] Sources);

    private sealed record QueryPlan(
        RequirementPlan[] Requirements,
        double WeightTotal,
        int RequiredCount,
        (int Language, CefrLevel MinLevel, bool Required)[] Languages,
        bool MultilingualValued,
        int[] Interests,
        GeoPoint? Location,
        double Hours);

    private QueryPlan Plan(PreparedOpportunity prepared, MatchingOptions options)
    {
        var spec = prepared.Spec;
        var requirements = new RequirementPlan[spec.Requirements.Count];
        for (var i = 0; i < requirements.Length; i++)
        {
            var requirement = spec.Requirements[i];
            var sources = prepared.Expansions[i]
                .Where(e => _competenceIndex.ContainsKey(e.Key))
                .Select(e => (_competenceIndex[e.Key], e.Value.Via, e.Value.Factor))
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

    /// <summary>Walks the postings once per requirement; leaves per-person credit, gap and met counts in the scratch arrays.</summary>
    private List<int> Accumulate(QueryPlan plan, Scratch scratch, MatchingOptions options)
    {
        scratch.NextEpoch();
        var touched = new List<int>();
        var best = scratch.Best;
        var bestFit = scratch.BestFit;
        var bestCompetence = scratch.BestCompetence;
        var bestMet = scratch.BestMet;
        foreach (var requirement in plan.Requirements)
        {
            var reached = scratch.NextRequirement();
            foreach (var (competence, via, factor) in requirement.Sources)
            {
                if (competence >= _postings.Length || _postings[competence] is not { } postings)
                {
                    continue;
                }

                foreach (var posting in postings)
                {
                    var slot = posting >>> 8;
                    var meta = _competenceMeta[slot][posting & 0xFF];
                    var level = meta & 0x7;
                    var fit = ScoreModel.Fit(factor, requirement.MinLevel, level, options);
                    var credit = fit * ScoreModel.EvidenceFactor((Evidence)((meta >> 3) & 0x3), options);
                    var fullyMet = ScoreModel.FullyMeets(via, requirement.MinLevel, level);
                    if (scratch.RequirementStamp[slot] != scratch.RequirementEpoch)
                    {
                        scratch.RequirementStamp[slot] = scratch.RequirementEpoch;
                        best[slot] = credit;
                        bestFit[slot] = fit;
                        bestCompetence[slot] = competence;
                        bestMet[slot] = fullyMet;
                        reached.Add(slot);
                        continue;
                    }

                    // As the scorer: the most credit (ties by id), and on their own the best fit and any full match.
                    if (credit > best[slot] || (credit == best[slot] && _competenceIds[competence].CompareTo(_competenceIds[bestCompetence[slot]]) < 0))
                    {
                        best[slot] = credit;
                        bestCompetence[slot] = competence;
                    }

                    bestFit[slot] = Math.Max(bestFit[slot], fit);
                    bestMet[slot] |= fullyMet;
                }
            }

            foreach (var slot in reached)
            {
                if (scratch.Stamp[slot] != scratch.Epoch)
                {
                    scratch.Reset(slot);
                    touched.Add(slot);
                }

                scratch.Credit[slot] += requirement.Weight * best[slot];
                if (requirement.Required)
                {
                    scratch.Gap[slot] *= ScoreModel.RequiredGap(bestFit[slot], options);
                    scratch.RequiredReached[slot]++;
                    if (bestMet[slot])
                    {
                        scratch.RequiredMet[slot]++;
                    }
                }
            }
        }

        return touched;
    }

    /// <summary>The full score of one person from the scratch state, or null when a filter excludes them.</summary>
    private double? ScoreSlot(int slot, QueryPlan plan, Scratch scratch, CandidateQuery query, MatchingOptions options, OpportunitySpec spec)
    {
        var meetsAll = scratch.RequiredMet[slot] == plan.RequiredCount;
        var languageGap = 1.0;

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
            plan.WeightTotal > 0 ? scratch.Credit[slot] / plan.WeightTotal : null,
            ScoreModelParts.Languages(credit, weightTotal, extras, plan.MultilingualValued, options),
            distance,
            ScoreModel.HoursScore(plan.Hours, _hours[slot]),
            ScoreModelParts.Interests(hits, spec.Interests.Count),
            ScoreModel.GapFactor(scratch.Gap[slot], plan.RequiredCount - scratch.RequiredReached[slot], languageGap, options));
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

            (_postings[index] ??= []).Add((slot << 8) | position);
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
    }

    private void RemoveSlot(int slot)
    {
        var ids = _competences[slot];
        for (var position = 0; position < ids.Length; position++)
        {
            _postings[ids[position]].Remove((slot << 8) | position);
        }

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

    /// <summary>Per-thread working arrays, reused across queries; epochs avoid clearing them.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public int[] Stamp = [];
        public int Epoch;
        public int[] RequirementStamp = [];
        public int RequirementEpoch;
        public double[] Credit = [];
        public double[] Gap = [];
        public double[] Best = [];
        public double[] BestFit = [];
        public int[] BestCompetence = [];
        public bool[] BestMet = [];
        public int[] RequiredReached = [];
        public int[] RequiredMet = [];
        private readonly List<int> _reached = [];

        public static Scratch For(int slots)
        {
            var scratch = _current ??= new Scratch();
            if (scratch.Stamp.Length < slots)
            {
                var size = Math.Max(slots, scratch.Stamp.Length * 2);
                scratch.Stamp = new int[size];
                scratch.RequirementStamp = new int[size];
                scratch.Credit = new double[size];
                scratch.Gap = new double[size];
                scratch.Best = new double[size];
                scratch.BestFit = new double[size];
                scratch.BestCompetence = new int[size];
                scratch.BestMet = new bool[size];
                scratch.RequiredReached = new int[size];
                scratch.RequiredMet = new int[size];
                scratch.Epoch = 0;
                scratch.RequirementEpoch = 0;
            }

            return scratch;
        }

        public void NextEpoch() => Epoch++;

        public List<int> NextRequirement()
        {
            RequirementEpoch++;
            _reached.Clear();
            return _reached;
        }

        public void Reset(int slot)
        {
            Stamp[slot] = Epoch;
            Credit[slot] = 0;
            Gap[slot] = 1;
            RequiredReached[slot] = 0;
            RequiredMet[slot] = 0;
        }
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
