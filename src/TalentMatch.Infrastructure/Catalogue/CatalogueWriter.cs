using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Common;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Infrastructure.Persistence.Configurations;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// Writes a <see cref="CatalogueBatch"/> with prepared ADO.NET commands inside the caller's
/// transaction. EF change tracking would hold hundreds of thousands of rows for a full ESCO
/// import; prepared statements keep it to seconds and constant memory.
/// </summary>
public sealed class CatalogueWriter(TalentMatchDbContext db)
{
    private readonly HashSet<Guid> _inserted = [];

    private bool IsSqlite => db.Database.IsSqlite();

    public async Task<CatalogueWriteResult> WriteAsync(CatalogueBatch batch, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Writing the catalogue needs an open transaction: it must commit whole or not at all.");
        var connection = db.Database.GetDbConnection();
        var tx = transaction.GetDbTransaction();

        var competenceIds = await LoadIdsAsync(connection, tx, "Competences", cancellationToken);
        var occupationIds = await LoadIdsAsync(connection, tx, "Occupations", cancellationToken);

        // A concept inserted by this batch has no labels or relations yet: no need to delete them.
        _inserted.Clear();
        await using var cache = await LargerSqliteCacheAsync(connection, tx, cancellationToken);

        // Concepts.
        var (competencesAdded, competencesUpdated) = UpsertConcepts(
            connection, tx, "Competences", competenceIds, batch.Competences,
            c => c.EscoUri,
            [new("Type", c => c.Type.ToString()), new("IsGroup", c => c.IsGroup), new("ReuseLevel", c => c.ReuseLevel?.ToString(), KeepKnown: true)]);
        progress?.Report($"competences: {competencesAdded} added, {competencesUpdated} updated");
        var (occupationsAdded, occupationsUpdated) = UpsertConcepts(
            connection, tx, "Occupations", occupationIds, batch.Occupations,
            o => o.EscoUri,
            [new("IscoGroup", o => o.IscoGroup)]);
        progress?.Report($"occupations: {occupationsAdded} added, {occupationsUpdated} updated");

        // Labels.
        var skippedLabels = 0;
        var labels = WriteLabels(connection, tx, "CompetenceLabels", "CompetenceId", competenceIds,
            batch.Competences.SelectMany(c => c.Labels.Select(l => (c.EscoUri, l))).Concat(batch.ExtraCompetenceLabels), ref skippedLabels);
        labels += WriteLabels(connection, tx, "OccupationLabels", "OccupationId", occupationIds,
            batch.Occupations.SelectMany(o => o.Labels.Select(l => (o.EscoUri, l))).Concat(batch.ExtraOccupationLabels), ref skippedLabels);
        progress?.Report($"labels: {labels} written, {skippedLabels} skipped (unknown concept)");

        // Relations.
        var skipped = 0;
        var broader = ReplacePairs(connection, tx, "CompetenceBroaders", "CompetenceId", "BroaderId", competenceIds, competenceIds, batch.Broader, ref skipped);
        var related = ReplacePairs(connection, tx, "CompetenceRelations", "CompetenceId", "RelatedId", competenceIds, competenceIds, batch.Related, ref skipped);
        var occupationCompetences = ReplaceOccupationCompetences(connection, tx, occupationIds, competenceIds, batch.OccupationCompetences, ref skipped);
        progress?.Report($"relations: {broader} broader, {related} related, {occupationCompetences} occupation-competence, {skipped} skipped");

        // In the same transaction: every instance's match read model sees that the taxonomy changed.
        using (var change = Prepare(connection, tx, "INSERT INTO ChangeFeed (Entity, EntityId, ChangedAt) VALUES (@entity, @id, @at)", ["entity", "id", "at"]))
        {
            change.Parameters["@entity"].Value = nameof(ChangedEntity.Catalogue);
            change.Parameters["@id"].Value = DbGuid(Guid.Empty);
            change.Parameters["@at"].Value = DateTime.UtcNow;
            await change.ExecuteNonQueryAsync(cancellationToken);
        }

        return new CatalogueWriteResult(competencesAdded, competencesUpdated, occupationsAdded, occupationsUpdated, labels, broader, related, occupationCompetences, skipped, skippedLabels);
    }

    private static async Task<Dictionary<string, Guid>> LoadIdsAsync(DbConnection connection, DbTransaction tx, string table, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT Id, EscoUri FROM {table} WHERE EscoUri IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(1)] = reader.GetGuid(0);
        }

        return ids;
    }

    private (int Added, int Updated) UpsertConcepts<T>(
        DbConnection connection,
        DbTransaction tx,
        string table,
        Dictionary<string, Guid> ids,
        IEnumerable<T> records,
        Func<T, string> uriOf,
        ConceptColumn<T>[] columns)
    {
        var columnList = string.Join(", ", columns.Select(c => c.Name));
        var valueList = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var assignments = string.Join(", ", columns.Select((c, i) => c.KeepKnown ? $"{c.Name} = COALESCE(@p{i}, {c.Name})" : $"{c.Name} = @p{i}"));
        using var insert = Prepare(connection, tx, $"INSERT INTO {table} (Id, EscoUri, {columnList}) VALUES (@id, @uri, {valueList})", ["id", "uri", .. columns.Select((_, i) => $"p{i}")]);
        using var update = Prepare(connection, tx, $"UPDATE {table} SET {assignments} WHERE Id = @id", ["id", .. columns.Select((_, i) => $"p{i}")]);

        var added = 0;
        var updated = 0;
        foreach (var record in records)
        {
            var uri = uriOf(record);
            var isNew = !ids.TryGetValue(uri, out var id);
            var command = isNew ? insert : update;
            if (isNew)
            {
                id = Guid.CreateVersion7();
                ids[uri] = id;
                _inserted.Add(id);
                command.Parameters["@uri"].Value = uri;
            }

            command.Parameters["@id"].Value = DbGuid(id);
            for (var i = 0; i < columns.Length; i++)
            {
                command.Parameters[$"@p{i}"].Value = columns[i].Value(record) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            if (isNew)
            {
                added++;
            }
            else
            {
                updated++;
            }
        }

        return (added, updated);
    }

    /// <summary>
    /// A column a batch writes for each concept. <paramref name="KeepKnown"/>: an update with no
    /// value (a source that does not carry the column) keeps the value the database has.
    /// </summary>
    private sealed record ConceptColumn<T>(string Name, Func<T, object?> Value, bool KeepKnown = false);

    private int WriteLabels(DbConnection connection, DbTransaction tx, string table, string ownerColumn, Dictionary<string, Guid> ids, IEnumerable<(string Uri, LanguageLabels Labels)> labels, ref int skipped)
    {
        using var delete = Prepare(connection, tx, $"DELETE FROM {table} WHERE {ownerColumn} = @owner AND Language = @language", ["owner", "language"]);
        using var insert = Prepare(connection, tx, $"INSERT INTO {table} ({ownerColumn}, Language, Text, Normalized, IsPreferred) VALUES (@owner, @language, @text, @normalized, @preferred)", ["owner", "language", "text", "normalized", "preferred"]);
        var written = 0;
        foreach (var group in labels.GroupBy(l => (l.Uri, l.Labels.Language)))
        {
            if (!ids.TryGetValue(group.Key.Uri, out var owner))
            {
                skipped++;
                continue;
            }

            var ownerValue = DbGuid(owner);
            if (!_inserted.Contains(owner))
            {
                delete.Parameters[0].Value = ownerValue;
                delete.Parameters[1].Value = group.Key.Language;
                delete.ExecuteNonQuery();
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var preferred = group.Select(g => g.Labels.Preferred).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
            var rows = new List<(string Text, bool Preferred)>();
            if (preferred is not null)
            {
                rows.Add((preferred, true));
            }

            rows.AddRange(group.SelectMany(g => g.Labels.Alternatives).Select(a => (a, false)));
            foreach (var (text, isPreferred) in rows)
            {
                var clean = Clip(text.Trim());
                var normalized = Clip(TextNormalizer.Normalize(clean));
                if (normalized.Length == 0 || !seen.Add(normalized))
                {
                    continue;
                }

                insert.Parameters[0].Value = ownerValue;
                insert.Parameters[1].Value = group.Key.Language;
                insert.Parameters[2].Value = clean;
                insert.Parameters[3].Value = normalized;
                insert.Parameters[4].Value = isPreferred;
                insert.ExecuteNonQuery();
                written++;
            }
        }

        return written;
    }

    private int ReplacePairs(
        DbConnection connection,
        DbTransaction tx,
        string table,
        string leftColumn,
        string rightColumn,
        Dictionary<string, Guid> leftIds,
        Dictionary<string, Guid> rightIds,
        IReadOnlyCollection<(string Left, string Right)> pairs,
        ref int skipped)
    {
        if (pairs.Count == 0)
        {
            return 0;
        }

        using var delete = Prepare(connection, tx, $"DELETE FROM {table} WHERE {leftColumn} = @left", ["left"]);
        using var insert = Prepare(connection, tx, $"INSERT INTO {table} ({leftColumn}, {rightColumn}) VALUES (@left, @right)", ["left", "right"]);
        var resolved = new HashSet<(Guid, Guid)>();
        foreach (var (left, right) in pairs)
        {
            if (leftIds.TryGetValue(left, out var l) && rightIds.TryGetValue(right, out var r) && l != r)
            {
                resolved.Add((l, r));
            }
            else
            {
                skipped++;
            }
        }

        foreach (var left in resolved.Select(p => p.Item1).Distinct().Where(l => !_inserted.Contains(l)))
        {
            delete.Parameters[0].Value = DbGuid(left);
            delete.ExecuteNonQuery();
        }

        foreach (var (left, right) in resolved)
        {
            insert.Parameters[0].Value = DbGuid(left);
            insert.Parameters[1].Value = DbGuid(right);
            insert.ExecuteNonQuery();
        }

        return resolved.Count;
    }

    private int ReplaceOccupationCompetences(
        DbConnection connection,
        DbTransaction tx,
        Dictionary<string, Guid> occupationIds,
        Dictionary<string, Guid> competenceIds,
        IReadOnlyCollection<OccupationCompetenceRecord> records,
        ref int skipped)
    {
        if (records.Count == 0)
        {
            return 0;
        }

        var resolved = new Dictionary<(Guid, Guid), OccupationCompetenceRelation>();
        foreach (var record in records)
        {
            if (occupationIds.TryGetValue(record.OccupationUri, out var o) && competenceIds.TryGetValue(record.CompetenceUri, out var c))
            {
                // Essential wins when a source lists a pair twice.
                if (!resolved.TryGetValue((o, c), out var existing) || record.Relation < existing)
                {
                    resolved[(o, c)] = record.Relation;
                }
            }
            else
            {
                skipped++;
            }
        }

        using var delete = Prepare(connection, tx, "DELETE FROM OccupationCompetences WHERE OccupationId = @occupation", ["occupation"]);
        foreach (var occupation in resolved.Keys.Select(k => k.Item1).Distinct().Where(o => !_inserted.Contains(o)))
        {
            delete.Parameters[0].Value = DbGuid(occupation);
            delete.ExecuteNonQuery();
        }

        using var insert = Prepare(connection, tx, "INSERT INTO OccupationCompetences (OccupationId, CompetenceId, Relation) VALUES (@occupation, @competence, @relation)", ["occupation", "competence", "relation"]);
        foreach (var ((occupation, competence), relation) in resolved)
        {
            insert.Parameters[0].Value = DbGuid(occupation);
            insert.Parameters[1].Value = DbGuid(competence);
            insert.Parameters[2].Value = relation.ToString();
            insert.ExecuteNonQuery();
        }

        return resolved.Count;
    }

    /// <summary>
    /// SQLite's default page cache (2 MB) spills the label and relation indexes to disk many times
    /// over during a full import; a larger cache for the duration keeps them in memory.
    /// </summary>
    private async Task<IAsyncDisposable> LargerSqliteCacheAsync(DbConnection connection, DbTransaction tx, CancellationToken cancellationToken)
    {
        if (!IsSqlite)
        {
            return NoOp.Instance;
        }

        await using var read = connection.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await SetCacheSizeAsync(connection, tx, -128 * 1024, cancellationToken);
        return new Restore(() => SetCacheSizeAsync(connection, tx, previous, CancellationToken.None));
    }

    private static async Task SetCacheSizeAsync(DbConnection connection, DbTransaction tx, long size, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"PRAGMA cache_size = {size.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Restore(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }

    private sealed class NoOp : IAsyncDisposable
    {
        public static readonly NoOp Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>EF Core stores GUIDs in SQLite as upper-case text; SQL Server takes them as they are.</summary>
    private object DbGuid(Guid id) => IsSqlite ? id.ToString().ToUpperInvariant() : id;

    private static string Clip(string text) => text.Length <= LabelMapping.MaxLabelLength ? text : text[..LabelMapping.MaxLabelLength];
}
