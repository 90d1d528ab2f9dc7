namespace TalentMatch.Domain.Places;

/// <summary>
/// How far a person lives, as a view that may not know who they are shows it: a band, never
/// kilometres. The distance itself already runs from the person's district centroid.
/// </summary>
public enum DistanceBand
{
    Under2Km = 1,
    From2To5Km = 2,
    From5To10Km = 3,
    Over10Km = 4,
}

public static class DistanceBands
{
    /// <summary>The band of a distance in km (bounds belong to the band above), or null when the distance is unknown.</summary>
    public static DistanceBand? Of(double? km) => km switch
    {
        null => null,
        < 2 => DistanceBand.Under2Km,
        < 5 => DistanceBand.From2To5Km,
        < 10 => DistanceBand.From5To10Km,
        _ => DistanceBand.Over10Km,
    };
}
