using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Changes;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Profiles;
using TalentMatch.Infrastructure.Persistence;
using TalentMatch.Matching;

namespace TalentMatch.Infrastructure.Matching;

/// <summary>
/// Builds the match index from the database and keeps it current from the change feed (see
/// docs/architecture/match-index.md). Queries read the current snapshot without waiting; only a
/// query after a commit on this instance waits for the catch-up that brings that commit in.
/// One catch-up runs at a time.
/// </summary>
public sealed class MatchReadModel(
    IServiceScopeFactory scopes,
    MatchingOptions options,
    PostcodeDirectory places,
    CatalogueLabelCache labels,
    LocalChanges localChanges,
    TimeProvider clock,
    ILogger<MatchReadModel> logger)
    : IMatchReadModel
{
    private const int ProgressEvery = 25_000;

    /// <summary>
    /// Sequence numbers skipped below the last one applied are re-checked this long: on SQL Server
    /// a transaction can take a number and commit after a later one. Longer than any transaction.
    /// </summary>
    private static readonly TimeSpan PendingFor = TimeSpan.FromMinutes(2);

    /// <summary>At most this many skipped numbers are tracked (an identity jump after a restart skips a thousand).</summary>
    private const int MaxPending = 1000;

    /// <summary>From this many people a build's garbage is worth an immediate compacting collection (docs/benchmarks/http-load.md).</summary>
    private const int CompactAfterBuildFrom = 10_000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile State? _state;

    /// <summary>The count of local commits the current state has read the feed after.</summary>
    private long _applied = -1;

    /// <summary>The index size, observed from the first build on.</summary>
    private ObservableGauge<int>? _size;

    public Task<MatchSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var state = _state;
        return state is not null && localChanges.Count <= Volatile.Read(ref _applied)
            ? Task.FromResult(state.Snapshot())
            : CatchUpAsync(localChanges.Count, cancellationToken);
    }

    public bool IsWarm => _state is not null;

    public Task<MatchSnapshot> RefreshAsync(CancellationToken cancellationToken) => CatchUpAsync(null, cancellationToken);

    /// <summary>Reads the feed, unless (with <paramref name="needed"/>) a catch-up that ran meanwhile already covered that many local commits.</summary>
    private async Task<MatchSnapshot> CatchUpAsync(long? needed, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var state = _state;
            if (state is not null && needed is { } count && count <= Volatile.Read(ref _applied))
            {
                return state.Snapshot();
            }

            // Counted before the feed is read: a commit counted here is in what the feed returns.
            var committed = localChanges.Count;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>();
            state ??= await BuildAsync(db, cancellationToken);
            _size ??= MatchMetrics.Meter.CreateObservableGauge("talentmatch.match_index.people", () => _state?.People.Count ?? 0, "{person}", "People in the match index");
            state = await CatchUpAsync(db, state, cancellationToken);
            _state = state;
            Volatile.Write(ref _applied, committed);
            return state.Snapshot();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _state = null;

    private async Task<State> BuildAsync(TalentMatchDbContext db, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();

        // Read the sequence first: anything committed while loading is applied again by the catch-up (upserts are idempotent).
        var sequence = await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        var taxonomy = await TaxonomyLoader.LoadAsync(db, cancellationToken);
        var index = new MatchIndex(new CompetenceScorer(options, taxonomy));
        var shown = new ShownPeople();

        await IndexPeopleAsync(db, index, shown, watch, cancellationToken);
        var opportunities = await OpportunityLoader.LoadOpenAsync(db, null, index.Scorer, places, cancellationToken);
        var recent = await db.ChangeFeed.AsNoTracking()
            .Where(c => c.Sequence > sequence - MaxPending && c.Sequence <= sequence)
            .Select(c => c.Sequence)
            .ToListAsync(cancellationToken);
        var pending = Skipped(Math.Max(0, sequence - MaxPending), sequence + 1, recent.ToHashSet(), clock.GetUtcNow());
        if (index.Count >= CompactAfterBuildFrom)
        {
            // Reading every person leaves hundreds of MB of garbage at city scale (the rows were
            // read in IndexPeopleAsync, so nothing here still holds them); without this the heap
            // would keep that space for the life of the process. Collected and returned once.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        logger.LogInformation(
            "Match index built: {People} people, {Opportunities} open opportunities in {Elapsed:0.00} s (change sequence {Sequence})",
            index.Count,
            opportunities.Count,
            watch.Elapsed.TotalSeconds,
            sequence);
        return new State(index, shown, opportunities.ToDictionary(o => o.Spec.Id), sequence, pending);
    }

    /// <summary>
    /// Reads every person and indexes them. Its own method, so the loader's rows (held by the
    /// people enumerable) are unreachable once it returns: an async method keeps its locals alive
    /// until it ends, and the build's compacting collection must not find them.
    /// </summary>
    private async Task IndexPeopleAsync(TalentMatchDbContext db, MatchIndex index, ShownPeople shown, Stopwatch watch, CancellationToken cancellationToken)
    {
        var people = await PeopleLoader.LoadAsync(db, null, places, cancellationToken, count =>
        {
            if (count % ProgressEvery == 0)
            {
                logger.LogInformation("Match index: {Count} people indexed ({Elapsed:0.0} s)", count, watch.Elapsed.TotalSeconds);
            }
        }, shown.Set);
        foreach (var person in people)
        {
            index.Upsert(person);
        }
    }

    /// <summary>The numbers strictly between <paramref name="from"/> and <paramref name="to"/> not seen, to re-check until they expire.</summary>
    private static Dictionary<long, DateTimeOffset> Skipped(long from, long to, HashSet<long> seen, DateTimeOffset now)
    {
        var skipped = new Dictionary<long, DateTimeOffset>();
        if (to - from - 1 > MaxPending)
        {
            return skipped;
        }

        for (var number = from + 1; number < to; number++)
        {
            if (!seen.Contains(number))
            {
                skipped[number] = now;
            }
        }

        return skipped;
    }

    private async Task<State> CatchUpAsync(TalentMatchDbContext db, State state, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recheck = state.Pending.Where(p => now - p.Value < PendingFor).Select(p => p.Key).ToList();
        var changes = await db.ChangeFeed.AsNoTracking()
            .Where(c => c.Sequence > state.Sequence || recheck.Contains(c.Sequence))
            .OrderBy(c => c.Sequence)
            .Select(c => new { c.Sequence, c.Entity, c.EntityId, c.ChangedAt })
            .ToListAsync(cancellationToken);
        if (changes.Count > 0)
        {
            MatchMetrics.CatchUpLag.Record(Math.Max(0, (now.UtcDateTime - changes.Min(c => c.ChangedAt)).TotalSeconds));
        }

        var seen = changes.Select(c => c.Sequence).ToHashSet();
        var last = changes.Count > 0 ? Math.Max(state.Sequence, changes[^1].Sequence) : state.Sequence;
        var pending = Skipped(state.Sequence, last + 1, seen, now);
        foreach (var number in recheck.Where(n => !seen.Contains(n)))
        {
            pending[number] = state.Pending[number];
        }

        if (changes.Count == 0)
        {
            return pending.Count == state.Pending.Count ? state : state with { Pending = pending };
        }

        if (changes.Any(c => c.Entity == ChangedEntity.Catalogue))
        {
            // The taxonomy changed: every prepared credit may differ. Rebuild from scratch.
            logger.LogInformation("Catalogue changed: rebuilding the match index");
            labels.Invalidate();
            return await BuildAsync(db, cancellationToken);
        }

        if (changes[0].Sequence > state.Sequence + 1 && await db.ChangeFeed.MinAsync(c => c.Sequence, cancellationToken) == changes[0].Sequence)
        {
            // Rows after this index's position may have been deleted by the retention job: what
            // they said is lost, so rebuild.
            logger.LogInformation("The change feed no longer reaches back to sequence {Sequence}: rebuilding the match index", state.Sequence);
            return await BuildAsync(db, cancellationToken);
        }

        if (changes.Any(c => c.Entity == ChangedEntity.Erasure))
        {
            // An erasure names nobody: drop whoever is no longer in the database.
            var remaining = (await db.Profiles.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var gone in state.People.PersonIds().Where(id => !remaining.Contains(id)))
            {
                state.People.Remove(gone);
                state.Shown.Remove(gone);
            }
        }

        var profileIds = changes.Where(c => c.Entity == ChangedEntity.Profile).Select(c => c.EntityId).Distinct().ToList();
        if (profileIds.Count > 0)
        {
            var loaded = (await PeopleLoader.LoadAsync(db, profileIds, places, cancellationToken, shown: state.Shown.Set)).ToDictionary(p => p.Candidate.Id);
            foreach (var id in profileIds)
            {
                if (loaded.TryGetValue(id, out var person))
                {
                    state.People.Upsert(person);
                }
                else
                {
                    state.People.Remove(id);
                    state.Shown.Remove(id);
                }
            }
        }

        var opportunityIds = changes.Where(c => c.Entity == ChangedEntity.Opportunity).Select(c => c.EntityId).Distinct().ToList();
        var opportunities = state.Opportunities;
        if (opportunityIds.Count > 0)
        {
            // A new dictionary, never changed after: queries may be reading the old one.
            var reloaded = await OpportunityLoader.LoadOpenAsync(db, opportunityIds, state.People.Scorer, places, cancellationToken);
            var next = new Dictionary<Guid, IndexedOpportunity>(opportunities);
            foreach (var id in opportunityIds)
            {
                next.Remove(id);
            }

            foreach (var opportunity in reloaded)
            {
                next[opportunity.Spec.Id] = opportunity;
            }

            opportunities = next;
        }

        return new State(state.People, state.Shown, opportunities, last, pending);
    }

    /// <summary>The index (with what a list shows of each person), the open opportunities, the last sequence applied, and the skipped numbers still re-checked (with when first skipped).</summary>
    private sealed record State(MatchIndex People, ShownPeople Shown, IReadOnlyDictionary<Guid, IndexedOpportunity> Opportunities, long Sequence, IReadOnlyDictionary<long, DateTimeOffset> Pending)
    {
        public MatchSnapshot Snapshot() => new(People, Opportunities, Sequence) { Shown = Shown };
    }
}

/// <summary>Reads people from the database as the engine sees them, in bulk projections.</summary>
public static class PeopleLoader
{
    /// <summary>
    /// The people, each assembled as it is enumerated: a build indexes them one by one, so their
    /// competence objects die young instead of millions of them living through the whole load.
    /// <paramref name="shown"/> gets each person's id, display name and postcode as they are assembled.
    /// </summary>
    public static async Task<IEnumerable<IndexedPerson>> LoadAsync(
        TalentMatchDbContext db, IReadOnlyCollection<Guid>? ids, PostcodeDirectory places, CancellationToken cancellationToken, Action<int>? progress = null, Action<Guid, string, string>? shown = null)
    {
        var profiles = db.Profiles.AsNoTracking();
        var competences = db.Set<ProfileCompetence>().AsNoTracking();
        var languages = db.Set<ProfileLanguage>().AsNoTracking();
        var experiences = db.Set<ProfileExperience>().AsNoTracking();
        if (ids is not null)
        {
            profiles = profiles.Where(p => ids.Contains(p.Id));
            competences = competences.Where(c => ids.Contains(c.ProfileId));
            languages = languages.Where(l => ids.Contains(l.ProfileId));
            experiences = experiences.Where(e => ids.Contains(e.ProfileId));
        }

        var core = await profiles
            .Select(p => new { p.Id, p.DisplayName, p.Postcode, p.MaxTravelKm, p.HoursPerWeek, p.Interests, p.Visibility, p.DeactivatedAt, p.SeeksJob, p.SeeksVolunteering })
            .ToListAsync(cancellationToken);

        // A full build reads every competence and language row (millions at city scale): as raw
        // rows, past EF Core's materializer. A catch-up reads a few people through EF Core.
        var competenceRows = ids is null
            ? RawRows.ReadAsync(db, typeof(ProfileCompetence), CompetenceColumns, ReadCompetence, cancellationToken)
            : competences.Select(c => new ValueTuple<Guid, CompetenceRow>(c.ProfileId, new CompetenceRow(c.CompetenceId, c.Level, c.Source, c.Evidence))).AsAsyncEnumerable();
        var languageRows = ids is null
            ? RawRows.ReadAsync(db, typeof(ProfileLanguage), LanguageColumns, ReadLanguage, cancellationToken)
            : languages.Select(l => new ValueTuple<Guid, CandidateLanguage>(l.ProfileId, new CandidateLanguage(l.Code, l.Level, l.IsNative))).AsAsyncEnumerable();
        var experienceRows = ids is null
            ? RawRows.ReadAsync(db, typeof(ProfileExperience), ExperienceColumns, ReadExperience, cancellationToken)
            : experiences.Select(e => new ValueTuple<Guid, CandidateExperience>(e.ProfileId, new CandidateExperience(e.OccupationId, e.Years, e.Context))).AsAsyncEnumerable();
        var competencesByProfile = await GroupByProfileAsync(competenceRows, core.Count, cancellationToken);
        var languagesByProfile = await GroupByProfileAsync(languageRows, core.Count, cancellationToken);
        var experiencesByProfile = await GroupByProfileAsync(experienceRows, core.Count, cancellationToken);
        return Assemble();

        IEnumerable<IndexedPerson> Assemble()
        {
            var count = 0;
            foreach (var p in core)
            {
                var rows = competencesByProfile.GetValueOrDefault(p.Id);
                var candidate = MatchInputs.ToCandidate(
                    p.Id,
                    rows is null ? [] : rows.ConvertAll(c => new CandidateCompetence(c.CompetenceId, c.Level, c.Source, c.Evidence)),
                    languagesByProfile.GetValueOrDefault(p.Id) ?? [],
                    p.Postcode,
                    p.MaxTravelKm,
                    p.HoursPerWeek,
                    p.Interests,
                    places) with
                {
                    Experiences = experiencesByProfile.GetValueOrDefault(p.Id) ?? [],
                };
                shown?.Invoke(p.Id, p.DisplayName, p.Postcode);
                yield return new IndexedPerson(candidate, p.Visibility == ProfileVisibility.Matchable && p.DeactivatedAt == null, p.SeeksJob, p.SeeksVolunteering);
                progress?.Invoke(++count);
            }
        }
    }

    /// <summary>A competence row, kept as a value until its person is assembled.</summary>
    private readonly record struct CompetenceRow(Guid CompetenceId, int Level, CompetenceSource Source, Evidence Evidence);

    private static readonly string[] CompetenceColumns =
    [
        nameof(ProfileCompetence.ProfileId), nameof(ProfileCompetence.CompetenceId), nameof(ProfileCompetence.Level), nameof(ProfileCompetence.Source), nameof(ProfileCompetence.Evidence),
    ];

    private static readonly string[] LanguageColumns =
    [
        nameof(ProfileLanguage.ProfileId), nameof(ProfileLanguage.Code), nameof(ProfileLanguage.Level), nameof(ProfileLanguage.IsNative),
    ];

    private static readonly string[] ExperienceColumns =
    [
        nameof(ProfileExperience.ProfileId), nameof(ProfileExperience.OccupationId), nameof(ProfileExperience.Years), nameof(ProfileExperience.Context),
    ];

    private static (Guid, CandidateExperience) ReadExperience(RawRows.Row row) =>
        (row.Guid(0), new CandidateExperience(row.Guid(1), row.Double(2), row.Enum<ExperienceContext>(3)));

    private static (Guid, CompetenceRow) ReadCompetence(RawRows.Row row) =>
        (row.Guid(0), new CompetenceRow(row.Guid(1), row.Int(2), row.Enum<CompetenceSource>(3), row.Enum<Evidence>(4)));

    private static (Guid, CandidateLanguage) ReadLanguage(RawRows.Row row) =>
        (row.Guid(0), new CandidateLanguage(row.Text(1), CefrLevel.FromRank(row.Int(2)), row.Bool(3)));

    private static async Task<Dictionary<Guid, List<T>>> GroupByProfileAsync<T>(IAsyncEnumerable<(Guid ProfileId, T Item)> rows, int capacity, CancellationToken cancellationToken)
    {
        var byProfile = new Dictionary<Guid, List<T>>(capacity);
        var (lastId, last) = (Guid.Empty, default(List<T>));
        await foreach (var (profileId, item) in rows.WithCancellation(cancellationToken))
        {
            // Rows mostly come grouped by person: look the list up only when the person changes.
            if (last is null || profileId != lastId)
            {
                if (!byProfile.TryGetValue(profileId, out last))
                {
                    byProfile[profileId] = last = new List<T>(4);
                }

                lastId = profileId;
            }

            last.Add(item);
        }

        return byProfile;
    }
}

/// <summary>Reads what scoring knows of the catalogue: hierarchy, relations, reuse levels, occupations with their essential competences.</summary>
public static class TaxonomyLoader
{
    public static async Task<Taxonomy> LoadAsync(TalentMatchDbContext db, CancellationToken cancellationToken)
    {
        var broader = await db.CompetenceBroaders.AsNoTracking().Select(b => new ValueTuple<Guid, Guid>(b.CompetenceId, b.BroaderId)).ToListAsync(cancellationToken);
        var related = await db.CompetenceRelations.AsNoTracking().Select(r => new ValueTuple<Guid, Guid>(r.CompetenceId, r.RelatedId)).ToListAsync(cancellationToken);
        var reuseLevels = await db.Competences.AsNoTracking()
            .Where(c => c.ReuseLevel != null)
            .Select(c => new ValueTuple<Guid, ReuseLevel>(c.Id, c.ReuseLevel!.Value))
            .ToListAsync(cancellationToken);
        var groups = await db.Occupations.AsNoTracking().Select(o => new { o.Id, o.IscoGroup }).ToListAsync(cancellationToken);
        var essential = (await db.OccupationCompetences.AsNoTracking()
                .Where(oc => oc.Relation == OccupationCompetenceRelation.Essential)
                .Select(oc => new { oc.OccupationId, oc.CompetenceId })
                .ToListAsync(cancellationToken))
            .GroupBy(oc => oc.OccupationId)
            .ToDictionary(g => g.Key, g => g.Select(oc => oc.CompetenceId).ToList());
        var occupations = groups.Select(o => new OccupationSkills(o.Id, o.IscoGroup, essential.GetValueOrDefault(o.Id) ?? []));
        return new Taxonomy(broader, related, reuseLevels, occupations);
    }
}

/// <summary>Reads opportunities as the engine sees them.</summary>
public static class OpportunityLoader
{
    public static async Task<List<IndexedOpportunity>> LoadOpenAsync(TalentMatchDbContext db, IReadOnlyCollection<Guid>? ids, IMatchScorer scorer, PostcodeDirectory places, CancellationToken cancellationToken)
    {
        var query = db.Opportunities.AsNoTracking()
            .Include(o => o.Requirements).Include(o => o.Languages)
            .AsSplitQuery()
            .Where(o => o.Status == OpportunityStatus.Open);
        if (ids is not null)
        {
            query = query.Where(o => ids.Contains(o.Id));
        }

        return (await query.ToListAsync(cancellationToken))
            .Select(o => new IndexedOpportunity(scorer.Prepare(MatchInputs.ToSpec(o, places)), o.Title, o.OrganisationId))
            .ToList();
    }
}
