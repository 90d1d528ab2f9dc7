namespace TalentMatch.Domain.Common;

/// <summary>How optional text is stored everywhere.</summary>
public static class TextValues
{
    /// <summary>Optional text as stored: trimmed, and null when blank.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
