using TalentMatch.Domain.Catalogue;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Data;

/// <summary>An occupation of ESCO with its skills, by dense competence index.</summary>
public sealed record EscoOccupation(int Index, string Uri, string IscoGroup, string Label, int[] Essential, int[] Optional);

/// <summary>
/// The ESCO classification in a compact form for generating test populations: competences
/// get dense indexes and deterministic GUIDs, occupations keep their essential/optional skills.
/// </summary>
public sealed class EscoCatalogue
{
    private EscoCatalogue(
        Guid[] competenceIds,
        bool[] transversal,
        bool[] groups,
        IReadOnlyList<EscoOccupation> occupations,
        int[][] broader,
        int[][] narrower,
        Taxonomy taxonomy)
    {
        CompetenceIds = competenceIds;
        Transversal = transversal;
        Groups = groups;
        Occupations = occupations;
        Broader = broader;
        Narrower = narrower;
        Taxonomy = taxonomy;
    }

    public Guid[] CompetenceIds { get; }
    public bool[] Transversal { get; }
    public bool[] Groups { get; }
    public IReadOnlyList<EscoOccupation> Occupations { get; }
    public int[][] Broader { get; }
    public int[][] Narrower { get; }
    public Taxonomy Taxonomy { get; }

    public static EscoCatalogue From(CatalogueBatch batch)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<Guid>();
        var transversal = new List<bool>();
        var groups = new List<bool>();
        foreach (var competence in batch.Competences)
        {
            if (index.TryAdd(competence.EscoUri, ids.Count))
            {
                ids.Add(DeterministicGuid(1, ids.Count));
                transversal.Add(competence.Type == CompetenceType.Transversal && !competence.IsGroup);
                groups.Add(competence.IsGroup);
            }
        }

        var broader = new List<int>[ids.Count];
        var narrower = new List<int>[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            broader[i] = [];
            narrower[i] = [];
        }

        var broaderPairs = new List<(Guid, Guid)>();
        foreach (var (child, parent) in batch.Broader)
        {
            if (index.TryGetValue(child, out var c) && index.TryGetValue(parent, out var p) && c != p)
            {
                broader[c].Add(p);
                narrower[p].Add(c);
                broaderPairs.Add((ids[c], ids[p]));
            }
        }

        var related = batch.Related
            .Where(r => index.ContainsKey(r.Uri) && index.ContainsKey(r.RelatedUri))
            .Select(r => (ids[index[r.Uri]], ids[index[r.RelatedUri]]))
            .ToList();

        var labels = batch.Occupations.ToDictionary(o => o.EscoUri, o => o.Labels.FirstOrDefault(l => l.Language == "en")?.Preferred ?? o.EscoUri, StringComparer.Ordinal);
        var skillsByOccupation = batch.OccupationCompetences
            .Where(r => index.ContainsKey(r.CompetenceUri))
            .GroupBy(r => r.OccupationUri)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var occupations = new List<EscoOccupation>();
        foreach (var occupation in batch.Occupations.OrderBy(o => o.EscoUri, StringComparer.Ordinal))
        {
            var skills = skillsByOccupation.GetValueOrDefault(occupation.EscoUri, []);
            var essential = skills.Where(s => s.Relation == OccupationCompetenceRelation.Essential).Select(s => index[s.CompetenceUri]).Distinct().Order().ToArray();
            var optional = skills.Where(s => s.Relation == OccupationCompetenceRelation.Optional).Select(s => index[s.CompetenceUri]).Except(essential).Distinct().Order().ToArray();
            if (essential.Length >= 3)
            {
                occupations.Add(new EscoOccupation(occupations.Count, occupation.EscoUri, occupation.IscoGroup ?? "", labels[occupation.EscoUri], essential, optional));
            }
        }

        return new EscoCatalogue(
            ids.ToArray(),
            transversal.ToArray(),
            groups.ToArray(),
            occupations,
            broader.Select(b => b.ToArray()).ToArray(),
            narrower.Select(n => n.ToArray()).ToArray(),
            new Taxonomy(broaderPairs, related));
    }

    /// <summary>The same GUID for the same (kind, index) on every run: reproducible data sets.</summary>
    public static Guid DeterministicGuid(int kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..4], kind);
        BitConverter.TryWriteBytes(bytes[8..12], index);
        return new Guid(bytes);
    }
}
