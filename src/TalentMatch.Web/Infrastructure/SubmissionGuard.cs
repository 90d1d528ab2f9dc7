using Microsoft.Extensions.Caching.Memory;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// Each form that creates something carries a one-time submission id. A second post of the same
/// id (a double click, a reload of the answer) is recognised and sends nothing again.
/// </summary>
public sealed class SubmissionGuard(IMemoryCache cache)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromHours(2);

    /// <summary>True the first time the id is seen; false for a repeat (or an empty id).</summary>
    public bool TryBegin(string? submissionId, Guid? userId)
    {
        if (string.IsNullOrWhiteSpace(submissionId) || submissionId.Length > 64)
        {
            return false;
        }

        var key = ("submission", userId, submissionId);
        lock (cache)
        {
            if (cache.TryGetValue(key, out _))
            {
                return false;
            }

            cache.Set(key, true, Remembered);
            return true;
        }
    }
}
