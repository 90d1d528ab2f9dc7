using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>What a ranked list is asked for.</summary>
public sealed record CandidateQuery(int Limit = 20, double MinScore = 0, bool RequiredOnly = false, double? MaxDistanceKm = null);

/// <summary>
/// Sums over the queries a match index has answered: postings read by their walks, eligible people
/// reached, people measured (their competence credit read from their holdings) and people scored in full.
/// </summary>
public readonly record struct WalkCounts(long Queries, long Read, long Reached, long Measured, long Scored)
{
    public double ReadPerQuery => Queries == 0 ? 0 : (double)Read / Queries;

    public double ReachedPerQuery => Queries == 0 ? 0 : (double)Reached / Queries;

    public double MeasuredPerQuery => Queries == 0 ? 0 : (double)Measured / Queries;

    public double ScoredPerQuery => Queries == 0 ? 0 : (double)Scored / Queries;

    public static WalkCounts operator -(WalkCounts after, WalkCounts before) =>
        new(after.Queries - before.Queries, after.Read - before.Read, after.Reached - before.Reached, after.Measured - before.Measured, after.Scored - before.Scored);
}

/// <summary>A person in the index: their candidate data and whether and for what they may be ranked.</summary>
public sealed record IndexedPerson(Candidate Candidate, bool Matchable, bool SeeksJob, bool SeeksVolunteering);

/// <summary>
/// A ranked list: the top results with explanations, and <see cref="Total"/>, the number of
/// eligible people who passed every filter of the query (all of them, not only those listed).
/// </summary>
public sealed record RankedCandidates(IReadOnlyList<MatchResult> Items, int Total);

/// <summary>
/// The people side of matching as a compact in-memory read model. What a person holds (recorded
/// competences, occupations they have experience in and those occupations' ISCO unit groups, as
/// <see cref="IMatchScorer.Holdings"/> defines them) is interned to ints; each key keeps a
/// posting list of person slots; a query walks only the postings of the keys that earn credit
/// for the opportunity, scores every person reached with the same formulas as
/// <see cref="CompetenceScorer"/> (<see cref="ScoreModel"/>), and re-scores the top k with the
/// scorer itself for the explanation. People reached by no posting are scanned only when they
/// could still enter the top k. This file holds the storage; the query is in MatchIndex.Query.cs.
/// Thread-safe: many readers, one writer.
/// </summary>
public sealed partial class MatchIndex
{
    private const int MaxPositions = 256;

    // An arena entry: (key number << KeyShift) | source (bits 7-9) | class (bits 3-6) | level (bits 0-2).
    private const int KeyShift = 12;
    private const int MaxKeys = 1 << (32 - KeyShift - 1);
    private const int TableKeyMask = 0x7F;
    private static readonly int[] NoInts = [];
    private static readonly CandidateExperience[] NoExperiences = [];

    private readonly CompetenceScorer _scorer;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, int> _keyIndex = [];
    private readonly List<Guid> _keys = [];
    private readonly Dictionary<string, int> _languageIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _languageCodes = [];
    private readonly Dictionary<string, int> _interestIndex = new(StringComparer.Ordinal);
    private readonly List<string> _interestTexts = [];
    private readonly Dictionary<Guid, int> _slotOf = [];
    private readonly Stack<int> _freeSlots = new();
    private List<int>[] _postings = [];

    private Guid[] _ids = new Guid[1024];

    // Every person's holdings in one array, each person's run contiguous. A removed person's run
    // stays as a hole until more than half the array is holes; then it is compacted.
    private int[] _arena = new int[4096];
    private int _arenaUsed;
    private int _arenaLive;
    private (int Start, int Length)[] _spans = new (int, int)[1024];
    private CandidateExperience[][] _experiences = new CandidateExperience[1024][];
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

    public MatchIndex(CompetenceScorer scorer) => _scorer = scorer;

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
        // Derived outside the lock: the scorer's definition of what the person holds.
        var holdings = _scorer.Holdings(person.Candidate);
        _lock.EnterWriteLock();
        try
        {
            if (_slotOf.TryGetValue(person.Candidate.Id, out var existing))
            {
                RemoveSlot(existing);
            }

            AddSlot(person, holdings);
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
            _keyIndex.Clear();
            _keys.Clear();
            _generation++;
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

    /// <summary>The ids of everyone in the index.</summary>
    public IReadOnlyList<Guid> PersonIds()
    {
        _lock.EnterReadLock();
        try
        {
            return [.. _slotOf.Keys];
        }
        finally
        {
            _lock.ExitReadLock();
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

    private bool Eligible(int slot, byte kindFlag) =>
        (_flags[slot] & (Live | Matchable | kindFlag)) == (Live | Matchable | kindFlag);

    private void AddSlot(IndexedPerson person, IReadOnlyList<Holding> holdings)
    {
        var candidate = person.Candidate;
        var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _slots++;
        EnsureCapacity(slot + 1);
        _slotOf[candidate.Id] = slot;
        _ids[slot] = candidate.Id;

        EnsureArena(Math.Min(holdings.Count, MaxPositions));
        var start = _arenaUsed;
        var length = 0;
        for (var i = 0; i < holdings.Count && length < MaxPositions; i++)
        {
            var holding = holdings[i];
            var index = Intern(_keyIndex, _keys, holding.Key);
            if (index >= MaxKeys)
            {
                throw new InvalidOperationException($"The match index holds at most {MaxKeys} distinct competences and occupations.");
            }

            var entry = (index << KeyShift) | ((int)holding.Source << 7) | (holding.Class << 3) | Math.Clamp(holding.Level, 0, 7);
            if (Holds(_arena.AsSpan(start, length), entry))
            {
                continue; // the same key at the same level and confidence: it adds nothing
            }

            _arena[start + length++] = entry;
            if (index >= _postings.Length)
            {
                Array.Resize(ref _postings, Math.Max(index + 1, _postings.Length * 2));
            }

            var postings = _postings[index] ??= [];
            if (postings.Count == 0 || postings[^1] != slot)
            {
                postings.Add(slot);
            }
        }

        _spans[slot] = (start, length);
        _arenaUsed += length;
        _arenaLive += length;

        _experiences[slot] = candidate.Experiences.Count == 0 ? NoExperiences : candidate.Experiences.ToArray();
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

    /// <summary>Whether the run holds the same key at the same level and confidence (the source aside).</summary>
    private static bool Holds(ReadOnlySpan<int> entries, int entry)
    {
        const int ignoreSource = ~(0x7 << 7);
        foreach (var existing in entries)
        {
            if ((existing & ignoreSource) == (entry & ignoreSource))
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
            _postings[entry >>> KeyShift].Remove(slot);
        }

        CountEligible(slot, -1);
        _slotOf.Remove(_ids[slot]);
        _flags[slot] = 0;
        _spans[slot] = default;
        _arenaLive -= length;
        _experiences[slot] = NoExperiences;
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

    /// <summary>The person as they were indexed: recorded competences from the arena (experience holdings are derived again by the scorer).</summary>
    private IndexedPerson ToPerson(int slot)
    {
        var (start, length) = _spans[slot];
        var competences = new List<CandidateCompetence>(length);
        foreach (var entry in _arena.AsSpan(start, length))
        {
            if (Recorded(entry) is var (key, level, source, evidence))
            {
                competences.Add(new CandidateCompetence(key, level, source, evidence));
            }
        }

        var languages = new List<CandidateLanguage>(_languages[slot].Length);
        foreach (var entry in _languages[slot])
        {
            var (code, level, native) = Spoken(entry);
            languages.Add(new CandidateLanguage(code, level, native));
        }

        var interests = new List<string>(_interests[slot].Length);
        foreach (var interest in _interests[slot])
        {
            interests.Add(_interestTexts[interest]);
        }

        var candidate = new Candidate(
            _ids[slot],
            competences,
            languages,
            double.IsNaN(_latitude[slot]) ? null : new GeoPoint(_latitude[slot], _longitude[slot]),
            _maxTravel[slot],
            _hours[slot],
            interests)
        {
            Experiences = _experiences[slot],
        };
        var flags = _flags[slot];
        return new IndexedPerson(candidate, (flags & Matchable) != 0, (flags & SeeksJob) != 0, (flags & SeeksVolunteering) != 0);
    }

    /// <summary>
    /// The scorer's full score and explanation for the person in <paramref name="slot"/>, read from
    /// the slot's arrays: what it gives for the candidate <see cref="ToPerson"/> rebuilds (its
    /// recorded competences as holdings in arena order, then its experience), without rebuilding
    /// it. The scratch's holdings, language map and interest set are reused from one person to the next.
    /// </summary>
    private MatchResult Explain(PreparedOpportunity prepared, int slot, Scratch scratch)
    {
        var holdings = scratch.Holdings;
        holdings.Clear();
        var (start, length) = _spans[slot];
        foreach (var entry in _arena.AsSpan(start, length))
        {
            // A recorded competence is in the arena once (the scorer's holdings keep the first of duplicates).
            if (Recorded(entry) is var (key, level, source, evidence))
            {
                holdings.Add(CompetenceScorer.Recorded(key, level, source, evidence));
            }
        }

        _scorer.AddExperience(holdings, _experiences[slot]);
        var spoken = scratch.Spoken;
        spoken.Clear();
        foreach (var entry in _languages[slot])
        {
            var (code, level, native) = Spoken(entry);
            CompetenceScorer.AddSpoken(spoken, code, level, native);
        }

        var interests = scratch.Interests;
        interests.Clear();
        foreach (var interest in _interests[slot])
        {
            // Interned normalised (as the scorer normalises them).
            interests.Add(_interestTexts[interest]);
        }

        var location = double.IsNaN(_latitude[slot]) ? (GeoPoint?)null : new GeoPoint(_latitude[slot], _longitude[slot]);
        return _scorer.Score(prepared, new ScoredPerson(_ids[slot], location, _maxTravel[slot], _hours[slot], holdings, spoken, interests));
    }

    /// <summary>A recorded competence as the arena entry holds it; null for an experience holding (derived again by the scorer).</summary>
    private (Guid Key, int Level, CompetenceSource Source, Evidence Evidence)? Recorded(int entry)
    {
        var confidenceClass = (entry >> 3) & 0xF;
        return ScoreModel.IsExperienceClass(confidenceClass)
            ? null
            : (_keys[entry >>> KeyShift], entry & 0x7, (CompetenceSource)((entry >> 7) & 0x7), (Evidence)confidenceClass);
    }

    /// <summary>A spoken language as a person's language entry holds it.</summary>
    private (string Code, CefrLevel Level, bool Native) Spoken(int entry) =>
        (_languageCodes[entry >> 4], CefrLevel.FromRank(entry & 0x7), (entry & 0x8) != 0);

    private void EnsureCapacity(int size)
    {
        if (size <= _ids.Length)
        {
            return;
        }

        var capacity = Math.Max(size, _ids.Length * 2);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _spans, capacity);
        Array.Resize(ref _experiences, capacity);
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
}
