using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>A record about a person that a response holds: whose, what kind, which one.</summary>
public readonly record struct PersonalRecordRead(Guid ProfileId, AccessedRecord Record, Guid RecordId, string? Reason = null);

/// <summary>
/// A query whose answer holds records about people (a profile, a match, a check-in, an export).
/// <see cref="AccessLogBehaviour{TRequest, TResponse}"/> records each one the caller read.
/// </summary>
public interface ILoggedRead<in TResponse>
{
    IEnumerable<PersonalRecordRead> RecordsIn(TResponse response);
}

/// <summary>
/// After a logged read succeeded, queues one access-log entry per record it returned: who, in
/// which role, when, what and through which route. The writer keeps only reads by someone other
/// than the person, so the handlers stay unaware of the log.
/// </summary>
public sealed class AccessLogBehaviour<TRequest, TResponse>(ICurrentUser user, IAccessLog log, IRequestRoute route, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is ILoggedRead<TResponse> read && user.UserId is { } reader)
        {
            var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
            var now = clock.GetUtcNow().UtcDateTime;
            var through = route.Current;
            foreach (var record in read.RecordsIn(response))
            {
                log.Record(new AccessLogEntry(record.ProfileId, reader, role, now, record.Record, record.RecordId, through, record.Reason));
            }
        }

        return response;
    }
}
