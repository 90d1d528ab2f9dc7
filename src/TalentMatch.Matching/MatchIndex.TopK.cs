namespace TalentMatch.Matching;

public sealed partial class MatchIndex
{
    /// <summary>Keeps the k best (score desc, id asc) in a min-heap.</summary>
    internal sealed class TopK(int k)
    {
        private static readonly IComparer<(double Score, Guid Id)> WorstFirst = Comparer<(double Score, Guid Id)>.Create(static (a, b) =>
        {
            // The root is the worst entry: lowest score, then the highest id.
            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : b.Id.CompareTo(a.Id);
        });

        private readonly PriorityQueue<(double Score, Guid Id, int Slot), (double Score, Guid Id)> _heap = new(Math.Clamp(k, 0, 1_024), WorstFirst);

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

        /// <summary>The kept entries, best first (score desc, id asc).</summary>
        public (double Score, Guid Id, int Slot)[] Ordered()
        {
            var ordered = new (double Score, Guid Id, int Slot)[_heap.Count];
            var i = 0;
            foreach (var (entry, _) in _heap.UnorderedItems)
            {
                ordered[i++] = entry;
            }

            // Best first: the heap's order, reversed.
            Array.Sort(ordered, static (a, b) => WorstFirst.Compare((b.Score, b.Id), (a.Score, a.Id)));
            return ordered;
        }
    }
}
