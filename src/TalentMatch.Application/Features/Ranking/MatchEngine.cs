using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
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

/// <summary>An opportunity as matching sees it: the engine's spec plus its owner and title.</summary>
public sealed record MatchOpportunity(
    Guid Id,
    OpportunityKind Kind,
    string Title,
    Guid? OrganisationId,
    OpportunityStatus Status,
    OpportunitySpec Spec);

/// <summary>The best pairs, best first; <see cref="Total"/> counts every pair that passed the filter.</summary>
public sealed record Ranked<T>(int Total, IReadOnlyList<(T Subject, MatchResult Result)> Items, MatchingOptions Options);

/// <summary>Builds the engine's inputs from the database and ranks them.</summary>
public interface IMatchEngine
{
    Task<MatchOpportunity?> FindOpportunityAsync(Guid id, CancellationToken cancellationToken);

    Task<MatchProfile?> FindProfileAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Matchable profiles that seek the opportunity's kind, ranked for it.</summary>
    Task<Ranked<MatchProfile>> RankCandidatesAsync(OpportunitySpec opportunity, MatchFilter filter, CancellationToken cancellationToken);

    /// <summary>Open opportunities of the given kinds, ranked for the person.</summary>
    Task<Ranked<MatchOpportunity>> RankOpportunitiesAsync(Candidate candidate, IReadOnlyCollection<OpportunityKind> kinds, MatchFilter filter, CancellationToken cancellationToken);

    /// <summary>One person scored for one opportunity, by the scorer (and taxonomy) the ranked lists use.</summary>
    Task<MatchResult> ScoreAsync(OpportunitySpec opportunity, Candidate candidate, CancellationToken cancellationToken);
}

public sealed class MatchEngine(ITalentMatchDbContext db, IMatchReadModel readModel, PostcodeDirectory places) : IMatchEngine
{
    public async Task<MatchOpportunity?> FindOpportunityAsync(Guid id, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking()
            .Include(o => o.Requirements).Include(o => o.Languages)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return opportunity is null
            ? null
            : new MatchOpportunity(opportunity.Id, opportunity.Kind, opportunity.Title, opportunity.OrganisationId, opportunity.Status, MatchInputs.ToSpec(opportunity, places));
    }

    public async Task<MatchProfile?> FindProfileAsync(Guid id, CancellationToken cancellationToken) =>
        (await LoadProfilesAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>Ranks people through the match index (a read model kept current from the change feed).</summary>
    public async Task<Ranked<MatchProfile>> RankCandidatesAsync(OpportunitySpec opportunity, MatchFilter filter, CancellationToken cancellationToken)
    {
        var snapshot = await readModel.CurrentAsync(cancellationToken);
        var ranked = snapshot.People.TopCandidates(opportunity, new CandidateQuery(filter.Limit, filter.MinScore ?? 0, filter.RequiredOnly, filter.MaxDistanceKm));
        var profiles = await LoadProfilesAsync(ranked.Items.Select(r => r.CandidateId).ToList(), cancellationToken);

        // A person deleted after the snapshot was taken is left out rather than shown half.
        var items = ranked.Items.Where(r => profiles.ContainsKey(r.CandidateId)).Select(r => (profiles[r.CandidateId], r)).ToList();
        return new Ranked<MatchProfile>(ranked.Total, items, snapshot.People.Scorer.Options);
    }

    public async Task<Ranked<MatchOpportunity>> RankOpportunitiesAsync(Candidate candidate, IReadOnlyCollection<OpportunityKind> kinds, MatchFilter filter, CancellationToken cancellationToken)
    {
        var snapshot = await readModel.CurrentAsync(cancellationToken);
        var scorer = snapshot.People.Scorer;
        var opportunities = snapshot.OpenOpportunities.Where(o => kinds.Contains(o.Spec.Kind)).ToDictionary(o => o.Spec.Id);
        var person = scorer.Prepare(candidate);

        // Every open opportunity scored cheaply; only the best are explained.
        var qualifying = opportunities.Values
            .Select(o => (Opportunity: o, Rank: scorer.Rank(o.Prepared, person)))
            .Where(x => filter.Accepts(x.Rank))
            .ToList();
        var top = qualifying
            .OrderByDescending(x => x.Rank.Score).ThenBy(x => x.Opportunity.Spec.Id)
            .Take(filter.Limit)
            .Select(x => scorer.Score(x.Opportunity.Prepared, person))
            .ToList();
        return new Ranked<MatchOpportunity>(
            qualifying.Count,
            top.Select(r =>
            {
                var o = opportunities[r.OpportunityId];
                return (new MatchOpportunity(o.Spec.Id, o.Spec.Kind, o.Title, o.OrganisationId, OpportunityStatus.Open, o.Spec), r);
            }).ToList(),
            scorer.Options);
    }

    public async Task<MatchResult> ScoreAsync(OpportunitySpec opportunity, Candidate candidate, CancellationToken cancellationToken)
    {
        var scorer = (await readModel.CurrentAsync(cancellationToken)).People.Scorer;
        return scorer.Score(scorer.Prepare(opportunity), candidate);
    }

    /// <summary>The ranked people's own fields, in one query per collection.</summary>
    private async Task<Dictionary<Guid, MatchProfile>> LoadProfilesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Profiles.AsNoTracking().AsSplitQuery()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.DisplayName,
                p.Postcode,
                p.OwnerUserId,
                p.Visibility,
                p.SeeksJob,
                p.SeeksVolunteering,
                p.HoursPerWeek,
                p.MaxTravelKm,
                p.Interests,
                Competences = p.Competences.Select(c => new CandidateCompetence(c.CompetenceId, c.Level, c.Source, c.Evidence)).ToList(),
                Languages = p.Languages.Select(l => new CandidateLanguage(l.Code, l.Level, l.IsNative)).ToList(),
                Experiences = p.Experiences.Select(e => new CandidateExperience(e.OccupationId, e.Years, e.Context)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            p => p.Id,
            p => new MatchProfile(
                p.Id,
                p.DisplayName,
                p.Postcode,
                p.OwnerUserId,
                p.Visibility,
                p.SeeksJob,
                p.SeeksVolunteering,
                MatchInputs.ToCandidate(p.Id, p.Competences, p.Languages, p.Postcode, p.MaxTravelKm, p.HoursPerWeek, p.Interests, places) with { Experiences = p.Experiences }));
    }
}
