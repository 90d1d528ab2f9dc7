using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>
/// Every timestamp is stored in UTC. Neither SQLite nor SQL Server's datetime2 keeps the kind, so
/// it is restored on read: the API then writes "...Z" and clients do not take it for local time.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
