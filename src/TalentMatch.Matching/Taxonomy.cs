namespace TalentMatch.Matching;

/// <summary>
/// The competence hierarchy (broader/narrower) and ESCO skill-skill relations, as plain maps.
/// Immutable: a new catalogue makes a new taxonomy.
/// </summary>
public sealed class Taxonomy
{
    private static readonly Guid[] None = [];
    private readonly Dictionary<Guid, Guid[]> _broader;
    private readonly Dictionary<Guid, Guid[]> _narrower;
    private readonly Dictionary<Guid, Guid[]> _related;

    public Taxonomy(IEnumerable<(Guid Narrower, Guid Broader)> broader, IEnumerable<(Guid A, Guid B)> related)
    {
        var broaderList = broader.Distinct().ToList();
        _broader = broaderList.GroupBy(p => p.Narrower).ToDictionary(g => g.Key, g => g.Select(p => p.Broader).ToArray());
        _narrower = broaderList.GroupBy(p => p.Broader).ToDictionary(g => g.Key, g => g.Select(p => p.Narrower).ToArray());
        _related = related
            .SelectMany(p => new[] { (p.A, p.B), (A: p.B, B: p.A) })
            .Where(p => p.A != p.B)
            .Distinct()
            .GroupBy(p => p.A)
            .ToDictionary(g => g.Key, g => g.Select(p => p.B).ToArray());
    }

    public static Taxonomy Empty { get; } = new([], []);

    public IReadOnlyList<Guid> BroaderOf(Guid id) => _broader.GetValueOrDefault(id, None);
    public IReadOnlyList<Guid> NarrowerOf(Guid id) => _narrower.GetValueOrDefault(id, None);
    public IReadOnlyList<Guid> RelatedTo(Guid id) => _related.GetValueOrDefault(id, None);

    /// <summary>Concepts reachable from <paramref name="id"/> by up to <paramref name="depth"/> steps along <paramref name="step"/>.</summary>
    internal IEnumerable<Guid> Walk(Guid id, int depth, Func<Guid, IReadOnlyList<Guid>> step)
    {
        var seen = new HashSet<Guid> { id };
        var frontier = new List<Guid> { id };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<Guid>();
            foreach (var node in frontier)
            {
                foreach (var neighbour in step(node))
                {
                    if (seen.Add(neighbour))
                    {
                        next.Add(neighbour);
                        yield return neighbour;
                    }
                }
            }

            frontier = next;
        }
    }
}
