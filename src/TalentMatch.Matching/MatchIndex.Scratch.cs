using TalentMatch.Domain.Common;

namespace TalentMatch.Matching;

public sealed partial class MatchIndex
{
    /// <summary>
    /// Per-thread working state, reused across queries; an epoch stamp marks what belongs to the
    /// current query, so nothing is cleared between queries.
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>One entry per (level, confidence class): 8 × 16.</summary>
        private const int TableSize = 8 * ScoreModel.Classes;

        [ThreadStatic]
        private static Scratch? _current;

        /// <summary>Per slot: the epoch of the query that reached the person.</summary>
        public int[] Seen = [];

        /// <summary>Per slot reached in the current query: its place in <see cref="Pending"/>, or -1 when not eligible.</summary>
        public int[] PendingOf = [];

        /// <summary>Per key number: the epoch (high half) and the first entry of its chain (low half).</summary>
        public long[] Heads = [];

        /// <summary>One bit per key number: whether it earns credit for the current query.</summary>
        public ulong[] Wanted = [];

        // Entries: one per (key, requirement), chained per key; tables of 128 per (factor, min level, may fully meet).
        public int[] Next = new int[256];
        public int[] EntryRequirement = new int[256];
        public int[] EntryTable = new int[256];
        public int[] Sources = new int[256];
        public int SourceCount;
        public double[] Credits = new double[TableSize * 16];
        public bool[] Met = new bool[TableSize * 16];
        private readonly List<(double Factor, int MinLevel, bool CanMeet, HoldingKind Kind)> _tables = [];
        private readonly List<double> _maxCredits = [];

        // Per requirement, for one person at a time.
        public double[] Best = [];
        public byte[] Hit = [];

        // Per requirement and per list, for the bound of what a set of lists can give.
        public double[] Maxima = [];
        public double[] Available = [];
        public readonly Dictionary<ulong, double> HeldBounds = [];

        public readonly List<Unmeasured> Pending = [];

        /// <summary>Room to sort the pending people by bound: their (negated) bounds, and their places.</summary>
        public double[] PendingBounds = [];
        public int[] PendingOrder = [];

        public void EnsurePendingSort(int count)
        {
            if (PendingBounds.Length < count)
            {
                PendingBounds = new double[Math.Max(count, PendingBounds.Length * 2)];
                PendingOrder = new int[PendingBounds.Length];
            }
        }

        public readonly List<Reached> Pool = [];

        /// <summary>The holdings, languages and interests of the person being explained (the scorer keeps none of them).</summary>
        public readonly List<Holding> Holdings = [];
        public readonly Dictionary<string, CefrLevel> Spoken = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> Interests = new(StringComparer.Ordinal);
        public int Epoch;

        public static Scratch For(int slots, int keys, int requirements)
        {
            var scratch = _current ??= new Scratch();
            if (scratch.Seen.Length < slots)
            {
                scratch.Seen = new int[Math.Max(slots, scratch.Seen.Length * 2)];
                scratch.PendingOf = new int[scratch.Seen.Length];
            }

            if (scratch.Heads.Length < keys)
            {
                scratch.Heads = new long[Math.Max(keys, scratch.Heads.Length * 2)];
                var wanted = new ulong[(scratch.Heads.Length + 63) / 64];
                scratch.Wanted.CopyTo(wanted, 0);
                scratch.Wanted = wanted;
            }

            if (scratch.Best.Length < requirements)
            {
                scratch.Best = new double[requirements];
                scratch.Hit = new byte[requirements];
                scratch.Maxima = new double[requirements];
                scratch.Available = new double[2 * requirements];
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
            foreach (var key in Sources.AsSpan(0, SourceCount))
            {
                Wanted[key >> 6] = 0;
            }

            SourceCount = 0;
            Pending.Clear();
            _tables.Clear();
            _maxCredits.Clear();
        }

        /// <summary>Key <paramref name="key"/> earns credit for requirement <paramref name="requirement"/> by table <paramref name="table"/>.</summary>
        public void AddSource(int key, int requirement, int table)
        {
            var e = SourceCount++;
            if (e == Sources.Length)
            {
                Array.Resize(ref Sources, e * 2);
                Array.Resize(ref Next, e * 2);
                Array.Resize(ref EntryRequirement, e * 2);
                Array.Resize(ref EntryTable, e * 2);
            }

            Sources[e] = key;
            EntryRequirement[e] = requirement;
            EntryTable[e] = table;
            var head = Heads[key];
            Next[e] = (int)(head >>> 32) == Epoch ? (int)head : -1;
            Heads[key] = ((long)Epoch << 32) | (uint)e;
            Wanted[key >> 6] |= 1UL << key;
        }

        /// <summary>The offset of the tables for a taxonomy factor and minimum level, made once per query.</summary>
        public int Table(double factor, int minLevel, bool canMeet, HoldingKind kind, MatchingOptions options)
        {
            var index = _tables.IndexOf((factor, minLevel, canMeet, kind));
            if (index >= 0)
            {
                return index * TableSize;
            }

            index = _tables.Count;
            _tables.Add((factor, minLevel, canMeet, kind));
            var (first, last) = ScoreModel.ClassesOf(kind);
            if ((index + 1) * TableSize > Credits.Length)
            {
                Array.Resize(ref Credits, Credits.Length * 2);
                Array.Resize(ref Met, Met.Length * 2);
            }

            var max = 0.0;
            for (var key = 0; key < TableSize; key++)
            {
                var level = key & 0x7;
                var confidenceClass = key >> 3;
                var t = (index * TableSize) + key;
                Credits[t] = ScoreModel.Credit(factor, minLevel, level, confidenceClass, options);
                Met[t] = canMeet && !ScoreModel.IsExperienceClass(confidenceClass) && level >= minLevel;
                max = confidenceClass >= first && confidenceClass <= last ? Math.Max(max, Credits[t]) : max;
            }

            _maxCredits.Add(max);

            return index * TableSize;
        }

        /// <summary>The most credit a table gives to a holding of its kind (computed when the table is made).</summary>
        public double MaxCredit(int table) => _maxCredits[table / TableSize];
    }

}
