using TalentMatch.Domain.Aftercare;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>A coach as the person and staff see them.</summary>
public sealed record CoachDto(Guid UserId, string Email);

/// <summary>One entry in a person's coach history: who became their coach (null: none), when, by whom and why.</summary>
public sealed record CoachAssignmentDto(Guid? CoachUserId, string? CoachEmail, DateTime AssignedAt, Guid AssignedByUserId, string? AssignedByEmail, string? Reason);

/// <summary>A person's current coach; the history only for staff.</summary>
public sealed record ProfileCoachDto(Guid ProfileId, CoachDto? Coach, IReadOnlyList<CoachAssignmentDto>? History);

/// <summary>The first check-in of a person that is not yet done.</summary>
public sealed record NextCheckInDto(Guid Id, DateOnly DueOn, string Offset, bool Overdue);

/// <summary>One person in a coach's case load.</summary>
public sealed record CoachPersonDto(
    Guid ProfileId,
    string DisplayName,
    string District,
    int OpenPlacements,
    NextCheckInDto? NextCheckIn,
    int OpenEscalations);

/// <summary>Where a check-in stands: not yet due, overdue, or done.</summary>
public enum CheckInState
{
    Upcoming = 1,
    Overdue = 2,
    Completed = 3,
}

public sealed record CheckInDto(
    Guid Id,
    Guid MatchId,
    Guid ProfileId,
    string DisplayName,
    string Offset,
    DateOnly DueOn,
    CheckInState State,
    DateTime? CompletedAt,
    Guid? CompletedByUserId,
    int? Wellbeing,
    string? Notes,
    RiskLevel? Risk,
    string? Actions,
    bool? StillWorking,
    Guid? OpenEscalationId);

public sealed record EscalationDto(
    Guid Id,
    Guid MatchId,
    Guid CheckInId,
    Guid ProfileId,
    string DisplayName,
    Guid MatchmakerUserId,
    DateTime RaisedAt,
    bool Open,
    DateTime? ResolvedAt,
    Guid? ResolvedByUserId,
    string? Resolution);

/// <summary>The outcome of a placement.</summary>
public sealed record OutcomeDto(Guid MatchId, bool StillWorking, string? Reason, DateTime RecordedAt);
