using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

/// <summary>The query side of the index: the plan, the walk over the postings, and exact scoring of the people reached.</summary>
public sealed partial class MatchIndex
{
    /// <summary>The best people for an opportunity, with explanations, best first (ties by id).</summary>
    public RankedCandidates TopCandidates(OpportunitySpec opportunity, CandidateQuery query) =>
        TopCandidates(_scorer.Prepare(opportunity), query);

    /// <summary>
    /// The same for an opportunity this index's scorer has already prepared (the read model
    /// prepares every open one once), so a query does not expand its requirements again.
    /// </summary>
    public RankedCandidates TopCandidates(PreparedOpportunity prepared, CandidateQuery query)
    {
        var opportunity = prepared.Spec;
        var options = _scorer.Options;
        _lock.EnterReadLock();
        try
        {
            var scratch = Scratch.For(_slots, _keys.Count, opportunity.Requirements.Count);
            var plan = Plan(prepared, options, scratch, query.RequiredOnly);

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
            var pendingOf = scratch.PendingOf;
            var epoch = scratch.Epoch;
            var pool = scratch.Pool;
            var pending = scratch.Pending;
            var (read, reachedCount, measured, scored) = (0, 0, 0, 0);

            // Everyone from here on in `pending` is reached and not yet measured; before it, measured or out of reach.
            var firstPending = 0;

            // Measures the pending in the order of their bound given the lists known (walked so far),
            // best first, and scores them as they come. Whoever's bound is below the k-th score (or
            // the minimum) is left for good: more lists known only lower a bound, the k-th score only rises.
            void Settle(int known)
            {
                var waiting = CollectionsMarshal.AsSpan(pending)[firstPending..];
                scratch.EnsurePendingSort(waiting.Length);
                var bounds = scratch.PendingBounds.AsSpan(0, waiting.Length);
                var order = scratch.PendingOrder.AsSpan(0, waiting.Length);
                scratch.HeldBounds.Clear();
                var (lastHeld, lastBound) = (0UL, double.NaN);
                for (var c = 0; c < waiting.Length; c++)
                {
                    // Neighbours often hold the same lists (one batch of a list at a time).
                    if (double.IsNaN(lastBound) || waiting[c].Held != lastHeld)
                    {
                        (lastHeld, lastBound) = (waiting[c].Held, HeldBound(plan, waiting[c].Held, known, scratch, options));
                    }

                    // Negated: the sort is ascending.
                    bounds[c] = -lastBound;
                    order[c] = c;
                }

                bounds.Sort(order);
                for (var i = 0; i < waiting.Length; i++)
                {
                    var bound = -bounds[i];
                    if (i > 0 && bounds[i] != bounds[i - 1])
                    {
                        ScorePool();
                    }

                    if (bound < query.MinScore || (unfiltered && top.IsFull && bound < top.Threshold))
                    {
                        break;
                    }

                    measured++;
                    var reached = Measure(waiting[order[i]].Slot, plan, scratch);
                    if (query.RequiredOnly && reached.RequiredMet != plan.RequiredCount)
                    {
                        continue;
                    }

                    // Competence credit exact, every other part assumed perfect.
                    reached.Bound = plan.Bound(reached.RequiredCredit, reached.PreferredCredit, options);
                    if (reached.Bound >= query.MinScore && !(unfiltered && top.IsFull && reached.Bound < top.Threshold))
                    {
                        pool.Add(reached);
                    }
                }

                ScorePool();
                firstPending = pending.Count;
            }

            // Most promising first, so the threshold rises fast.
            void ScorePool()
            {
                CollectionsMarshal.AsSpan(pool).Sort(default(ByBoundDescending));
                foreach (var reached in CollectionsMarshal.AsSpan(pool))
                {
                    if (unfiltered && top.IsFull && reached.Bound < top.Threshold)
                    {
                        break;
                    }

                    scored++;
                    if (ScoreSlot(reached, plan, query, options) is { } score)
                    {
                        counted++;
                        top.Offer(score, _ids[reached.Slot], reached.Slot);
                    }
                }

                pool.Clear();
            }

            // Reads the postings of the list at a walk position: every pending person in them holds
            // it. With `extend`, whoever it reaches first joins the pending; else it only tells about them.
            void Walk(int position, bool extend)
            {
                var unit = plan.Order[position];
                var bit = position < 64 ? 1UL << position : 0;
                for (var source = plan.SourceStart[unit]; source < plan.SourceStart[unit + 1]; source++)
                {
                    var key = scratch.Sources[source];
                    if (key >= _postings.Length || _postings[key] is not { } postings)
                    {
                        continue;
                    }

                    read += postings.Count;
                    foreach (var slot in CollectionsMarshal.AsSpan(postings))
                    {
                        if (seen[slot] == epoch)
                        {
                            if (pendingOf[slot] >= firstPending)
                            {
                                CollectionsMarshal.AsSpan(pending)[pendingOf[slot]].Held |= bit;
                            }
                        }
                        else if (extend)
                        {
                            seen[slot] = epoch;
                            pendingOf[slot] = -1;
                            if (Eligible(slot, kindFlag))
                            {
                                reachedCount++;
                                pendingOf[slot] = pending.Count;
                                pending.Add(new Unmeasured { Slot = slot, Held = bit });
                            }
                        }
                    }
                }
            }

            // Far from the stop, each list's people are measured at once: the k-th score they bring
            // decides how far the walk goes. Near it (the unreached within DeferWithin points of the
            // k-th score) they wait: the lists walked next, and a few past the stop, show which of
            // them lack those too, and whose bound therefore falls below the k-th score.
            var walked = 0;
            for (; walked < plan.Order.Length && UnreachedCanQualify(walked); walked++)
            {
                Walk(walked, extend: true);
                if (!top.IsFull || plan.UnreachedBounds[walked + 1] >= top.Threshold + DeferWithin)
                {
                    Settle(walked + 1);
                }
            }

            var known = walked;
            for (; known < Math.Min(walked + ListsPastTheStop, plan.Order.Length) && firstPending < pending.Count; known++)
            {
                Walk(known, extend: false);
            }

            Settle(known);

            // People holding nothing the opportunity asks: scanned only when they could rank or must be counted.
            if (walked == plan.Order.Length && UnreachedCanQualify(walked))
            {
                for (var slot = 0; slot < _slots; slot++)
                {
                    if (seen[slot] == epoch || !Eligible(slot, kindFlag))
                    {
                        continue;
                    }

                    scored++;
                    if (ScoreSlot(new Reached { Slot = slot }, plan, query, options) is { } score)
                    {
                        counted++;
                        top.Offer(score, _ids[slot], slot);
                    }
                }
            }

            Interlocked.Increment(ref _walkQueries);
            Interlocked.Add(ref _walkRead, read);
            Interlocked.Add(ref _walkReached, reachedCount);
            Interlocked.Add(ref _walkMeasured, measured);
            Interlocked.Add(ref _walkScored, scored);

            // Without filters every eligible person qualifies (a score is never below 0).
            var total = unfiltered ? (opportunity.Kind == OpportunityKind.Job ? _eligibleJob : _eligibleVolunteering) : counted;

            // The k people explained by the scorer, read from their slots (same scores as the index's).
            var results = new List<MatchResult>(query.Limit);
            foreach (var entry in top.Ordered())
            {
                results.Add(Explain(prepared, entry.Slot, scratch));
            }

            results.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.CandidateId.CompareTo(b.CandidateId));
            return new RankedCandidates(results, total);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// What the walks of every query so far did, summed (see <see cref="WalkCounts"/>). Deterministic
    /// for a given index and set of queries, so a change to the walk's bounds shows in them exactly.
    /// </summary>
    public WalkCounts Walks => new(Interlocked.Read(ref _walkQueries), Interlocked.Read(ref _walkRead), Interlocked.Read(ref _walkReached), Interlocked.Read(ref _walkMeasured), Interlocked.Read(ref _walkScored));

    /// <summary>How near the k-th score the bound of the unreached must fall before the people reached wait to be measured (points).</summary>
    private const double DeferWithin = 20;

    /// <summary>How many lists past the stop are read to learn more about those waiting (their postings are cheap beside a measure).</summary>
    private const int ListsPastTheStop = 4;

    private long _walkQueries;
    private long _walkRead;
    private long _walkReached;
    private long _walkMeasured;
    private long _walkScored;

    private sealed record QueryPlan(
        double[] Weights,
        bool[] Required,
        bool[] Generic,
        (double Weight, int Count) RequiredTotal,
        (double Weight, int Count) PreferredTotal,
        int RequiredCount,
        int[] SourceStart,
        double[] UnitMax,
        int[] Order,
        double[] UnreachedBounds,
        int[] RequiredWalked,
        IReadOnlyList<LanguageRequirement> WantedLanguages,
        int[] LanguageKeys,
        bool MultilingualValued,
        int[] Interests,
        GeoPoint? Location,
        double Hours)
    {
        private bool RequiredLanguagesApply => WantedLanguages.Any(l => l.Importance == Importance.Required);
        private bool PreferredLanguagesApply => MultilingualValued || WantedLanguages.Any(l => l.Importance != Importance.Required);

        /// <summary>
        /// The highest score of someone who can earn at most <paramref name="available"/> from each
        /// list (per requirement the better of its two), folded as a person's credit is: the fold is
        /// monotone in every credit, so the bound holds and the rounding can only favour it.
        /// </summary>
        public double Bound(ReadOnlySpan<double> available, Span<double> maxima, MatchingOptions options)
        {
            for (var i = 0; i < maxima.Length; i++)
            {
                maxima[i] = Math.Max(available[2 * i], available[(2 * i) + 1]);
            }

            var (requiredCredit, preferredCredit) = ScoreModel.CompetenceCredit(maxima, Weights, Required, Generic, options);
            return Bound(requiredCredit, preferredCredit, options);
        }

        /// <summary>The highest score a person with this competence credit can reach: every other part perfect.</summary>
        public double Bound(double requiredCredit, double preferredCredit, MatchingOptions options) =>
            ScoreModel.Combine(
                new ScoreParts(
                    ScoreModel.Share(requiredCredit, RequiredTotal.Weight, RequiredTotal.Count),
                    ScoreModel.Share(preferredCredit, PreferredTotal.Weight, PreferredTotal.Count),
                    RequiredLanguagesApply ? 1 : null,
                    PreferredLanguagesApply ? 1 : null,
                    1,
                    1,
                    Interests.Length > 0 ? 1 : null),
                options);
    }

    /// <summary>
    /// Maps each requirement's expansion to the key numbers the index knows, with credit and
    /// "fully met" precomputed per (level, confidence class) in shared 128-entry tables, and plans
    /// the walk. Each requirement has two lists: the strong one (the competence itself, narrower
    /// ones, and the occupations needing them: everything that can fully meet it or earns much) and
    /// the weak one (broader, related and sibling skills, unit groups). The lists that lower the
    /// bound of everyone they do not reach the most per person they reach go first (under
    /// required-only, the smallest strong required list first: after it nobody unreached can qualify).
    /// </summary>
    private QueryPlan Plan(PreparedOpportunity prepared, MatchingOptions options, Scratch scratch, bool requiredOnly)
    {
        var spec = prepared.Spec;
        var n = spec.Requirements.Count;
        var units = 2 * n;
        var weights = prepared.Weights;
        var required = prepared.Required;
        var unitMax = new double[units];
        var sizes = new long[units];
        var sourceStart = new int[units + 1];
        scratch.BeginQuery();
        var resolved = Resolve(prepared);
        Span<int> tables = resolved.Tables.Length <= 256 ? stackalloc int[resolved.Tables.Length] : new int[resolved.Tables.Length];
        for (var t = 0; t < tables.Length; t++)
        {
            var table = resolved.Tables[t];
            tables[t] = scratch.Table(table.Factor, table.MinLevel, table.CanMeet, table.Kind, options);
        }

        for (var u = 0; u < units; u++)
        {
            sourceStart[u] = scratch.SourceCount;
            for (var s = resolved.ListStarts[u]; s < resolved.ListStarts[u + 1]; s++)
            {
                var key = resolved.Keys[s];
                var table = tables[resolved.TableOf[s]];
                scratch.AddSource(key, u / 2, table);
                unitMax[u] = Math.Max(unitMax[u], scratch.MaxCredit(table));
                sizes[u] += key < _postings.Length ? _postings[key]?.Count ?? 0 : 0;
            }
        }

        sourceStart[units] = scratch.SourceCount;
        var languageKeys = new int[spec.Languages.Count];
        for (var l = 0; l < languageKeys.Length; l++)
        {
            languageKeys[l] = _languageIndex.GetValueOrDefault(spec.Languages[l].Code, -1);
        }

        // The prepared opportunity's interests are normalised already.
        var interests = new int[prepared.Interests.Length];
        for (var t = 0; t < interests.Length; t++)
        {
            interests[t] = _interestIndex.GetValueOrDefault(prepared.Interests[t], -1);
        }
        var requiredTotal = (0.0, 0);
        var preferredTotal = (0.0, 0);
        for (var i = 0; i < n; i++)
        {
            // Summed in requirement order, as the scorer sums them.
            if (required[i])
            {
                requiredTotal = (requiredTotal.Item1 + weights[i], requiredTotal.Item2 + 1);
            }
            else
            {
                preferredTotal = (preferredTotal.Item1 + weights[i], preferredTotal.Item2 + 1);
            }
        }

        var plan = new QueryPlan(weights, required, prepared.Generic, requiredTotal, preferredTotal, requiredTotal.Item2, sourceStart, unitMax, new int[units], new double[units + 1], new int[units + 1], spec.Languages, languageKeys, spec.MultilingualValued, interests, spec.Location, spec.Hours);

        // The bound of the unreached when the lists flagged are walked: per requirement the most
        // credit its lists not yet walked can give, all else perfect.
        var walkedFlags = new bool[units];
        var available = new double[units];
        var maxima = new double[n];
        double BoundOfUnreached()
        {
            for (var u = 0; u < units; u++)
            {
                available[u] = walkedFlags[u] ? 0 : unitMax[u];
            }

            return plan.Bound(available, maxima, options);
        }

        // What walking one list alone takes off the bound, per person it reaches.
        var full = BoundOfUnreached();
        var gain = new double[units];
        for (var u = 0; u < units; u++)
        {
            walkedFlags[u] = true;
            gain[u] = (full - BoundOfUnreached()) / Math.Max(1, sizes[u]);
            walkedFlags[u] = false;
        }

        // Under required-only the strong lists of required items first, shortest first; then by gain, then in order.
        for (var u = 0; u < units; u++)
        {
            plan.Order[u] = u;
        }

        Array.Sort(plan.Order, (a, b) =>
        {
            var firstA = requiredOnly && required[a / 2] && a % 2 == 0;
            var firstB = requiredOnly && required[b / 2] && b % 2 == 0;
            return firstA != firstB ? (firstA ? -1 : 1)
                : firstA && sizes[a] != sizes[b] ? sizes[a].CompareTo(sizes[b])
                : gain[a] != gain[b] ? gain[b].CompareTo(gain[a])
                : a.CompareTo(b);
        });

        for (var walked = 0; walked <= units; walked++)
        {
            var last = walked == 0 ? -1 : plan.Order[walked - 1];
            plan.RequiredWalked[walked] = walked == 0 ? 0 : plan.RequiredWalked[walked - 1] + (required[last / 2] && last % 2 == 0 ? 1 : 0);
            plan.UnreachedBounds[walked] = BoundOfUnreached();
            if (walked < units)
            {
                walkedFlags[plan.Order[walked]] = true;
            }
        }

        return plan;
    }

    /// <summary>
    /// A person's competence credit and required counts, read from their own holdings: per
    /// requirement the most credit and whether any holding fully meets it (each a maximum, as the
    /// scorer keeps them), folded in requirement order as the scorer folds them, so the sums round alike.
    /// </summary>
    private Reached Measure(int slot, QueryPlan plan, Scratch scratch)
    {
        var n = plan.Weights.Length;
        var best = scratch.Best.AsSpan(0, n);
        var hit = scratch.Hit.AsSpan(0, n);
        hit.Clear();
        var heads = scratch.Heads;
        var next = scratch.Next;
        var entryRequirement = scratch.EntryRequirement;
        var entryTable = scratch.EntryTable;
        var credits = scratch.Credits;
        var met = scratch.Met;
        var wanted = scratch.Wanted;
        var epoch = scratch.Epoch;
        var (start, length) = _spans[slot];
        foreach (var entry in _arena.AsSpan(start, length))
        {
            // Most of a person's holdings earn nothing here: the bit set (in L1) says so before the chain heads are read.
            var key = entry >>> KeyShift;
            if ((wanted[key >> 6] & (1UL << key)) == 0)
            {
                continue;
            }

            var head = heads[key];
            if ((int)(head >>> 32) != epoch)
            {
                continue;
            }

            // Level (bits 0-2) and confidence class (bits 3-6) pick the entry of the precomputed tables.
            var tableKey = entry & TableKeyMask;
            for (var e = (int)head; e >= 0; e = next[e])
            {
                var r = entryRequirement[e];
                var t = entryTable[e] + tableKey;
                if (hit[r] == 0)
                {
                    best[r] = credits[t];
                    hit[r] = met[t] ? (byte)3 : (byte)1;
                }
                else
                {
                    best[r] = Math.Max(best[r], credits[t]);
                    hit[r] |= met[t] ? (byte)2 : (byte)0;
                }
            }
        }

        var reached = new Reached { Slot = slot };
        for (var r = 0; r < n; r++)
        {
            if (hit[r] == 0)
            {
                best[r] = 0;
            }
            else if (plan.Required[r])
            {
                reached.RequiredMet += hit[r] >> 1;
            }
        }

        (reached.RequiredCredit, reached.PreferredCredit) = ScoreModel.CompetenceCredit(best, plan.Weights, plan.Required, plan.Generic, _scorer.Options);
        return reached;
    }

    /// <summary>The full score of one person from their measured competences, or null when a filter excludes them.</summary>
    private double? ScoreSlot(in Reached reached, QueryPlan plan, CandidateQuery query, MatchingOptions options)
    {
        var slot = reached.Slot;
        var meetsAll = reached.RequiredMet == plan.RequiredCount;

        // Languages: the level of each listed one, then the one fold the scorer uses too.
        var languages = _languages[slot];
        Span<CefrLevel?> spoken = plan.LanguageKeys.Length <= 16 ? stackalloc CefrLevel?[plan.LanguageKeys.Length] : new CefrLevel?[plan.LanguageKeys.Length];
        for (var i = 0; i < plan.LanguageKeys.Length; i++)
        {
            spoken[i] = null;
            foreach (var entry in languages)
            {
                if (entry >> 4 == plan.LanguageKeys[i])
                {
                    spoken[i] = EffectiveLevel(entry);
                    break;
                }
            }
        }

        var extras = 0;
        if (plan.MultilingualValued)
        {
            foreach (var entry in languages)
            {
                var listed = false;
                foreach (var key in plan.LanguageKeys)
                {
                    listed |= key == entry >> 4;
                }

                if (!listed && EffectiveLevel(entry) >= CefrLevel.B1)
                {
                    extras++;
                }
            }
        }

        var languageParts = ScoreModel.Languages(plan.WantedLanguages, spoken, extras, plan.MultilingualValued, options);
        meetsAll &= languageParts.RequiredMet == languageParts.RequiredCount;
        if (query.RequiredOnly && !meetsAll)
        {
            return null;
        }

        double? distanceKm = null;
        double? distance = null;
        if (plan.Location is { } here && !double.IsNaN(_latitude[slot]))
        {
            var km = ScoreModel.DistanceKm(here, new GeoPoint(_latitude[slot], _longitude[slot]));
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
            ScoreModel.Share(reached.RequiredCredit, plan.RequiredTotal.Weight, plan.RequiredTotal.Count),
            ScoreModel.Share(reached.PreferredCredit, plan.PreferredTotal.Weight, plan.PreferredTotal.Count),
            languageParts.Required,
            languageParts.Preferred,
            distance,
            ScoreModel.HoursScore(plan.Hours, _hours[slot]),
            ScoreModel.Interests(hits, plan.Interests.Length));
        var score = ScoreModel.Combine(parts, options);
        return score >= query.MinScore ? score : null;
    }

    private static CefrLevel EffectiveLevel(int entry) => (entry & 0x8) != 0 ? CefrLevel.C2 : CefrLevel.FromRank(entry & 0x7);

    /// <summary>
    /// The bound of someone reached by the lists at the walk positions set in <paramref name="held"/>
    /// and by none of the other lists read so far (the first <paramref name="known"/>); the lists
    /// not yet read may still give them their most. A position past 63 has no bit and counts as
    /// held. The same lists give the same bound, so it is made once per set (the cache holds for one <paramref name="known"/>).
    /// </summary>
    private static double HeldBound(QueryPlan plan, ulong held, int known, Scratch scratch, MatchingOptions options)
    {
        if (scratch.HeldBounds.TryGetValue(held, out var cached))
        {
            return cached;
        }

        var available = scratch.Available.AsSpan(0, plan.UnitMax.Length);
        plan.UnitMax.CopyTo(available);
        for (var position = 0; position < Math.Min(known, 64); position++)
        {
            if ((held & (1UL << position)) == 0)
            {
                available[plan.Order[position]] = 0;
            }
        }

        var bound = plan.Bound(available, scratch.Maxima.AsSpan(0, plan.Weights.Length), options);
        scratch.HeldBounds[held] = bound;
        return bound;
    }

    /// <summary>Someone the walk reached and has not measured yet, and the walk positions of the lists that reached them (one bit each).</summary>
    private struct Unmeasured
    {
        public int Slot;
        public ulong Held;
    }

    /// <summary>What the walk measured of one person: exact competence credit per block, and the bound on their score.</summary>
    private struct Reached
    {
        public int Slot;
        public int RequiredMet;
        public double RequiredCredit;
        public double PreferredCredit;
        public double Bound;
    }

    private readonly struct ByBoundDescending : IComparer<Reached>
    {
        public int Compare(Reached x, Reached y) => y.Bound.CompareTo(x.Bound);
    }
}
