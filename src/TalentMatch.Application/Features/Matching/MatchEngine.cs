using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Matching;

/// <summary>Which scored pairs a ranked list keeps, and how many.</summary>
public sealed record MatchFilter(int Limit, double? MinScore, bool RequiredOnly, double? MaxDistanceKm)
{
    public bool Accepts(MatchResult result) =>
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
}

public sealed class MatchEngine(ITalentMatchDbContext db, IMatchScorerSource scorers, PostcodeDirectory places) : IMatchEngine
{
    public async Task<MatchOpportunity?> FindOpportunityAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = await ProjectOpportunities(db.Opportunities.Where(o => o.Id == id)).ToListAsync(cancellationToken);
        return rows.Select(ToOpportunity).FirstOrDefault();
    }

    public async Task<MatchProfile?> FindProfileAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = await ProjectProfiles(db.Profiles.Where(p => p.Id == id)).ToListAsync(cancellationToken);
        return rows.Select(ToProfile).FirstOrDefault();
    }

    public async Task<Ranked<MatchProfile>> RankCandidatesAsync(OpportunitySpec opportunity, MatchFilter filter, CancellationToken cancellationToken)
    {
        var profiles = db.Profiles.Where(p => p.Visibility == ProfileVisibility.Matchable);
        profiles = opportunity.Kind == OpportunityKind.Job
            ? profiles.Where(p => p.SeeksJob)
            : profiles.Where(p => p.SeeksVolunteering);
        var candidates = (await ProjectProfiles(profiles).ToListAsync(cancellationToken)).Select(ToProfile).ToDictionary(p => p.Id);

        var scorer = await scorers.GetScorerAsync(cancellationToken);
        var prepared = scorer.Prepare(opportunity);
        var results = candidates.Values.Select(c => scorer.Score(prepared, c.Candidate)).Where(filter.Accepts).ToList();
        var top = Ranking.Top(results, filter.Limit, r => r.CandidateId);
        return new Ranked<MatchProfile>(results.Count, top.Select(r => (candidates[r.CandidateId], r)).ToList(), scorer.Options);
    }

    public async Task<Ranked<MatchOpportunity>> RankOpportunitiesAsync(Candidate candidate, IReadOnlyCollection<OpportunityKind> kinds, MatchFilter filter, CancellationToken cancellationToken)
    {
        var jobs = kinds.Contains(OpportunityKind.Job);
        var volunteering = kinds.Contains(OpportunityKind.Volunteering);
        var query = db.Opportunities.Where(o => o.Status == OpportunityStatus.Open && ((jobs && o is Vacancy) || (volunteering && o is VolunteerRequest)));
        var opportunities = (await ProjectOpportunities(query).ToListAsync(cancellationToken)).Select(ToOpportunity).ToDictionary(o => o.Id);

        var scorer = await scorers.GetScorerAsync(cancellationToken);
        var results = opportunities.Values.Select(o => scorer.Score(scorer.Prepare(o.Spec), candidate)).Where(filter.Accepts).ToList();
        var top = Ranking.Top(results, filter.Limit, r => r.OpportunityId);
        return new Ranked<MatchOpportunity>(results.Count, top.Select(r => (opportunities[r.OpportunityId], r)).ToList(), scorer.Options);
    }

    // One query for the profiles and one per collection (split), projected to what scoring needs.
    private static IQueryable<ProfileRow> ProjectProfiles(IQueryable<Domain.Profiles.TalentProfile> profiles) =>
        profiles.AsNoTracking().AsSplitQuery().Select(p => new ProfileRow
        {
            Id = p.Id,
            DisplayName = p.DisplayName,
            Postcode = p.Postcode,
            OwnerUserId = p.OwnerUserId,
            Visibility = p.Visibility,
            SeeksJob = p.SeeksJob,
            SeeksVolunteering = p.SeeksVolunteering,
            HoursPerWeek = p.HoursPerWeek,
            MaxTravelKm = p.MaxTravelKm,
            Interests = p.Interests,
            Competences = p.Competences.Select(c => new CandidateCompetence(c.CompetenceId, c.Level, c.Source, c.Evidence)).ToList(),
            Languages = p.Languages.Select(l => new CandidateLanguage(l.Code, l.Level, l.IsNative)).ToList(),
        });

    private static IQueryable<OpportunityRow> ProjectOpportunities(IQueryable<Opportunity> opportunities) =>
        opportunities.AsNoTracking().AsSplitQuery().Select(o => new OpportunityRow
        {
            Id = o.Id,
            IsJob = o is Vacancy,
            Title = o.Title,
            OrganisationId = o.OrganisationId,
            Status = o.Status,
            Postcode = o.Postcode,
            MultilingualValued = o.MultilingualValued,
            Interests = o.Interests,
            Hours = o is Vacancy ? ((Vacancy)o).HoursPerWeek : ((VolunteerRequest)o).HoursEstimate,
            Requirements = o.Requirements.OrderBy(r => r.CompetenceId)
                .Select(r => new Requirement(r.CompetenceId, r.MinLevel, r.Importance, r.Weight ?? 1.0)).ToList(),
            Languages = o.Languages.OrderBy(l => l.Code)
                .Select(l => new LanguageRequirement(l.Code, l.MinLevel, l.Importance)).ToList(),
        });

    private MatchProfile ToProfile(ProfileRow p) => new(
        p.Id,
        p.DisplayName,
        p.Postcode,
        p.OwnerUserId,
        p.Visibility,
        p.SeeksJob,
        p.SeeksVolunteering,
        new Candidate(p.Id, p.Competences, p.Languages, Locate(p.Postcode), p.MaxTravelKm, p.HoursPerWeek, p.Interests));

    private MatchOpportunity ToOpportunity(OpportunityRow o)
    {
        var kind = o.IsJob ? OpportunityKind.Job : OpportunityKind.Volunteering;
        var spec = new OpportunitySpec(o.Id, kind, o.Requirements, o.Languages, o.MultilingualValued, Locate(o.Postcode), o.Hours, o.Interests);
        return new MatchOpportunity(o.Id, kind, o.Title, o.OrganisationId, o.Status, spec);
    }

    private GeoPoint? Locate(string postcode) =>
        places.CentroidOf(postcode) is { } centroid ? new GeoPoint(centroid.Latitude, centroid.Longitude) : null;

    private sealed class ProfileRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string Postcode { get; init; } = "";
        public Guid? OwnerUserId { get; init; }
        public ProfileVisibility Visibility { get; init; }
        public bool SeeksJob { get; init; }
        public bool SeeksVolunteering { get; init; }
        public int HoursPerWeek { get; init; }
        public int MaxTravelKm { get; init; }
        public List<string> Interests { get; init; } = [];
        public List<CandidateCompetence> Competences { get; init; } = [];
        public List<CandidateLanguage> Languages { get; init; } = [];
    }

    private sealed class OpportunityRow
    {
        public Guid Id { get; init; }
        public bool IsJob { get; init; }
        public string Title { get; init; } = "";
        public Guid? OrganisationId { get; init; }
        public OpportunityStatus Status { get; init; }
        public string Postcode { get; init; } = "";
        public bool MultilingualValued { get; init; }
        public List<string> Interests { get; init; } = [];
        public double Hours { get; init; }
        public List<Requirement> Requirements { get; init; } = [];
        public List<LanguageRequirement> Languages { get; init; } = [];
    }
}
