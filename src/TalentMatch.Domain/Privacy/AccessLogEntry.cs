namespace TalentMatch.Domain.Privacy;

/// <summary>What kind of record about a person was read.</summary>
public enum AccessedRecord
{
    Profile = 1,
    Match = 2,
    CheckIn = 3,
    Export = 4,
}

/// <summary>
/// One read of a person's record by someone else: who (account and role), when, what and through
/// which route. The person reads their own log; erasing the person removes it.
/// </summary>
public class AccessLogEntry
{
    public const int MaxRouteLength = 200;

    private AccessLogEntry()
    {
    }

    public AccessLogEntry(Guid profileId, Guid readerUserId, string readerRole, DateTime at, AccessedRecord record, Guid recordId, string route, string? reason)
    {
        ProfileId = profileId;
        ReaderUserId = readerUserId;
        ReaderRole = readerRole;
        At = at;
        Record = record;
        RecordId = recordId;
        Route = route.Length > MaxRouteLength ? route[..MaxRouteLength] : route;
        Reason = reason;
    }

    public long Id { get; private set; }

    /// <summary>The person whose record was read.</summary>
    public Guid ProfileId { get; private set; }

    public Guid ReaderUserId { get; private set; }
    public string ReaderRole { get; private set; } = "";
    public DateTime At { get; private set; }
    public AccessedRecord Record { get; private set; }

    /// <summary>The profile, match or check-in read.</summary>
    public Guid RecordId { get; private set; }

    /// <summary>The HTTP method and route template, or the page, the read came through.</summary>
    public string Route { get; private set; } = "";

    /// <summary>Why an admin read the record on the person's behalf (an export on a recorded request).</summary>
    public string? Reason { get; private set; }
}
