namespace TalentMatch.Application.Common;

// These exceptions carry keys and arguments, never text for people: the API says them in the
// caller's language (see Messages and EntityNames). Their Message is for logs only.

/// <summary>The requested resource does not exist (404). <paramref name="resource"/> is one of <see cref="EntityNames"/>.</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
    public object Key { get; } = key;
}

/// <summary>The caller is signed in but may not do this (403); the key says why (one of <see cref="Messages"/>).</summary>
public sealed class ForbiddenAccessException(string messageKey = Messages.Forbidden, params object?[] messageArguments)
    : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public IReadOnlyList<object?> MessageArguments { get; } = messageArguments;
}

/// <summary>The If-Match precondition does not hold: the resource changed since it was read (412).</summary>
public sealed class PreconditionFailedException(string resource)
    : Exception($"{resource} was changed since it was read.")
{
    /// <summary>One of <see cref="EntityNames"/>.</summary>
    public string Resource { get; } = resource;
}

/// <summary>
/// Ids in the request body refer to nothing: a 400 naming the field, with one message per
/// missing <paramref name="resource"/> (one of <see cref="EntityNames"/>).
/// </summary>
public sealed class InvalidReferenceException(string field, string resource, params object[] keys)
    : Exception($"{field}: {resource} {string.Join(", ", keys)} does not exist.")
{
    public string Field { get; } = field;
    public string Resource { get; } = resource;
    public IReadOnlyList<object> Keys { get; } = keys;
}
