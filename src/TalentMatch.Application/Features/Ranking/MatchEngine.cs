using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>Which scored pairs a ranked list keeps, and how many.</summary>
public sealed record MatchFilter(int Limit, double? MinScore, bool RequiredOnly, double? MaxDistanceKm)
{
    public bool Accepts(MatchResult result) => Accepts(new ScoreOnly(result.Score, result.MeetsAllRequired, result.DistanceKm));

    public bool Accepts(ScoreOnly result) =>
        (MinScore is not { } min || result.Score >= min) &&
        (!RequiredOnly || result.MeetsAllRequired) &&
        (MaxDistanceKm is not { } max || result.DistanceKm is { } km && km <= max);
}

/// <summary>A profile as matching sees it: the engine's candidate plus who may see what.</summary>
public sealed record MatchProfile(
    Guid Id,
    string DisplayName,
    string Postcode,
    Guid? OwnerUserId,
    ProfileVisibility Visibility,
    bool SeeksJob,
    bool SeeksVolunteering,
    Candidate Candidate);

/// <summary>What a ranked list of people shows of each person (no competences: the explanation comes from the index), from the read model.</summary>
public sealed record MatchPerson(Guid Id, string DisplayName, string Postcode);

/// <summary>An opportunity as matching sees it: the engine's spec plus its owner and title.</summary>
public sealed record MatchOpportunity(
    Guid Id,
    OpportunityKind Kind,
    string Title,
    Guid? OrganisationId,
    OpportunityStatus Status,
    OpportunitySpec Spec);

/// <summary>The best pairs, best first; <see cref="Total"/> counts every pair that passed the filter; <see cref="Labels"/> name what they explain.</summary>
public sealed record Ranked<T>(int Total, IReadOnlyList<(T Subject, MatchResult Result)> Items, MatchingOptions Options, MatchLabels Labels);

/// <summary>Builds the engine's inputs from the read model (the database only for what it does not hold) and ranks them.</summary>
public interface IMatchEngine
{
    /// <summary>An open opportunity from the read model; a draft or closed one from the database.</summary>
    Task<MatchOpportunity?> FindOpportunityAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A profile's own fields in one narrow query; its candidate from the read model when indexed.</summary>
    Task<MatchProfile?> FindProfileAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Matchable profiles that seek the opportunity's kind, ranked for it, explained in <paramref name="language"/>.</summary>
    Task<Ranked<MatchPerson>> RankCandidatesAsync(OpportunitySpec opportunity, MatchFilter filter, string language, CancellationToken cancellationToken);

    /// <summary>Open opportunities of the given kinds, ranked for the person, explained in <paramref name="language"/>.</summary>
    Task<Ranked<MatchOpportunity>> RankOpportunitiesAsync(Candidate candidate, IReadOnlyCollection<OpportunityKind> kinds, MatchFilter filter, string language, CancellationToken cancellationToken);

    /// <summary>One person scored for one opportunity, by the scorer (and taxonomy) the ranked lists use.</summary>
    Task<MatchResult> ScoreAsync(OpportunitySpec opportunity, Candidate candidate, CancellationToken cancellationToken);

    /// <summary>Labels for every competence and occupation the results name, from the label cache.</summary>
    Task<MatchLabels> LabelsAsync(IReadOnlyCollection<MatchResult> results, string language, CancellationToken cancellationToken);
}

/// <summary>
/// One per request (scoped): the read model is caught up once per request, and every answer of
/// the request comes from that one snapshot.
/// </summary>
public sealed class MatchEngine(ITalentMatchDbContext db, IMatchReadModel readModel, CatalogueLabelCache labels, PostcodeDirectory places) : IMatchEngine
{
    private MatchSnapshot? _snapshot;

    public async Task<MatchOpportunity?> FindOpportunityAsync(Guid id, CancellationToken cancellationToken)
    {
        if ((await SnapshotAsync(cancellationToken)).OpenOpportunities.TryGetValue(id, out var open))
        {
            return new MatchOpportunity(open.Spec.Id, open.Spec.Kind, open.Title, open.OrganisationId, OpportunityStatus.Open, open.Spec);
        }

        var opportunity = await db.Opportunities.AsNoTracking()
            .Include(o => o.Requirements).Include(o => o.Languages)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return opportunity is null
            ? null
            : new MatchOpportunity(opportunity.Id, opportunity.Kind, opportunity.Title, opportunity.OrganisationId, opportunity.Status, MatchInputs.ToSpec(opportunity, places));
    }

    public async Task<MatchProfile?> FindProfileAsync(Guid id, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Id, p.DisplayName, p.Postcode, p.OwnerUserId, p.Visibility, p.SeeksJob, p.SeeksVolunteering })
            .FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        // The index holds every profile as the scorer sees it, current as of this request's catch-up.
        var candidate = (await SnapshotAsync(cancellationToken)).People.Find(id)?.Candidate
            ?? await LoadCandidateAsync(id, cancellationToken);
        return candidate is null
            ? null
            : new MatchProfile(profile.Id, profile.DisplayName, profile.Postcode, profile.OwnerUserId, profile.Visibility, profile.SeeksJob, profile.SeeksVolunteering, candidate);
    }

    /// <summary>Ranks people through the match index (a read model kept current from the change feed).</summary>
    public async Task<Ranked<MatchPerson>> RankCandidatesAsync(OpportunitySpec opportunity, MatchFilter filter, string language, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var query = new CandidateQuery(filter.Limit, filter.MinScore ?? 0, filter.RequiredOnly, filter.MaxDistanceKm);

        // An open opportunity comes prepared from the read model, by the same scorer as the index's.
        var ranked = snapshot.OpenOpportunities.TryGetValue(opportunity.Id, out var open) && ReferenceEquals(open.Spec, opportunity)
            ? snapshot.People.TopCandidates(open.Prepared, query)
            : snapshot.People.TopCandidates(opportunity, query);
        MatchMetrics.QueryDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("direction", "candidates"));

        // What the list shows of each person comes with the index. A person deleted after the
        // snapshot was taken is left out rather than shown half.
        var items = new List<(MatchPerson, MatchResult)>(ranked.Items.Count);
        foreach (var result in ranked.Items)
        {
            if (snapshot.Shown.TryFind(result.CandidateId, out var displayName, out var postcode))
            {
                items.Add((new MatchPerson(result.CandidateId, displayName, postcode), result));
            }
        }

        return new Ranked<MatchPerson>(ranked.Total, items, snapshot.People.Scorer.Options, await LabelsAsync(ranked.Items, language, cancellationToken));
    }

    public async Task<Ranked<MatchOpportunity>> RankOpportunitiesAsync(
        Candidate candidate, IReadOnlyCollection<OpportunityKind> kinds, MatchFilter filter, string language, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var scorer = snapshot.People.Scorer;
        var person = scorer.Prepare(candidate);

        // Every open opportunity scored cheaply; only the best are explained.
        var qualifying = snapshot.OpenOpportunities.Values
            .Where(o => kinds.Contains(o.Spec.Kind))
            .Select(o => (Opportunity: o, Rank: scorer.Rank(o.Prepared, person)))
            .Where(x => filter.Accepts(x.Rank))
            .ToList();
        var top = qualifying
            .OrderByDescending(x => x.Rank.Score).ThenBy(x => x.Opportunity.Spec.Id)
            .Take(filter.Limit)
            .Select(x => scorer.Score(x.Opportunity.Prepared, person))
            .ToList();
        MatchMetrics.QueryDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("direction", "opportunities"));
        return new Ranked<MatchOpportunity>(
            qualifying.Count,
            top.Select(r =>
            {
                var o = snapshot.OpenOpportunities[r.OpportunityId];
                return (new MatchOpportunity(o.Spec.Id, o.Spec.Kind, o.Title, o.OrganisationId, OpportunityStatus.Open, o.Spec), r);
            }).ToList(),
            scorer.Options,
            await LabelsAsync(top, language, cancellationToken));
    }

    public async Task<MatchResult> ScoreAsync(OpportunitySpec opportunity, Candidate candidate, CancellationToken cancellationToken)
    {
        var scorer = (await SnapshotAsync(cancellationToken)).People.Scorer;
        return scorer.Score(scorer.Prepare(opportunity), candidate);
    }

    public async Task<MatchLabels> LabelsAsync(IReadOnlyCollection<MatchResult> results, string language, CancellationToken cancellationToken)
    {
        return new MatchLabels(
            await labels.CompetencesAsync(db, CompetencesNamed(results), language, cancellationToken),
            await labels.OccupationsAsync(db, OccupationsNamed(results), language, cancellationToken),
            language);
    }

    /// <summary>Every competence the results name: matched (asked and held) and missing ones.</summary>
    private static IEnumerable<Guid> CompetencesNamed(IReadOnlyCollection<MatchResult> results)
    {
        // Indexed loops: a foreach over an IReadOnlyList boxes its enumerator, twice per result.
        foreach (var result in results)
        {
            var matched = result.Matched;
            for (var i = 0; i < matched.Count; i++)
            {
                yield return matched[i].CompetenceId;
                yield return matched[i].ProfileCompetenceId;
            }

            var missing = result.Missing;
            for (var i = 0; i < missing.Count; i++)
            {
                yield return missing[i].CompetenceId;
            }
        }
    }

    /// <summary>Every occupation the results credit experience in.</summary>
    private static IEnumerable<Guid> OccupationsNamed(IReadOnlyCollection<MatchResult> results)
    {
        foreach (var result in results)
        {
            var matched = result.Matched;
            for (var i = 0; i < matched.Count; i++)
            {
                if (matched[i].Experience is { } experience)
                {
                    yield return experience.OccupationId;
                }
            }
        }
    }

    private async Task<MatchSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _snapshot ??= await readModel.CurrentAsync(cancellationToken);

    /// <summary>A profile the index does not hold yet (written after the snapshot): read in full.</summary>
    private async Task<Candidate?> LoadCandidateAsync(Guid id, CancellationToken cancellationToken)
    {
        var p = await db.Profiles.AsNoTracking().AsSplitQuery()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id,
                p.Postcode,
                p.HoursPerWeek,
                p.MaxTravelKm,
                p.Interests,
                Competences = p.Competences.Select(c => new CandidateCompetence(c.CompetenceId, c.Level, c.Source, c.Evidence)).ToList(),
                Languages = p.Languages.Select(l => new CandidateLanguage(l.Code, l.Level, l.IsNative)).ToList(),
                Experiences = p.Experiences.Select(e => new CandidateExperience(e.OccupationId, e.Years, e.Context)).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return p is null
            ? null
            : MatchInputs.ToCandidate(p.Id, p.Competences, p.Languages, p.Postcode, p.MaxTravelKm, p.HoursPerWeek, p.Interests, places) with { Experiences = p.Experiences };
    }
}
