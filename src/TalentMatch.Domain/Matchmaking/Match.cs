using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Matchmaking;

/// <summary>
/// Where a match stands. Jobs: shortlisted → proposed → accepted | declined → introduced →
/// placed | closed, placed → closed. Volunteering is lighter: shortlisted → offered →
/// accepted | declined → done. Any open state may be withdrawn.
/// </summary>
public enum MatchState
{
    Shortlisted = 1,
    Proposed = 2,
    Offered = 3,
    Accepted = 4,
    Declined = 5,
    Introduced = 6,
    Placed = 7,
    Done = 8,
    Closed = 9,
    Withdrawn = 10,
}

/// <summary>Contact fields a person agrees to show the employer once they accept a proposal.</summary>
[Flags]
public enum DisclosedFields
{
    None = 0,
    Name = 1,
    Email = 2,
    Phone = 4,
    Postcode = 8,
    All = Name | Email | Phone | Postcode,
}

/// <summary>
/// A person matched to a vacancy or volunteer request by a matchmaker, from shortlist to a lasting
/// placement. The score and explanation are kept as they were when the person was shortlisted.
/// The person keeps control: they answer the proposal, choose what the employer sees, and may
/// withdraw that consent at any time.
/// </summary>
public class Match : AggregateRoot
{
    public const int MaxReasonLength = 1000;

    /// <summary>The contact fields a person can disclose, one by one.</summary>
    public static IReadOnlyList<DisclosedFields> ContactFields { get; } =
        [DisclosedFields.Name, DisclosedFields.Email, DisclosedFields.Phone, DisclosedFields.Postcode];

    private static readonly Dictionary<MatchState, MatchState[]> JobFlow = new()
    {
        [MatchState.Shortlisted] = [MatchState.Proposed, MatchState.Withdrawn],
        [MatchState.Proposed] = [MatchState.Accepted, MatchState.Declined, MatchState.Withdrawn],
        [MatchState.Accepted] = [MatchState.Introduced, MatchState.Withdrawn],
        [MatchState.Introduced] = [MatchState.Placed, MatchState.Closed, MatchState.Withdrawn],
        [MatchState.Placed] = [MatchState.Closed],
    };

    private static readonly Dictionary<MatchState, MatchState[]> VolunteeringFlow = new()
    {
        [MatchState.Shortlisted] = [MatchState.Offered, MatchState.Withdrawn],
        [MatchState.Offered] = [MatchState.Accepted, MatchState.Declined, MatchState.Withdrawn],
        [MatchState.Accepted] = [MatchState.Done, MatchState.Withdrawn],
    };

    private Match()
    {
    }

    public Match(
        Guid profileId,
        OpportunityKind kind,
        Guid opportunityId,
        Guid? organisationId,
        double score,
        bool meetsAllRequired,
        bool usesCompetencesLearnedElsewhere,
        string explanationJson,
        Guid matchmakerUserId,
        DateTime now)
    {
        ProfileId = profileId;
        Kind = kind;
        OpportunityId = opportunityId;
        OrganisationId = organisationId;
        Score = score;
        MeetsAllRequired = meetsAllRequired;
        UsesCompetencesLearnedElsewhere = usesCompetencesLearnedElsewhere;
        ExplanationJson = explanationJson;
        MatchmakerUserId = matchmakerUserId;
        State = MatchState.Shortlisted;
        StateChangedAt = now;
        Created(matchmakerUserId, now);
        History.Add(new MatchTransition(Id, null, MatchState.Shortlisted, matchmakerUserId, now, null));
    }

    public Guid ProfileId { get; private set; }
    public OpportunityKind Kind { get; private set; }
    public Guid OpportunityId { get; private set; }

    /// <summary>The organisation offering the opportunity when the match was made (null for a neighbour's request).</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The matchmaker responsible for this match.</summary>
    public Guid MatchmakerUserId { get; private set; }

    public MatchState State { get; private set; }
    public DateTime StateChangedAt { get; private set; }

    /// <summary>The score when the match was shortlisted (0-100).</summary>
    public double Score { get; private set; }
    public bool MeetsAllRequired { get; private set; }

    /// <summary>Whether the snapshot credits a competence learned at work, in volunteering or in life (EVC).</summary>
    public bool UsesCompetencesLearnedElsewhere { get; private set; }

    /// <summary>The explanation when the match was shortlisted, as the JSON of a ranked match item.</summary>
    public string ExplanationJson { get; private set; } = "{}";

    public DateTime? ProposedAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public DateTime? PlacedAt { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public ContractType? Contract { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Why the match was declined, closed or withdrawn (the last such reason).</summary>
    public string? Reason { get; private set; }

    public DateTime? ConsentGivenAt { get; private set; }
    public DateTime? ConsentWithdrawnAt { get; private set; }
    public DisclosedFields DisclosedFields { get; private set; }

    /// <summary>The outcome of a placement (at six months): still working, or left with a reason.</summary>
    public bool? StillWorking { get; private set; }
    public string? OutcomeReason { get; private set; }
    public DateTime? OutcomeRecordedAt { get; private set; }

    public List<MatchTransition> History { get; private set; } = [];

    /// <summary>True while the match can still move on (not declined, done, closed or withdrawn).</summary>
    public bool IsOpen => Flow(Kind).ContainsKey(State);

    /// <summary>The states in which a match of either kind is open: a person has at most one open match per opportunity.</summary>
    public static IReadOnlyList<MatchState> OpenStates { get; } = [.. JobFlow.Keys.Union(VolunteeringFlow.Keys).Order()];

    /// <summary>The employer sees the agreed contact fields while the person's consent stands.</summary>
    public bool DisclosesToEmployer =>
        ConsentGivenAt is not null && ConsentWithdrawnAt is null &&
        (State is MatchState.Accepted or MatchState.Introduced or MatchState.Placed or MatchState.Done ||
         (State == MatchState.Closed && PlacedAt is not null));

    /// <summary>The states this match may move to next.</summary>
    public IReadOnlyList<MatchState> AllowedTransitions => AllowedFrom(Kind, State);

    public static IReadOnlyList<MatchState> AllowedFrom(OpportunityKind kind, MatchState state) =>
        Flow(kind).TryGetValue(state, out var next) ? next : [];

    /// <summary>The answers that belong to the person (or to staff recording them on the person's behalf).</summary>
    public static bool IsPersonsAnswer(MatchState to) => to is MatchState.Accepted or MatchState.Declined;

    /// <summary>
    /// Moves to <paramref name="to"/>, or refuses (409) naming the allowed transitions. Accepting
    /// gives consent to disclose <paramref name="disclose"/>; placing needs a start date and contract.
    /// </summary>
    public void TransitionTo(
        MatchState to,
        Guid byUserId,
        DateTime now,
        string? reason = null,
        DisclosedFields disclose = DisclosedFields.All,
        DateOnly? startDate = null,
        ContractType? contract = null)
    {
        var allowed = AllowedTransitions;
        if (!allowed.Contains(to))
        {
            throw new DomainRuleException(
                DomainMessages.MatchTransitionRefused,
                new Dictionary<string, object?>
                {
                    ["currentState"] = Camel(State),
                    ["allowedTransitions"] = allowed.Select(Camel).ToArray(),
                },
                Kind.ToString().ToLowerInvariant(),
                Camel(State),
                Camel(to));
        }

        switch (to)
        {
            case MatchState.Proposed or MatchState.Offered:
                ProposedAt = now;
                break;
            case MatchState.Accepted:
                AnsweredAt = now;
                ConsentGivenAt = now;
                ConsentWithdrawnAt = null;
                DisclosedFields = disclose;
                break;
            case MatchState.Declined:
                AnsweredAt = now;
                break;
            case MatchState.Placed:
                if (startDate is null || contract is null)
                {
                    throw new DomainRuleException(DomainMessages.PlacementNeedsStartAndContract);
                }

                PlacedAt = now;
                StartDate = startDate;
                Contract = contract;
                break;
            case MatchState.Closed or MatchState.Done or MatchState.Withdrawn:
                ClosedAt = now;
                break;
        }

        if (reason is not null)
        {
            Reason = reason;
        }

        History.Add(new MatchTransition(Id, State, to, byUserId, now, reason));
        State = to;
        StateChangedAt = now;
        Touch(now);
    }

    /// <summary>The person withdraws their consent: the employer no longer sees who they are.</summary>
    public void WithdrawConsent(Guid byUserId, DateTime now, string? reason)
    {
        if (ConsentGivenAt is null || ConsentWithdrawnAt is not null)
        {
            throw new DomainRuleException(DomainMessages.NoConsentToWithdraw);
        }

        ConsentWithdrawnAt = now;
        History.Add(new MatchTransition(Id, State, State, byUserId, now, reason ?? "Consent withdrawn.") { ConsentWithdrawn = true });
        Touch(now);
    }

    /// <summary>Records the outcome of a placement: still working, or left with a reason.</summary>
    public void RecordOutcome(bool stillWorking, string? reason, Guid byUserId, DateTime now)
    {
        if (PlacedAt is null)
        {
            throw new DomainRuleException(DomainMessages.OutcomeOnlyForPlacement, new Dictionary<string, object?> { ["currentState"] = Camel(State) });
        }

        if (!stillWorking && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(DomainMessages.OutcomeNeedsReason);
        }

        StillWorking = stillWorking;
        OutcomeReason = reason;
        OutcomeRecordedAt = now;
        Touch(now);
    }

    private static Dictionary<MatchState, MatchState[]> Flow(OpportunityKind kind) =>
        kind == OpportunityKind.Job ? JobFlow : VolunteeringFlow;

    private static string Camel(MatchState state) => state.ToString().ToLowerInvariant();
}

/// <summary>One step in a match's history: who moved it from where to where, when and why.</summary>
public class MatchTransition
{
    private MatchTransition()
    {
    }

    public MatchTransition(Guid matchId, MatchState? from, MatchState to, Guid byUserId, DateTime at, string? reason)
    {
        MatchId = matchId;
        From = from;
        To = to;
        ByUserId = byUserId;
        At = at;
        Reason = reason;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid MatchId { get; private set; }
    public MatchState? From { get; private set; }
    public MatchState To { get; private set; }
    public Guid ByUserId { get; private set; }
    public DateTime At { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>True for the entry that records the person withdrawing consent (the state does not change).</summary>
    public bool ConsentWithdrawn { get; init; }
}
