namespace TalentMatch.Matching;

/// <summary>Scores people against opportunities. The engine behind every match endpoint.</summary>
public interface IMatchScorer
{
    MatchingOptions Options { get; }

    /// <summary>Prepares an opportunity once (taxonomy expansion) so many candidates score fast.</summary>
    PreparedOpportunity Prepare(OpportunitySpec opportunity);

    MatchResult Score(PreparedOpportunity opportunity, Candidate candidate);

    /// <summary>Prepares a person once, to score them against many opportunities.</summary>
    PreparedCandidate Prepare(Candidate candidate);

    MatchResult Score(PreparedOpportunity opportunity, PreparedCandidate candidate);

    /// <summary>The same score as <see cref="Score(PreparedOpportunity, PreparedCandidate)"/>, without the explanation (cheap, for ranking many).</summary>
    ScoreOnly Rank(PreparedOpportunity opportunity, PreparedCandidate candidate);

    /// <summary>What the person holds that can earn credit: recorded competences, and occupations and unit groups through experience.</summary>
    IReadOnlyList<Holding> Holdings(Candidate candidate);
}

/// <summary>Orders results: highest score first, ties by id so the order never wobbles.</summary>
public static class Ranking
{
    public static IReadOnlyList<MatchResult> Top(IEnumerable<MatchResult> results, int limit, Func<MatchResult, Guid> key) =>
        results
            .OrderByDescending(r => r.Score)
            .ThenBy(key)
            .Take(limit)
            .ToList();
}
