using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>The filter every match query takes.</summary>
public interface IMatchQueryFilter
{
    int Limit { get; }
    double? MinScore { get; }
    bool RequiredOnly { get; }
    double? MaxDistanceKm { get; }

    /// <summary>"compact" (the default) or "full".</summary>
    string? Detail { get; }
}

/// <summary>Turns engine results into the explained items of the API, with labels in the caller's language.</summary>
public static class MatchExplanation
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const double MaxDistanceKm = 500;

    public static void MatchFilterRules<T>(this AbstractValidator<T> validator)
        where T : IMatchQueryFilter
    {
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        validator.RuleFor(q => q.MinScore).InclusiveBetween(0, 100).When(q => q.MinScore is not null);
        validator.RuleFor(q => q.MaxDistanceKm).InclusiveBetween(0, MaxDistanceKm).When(q => q.MaxDistanceKm is not null);
        validator.RuleFor(q => q.Detail).Must(d => d is null || ParseDetail(d) is not null).WithMessageKey(Messages.MatchDetailInvalid);
    }

    /// <summary>"compact" or "full" in any case; names only, never the enum's numbers.</summary>
    public static MatchDetail? ParseDetail(string? text) =>
        text is not null && !text.Any(char.IsDigit) && Enum.TryParse<MatchDetail>(text, ignoreCase: true, out var detail) && Enum.IsDefined(detail)
            ? detail
            : null;

    public static MatchFilter ToFilter(this IMatchQueryFilter query) =>
        new(query.Limit, query.MinScore, query.RequiredOnly, query.MaxDistanceKm);

    /// <summary>How many matched and how many missing competences a compact item names.</summary>
    public const int TopCompetences = 3;

    /// <summary>
    /// A ranked candidate; <paramref name="candidate"/> is what the caller may see of the person. An
    /// anonymised candidate shows how far they live as a band only, in the numbers and in the summary.
    /// </summary>
    public static CandidateMatchDto Candidate(MatchResult result, MatchLabels labels, MatchCandidateDto candidate, MatchDetail detail)
    {
        var shown = candidate.DisplayName is null ? result with { DistanceKm = null } : result;
        return Explained(shown, labels, candidate, DistanceBands.Of(result.DistanceKm), detail);
    }

    private static CandidateMatchDto Explained(MatchResult result, MatchLabels labels, MatchCandidateDto candidate, DistanceBand? band, MatchDetail detail)
    {
        var full = FullExplanation.Of(result, labels, detail);
        return new(
            result.CandidateId,
            result.Kind,
            result.Score,
            result.MeetsAllRequired,
            result.Components,
            result.Counts,
            MatchSummary.Sentence(result, labels),
            TopMatched(result, labels),
            TopMissing(result, labels),
            result.DistanceKm,
            band,
            candidate,
            full.Points,
            full.Matched,
            full.Missing,
            full.Languages);
    }

    /// <summary>A ranked opportunity, as the person sees it.</summary>
    public static OpportunityMatchDto Opportunity(MatchResult result, MatchLabels labels, string title, string? organisationName, MatchDetail detail)
    {
        var full = FullExplanation.Of(result, labels, detail);
        return new(
            result.OpportunityId,
            result.Kind,
            title,
            organisationName,
            result.Score,
            result.MeetsAllRequired,
            result.Components,
            result.Counts,
            MatchSummary.Sentence(result, labels),
            TopMatched(result, labels),
            TopMissing(result, labels),
            result.DistanceKm,
            full.Points,
            full.Matched,
            full.Missing,
            full.Languages);
    }

    /// <summary>The labels of the matched competences that count most: required first, then by contribution.</summary>
    /// <remarks>A stable selection of the first few (equal ones keep their order), without sorting the whole list.</remarks>
    public static IReadOnlyList<string> TopMatched(MatchResult result, MatchLabels labels)
    {
        Span<int> top = stackalloc int[TopCompetences];
        var count = 0;
        var matched = result.Matched;
        for (var i = 0; i < matched.Count; i++)
        {
            // After every pick it does not come strictly before.
            var at = count;
            while (at > 0 && ComesBefore(matched[i], matched[top[at - 1]]))
            {
                at--;
            }

            if (at < TopCompetences)
            {
                var last = Math.Min(count, TopCompetences - 1);
                for (var j = last; j > at; j--)
                {
                    top[j] = top[j - 1];
                }

                top[at] = i;
                count = Math.Min(count + 1, TopCompetences);
            }
        }

        var labelled = new List<string>(count);
        foreach (var i in top[..count])
        {
            labelled.Add(labels.Competences.GetValueOrDefault(matched[i].CompetenceId, ""));
        }

        return labelled;

        // Required first, then the larger contribution.
        static bool ComesBefore(MatchedCompetence a, MatchedCompetence b) =>
            a.Required != b.Required ? a.Required : a.Contribution.CompareTo(b.Contribution) > 0;
    }

    /// <summary>The labels of the missing competences, required first, in the opportunity's order.</summary>
    public static IReadOnlyList<string> TopMissing(MatchResult result, MatchLabels labels)
    {
        var missing = result.Missing;
        var labelled = new List<string>(Math.Min(TopCompetences, missing.Count));
        foreach (var required in (ReadOnlySpan<bool>)[true, false])
        {
            for (var i = 0; i < missing.Count && labelled.Count < TopCompetences; i++)
            {
                if (missing[i].Required == required)
                {
                    labelled.Add(labels.Competences.GetValueOrDefault(missing[i].CompetenceId, ""));
                }
            }
        }

        return labelled;
    }

    public static IReadOnlyList<MatchedCompetenceDto> Matched(MatchResult result, MatchLabels labels) =>
        result.Matched.Select(m => new MatchedCompetenceDto(
            m.CompetenceId,
            labels.Competences.GetValueOrDefault(m.CompetenceId, ""),
            m.Required,
            m.Via,
            m.ProfileCompetenceId,
            labels.Competences.GetValueOrDefault(m.ProfileCompetenceId, ""),
            m.ProfileSource,
            m.Evidence,
            m.ProfileLevel,
            m.MinLevel,
            m.Contribution,
            m.Experience is { } e ? new MatchedExperienceDto(e.OccupationId, labels.Occupations.GetValueOrDefault(e.OccupationId, ""), e.Years, e.Context, e.UnitGroup) : null)).ToList();

    public static IReadOnlyList<MissingCompetenceDto> Missing(MatchResult result, MatchLabels labels) =>
        result.Missing.Select(m => new MissingCompetenceDto(m.CompetenceId, labels.Competences.GetValueOrDefault(m.CompetenceId, ""), m.Required)).ToList();

    public static IReadOnlyList<LanguageFitDto> Languages(MatchResult result) =>
        result.Languages.Select(l => new LanguageFitDto(l.Code, l.Required, l.MinLevel?.ToString(), l.ProfileLevel?.ToString(), l.Met, l.Extra)).ToList();
}

/// <summary>Display labels for an explanation: competences and occupations, in <see cref="Language"/>.</summary>
public sealed record MatchLabels(IReadOnlyDictionary<Guid, string> Competences, IReadOnlyDictionary<Guid, string> Occupations, string Language);

/// <summary>What only a full item shows (all null on a compact one), for both directions alike.</summary>
internal readonly record struct FullExplanation(
    ScorePoints? Points,
    IReadOnlyList<MatchedCompetenceDto>? Matched,
    IReadOnlyList<MissingCompetenceDto>? Missing,
    IReadOnlyList<LanguageFitDto>? Languages)
{
    public static FullExplanation Of(MatchResult result, MatchLabels labels, MatchDetail detail) =>
        detail == MatchDetail.Full
            ? new(result.Points, MatchExplanation.Matched(result, labels), MatchExplanation.Missing(result, labels), MatchExplanation.Languages(result))
            : default;
}
