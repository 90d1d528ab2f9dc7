using System.Text.Json.Serialization;

namespace TalentMatch.Application.Common;

/// <summary>
/// A change to the one record the route names (<see cref="Id"/>), with the ETag the client last
/// saw (<see cref="IfMatch"/>, from the <c>If-Match</c> header). Neither is part of the body.
/// </summary>
public abstract record ConditionalChange : IConditionalRequest
{
    /// <summary>The record to change (from the route).</summary>
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>The ETag the client last saw; a stale one is refused (412).</summary>
    [JsonIgnore]
    public string? IfMatch { get; init; }
}
