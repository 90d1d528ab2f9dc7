using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.UnitTests.Domain;

public sealed class MatchTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Start = new(2026, 12, 1);
    private static readonly Guid Matchmaker = Guid.NewGuid();
    private static readonly Guid Person = Guid.NewGuid();

    /// <summary>The state machines as the product defines them, written out in full (from → allowed next states).</summary>
    private static readonly Dictionary<OpportunityKind, Dictionary<MatchState, MatchState[]>> Expected = new()
    {
        [OpportunityKind.Job] = new()
        {
            [MatchState.Shortlisted] = [MatchState.Proposed, MatchState.Withdrawn],
            [MatchState.Proposed] = [MatchState.Accepted, MatchState.Declined, MatchState.Withdrawn],
            [MatchState.Accepted] = [MatchState.Introduced, MatchState.Withdrawn],
            [MatchState.Introduced] = [MatchState.Placed, MatchState.Closed, MatchState.Withdrawn],
            [MatchState.Placed] = [MatchState.Closed],
        },
        [OpportunityKind.Volunteering] = new()
        {
            [MatchState.Shortlisted] = [MatchState.Offered, MatchState.Withdrawn],
            [MatchState.Offered] = [MatchState.Accepted, MatchState.Declined, MatchState.Withdrawn],
            [MatchState.Accepted] = [MatchState.Done, MatchState.Withdrawn],
        },
    };

    /// <summary>A way to reach each state a match of the kind can be in, from the shortlist.</summary>
    private static readonly Dictionary<OpportunityKind, Dictionary<MatchState, MatchState[]>> Paths = new()
    {
        [OpportunityKind.Job] = new()
        {
            [MatchState.Shortlisted] = [],
            [MatchState.Proposed] = [MatchState.Proposed],
            [MatchState.Accepted] = [MatchState.Proposed, MatchState.Accepted],
            [MatchState.Declined] = [MatchState.Proposed, MatchState.Declined],
            [MatchState.Introduced] = [MatchState.Proposed, MatchState.Accepted, MatchState.Introduced],
            [MatchState.Placed] = [MatchState.Proposed, MatchState.Accepted, MatchState.Introduced, MatchState.Placed],
            [MatchState.Closed] = [MatchState.Proposed, MatchState.Accepted, MatchState.Introduced, MatchState.Closed],
            [MatchState.Withdrawn] = [MatchState.Withdrawn],
        },
        [OpportunityKind.Volunteering] = new()
        {
            [MatchState.Shortlisted] = [],
            [MatchState.Offered] = [MatchState.Offered],
            [MatchState.Accepted] = [MatchState.Offered, MatchState.Accepted],
            [MatchState.Declined] = [MatchState.Offered, MatchState.Declined],
            [MatchState.Done] = [MatchState.Offered, MatchState.Accepted, MatchState.Done],
            [MatchState.Withdrawn] = [MatchState.Withdrawn],
        },
    };

    /// <summary>Every reachable state × every target state, for both kinds.</summary>
    public static IEnumerable<TestCaseData> EveryTransition() =>
        from kind in Paths.Keys
        from state in Paths[kind].Keys
        from to in Enum.GetValues<MatchState>()
        select new TestCaseData(kind, state, to).SetArgDisplayNames(kind.ToString(), state.ToString(), to.ToString());

    public static IEnumerable<TestCaseData> ReachableStates() =>
        from kind in Paths.Keys
        from state in Paths[kind].Keys
        select new TestCaseData(kind, state).SetArgDisplayNames(kind.ToString(), state.ToString());

    public static IEnumerable<TestCaseData> EveryState() =>
        from kind in Enum.GetValues<OpportunityKind>()
        from state in Enum.GetValues<MatchState>()
        select new TestCaseData(kind, state).SetArgDisplayNames(kind.ToString(), state.ToString());

    [TestCaseSource(nameof(EveryState))]
    public void AllowedFrom_ForEveryState_EqualsTheExpectedTable(OpportunityKind kind, MatchState state)
    {
        var expected = Expected[kind].GetValueOrDefault(state) ?? [];

        Match.AllowedFrom(kind, state).ShouldBe(expected, ignoreOrder: true);
    }

    [TestCaseSource(nameof(EveryTransition))]
    public void TransitionTo_FromEveryStateToEveryState_FollowsTheExpectedTable(OpportunityKind kind, MatchState from, MatchState to)
    {
        var match = MatchIn(kind, from);
        var historyBefore = match.History.Count;
        var allowed = Expected[kind].GetValueOrDefault(from)?.Contains(to) ?? false;

        if (allowed)
        {
            Move(match, to);

            match.State.ShouldBe(to);
            match.History.Count.ShouldBe(historyBefore + 1);
            match.History[^1].From.ShouldBe(from);
            match.History[^1].To.ShouldBe(to);
        }
        else
        {
            var refused = Should.Throw<DomainRuleException>(() => Move(match, to));

            match.State.ShouldBe(from);
            match.History.Count.ShouldBe(historyBefore);
            refused.Details["currentState"].ShouldBe(from.ToString().ToLowerInvariant());
            ((string[])refused.Details["allowedTransitions"]!).ShouldBe(
                (Expected[kind].GetValueOrDefault(from) ?? []).Select(s => s.ToString().ToLowerInvariant()),
                ignoreOrder: true);
        }
    }

    [TestCaseSource(nameof(ReachableStates))]
    public void IsOpen_InEveryState_IsTrueExactlyWhenAMoveIsLeft(OpportunityKind kind, MatchState state)
    {
        var match = MatchIn(kind, state);

        match.IsOpen.ShouldBe(Expected[kind].ContainsKey(state));
    }

    [Test]
    public void New_StartsShortlistedWithOneHistoryEntryByTheMatchmaker()
    {
        var match = NewMatch(OpportunityKind.Job);

        match.State.ShouldBe(MatchState.Shortlisted);
        var first = match.History.ShouldHaveSingleItem();
        first.From.ShouldBeNull();
        first.To.ShouldBe(MatchState.Shortlisted);
        first.ByUserId.ShouldBe(Matchmaker);
        match.DisclosesToEmployer.ShouldBeFalse();
    }

    [Test]
    public void TransitionTo_EveryChange_TouchesTheConcurrencyStamp()
    {
        var match = NewMatch(OpportunityKind.Job);
        var stamp = match.ConcurrencyStamp;

        match.TransitionTo(MatchState.Proposed, Matchmaker, Now.AddHours(1));

        match.ConcurrencyStamp.ShouldNotBe(stamp);
        match.ProposedAt.ShouldBe(Now.AddHours(1));
        match.UpdatedAt.ShouldBe(Now.AddHours(1));
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    [TestCase(false, false)]
    public void TransitionTo_PlacedWithoutStartDateOrContract_IsRefused(bool withStart, bool withContract)
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Introduced);

        Should.Throw<DomainRuleException>(() => match.TransitionTo(
            MatchState.Placed,
            Matchmaker,
            Now,
            startDate: withStart ? Start : null,
            contract: withContract ? ContractType.Permanent : null));

        match.State.ShouldBe(MatchState.Introduced);
        match.PlacedAt.ShouldBeNull();
    }

    [Test]
    public void TransitionTo_PlacedWithStartDateAndContract_RecordsThePlacement()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Introduced);

        match.TransitionTo(MatchState.Placed, Matchmaker, Now, startDate: Start, contract: ContractType.LearningWork);

        match.PlacedAt.ShouldBe(Now);
        match.StartDate.ShouldBe(Start);
        match.Contract.ShouldBe(ContractType.LearningWork);
    }

    [Test]
    public void TransitionTo_Accepted_GivesConsentForTheChosenFieldsOnly()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Proposed);

        match.TransitionTo(MatchState.Accepted, Person, Now, disclose: DisclosedFields.Name | DisclosedFields.Phone);

        match.ConsentGivenAt.ShouldBe(Now);
        match.AnsweredAt.ShouldBe(Now);
        match.DisclosedFields.ShouldBe(DisclosedFields.Name | DisclosedFields.Phone);
        match.DisclosesToEmployer.ShouldBeTrue();
        match.History[^1].ByUserId.ShouldBe(Person);
    }

    [Test]
    public void TransitionTo_AcceptedWithoutAChoice_DisclosesEveryField()
    {
        var match = MatchIn(OpportunityKind.Volunteering, MatchState.Offered);

        match.TransitionTo(MatchState.Accepted, Person, Now);

        match.DisclosedFields.ShouldBe(DisclosedFields.All);
    }

    [Test]
    public void TransitionTo_Declined_GivesNoConsent()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Proposed);

        match.TransitionTo(MatchState.Declined, Person, Now, "Too far from home.");

        match.ConsentGivenAt.ShouldBeNull();
        match.DisclosesToEmployer.ShouldBeFalse();
        match.Reason.ShouldBe("Too far from home.");
        match.IsOpen.ShouldBeFalse();
    }

    /// <summary>The employer sees the agreed fields from acceptance through placement (and after a placement closes), never before.</summary>
    [TestCase(OpportunityKind.Job, MatchState.Shortlisted, false)]
    [TestCase(OpportunityKind.Job, MatchState.Proposed, false)]
    [TestCase(OpportunityKind.Job, MatchState.Accepted, true)]
    [TestCase(OpportunityKind.Job, MatchState.Introduced, true)]
    [TestCase(OpportunityKind.Job, MatchState.Placed, true)]
    [TestCase(OpportunityKind.Job, MatchState.Closed, false)]
    [TestCase(OpportunityKind.Job, MatchState.Withdrawn, false)]
    [TestCase(OpportunityKind.Volunteering, MatchState.Offered, false)]
    [TestCase(OpportunityKind.Volunteering, MatchState.Accepted, true)]
    [TestCase(OpportunityKind.Volunteering, MatchState.Done, true)]
    public void DisclosesToEmployer_ByState(OpportunityKind kind, MatchState state, bool expected)
    {
        var match = MatchIn(kind, state);

        match.DisclosesToEmployer.ShouldBe(expected);
    }

    [Test]
    public void DisclosesToEmployer_WhenAPlacementCloses_StaysTrue()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Placed);

        match.TransitionTo(MatchState.Closed, Matchmaker, Now, "Contract ended.");

        match.DisclosesToEmployer.ShouldBeTrue();
    }

    [Test]
    public void DisclosesToEmployer_WhenWithdrawnAfterAccepting_IsFalse()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Accepted);

        match.TransitionTo(MatchState.Withdrawn, Matchmaker, Now, "The vacancy was filled.");

        match.DisclosesToEmployer.ShouldBeFalse();
    }

    [Test]
    public void WithdrawConsent_AfterAccepting_HidesThePersonAndKeepsTheState()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Introduced);
        var stamp = match.ConcurrencyStamp;

        match.WithdrawConsent(Person, Now.AddDays(1), null);

        match.State.ShouldBe(MatchState.Introduced);
        match.ConsentWithdrawnAt.ShouldBe(Now.AddDays(1));
        match.DisclosesToEmployer.ShouldBeFalse();
        match.ConcurrencyStamp.ShouldNotBe(stamp);
        var entry = match.History[^1];
        entry.ConsentWithdrawn.ShouldBeTrue();
        entry.From.ShouldBe(MatchState.Introduced);
        entry.To.ShouldBe(MatchState.Introduced);
        entry.ByUserId.ShouldBe(Person);
        entry.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public void WithdrawConsent_AfterPlacement_HidesThePersonAgain()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Placed);

        match.WithdrawConsent(Person, Now, "I no longer want my details shared.");

        match.DisclosesToEmployer.ShouldBeFalse();
        match.History[^1].Reason.ShouldBe("I no longer want my details shared.");
    }

    [TestCase(MatchState.Shortlisted)]
    [TestCase(MatchState.Proposed)]
    [TestCase(MatchState.Declined)]
    public void WithdrawConsent_WhenNoConsentWasGiven_IsRefused(MatchState state)
    {
        var match = MatchIn(OpportunityKind.Job, state);
        var history = match.History.Count;

        Should.Throw<DomainRuleException>(() => match.WithdrawConsent(Person, Now, null));

        match.History.Count.ShouldBe(history);
    }

    [Test]
    public void WithdrawConsent_Twice_IsRefused()
    {
        var match = MatchIn(OpportunityKind.Volunteering, MatchState.Accepted);
        match.WithdrawConsent(Person, Now, null);

        Should.Throw<DomainRuleException>(() => match.WithdrawConsent(Person, Now, null));
    }

    [Test]
    public void TransitionTo_AcceptedAgainAfterWithdrawingIsNotPossible_ConsentStaysWithdrawn()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Accepted);
        match.WithdrawConsent(Person, Now, null);

        match.TransitionTo(MatchState.Introduced, Matchmaker, Now);

        match.DisclosesToEmployer.ShouldBeFalse();
    }

    [TestCase(OpportunityKind.Job, MatchState.Introduced)]
    [TestCase(OpportunityKind.Job, MatchState.Accepted)]
    [TestCase(OpportunityKind.Job, MatchState.Closed)]
    [TestCase(OpportunityKind.Volunteering, MatchState.Done)]
    public void RecordOutcome_WhenNotAPlacement_IsRefused(OpportunityKind kind, MatchState state)
    {
        var match = MatchIn(kind, state);

        Should.Throw<DomainRuleException>(() => match.RecordOutcome(true, null, Matchmaker, Now));

        match.StillWorking.ShouldBeNull();
    }

    [Test]
    public void RecordOutcome_ForAPlacement_Records()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Placed);

        match.RecordOutcome(true, null, Matchmaker, Now.AddMonths(6));

        match.StillWorking.ShouldBe(true);
        match.OutcomeRecordedAt.ShouldBe(Now.AddMonths(6));
    }

    [Test]
    public void RecordOutcome_ForAClosedPlacement_Records()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Placed);
        match.TransitionTo(MatchState.Closed, Matchmaker, Now, "Contract ended.");

        match.RecordOutcome(false, "Contract ended after six months.", Matchmaker, Now);

        match.StillWorking.ShouldBe(false);
    }

    [Test]
    public void RecordOutcome_LeftWithoutAReason_IsRefused()
    {
        var match = MatchIn(OpportunityKind.Job, MatchState.Placed);

        Should.Throw<DomainRuleException>(() => match.RecordOutcome(false, " ", Matchmaker, Now));
    }

    [Test]
    public void IsPersonsAnswer_IsAcceptedAndDeclinedOnly()
    {
        Enum.GetValues<MatchState>().Where(Match.IsPersonsAnswer).ShouldBe([MatchState.Accepted, MatchState.Declined], ignoreOrder: true);
    }

    private static Match NewMatch(OpportunityKind kind) =>
        new(Guid.NewGuid(), kind, Guid.NewGuid(), Guid.NewGuid(), 72.5, true, true, "{}", Matchmaker, Now);

    private static Match MatchIn(OpportunityKind kind, MatchState state)
    {
        var match = NewMatch(kind);
        foreach (var step in Paths[kind][state])
        {
            Move(match, step);
        }

        return match;
    }

    /// <summary>Makes the move with whatever it needs (a placement: start date and contract; an end: a reason).</summary>
    private static void Move(Match match, MatchState to) =>
        match.TransitionTo(
            to,
            Match.IsPersonsAnswer(to) ? Person : Matchmaker,
            Now,
            to is MatchState.Closed or MatchState.Withdrawn or MatchState.Declined ? "Reason given." : null,
            startDate: Start,
            contract: ContractType.FixedTerm);
}
