namespace TalentMatch.Matching;

public sealed partial class MatchIndex
{
    /// <summary>
    /// An opportunity's expansions resolved to one index's key numbers, list by list (per
    /// requirement: exact or narrower first, then the rest), with the credit table each key earns
    /// by. Kept on the prepared opportunity, so a query for an open opportunity does not look every
    /// key up again; valid while the index has the same keys (keys are only added, until a clear).
    /// </summary>
    internal sealed class ResolvedSources(
        MatchIndex index,
        int generation,
        int keyCount,
        int[] listStarts,
        int[] keys,
        int[] tableOf,
        TableParameters[] tables)
    {
        public MatchIndex Index { get; } = index;
        public int Generation { get; } = generation;
        public int KeyCount { get; } = keyCount;

        /// <summary>Per list, where its keys start in <see cref="Keys"/>; one more at the end.</summary>
        public int[] ListStarts { get; } = listStarts;

        public int[] Keys { get; } = keys;

        /// <summary>Per key of <see cref="Keys"/>, its table in <see cref="Tables"/>.</summary>
        public int[] TableOf { get; } = tableOf;

        public TableParameters[] Tables { get; } = tables;
    }

    /// <summary>What a credit table is made from (Scratch.Table).</summary>
    internal readonly record struct TableParameters(double Factor, int MinLevel, bool CanMeet, HoldingKind Kind);

    /// <summary>Bumped when the index is cleared: its keys are numbered anew.</summary>
    private int _generation;

    /// <summary>The opportunity's keys in this index, from its cache when still valid (under the read lock).</summary>
    private ResolvedSources Resolve(PreparedOpportunity prepared)
    {
        if (prepared.Resolved is { } cached && ReferenceEquals(cached.Index, this) && cached.Generation == _generation && cached.KeyCount == _keys.Count)
        {
            return cached;
        }

        var spec = prepared.Spec;
        var n = spec.Requirements.Count;
        var listStarts = new int[(2 * n) + 1];
        var keys = new List<int>();
        var tableOf = new List<int>();
        var tables = new Dictionary<TableParameters, int>();
        for (var i = 0; i < n; i++)
        {
            var requirement = spec.Requirements[i];
            for (var tier = 0; tier < 2; tier++)
            {
                listStarts[(2 * i) + tier] = keys.Count;
                foreach (var (id, reach) in prepared.Expansions[i])
                {
                    var strong = reach.Kind == HoldingKind.Occupation || (reach.Kind == HoldingKind.Competence && reach.Via is MatchVia.Exact or MatchVia.Narrower);
                    if (strong != (tier == 0) || !_keyIndex.TryGetValue(id, out var key))
                    {
                        continue;
                    }

                    var table = new TableParameters(reach.Factor, requirement.MinLevel, reach.Via is MatchVia.Exact or MatchVia.Narrower && !reach.Experience, reach.Kind);
                    if (!tables.TryGetValue(table, out var number))
                    {
                        number = tables.Count;
                        tables.Add(table, number);
                    }

                    keys.Add(key);
                    tableOf.Add(number);
                }
            }
        }

        listStarts[2 * n] = keys.Count;
        var ordered = new TableParameters[tables.Count];
        foreach (var (table, number) in tables)
        {
            ordered[number] = table;
        }

        var resolved = new ResolvedSources(this, _generation, _keys.Count, listStarts, [.. keys], [.. tableOf], ordered);
        prepared.Resolved = resolved;
        return resolved;
    }
}
