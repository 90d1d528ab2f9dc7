using System.Text;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using TalentMatch.Application.Common;
using TalentMatch.Web.Components.Staff;

namespace TalentMatch.Web.Infrastructure;

/// <summary>
/// The CSV downloads beside the charts of /werk/rapporten: the same queries as the page (and as
/// <c>GET /api/v1/reports/funnel</c> and <c>/aftercare</c>), written by the reports' one CSV writer:
/// a header row, RFC 4180 quoting, numbers with a decimal point in every language, a suppressed
/// figure left empty. The file name carries the period and the district.
/// </summary>
public static class ReportDownloads
{
    public const string FunnelPath = "/werk/rapporten/trechter.csv";
    public const string AftercarePath = "/werk/rapporten/nazorg.csv";

    public static Task<IResult> FunnelAsync(HttpContext context, IMediator mediator, TimeProvider clock) =>
        SendAsync(context, clock, async filter =>
        {
            var report = await mediator.Send(filter.FunnelQuery, context.RequestAborted);
            return (report.ToCsv(), ReportFilter.FileName("funnel", report.From, report.To, report.District));
        });

    public static Task<IResult> AftercareAsync(HttpContext context, IMediator mediator, TimeProvider clock) =>
        SendAsync(context, clock, async filter =>
        {
            var report = await mediator.Send(filter.AftercareQuery, context.RequestAborted);
            return (report.ToCsv(), ReportFilter.FileName("aftercare", report.From, report.To, report.District));
        });

    private static async Task<IResult> SendAsync(HttpContext context, TimeProvider clock, Func<ReportFilter, Task<(string Csv, string FileName)>> report)
    {
        var query = context.Request.Query;
        var filter = new ReportFilter(query["van"], query["tot"], query["wijk"], clock.Today());
        try
        {
            var (csv, fileName) = await report(filter);
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", fileName);
        }
        catch (ValidationException)
        {
            // A period or district the report refuses: the page says what is wrong next to the field.
            return Results.Redirect("/werk/rapporten?" + filter.Query);
        }
    }
}
