using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>One read of the person's records by someone else.</summary>
public sealed record AccessLogEntryDto(DateTime At, Guid ReaderUserId, string ReaderRole, AccessedRecord Record, Guid RecordId, string Route, string? Reason);

/// <summary>Who read the person's profile, matches, check-ins or export, newest first. Only the person reads it.</summary>
public sealed record GetAccessLogQuery(Guid ProfileId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<AccessLogEntryDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.ReadAccessLog;
}

public sealed class GetAccessLogQueryValidator : PagedRequestValidator<GetAccessLogQuery>;

public sealed class GetAccessLogQueryHandler(ITalentMatchDbContext db, ICurrentUser user, IAccessLog log)
    : IRequestHandler<GetAccessLogQuery, PagedList<AccessLogEntryDto>>
{
    public async Task<PagedList<AccessLogEntryDto>> Handle(GetAccessLogQuery request, CancellationToken cancellationToken)
    {
        var owner = await db.Profiles.Where(p => p.Id == request.ProfileId).Select(p => new { p.OwnerUserId }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(EntityNames.Profile, request.ProfileId);
        if (owner.OwnerUserId is null || owner.OwnerUserId != user.UserId)
        {
            throw new ForbiddenAccessException(Messages.AccessLogOwnOnly);
        }

        // Reads still queued on this instance belong in the answer.
        await log.FlushAsync(cancellationToken);
        return await db.AccessLogOf(request.ProfileId).ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
    }
}

internal static class AccessLogReading
{
    /// <summary>The person's access log, newest first.</summary>
    public static IQueryable<AccessLogEntryDto> AccessLogOf(this ITalentMatchDbContext db, Guid profileId) =>
        db.AccessLog.AsNoTracking()
            .Where(e => e.ProfileId == profileId)
            .OrderByDescending(e => e.Id)
            .Select(e => new AccessLogEntryDto(e.At, e.ReaderUserId, e.ReaderRole, e.Record, e.RecordId, e.Route, e.Reason));
}
