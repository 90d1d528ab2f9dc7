using System.Text.Json;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>
/// The person on a match. Staff and the person see every field; an employer sees only what the
/// person agreed to disclose, and only while that consent stands (otherwise the district only).
/// </summary>
public sealed record MatchPersonDto(Guid ProfileId, string? DisplayName, string? Email, string? Phone, string? Postcode, string District);

/// <summary>One step of the history. An employer sees from, to and when only.</summary>
public sealed record MatchTransitionDto(MatchState? From, MatchState To, DateTime At, Guid? ByUserId, string? Reason, bool ConsentWithdrawn);

/// <summary>The person's consent: when given and withdrawn, which fields, and whether the employer sees them now.</summary>
public sealed record MatchConsentDto(DateTime? GivenAt, DateTime? WithdrawnAt, IReadOnlyList<DisclosedFields> Fields, bool DisclosesToEmployer);

/// <summary>The outcome of a placement, once recorded.</summary>
public sealed record MatchOutcomeDto(bool StillWorking, string? Reason, DateTime RecordedAt);

/// <summary>
/// A match with its snapshot (score and explanation when shortlisted), its state and the next
/// states allowed, the person's consent and the full history. <c>AnswersOnBehalf</c> is true when
/// the caller records the person's answers to proposals for them: the person has no account yet,
/// and the caller proposes matches or is their coach (saying how the answer was given).
/// </summary>
public sealed record MatchDto(
    Guid Id,
    OpportunityKind Kind,
    Guid OpportunityId,
    string OpportunityTitle,
    Guid? OrganisationId,
    MatchPersonDto Person,
    Guid MatchmakerUserId,
    MatchState State,
    DateTime StateChangedAt,
    IReadOnlyList<MatchState> AllowedTransitions,
    double Score,
    bool MeetsAllRequired,
    bool UsesCompetencesLearnedElsewhere,
    JsonElement Explanation,
    DateTime? ProposedAt,
    DateTime? AnsweredAt,
    DateTime? PlacedAt,
    DateOnly? StartDate,
    ContractType? Contract,
    DateTime? ClosedAt,
    string? Reason,
    MatchConsentDto Consent,
    MatchOutcomeDto? Outcome,
    IReadOnlyList<MatchTransitionDto> History,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    bool AnswersOnBehalf);
