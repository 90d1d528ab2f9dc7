using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Reports;

/// <summary>
/// How lasting placements are: of the placements that started in the period, the share still
/// working at 3 and at 6 months, the share that built on competences learned elsewhere, and the
/// languages the people placed speak. Aggregates only; small language groups go into "other", and
/// every other figure under <c>Reports:MinimumGroupSize</c> is suppressed (null).
/// </summary>
public sealed record AftercareReportQuery(DateOnly? From, DateOnly? To, string? District) : IQuery<AftercareReportDto>, IReportQuery, IRequirePolicy
{
    public static Policy Policy => Policies.ReadReports;
}

public sealed class AftercareReportQueryValidator(PostcodeDirectory places) : ReportQueryValidator<AftercareReportQuery>(places);

/// <summary>
/// <c>count</c> of the <c>measuredOn</c> placements whose answer is known; <c>share</c> = count / measuredOn.
/// Null when suppressed: a share and its count when the base, the count or the rest is under the minimum group size.
/// </summary>
public sealed record ReportShareDto(double? Share, int? Count, int? MeasuredOn)
{
    public static ReportShareDto Of(int count, int of, int minimumSize)
    {
        var (share, shownCount, shownOf) = ReportRules.ShownShare(count, of, minimumSize);
        return new ReportShareDto(share, shownCount, shownOf);
    }
}

/// <summary>How many of the people placed speak a language (ISO 639-1 code, or "other" for the small groups together).</summary>
public sealed record LanguageCountDto(string Code, int People);

public sealed record AftercareReportDto(
    DateOnly From,
    DateOnly To,
    string? District,
    int? Placements,
    ReportShareDto StillWorkingAt3Months,
    ReportShareDto StillWorkingAt6Months,
    ReportShareDto UsesCompetencesLearnedElsewhere,
    int? PlacedPeople,
    int MinimumGroupSize,
    IReadOnlyList<LanguageCountDto> Languages)
{
    public static IReadOnlyList<string> CsvHeader { get; } = ["metric", "group", "value", "base"];

    public string ToCsv() => Csv.Write(CsvHeader, [
        ["placements", null, Placements, null],
        Share("stillWorkingAt3Months", StillWorkingAt3Months),
        Share("stillWorkingAt6Months", StillWorkingAt6Months),
        Share("usesCompetencesLearnedElsewhere", UsesCompetencesLearnedElsewhere),
        ["placedPeople", null, PlacedPeople, null],
        .. Languages.Select(l => new object?[] { "language", l.Code, l.People, PlacedPeople }),
    ]);

    private static object?[] Share(string metric, ReportShareDto share) => [metric, null, share.Share, share.MeasuredOn];
}

public sealed class AftercareReportQueryHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, IOptions<ReportsOptions> options)
    : IRequestHandler<AftercareReportQuery, AftercareReportDto>
{
    private const string ThreeMonths = "3m";
    private const string SixMonths = "6m";

    public async Task<AftercareReportDto> Handle(AftercareReportQuery request, CancellationToken cancellationToken)
    {
        ReportRules.EnsureCanRead(user);
        var from = request.From!.Value;
        var to = request.To!.Value;
        var placed = db.Matches.Where(m => m.Kind == OpportunityKind.Job && m.PlacedAt != null && m.StartDate >= from && m.StartDate <= to);

        var inDistrict = request.DistrictFilter(places);
        var placements = (await placed
                .Join(db.Profiles, m => m.ProfileId, p => p.Id, (m, p) => new { m.Id, m.ProfileId, p.Postcode, m.StillWorking, m.UsesCompetencesLearnedElsewhere })
                .ToListAsync(cancellationToken))
            .Where(p => inDistrict(p.Postcode))
            .ToList();

        // A check-in says how it went at its moment; the outcome (recorded at six months) is the
        // fallback at three months and comes first at six.
        var checkIns = (await db.CheckIns
                .Where(c => c.CompletedAt != null && c.StillWorking != null && (c.Offset == ThreeMonths || c.Offset == SixMonths) && placed.Any(m => m.Id == c.MatchId))
                .Select(c => new { c.MatchId, c.Offset, c.StillWorking })
                .ToListAsync(cancellationToken))
            .GroupBy(c => (c.MatchId, c.Offset))
            .ToDictionary(g => g.Key, g => g.First().StillWorking);
        var atThreeMonths = placements.Select(p => checkIns.GetValueOrDefault((p.Id, ThreeMonths)) ?? p.StillWorking).ToList();
        var atSixMonths = placements.Select(p => p.StillWorking ?? checkIns.GetValueOrDefault((p.Id, SixMonths))).ToList();

        var people = placements.Select(p => p.ProfileId).Distinct().ToList();
        var spoken = await db.Profiles
            .Where(p => people.Contains(p.Id))
            .SelectMany(p => p.Languages)
            .Select(l => new { l.ProfileId, l.Code })
            .ToListAsync(cancellationToken);
        var minimum = options.Value.MinimumGroupSize;
        var languages = ReportRules.SuppressSmallGroups(spoken.GroupBy(l => l.Code).Select(g => (g.Key, g.Select(l => l.ProfileId).Distinct().Count())), minimum);

        return new AftercareReportDto(
            from,
            to,
            places.FindDistrict(request.District),
            ReportRules.Shown(placements.Count, minimum),
            Measured(atThreeMonths, minimum),
            Measured(atSixMonths, minimum),
            Measured(placements.Select(p => (bool?)p.UsesCompetencesLearnedElsewhere), minimum),
            ReportRules.Shown(people.Count, minimum),
            minimum,
            languages.Select(l => new LanguageCountDto(l.Key, l.Count)).ToList());
    }

    /// <summary>How many answers are yes, out of the placements with an answer.</summary>
    private static ReportShareDto Measured(IEnumerable<bool?> answers, int minimum)
    {
        var known = answers.OfType<bool>().ToList();
        return ReportShareDto.Of(known.Count(a => a), known.Count, minimum);
    }
}
