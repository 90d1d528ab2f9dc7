namespace TalentMatch.Matching.OccupationSearch;

/// <summary>
/// Orders the occupation candidates of a title: a larger <see cref="Sum"/> ranks higher, and its
/// logistic reads as the probability that the candidate is the right occupation.
/// </summary>
public interface IOccupationCandidateRanker
{
    /// <summary>The candidate's log-odds from its <see cref="OccupationCandidate.Features"/>.</summary>
    double Sum(IReadOnlyList<double> features);
}
