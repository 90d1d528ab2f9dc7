namespace TalentMatch.Domain.Common;

/// <summary>
/// A business rule was broken (an invalid state change, a duplicate). The API answers 409:
/// the request was well-formed, but the current state does not allow it.
/// </summary>
public class DomainRuleException(string message, IReadOnlyDictionary<string, object?>? details = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}
