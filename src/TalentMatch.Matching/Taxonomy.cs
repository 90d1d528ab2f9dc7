using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Matching;

/// <summary>An occupation as scoring sees it: its ISCO unit group and its essential competences.</summary>
public sealed record OccupationSkills(Guid OccupationId, string? IscoGroup, IReadOnlyList<Guid> Essential);

/// <summary>
/// What scoring knows of the catalogue, as plain maps: the competence hierarchy (broader/narrower),
/// ESCO skill-skill relations, each competence's reuse level (how specific it is), and the
/// occupations with their essential competences and ISCO unit groups (so experience counts).
/// Immutable: a new catalogue makes a new taxonomy.
/// </summary>
public sealed class Taxonomy
{
    private static readonly Guid[] None = [];
    private static readonly OccupationSkills[] NoOccupations = [];
    private readonly Dictionary<Guid, Guid[]> _broader;
    private readonly Dictionary<Guid, Guid[]> _narrower;
    private readonly Dictionary<Guid, Guid[]> _related;
    private readonly Dictionary<Guid, ReuseLevel> _reuseLevels;
    private readonly Dictionary<Guid, OccupationSkills> _occupations;
    private readonly Dictionary<Guid, OccupationSkills[]> _essentialFor;
    private readonly Dictionary<string, Guid> _unitGroupKeys;

    public Taxonomy(
        IEnumerable<(Guid Narrower, Guid Broader)> broader,
        IEnumerable<(Guid A, Guid B)> related,
        IEnumerable<(Guid Competence, ReuseLevel Level)>? reuseLevels = null,
        IEnumerable<OccupationSkills>? occupations = null)
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
        _reuseLevels = (reuseLevels ?? []).GroupBy(r => r.Competence).ToDictionary(g => g.Key, g => g.Max(r => r.Level));
        _occupations = (occupations ?? []).GroupBy(o => o.OccupationId).ToDictionary(g => g.Key, g => g.First());
        _essentialFor = _occupations.Values
            .SelectMany(o => o.Essential.Distinct().Select(c => (Competence: c, Occupation: o)))
            .GroupBy(p => p.Competence)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Occupation).OrderBy(o => o.OccupationId).ToArray());
        _unitGroupKeys = _occupations.Values
            .Select(o => o.IscoGroup)
            .OfType<string>()
            .Where(g => g.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(g => g, UnitGroupKeyOf, StringComparer.Ordinal);
    }

    public static Taxonomy Empty { get; } = new([], []);

    public IReadOnlyList<Guid> BroaderOf(Guid id) => _broader.GetValueOrDefault(id, None);
    public IReadOnlyList<Guid> NarrowerOf(Guid id) => _narrower.GetValueOrDefault(id, None);
    public IReadOnlyList<Guid> RelatedTo(Guid id) => _related.GetValueOrDefault(id, None);

    /// <summary>How specific ESCO says the competence is; null when the catalogue does not say.</summary>
    public ReuseLevel? ReuseLevelOf(Guid id) => _reuseLevels.TryGetValue(id, out var level) ? level : null;

    /// <summary>The occupation, or null when the catalogue does not know it.</summary>
    public OccupationSkills? Occupation(Guid id) => _occupations.GetValueOrDefault(id);

    /// <summary>The occupations that list <paramref name="competence"/> as essential.</summary>
    public IReadOnlyList<OccupationSkills> OccupationsNeeding(Guid competence) => _essentialFor.GetValueOrDefault(competence, NoOccupations);

    /// <summary>The number of occupations the catalogue knows.</summary>
    public int OccupationCount => _occupations.Count;

    /// <summary>
    /// How rare a competence is among occupations, as an inverse document frequency:
    /// ln(1 + <paramref name="occupationCount"/> / (1 + <paramref name="essentialIn"/>)); 0 when
    /// there are no occupations. From the counts, so callers that count in the catalogue's tables
    /// read it as the engine does (<see cref="ScoreModel.Specificity"/>).
    /// </summary>
    public static double Rarity(int essentialIn, int occupationCount) =>
        occupationCount == 0 ? 0 : Math.Log(1 + (occupationCount / (1.0 + essentialIn)));

    /// <summary>
    /// The key under which experience in any occupation of an ISCO unit group is matched, or null
    /// for an occupation without a group. A stable GUID derived from the group's code, so it never
    /// collides with a competence or occupation id.
    /// </summary>
    public Guid? UnitGroupKey(string? iscoGroup) =>
        iscoGroup is not null && _unitGroupKeys.TryGetValue(iscoGroup, out var key) ? key : null;

    private static Guid UnitGroupKeyOf(string iscoGroup)
    {
        // A fixed marker in the first 12 bytes (never produced by GUID v7 or the catalogue) and an FNV-1a hash of the code.
        var hash = 2166136261u;
        foreach (var c in iscoGroup)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Guid(0x15C0_0000, 0x15C0, 0x15C0, 0x15, 0xC0, 0x15, 0xC0, (byte)(hash >> 24), (byte)(hash >> 16), (byte)(hash >> 8), (byte)hash);
    }

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
