using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Coins;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Privacy;

namespace TalentMatch.Application.Features.Privacy;

/// <summary>Why an admin downloads a person's data for them.</summary>
public enum ExportReason
{
    /// <summary>The person asked for their data (GDPR article 15 or 20) and gets it through staff.</summary>
    PersonAsked = 1,

    /// <summary>A legal obligation (a court or supervisory authority) requires it.</summary>
    LegalObligation = 2,
}

/// <summary>
/// Everything held about a person, in one document: the profile (competences with who confirmed
/// them), coach history, matches with their history, snapshot and consent, check-ins,
/// escalations, volunteer hours, notifications, the coins wallet with its entries and
/// reservations, and the access log. For the person, or an admin who names the ground.
/// </summary>
public sealed record ExportPersonalDataQuery(Guid ProfileId, ExportReason? Reason = null)
    : IQuery<PersonalDataExportDto>, IRequirePolicy, ILoggedRead<PersonalDataExportDto>
{
    public static Policy Policy => Policies.ExportPersonalData;

    public IEnumerable<PersonalRecordRead> RecordsIn(PersonalDataExportDto response) =>
        [new(response.Profile.Id, AccessedRecord.Export, response.Profile.Id, Reason is { } ground ? JsonNamingPolicy.CamelCase.ConvertName(ground.ToString()) : null)];
}

public sealed record PersonalDataExportDto(
    DateTime ExportedAt,
    ProfileDto Profile,
    IReadOnlyList<ExportCoachAssignmentDto> CoachHistory,
    IReadOnlyList<ExportMatchDto> Matches,
    IReadOnlyList<ExportCheckInDto> CheckIns,
    IReadOnlyList<ExportEscalationDto> Escalations,
    IReadOnlyList<ExportVolunteerHoursDto> VolunteerHours,
    IReadOnlyList<ExportNotificationDto> Notifications,
    ExportWalletDto? Wallet,
    IReadOnlyList<AccessLogEntryDto> AccessLog);

public sealed record ExportCoachAssignmentDto(Guid? CoachUserId, DateTime AssignedAt, Guid AssignedByUserId, string? Reason);

public sealed record ExportMatchTransitionDto(MatchState? From, MatchState To, DateTime At, Guid ByUserId, string? Reason, bool ConsentWithdrawn);

/// <summary>A match as held: the snapshot of the score and its explanation taken when it was made, the consent, the outcome and the history.</summary>
public sealed record ExportMatchDto(
    Guid Id,
    OpportunityKind Kind,
    Guid OpportunityId,
    Guid? OrganisationId,
    Guid MatchmakerUserId,
    MatchState State,
    double Score,
    bool MeetsAllRequired,
    JsonElement Explanation,
    DateTime CreatedAt,
    DateTime? ProposedAt,
    DateTime? AnsweredAt,
    DateTime? PlacedAt,
    DateOnly? StartDate,
    ContractType? Contract,
    DateTime? ClosedAt,
    string? Reason,
    DateTime? ConsentGivenAt,
    DateTime? ConsentWithdrawnAt,
    DisclosedFields DisclosedFields,
    bool? StillWorking,
    string? OutcomeReason,
    IReadOnlyList<ExportMatchTransitionDto> History);

public sealed record ExportCheckInDto(
    Guid Id, Guid MatchId, string Offset, DateOnly DueOn, DateTime? CompletedAt, Guid? CompletedByUserId, int? Wellbeing, string? Notes, RiskLevel? Risk, string? Actions, bool? StillWorking);

public sealed record ExportEscalationDto(Guid Id, Guid MatchId, Guid CheckInId, Guid MatchmakerUserId, DateTime RaisedAt, DateTime? ResolvedAt, Guid? ResolvedByUserId, string? Resolution);

public sealed record ExportVolunteerHoursDto(Guid Id, Guid VolunteerRequestId, DateOnly Date, double Hours, Guid LoggedByUserId, DateTime LoggedAt, Guid? ConfirmedByUserId, DateTime? ConfirmedAt);

/// <summary>A notification to the person, or to staff about one of the person's records.</summary>
public sealed record ExportNotificationDto(Guid Id, Guid RecipientUserId, NotificationType Type, Guid SubjectId, DateTime CreatedAt, DateTime? ReadAt, DateTime? SentAt);

public sealed record ExportCoinEntryDto(Guid TransactionId, CoinTransactionKind Kind, long Amount, DateTime At, string? Reason);

public sealed record ExportCoinReservationDto(Guid Id, Guid OfferId, long Price, CoinReservationStatus Status, DateTime ReservedAt, DateTime ExpiresAt, DateTime? ClosedAt);

public sealed record ExportWalletDto(Guid AccountId, long Balance, IReadOnlyList<ExportCoinEntryDto> Entries, IReadOnlyList<ExportCoinReservationDto> Reservations);

public sealed class ExportPersonalDataQueryValidator : AbstractValidator<ExportPersonalDataQuery>
{
    public ExportPersonalDataQueryValidator() => RuleFor(q => q.Reason).Must(r => r is null || Enum.IsDefined(r.Value));
}

public sealed class ExportPersonalDataQueryHandler(ITalentMatchDbContext db, ICurrentUser user, ProfileStore store, ProfileReader reader, IAccessLog log, TimeProvider clock)
    : IRequestHandler<ExportPersonalDataQuery, PersonalDataExportDto>
{
    public async Task<PersonalDataExportDto> Handle(ExportPersonalDataQuery request, CancellationToken cancellationToken)
    {
        var id = request.ProfileId;
        await db.LoadForRightsAsync(user, id, request.Reason is not null, cancellationToken);
        var profile = await store.LoadAsync(id, track: false, cancellationToken);

        var coachHistory = await db.CoachAssignments.AsNoTracking().Where(a => a.ProfileId == id).OrderBy(a => a.AssignedAt)
            .Select(a => new ExportCoachAssignmentDto(a.CoachUserId, a.AssignedAt, a.AssignedByUserId, a.Reason))
            .ToListAsync(cancellationToken);
        var matches = await db.Matches.AsNoTracking().Include(m => m.History).Where(m => m.ProfileId == id).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.ProfileId == id).OrderBy(c => c.DueOn)
            .Select(c => new ExportCheckInDto(c.Id, c.MatchId, c.Offset, c.DueOn, c.CompletedAt, c.CompletedByUserId, c.Wellbeing, c.Notes, c.Risk, c.Actions, c.StillWorking))
            .ToListAsync(cancellationToken);
        var escalations = await db.Escalations.AsNoTracking().Where(e => e.ProfileId == id).OrderBy(e => e.RaisedAt)
            .Select(e => new ExportEscalationDto(e.Id, e.MatchId, e.CheckInId, e.MatchmakerUserId, e.RaisedAt, e.ResolvedAt, e.ResolvedByUserId, e.Resolution))
            .ToListAsync(cancellationToken);
        var hours = await db.VolunteerHours.AsNoTracking().Where(h => h.ProfileId == id).OrderBy(h => h.Date)
            .Select(h => new ExportVolunteerHoursDto(h.Id, h.VolunteerRequestId, h.Date, h.Hours, h.LoggedByUserId, h.LoggedAt, h.ConfirmedByUserId, h.ConfirmedAt))
            .ToListAsync(cancellationToken);

        var subjects = matches.Select(m => m.Id).Concat(checkIns.Select(c => c.Id)).Concat(escalations.Select(e => e.Id)).Append(id).ToList();
        var owner = profile.OwnerUserId;
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => subjects.Contains(n.SubjectId) || (owner != null && n.RecipientUserId == owner))
            .OrderBy(n => n.CreatedAt)
            .Select(n => new ExportNotificationDto(n.Id, n.RecipientUserId, n.Type, n.SubjectId, n.CreatedAt, n.ReadAt, n.SentAt))
            .ToListAsync(cancellationToken);

        await log.FlushAsync(cancellationToken);
        var accessLog = await db.AccessLogOf(id).ToListAsync(cancellationToken);

        return new PersonalDataExportDto(
            clock.GetUtcNow().UtcDateTime,
            await reader.ReadAsync(profile, cancellationToken),
            coachHistory,
            matches.Select(ToExport).ToList(),
            checkIns,
            escalations,
            hours,
            notifications,
            await WalletAsync(id, cancellationToken),
            accessLog);
    }

    private static ExportMatchDto ToExport(Match m)
    {
        using var explanation = JsonDocument.Parse(m.ExplanationJson);
        return new ExportMatchDto(
            m.Id, m.Kind, m.OpportunityId, m.OrganisationId, m.MatchmakerUserId, m.State, m.Score, m.MeetsAllRequired, explanation.RootElement.Clone(),
            m.CreatedAt, m.ProposedAt, m.AnsweredAt, m.PlacedAt, m.StartDate, m.Contract, m.ClosedAt, m.Reason,
            m.ConsentGivenAt, m.ConsentWithdrawnAt, m.DisclosedFields, m.StillWorking, m.OutcomeReason,
            m.History.OrderBy(t => t.At).Select(t => new ExportMatchTransitionDto(t.From, t.To, t.At, t.ByUserId, t.Reason, t.ConsentWithdrawn)).ToList());
    }

    private async Task<ExportWalletDto?> WalletAsync(Guid profileId, CancellationToken cancellationToken)
    {
        var wallet = await db.CoinAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Kind == CoinAccountKind.Wallet && a.OwnerId == profileId, cancellationToken);
        if (wallet is null)
        {
            return null;
        }

        var entries = await (
                from e in db.CoinEntries.AsNoTracking()
                join t in db.CoinTransactions.AsNoTracking() on e.TransactionId equals t.Id
                where e.AccountId == wallet.Id
                orderby e.At
                select new ExportCoinEntryDto(t.Id, t.Kind, e.Amount, e.At, t.Reason))
            .ToListAsync(cancellationToken);
        var reservations = await db.CoinReservations.AsNoTracking().Where(r => r.ProfileId == profileId).OrderBy(r => r.ReservedAt)
            .Select(r => new ExportCoinReservationDto(r.Id, r.OfferId, r.Price, r.Status, r.ReservedAt, r.ExpiresAt, r.ClosedAt))
            .ToListAsync(cancellationToken);
        return new ExportWalletDto(wallet.Id, wallet.Balance, entries, reservations);
    }
}
