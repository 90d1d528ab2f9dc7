using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Benchmarks.Data;

/// <summary>
/// The full ESCO occupation catalogue as occupation search sees it (every English and Dutch label,
/// parsed by the product's importer) and the expert-mapped Dutch job titles, for the evaluation
/// and the latency benchmark alike.
/// </summary>
public static class OccupationSearchData
{
    /// <summary>Occupation ids by ESCO URI, one label row per label, and each occupation's ISCO unit group.</summary>
    public static (Dictionary<string, Guid> Ids, List<OccupationLabelRow> Rows, Dictionary<Guid, string> Groups) Labels()
    {
        var batch = BenchmarkData.LoadEscoAsync(withDutch: true).GetAwaiter().GetResult();
        var ids = batch.Occupations
            .Select((o, i) => (o.EscoUri, Id: EscoCatalogue.DeterministicGuid(4, i)))
            .ToDictionary(o => o.EscoUri, o => o.Id, StringComparer.Ordinal);
        var rows = batch.Occupations.SelectMany(o => o.Labels.Select(l => (o.EscoUri, Labels: l)))
            .Concat(batch.ExtraOccupationLabels.Select(e => (e.EscoUri, e.Labels)))
            .Where(l => ids.ContainsKey(l.EscoUri))
            .SelectMany(l => (l.Labels.Preferred is { } preferred ? [new OccupationLabelRow(ids[l.EscoUri], l.Labels.Language, preferred, true)] : Array.Empty<OccupationLabelRow>())
                .Concat(l.Labels.Alternatives.Select(a => new OccupationLabelRow(ids[l.EscoUri], l.Labels.Language, a, false))))
            .ToList();
        var groups = batch.Occupations.Where(o => o.IscoGroup is not null && ids.ContainsKey(o.EscoUri)).ToDictionary(o => ids[o.EscoUri], o => o.IscoGroup!);
        return (ids, rows, groups);
    }

    /// <summary>The titles of a job-title file (query, tab, occupation URIs) with the occupations they were mapped to.</summary>
    public static List<(string Text, HashSet<Guid> Relevant)> Titles(string path, Dictionary<string, Guid> ids) =>
        File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length >= 2 && cells[0].Trim().Length > 0)
            .Select(cells => (cells[0].Trim(), cells[1].Split([' ', ',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(uri => ids.TryGetValue(uri, out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty)
                .ToHashSet()))
            .ToList();
}
