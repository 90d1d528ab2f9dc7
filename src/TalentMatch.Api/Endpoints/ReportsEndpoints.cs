using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Reports;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/reports</c>: aggregate reports, JSON or CSV.</summary>
internal static class ReportsEndpoints
{
    private const string Period =
        "from and to are required days (both included, Antwerp time; from <= to); district is a district or municipality of the " +
        "postcode table (e.g. Deurne), as the people's profile postcodes fall in it. Aggregates only, never a person. " +
        "JSON, or CSV with `Accept: text/csv` (RFC 4180, header row, numbers with a decimal point, empty = not measurable). ";

    private const string FunnelDescription =
        "Per kind and state, how many matches reached the state in the period. Conversions follow the forward steps " +
        "(job: shortlisted → proposed → accepted → introduced → placed; volunteering: shortlisted → offered → accepted → done): " +
        "of the matches that reached a step in the period, the share that reached the next step by the end of the period. " +
        "The median counts days from shortlist to placement for the job matches placed in the period. kind=job|volunteering picks one kind. " +
        Period +
        "CSV columns: metric (reached | conversion | medianDaysShortlistedToPlaced), kind, state, nextState (conversions and the median), " +
        "value (matches reached, the conversion rate 0-1, or the median in days), base (what a rate or median is measured on: matches that reached state, or placements).";

    private const string AftercareDescription =
        "Of the job placements whose start date lies in the period: the share still working at 3 months (the completed 3m check-in, " +
        "else the recorded outcome) and at 6 months (the outcome, else the completed 6m check-in), each measured only on the placements " +
        "with an answer; the share whose match credited competences learned at work, in volunteering or in life; and the languages " +
        "the people placed speak, counted per ISO 639-1 code. A language spoken by fewer people than Reports:MinimumGroupSize (default 3) " +
        "is not shown but added to \"other\", so nobody in a small district can be recognised by a rare language. " +
        Period +
        "CSV columns: metric (placements | stillWorkingAt3Months | stillWorkingAt6Months | usesCompetencesLearnedElsewhere | placedPeople | language), " +
        "group (the language code or other), value (a count, or a share 0-1), base (the placements a share is measured on; for languages, the people placed).";

    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports").RequirePolicy(Policies.ReadReports);

        group.MapGet("/funnel", FunnelReport)
            .WithName("FunnelReport")
            .WithSummary("Matchmaking funnel: states reached, conversions, days to placement")
            .WithDescription(FunnelDescription)
            .ProducesCsv();

        group.MapGet("/aftercare", AftercareReport)
            .WithName("AftercareReport")
            .WithSummary("Aftercare: lasting placements, competences learned elsewhere, languages")
            .WithDescription(AftercareDescription)
            .ProducesCsv();
    }

    private static async Task<Results<Ok<FunnelReportDto>, FileContentHttpResult>> FunnelReport(
        IMediator mediator, HttpContext http, CancellationToken ct, [AsParameters] ReportPeriod period, [QueryEnum(typeof(OpportunityKind))] string? kind)
    {
        var report = await mediator.Send(new FunnelReportQuery(period.From, period.To, period.District, QueryValues.Enum<OpportunityKind>(kind, nameof(kind))), ct);
        return http.JsonOrCsv(report, report.ToCsv, $"funnel-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv");
    }

    private static async Task<Results<Ok<AftercareReportDto>, FileContentHttpResult>> AftercareReport(
        IMediator mediator, HttpContext http, CancellationToken ct, [AsParameters] ReportPeriod period)
    {
        var report = await mediator.Send(new AftercareReportQuery(period.From, period.To, period.District), ct);
        return http.JsonOrCsv(report, report.ToCsv, $"aftercare-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv");
    }

    /// <summary>The days and the district every report covers.</summary>
    internal sealed record ReportPeriod(
        [FromQuery(Name = "from")] DateOnly? From,
        [FromQuery(Name = "to")] DateOnly? To,
        [FromQuery(Name = "district")] string? District);
}
