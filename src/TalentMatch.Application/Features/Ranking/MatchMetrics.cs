using System.Diagnostics.Metrics;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>
/// The match index's own measurements (meter <see cref="MeterName"/>, exported with the host's
/// OpenTelemetry metrics): query time, catch-up lag, index size.
/// </summary>
public static class MatchMetrics
{
    public const string MeterName = "TalentMatch.Matching";

    public static Meter Meter { get; } = new(MeterName);

    /// <summary>Ranking in memory (the index walk and the explanation), without database or serialisation.</summary>
    public static Histogram<double> QueryDuration { get; } =
        Meter.CreateHistogram<double>("talentmatch.match_index.query.duration", "ms", "Time to rank one list in the match index");

    /// <summary>From a change's commit to the catch-up that applies it, per catch-up that applied changes.</summary>
    public static Histogram<double> CatchUpLag { get; } =
        Meter.CreateHistogram<double>("talentmatch.match_index.catch_up.lag", "s", "Age of the oldest change a catch-up applied");
}
