using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for a write lock held by another connection (<c>PRAGMA busy_timeout</c>),
/// retrying after 1, 2, 5, 10, ... milliseconds. Without it, a transaction that finds the lock taken
/// (a profile saved while the access log writes its batch) is retried by Microsoft.Data.Sqlite after
/// 150 ms of Thread.Sleep, and on 2 cores a few such sleeping threads stall every request.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>How long SQLite waits for the lock before it reports the database busy.</summary>
    public const int Milliseconds = 5_000;

    private static readonly string Pragma = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {Milliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
