using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Reports;

/// <summary>
/// How far matches get: per state, how many matches reached it in the period; the conversion
/// between consecutive steps; and the median time from shortlist to placement. Counts only, and
/// every figure under <c>Reports:MinimumGroupSize</c> is suppressed (null): a count, a conversion
/// whose cohort, converted or rest is small, and the median of too few placements.
/// </summary>
public sealed record FunnelReportQuery(DateOnly? From, DateOnly? To, string? District, OpportunityKind? Kind)
    : IQuery<FunnelReportDto>, IReportQuery, IRequirePolicy
{
    public static Policy Policy => Policies.ReadReports;
}

public sealed class FunnelReportQueryValidator(PostcodeDirectory places) : ReportQueryValidator<FunnelReportQuery>(places);

/// <summary>How many matches of a kind reached a state in the period (null: suppressed, under the minimum group size).</summary>
public sealed record FunnelStateDto(OpportunityKind Kind, MatchState State, int? Matches);

/// <summary>Of the matches that reached <c>fromState</c> in the period, how many reached <c>toState</c> by its end (null: suppressed).</summary>
public sealed record FunnelConversionDto(OpportunityKind Kind, MatchState FromState, MatchState ToState, int? Matches, int? Converted, double? Rate);

public sealed record FunnelReportDto(
    DateOnly From,
    DateOnly To,
    string? District,
    OpportunityKind? Kind,
    IReadOnlyList<FunnelStateDto> States,
    IReadOnlyList<FunnelConversionDto> Conversions,
    double? MedianDaysShortlistedToPlaced,
    int? PlacementsMeasured,
    int MinimumGroupSize)
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["metric", "kind", "state", "nextState", "value", "base"];

    public string ToCsv() => Csv.Write(CsvHeader, [
        .. States.Select(s => Row("reached", s.Kind, s.State, null, s.Matches, null)),
        .. Conversions.Select(c => Row("conversion", c.Kind, c.FromState, c.ToState, c.Rate, c.Matches)),
        .. Kind is null or OpportunityKind.Job
            ? [Row("medianDaysShortlistedToPlaced", OpportunityKind.Job, MatchState.Shortlisted, MatchState.Placed, MedianDaysShortlistedToPlaced, PlacementsMeasured)]
            : Array.Empty<object?[]>(),
    ]);

    private static object?[] Row(string metric, OpportunityKind kind, MatchState state, MatchState? next, object? value, int? measuredOn) =>
        [metric, kind, state, next, value, measuredOn];
}

public sealed class FunnelReportQueryHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, IOptions<ReportsOptions> options)
    : IRequestHandler<FunnelReportQuery, FunnelReportDto>
{
    /// <summary>The forward steps of each kind, whose consecutive pairs the conversions compare.</summary>
    private static readonly Dictionary<OpportunityKind, MatchState[]> Steps = new()
    {
        [OpportunityKind.Job] = [MatchState.Shortlisted, MatchState.Proposed, MatchState.Accepted, MatchState.Introduced, MatchState.Placed],
        [OpportunityKind.Volunteering] = [MatchState.Shortlisted, MatchState.Offered, MatchState.Accepted, MatchState.Done],
    };

    public async Task<FunnelReportDto> Handle(FunnelReportQuery request, CancellationToken cancellationToken)
    {
        ReportRules.EnsureCanRead(user);
        var (start, end) = request.Period();
        var kind = request.Kind;
        var minimum = options.Value.MinimumGroupSize;

        // Every step up to the period's end of each match that moved in the period: the earlier
        // steps give the shortlist date of a placement and the start of a conversion.
        var rows = await (
                from t in db.MatchTransitions
                join m in db.Matches on t.MatchId equals m.Id
                join p in db.Profiles on m.ProfileId equals p.Id
                where t.At < end && !t.ConsentWithdrawn && (kind == null || m.Kind == kind) &&
                      db.MatchTransitions.Any(u => u.MatchId == m.Id && u.At >= start && u.At < end)
                select new { t.MatchId, m.Kind, p.Postcode, t.To, t.At })
            .ToListAsync(cancellationToken);

        var inDistrict = request.DistrictFilter(places);
        var matches = rows
            .Where(r => inDistrict(r.Postcode))
            .GroupBy(r => r.MatchId)
            .Select(g => (g.First().Kind, Reached: g.GroupBy(r => r.To).ToDictionary(s => s.Key, s => s.Min(r => r.At))))
            .ToList();
        bool ReachedInPeriod(Dictionary<MatchState, DateTime> reached, MatchState state) => reached.TryGetValue(state, out var at) && at >= start;

        OpportunityKind[] kinds = kind is { } only ? [only] : [OpportunityKind.Job, OpportunityKind.Volunteering];
        var states = kinds
            .SelectMany(k => StatesOf(k).Select(s => new FunnelStateDto(k, s, ReportRules.Shown(matches.Count(m => m.Kind == k && ReachedInPeriod(m.Reached, s)), minimum))))
            .ToList();
        var conversions = kinds
            .SelectMany(k => Steps[k].Zip(Steps[k].Skip(1), (from, to) =>
            {
                var cohort = matches.Where(m => m.Kind == k && ReachedInPeriod(m.Reached, from)).ToList();
                var converted = cohort.Count(m => m.Reached.ContainsKey(to));
                var (rate, shownConverted, shownCohort) = ReportRules.ShownShare(converted, cohort.Count, minimum);
                return new FunnelConversionDto(k, from, to, shownCohort, shownConverted, rate);
            }))
            .ToList();
        var daysToPlacement = matches
            .Where(m => m.Kind == OpportunityKind.Job && ReachedInPeriod(m.Reached, MatchState.Placed) && m.Reached.ContainsKey(MatchState.Shortlisted))
            .Select(m => (m.Reached[MatchState.Placed] - m.Reached[MatchState.Shortlisted]).TotalDays)
            .ToList();
        var measured = ReportRules.Shown(daysToPlacement.Count, minimum);
        var median = measured > 0 ? ReportRules.Median(daysToPlacement) : null;

        return new FunnelReportDto(
            request.From!.Value,
            request.To!.Value,
            places.FindDistrict(request.District),
            kind,
            states,
            conversions,
            median is { } days ? Math.Round(days, 1) : null,
            measured,
            minimum);
    }

    /// <summary>Every state a match of this kind can be in, in the order of <see cref="MatchState"/>.</summary>
    private static IEnumerable<MatchState> StatesOf(OpportunityKind kind)
    {
        var seen = new HashSet<MatchState> { MatchState.Shortlisted };
        var open = new Queue<MatchState>(seen);
        while (open.TryDequeue(out var state))
        {
            foreach (var next in Match.AllowedFrom(kind, state).Where(seen.Add))
            {
                open.Enqueue(next);
            }
        }

        return seen.Order();
    }
}
