using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>Loads matches (those the caller may see, or one to change) and the people on them.</summary>
public sealed class MatchStore(ITalentMatchDbContext db, MatchAccess access, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A match the caller may see, with its history; 404 for one they may not, so ids do not leak.</summary>
    public Task<Match> LoadVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(db.Matches.AsNoTracking(), id, cancellationToken);

    /// <summary>
    /// A match to change, tracked, with its history. A match the caller may not see is a 404 here
    /// too, as when it is read; whether the caller may make the change to one they see is checked
    /// per change (403).
    /// </summary>
    public Task<Match> LoadForChangeAsync(Guid id, CancellationToken cancellationToken) =>
        LoadAsync(db.Matches, id, cancellationToken);

    private async Task<Match> LoadAsync(IQueryable<Match> matches, Guid id, CancellationToken cancellationToken) =>
        await access.Visible(matches.Include(m => m.History)).FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException(EntityNames.Match, id);

    public async Task<MatchPerson> PersonAsync(Guid profileId, CancellationToken cancellationToken) =>
        (await PeopleAsync([profileId], cancellationToken))[profileId];

    public async Task<Dictionary<Guid, MatchPerson>> PeopleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new MatchPerson(p.Id, p.DisplayName, p.Email, p.Phone, p.Postcode, p.OwnerUserId, p.CoachUserId))
            .ToDictionaryAsync(p => p.ProfileId, cancellationToken);
}
