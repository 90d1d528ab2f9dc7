namespace TalentMatch.Application.Common;

/// <summary>A resource with its ETag (the aggregate's concurrency stamp).</summary>
public sealed record Versioned<T>(T Value, string ETag);

/// <summary>A request that may carry the ETag the client last saw (If-Match).</summary>
public interface IConditionalRequest
{
    string? IfMatch { get; }
}

public static class ETags
{
    public static string Format(string stamp) => $"\"{stamp}\"";

    /// <summary>The stamp inside an If-Match value (strong or weak form), or null for "*" or nothing.</summary>
    public static string? Parse(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return null;
        }

        var value = ifMatch.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}
