namespace TalentMatch.Domain.Common;

/// <summary>
/// A business rule was broken (an invalid state change, a duplicate). The API answers 409:
/// the request was well-formed, but the current state does not allow it. The words for people are
/// a message key (see <see cref="DomainMessages"/>) and its arguments, never text: the API says
/// them in the caller's language. <see cref="Details"/> holds machine-readable extensions.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string messageKey, params object?[] messageArguments)
        : this(messageKey, details: null, messageArguments)
    {
    }

    public DomainRuleException(string messageKey, IReadOnlyDictionary<string, object?>? details, params object?[] messageArguments)
        : base(messageArguments.Length == 0 ? messageKey : $"{messageKey}: {string.Join(", ", messageArguments)}")
    {
        MessageKey = messageKey;
        MessageArguments = messageArguments;
        Details = details ?? new Dictionary<string, object?>();
    }

    public string MessageKey { get; }
    public IReadOnlyList<object?> MessageArguments { get; }
    public IReadOnlyDictionary<string, object?> Details { get; }
}
