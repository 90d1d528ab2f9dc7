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

    /// <summary>
    /// What each occupation does, as <see cref="OccupationSearchIndex"/> takes it: "skills", the English
    /// preferred labels of its essential skills (what the product's catalogue holds); "skills-optional",
    /// those of its optional skills too; "descriptions", its English ESCO description (occupations_en.csv,
    /// not in the catalogue).
    /// </summary>
    public static List<OccupationActivityRow> Activities(string kind, Dictionary<string, Guid> ids, string classification)
    {
        if (kind == "descriptions")
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(classification);
            using var reader = new StreamReader(archive.Entries.Single(e => e.Name == "occupations_en.csv").Open());
            using var csv = new Microsoft.VisualBasic.FileIO.TextFieldParser(reader) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
            csv.SetDelimiters(",");
            var header = csv.ReadFields()!.ToList();
            var (uri, description) = (header.IndexOf("conceptUri"), header.IndexOf("description"));
            var rows = new List<OccupationActivityRow>();
            while (csv.ReadFields() is { } fields)
            {
                if (ids.TryGetValue(fields[uri], out var id) && fields[description].Length > 0)
                {
                    rows.Add(new OccupationActivityRow(id, fields[description]));
                }
            }

            return rows;
        }

        var batch = BenchmarkData.Esco();
        var labels = batch.Competences.ToDictionary(
            c => c.EscoUri, c => c.Labels.FirstOrDefault(l => l.Language == "en")?.Preferred, StringComparer.Ordinal);
        return [.. batch.OccupationCompetences
            .Where(r => kind == "skills-optional" || r.Relation == TalentMatch.Domain.Catalogue.OccupationCompetenceRelation.Essential)
            .Where(r => ids.ContainsKey(r.OccupationUri) && labels.GetValueOrDefault(r.CompetenceUri) is not null)
            .Select(r => new OccupationActivityRow(ids[r.OccupationUri], labels[r.CompetenceUri]!))];
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
