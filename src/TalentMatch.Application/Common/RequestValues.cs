using TalentMatch.Application.Abstractions;

namespace TalentMatch.Application.Common;

/// <summary>Small conversions every handler needs the same way.</summary>
public static class RequestValues
{
    /// <summary>The caller's id; handlers behind a signed-in endpoint never see anonymous callers, but refuse them (403) all the same.</summary>
    public static Guid RequireUserId(this ICurrentUser user) => user.UserId ?? throw new ForbiddenAccessException(Messages.SignInFirst);
}
