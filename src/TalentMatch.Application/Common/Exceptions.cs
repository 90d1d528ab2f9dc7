namespace TalentMatch.Application.Common;

/// <summary>The requested resource does not exist (404).</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.")
{
    public string Resource { get; } = resource;
    public object Key { get; } = key;
}

/// <summary>The caller is signed in but may not do this (403).</summary>
public sealed class ForbiddenAccessException(string message = "You are not allowed to do this.") : Exception(message);

/// <summary>The If-Match precondition does not hold: the resource changed since it was read (412).</summary>
public sealed class PreconditionFailedException(string resource)
    : Exception($"{resource} was changed by someone else since you read it. Fetch it again and reapply your change.");

/// <summary>A referenced resource in the request body does not exist: a 400 naming the field.</summary>
public sealed class InvalidReferenceException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
