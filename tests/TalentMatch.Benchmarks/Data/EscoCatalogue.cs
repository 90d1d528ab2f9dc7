using TalentMatch.Domain.Catalogue;
using TalentMatch.Infrastructure.Catalogue;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Data;

/// <summary>An occupation of ESCO with its skills, by dense competence index; <paramref name="Id"/> is its deterministic GUID (as the taxonomy knows it).</summary>
public sealed record EscoOccupation(int Index, Guid Id, string Uri, string IscoGroup, string Label, int[] Essential, int[] Optional);

/// <summary>
/// The ESCO classification in a compact form for generating test populations: competences
/// get dense indexes and deterministic GUIDs, occupations keep their essential/optional skills.
/// The taxonomy holds the hierarchy, the skill-skill relations, every competence's reuse level
/// and every occupation (with its ISCO unit group and essential competences), as the product's.
/// </summary>
public sealed class EscoCatalogue
{
    private EscoCatalogue(
        Guid[] competenceIds,
        string[] competenceUris,
        bool[] transversal,
        bool[] groups,
        ReuseLevel?[] reuseLevels,
        int[] occupationCounts,
        IReadOnlyList<EscoOccupation> occupations,
        int[][] broader,
        int[][] narrower,
        Taxonomy taxonomy)
    {
        CompetenceIds = competenceIds;
        CompetenceUris = competenceUris;
        Transversal = transversal;
        Groups = groups;
        ReuseLevels = reuseLevels;
        OccupationCounts = occupationCounts;
        Occupations = occupations;
        Broader = broader;
        Narrower = narrower;
        Taxonomy = taxonomy;
    }

    public Guid[] CompetenceIds { get; }

    /// <summary>The ESCO URI of each competence, by the same dense index.</summary>
    public string[] CompetenceUris { get; }
    public bool[] Transversal { get; }
    public bool[] Groups { get; }

    /// <summary>How specific ESCO says each competence is (null: not said, e.g. skill groups).</summary>
    public ReuseLevel?[] ReuseLevels { get; }

    /// <summary>How many ESCO occupations list each competence (essential or optional): how common it is.</summary>
    public int[] OccupationCounts { get; }

    /// <summary>The occupations with at least three essential skills (the ones people and vacancies are generated from).</summary>
    public IReadOnlyList<EscoOccupation> Occupations { get; }
    public int[][] Broader { get; }
    public int[][] Narrower { get; }
    public Taxonomy Taxonomy { get; }

    /// <summary>A skill anyone may hold whatever their job: transversal or cross-sector, not a group.</summary>
    public bool IsGeneric(int competence) =>
        !Groups[competence] && (Transversal[competence] || ReuseLevels[competence] is ReuseLevel.Transversal or ReuseLevel.CrossSector);

    public static EscoCatalogue From(CatalogueBatch batch)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<Guid>();
        var uris = new List<string>();
        var transversal = new List<bool>();
        var groups = new List<bool>();
        var reuseLevels = new List<ReuseLevel?>();
        foreach (var competence in batch.Competences)
        {
            if (index.TryAdd(competence.EscoUri, ids.Count))
            {
                ids.Add(DeterministicGuid(1, ids.Count));
                uris.Add(competence.EscoUri);
                transversal.Add(competence.Type == CompetenceType.Transversal && !competence.IsGroup);
                groups.Add(competence.IsGroup);
                reuseLevels.Add(competence.ReuseLevel);
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
        var occupationCounts = new int[ids.Count];
        var occupations = new List<EscoOccupation>();
        var occupationSkills = new List<OccupationSkills>();
        var ordered = batch.Occupations.OrderBy(o => o.EscoUri, StringComparer.Ordinal).ToList();
        for (var o = 0; o < ordered.Count; o++)
        {
            var occupation = ordered[o];
            var id = DeterministicGuid(5, o);
            var skills = skillsByOccupation.GetValueOrDefault(occupation.EscoUri, []);
            var essential = skills.Where(s => s.Relation == OccupationCompetenceRelation.Essential).Select(s => index[s.CompetenceUri]).Distinct().Order().ToArray();
            var optional = skills.Where(s => s.Relation == OccupationCompetenceRelation.Optional).Select(s => index[s.CompetenceUri]).Except(essential).Distinct().Order().ToArray();
            foreach (var competence in essential.Concat(optional))
            {
                occupationCounts[competence]++;
            }

            // The taxonomy knows every occupation, so experience in any of them counts.
            occupationSkills.Add(new OccupationSkills(id, occupation.IscoGroup, essential.Select(c => ids[c]).ToArray()));
            if (essential.Length >= 3)
            {
                occupations.Add(new EscoOccupation(occupations.Count, id, occupation.EscoUri, occupation.IscoGroup ?? "", labels[occupation.EscoUri], essential, optional));
            }
        }

        var levels = reuseLevels
            .Select((level, i) => (Level: level, Id: ids[i]))
            .Where(x => x.Level is not null)
            .Select(x => (x.Id, x.Level!.Value))
            .ToList();
        return new EscoCatalogue(
            ids.ToArray(),
            uris.ToArray(),
            transversal.ToArray(),
            groups.ToArray(),
            reuseLevels.ToArray(),
            occupationCounts,
            occupations,
            broader.Select(b => b.ToArray()).ToArray(),
            narrower.Select(n => n.ToArray()).ToArray(),
            new Taxonomy(broaderPairs, related, levels, occupationSkills));
    }

    /// <summary>
    /// The same GUID for the same (kind, index) on every run: reproducible data sets. Kinds:
    /// 1 competences, 2 people, 3 vacancies, 4 occupations of the occupation search, 5 occupations,
    /// 6 experience rows in SQLite.
    /// </summary>
    public static Guid DeterministicGuid(int kind, int index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..4], kind);
        BitConverter.TryWriteBytes(bytes[8..12], index);
        return new Guid(bytes);
    }
}
