using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.Infrastructure.Matching;

/// <summary>
/// Reads whole tables as plain rows through the context's own connection, past EF Core's
/// materializer: the match index build reads millions of rows, and per row EF Core's shaping
/// costs more than the row. Table and column names come from the EF model, so it reads any
/// provider's schema. On SQLite the rows are stepped on the connection's native handle and text
/// is read as UTF-8 in place (a GUID or an enum name makes no string); elsewhere through the
/// provider's data reader (a GUID natively, an enum by its name).
/// </summary>
internal static class RawRows
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        TalentMatchDbContext db,
        Type entity,
        string[] properties,
        Func<Row, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = properties.Select(p => sql.DelimitIdentifier(entityType.FindProperty(p)!.GetColumnName(table)!));
        var text = $"SELECT {string.Join(", ", columns)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection is SqliteConnection sqlite)
            {
                if (raw.sqlite3_prepare_v2(sqlite.Handle, text, out var statement) != raw.SQLITE_OK)
                {
                    throw new InvalidOperationException($"SQLite could not prepare {text}: {raw.sqlite3_errmsg(sqlite.Handle).utf8_to_string()}");
                }

                using (statement)
                {
                    var row = new Row(statement);
                    int step;
                    while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                    {
                        yield return map(row);
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (step != raw.SQLITE_DONE)
                    {
                        throw new InvalidOperationException($"SQLite failed reading {table.Name}: {raw.sqlite3_errmsg(sqlite.Handle).utf8_to_string()}");
                    }
                }

                yield break;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = text;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var readerRow = new Row(reader);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return map(readerRow);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The current row, with the conversions the model's columns need.</summary>
    public sealed class Row
    {
        private readonly sqlite3_stmt? _statement;
        private readonly DbDataReader? _reader;
        private readonly Type[] _types = [];

        // Per column, the last GUID read and its text: rows come grouped by their owner, so the owner's id repeats.
        private readonly byte[][] _lastText;
        private readonly int[] _lastLength;
        private readonly Guid[] _last;

        public Row(sqlite3_stmt statement)
        {
            _statement = statement;
            var columns = raw.sqlite3_column_count(statement);
            _lastText = Enumerable.Range(0, columns).Select(_ => new byte[64]).ToArray();
            _lastLength = new int[columns];
            _last = new Guid[columns];
        }

        public Row(DbDataReader reader)
        {
            _lastText = [];
            _lastLength = [];
            _last = [];
            _reader = reader;
            _types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetFieldType).ToArray();
        }

        public Guid Guid(int ordinal)
        {
            if (_statement is null)
            {
                return _types[ordinal] == typeof(Guid) ? _reader!.GetGuid(ordinal) : System.Guid.Parse(_reader!.GetString(ordinal));
            }

            // EF Core keeps a GUID in SQLite as its 36 characters (16 bytes when configured as a BLOB).
            var value = raw.sqlite3_column_blob(_statement, ordinal);
            if (value.Length == 16)
            {
                return new Guid(value);
            }

            var last = _lastText[ordinal].AsSpan(0, _lastLength[ordinal]);
            if (value.SequenceEqual(last))
            {
                return _last[ordinal];
            }

            Span<char> chars = stackalloc char[64];
            var guid = System.Guid.Parse(chars[..Encoding.UTF8.GetChars(value, chars)]);
            if (value.Length <= _lastText[ordinal].Length)
            {
                value.CopyTo(_lastText[ordinal]);
                _lastLength[ordinal] = value.Length;
                _last[ordinal] = guid;
            }

            return guid;
        }

        public int Int(int ordinal) => _statement is null ? _reader!.GetInt32(ordinal) : raw.sqlite3_column_int(_statement, ordinal);

        public bool Bool(int ordinal) => Int(ordinal) != 0;

        public double Double(int ordinal) => _statement is null ? _reader!.GetDouble(ordinal) : raw.sqlite3_column_double(_statement, ordinal);

        public string Text(int ordinal) => _statement is null ? _reader!.GetString(ordinal) : raw.sqlite3_column_text(_statement, ordinal).utf8_to_string();

        /// <summary>An enum stored by name (the model's convention), or by number.</summary>
        public TEnum Enum<TEnum>(int ordinal)
            where TEnum : struct, Enum
        {
            if (_statement is null)
            {
                return _types[ordinal] == typeof(string) ? EnumNames<TEnum>.Parse(_reader!.GetString(ordinal)) : (TEnum)(object)_reader!.GetInt32(ordinal);
            }

            // An INTEGER reads as its digits: a name never starts with one.
            var value = raw.sqlite3_column_blob(_statement, ordinal);
            return value.Length > 0 && char.IsAsciiDigit((char)value[0])
                ? (TEnum)(object)int.Parse(value, provider: System.Globalization.CultureInfo.InvariantCulture)
                : EnumNames<TEnum>.Parse(value);
        }
    }

    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly (byte[] Name, TEnum Value)[] Names =
            System.Enum.GetValues<TEnum>().Select(v => (Encoding.UTF8.GetBytes(v.ToString()), v)).ToArray();

        public static TEnum Parse(string name) => Parse(Encoding.UTF8.GetBytes(name));

        public static TEnum Parse(ReadOnlySpan<byte> name)
        {
            foreach (var (known, value) in Names)
            {
                if (name.SequenceEqual(known))
                {
                    return value;
                }
            }

            return System.Enum.Parse<TEnum>(Encoding.UTF8.GetString(name), ignoreCase: true);
        }
    }
}
