namespace TalentMatch.Matching;

public sealed partial class MatchIndex
{
    /// <summary>Keeps the k best (score desc, id asc) in a min-heap.</summary>
    internal sealed class TopK(int k)
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
