using System.Globalization;

namespace TalentMatch.Domain.Places;

/// <summary>A place a postcode stands for: its name, district (or municipality) and centroid.</summary>
public sealed record PostcodePlace(string Postcode, string Name, string District, double Latitude, double Longitude);

/// <summary>
/// The project's table of Belgian postcode centroids. Distances run between centroids; a
/// postcode missing from the table falls back to the mean centroid of its two-digit region,
/// so a valid but unlisted postcode still gets a sensible (coarser) distance.
/// </summary>
public sealed class PostcodeDirectory
{
    private readonly Dictionary<string, PostcodePlace> _places;
    private readonly Dictionary<string, (double Lat, double Lon)> _regions;
    private readonly Dictionary<string, (double Lat, double Lon)> _districts;

    public PostcodeDirectory(IEnumerable<PostcodePlace> places)
    {
        _places = places.ToDictionary(p => p.Postcode, StringComparer.Ordinal);
        _regions = _places.Values
            .GroupBy(p => p.Postcode[..2])
            .ToDictionary(g => g.Key, g => (g.Average(p => p.Latitude), g.Average(p => p.Longitude)));
        _districts = _places.Values
            .GroupBy(p => p.District, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Average(p => p.Latitude), g.Average(p => p.Longitude)), StringComparer.Ordinal);
    }

    /// <summary>The postcodes of the city of Antwerp (DESIGN.md, "Places"); their districts are the city's.</summary>
    private static readonly string[] CityOfAntwerp =
        ["2000", "2018", "2020", "2030", "2040", "2050", "2060", "2100", "2140", "2150", "2170", "2180", "2600", "2610", "2660"];

    public int Count => _places.Count;

    /// <summary>The districts of the city of Antwerp, by name.</summary>
    public IReadOnlyList<string> CityDistricts() =>
        [.. CityOfAntwerp.Select(DistrictOf).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Reads the CSV `postcode,name,district,latitude,longitude` (header first).</summary>
    public static PostcodeDirectory Load(TextReader reader)
    {
        var places = new List<PostcodePlace>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1 || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != 5)
            {
                throw new FormatException($"Postcode table line {lineNumber}: expected 5 fields, found {parts.Length}.");
            }

            places.Add(new PostcodePlace(
                parts[0].Trim(),
                parts[1].Trim(),
                parts[2].Trim(),
                double.Parse(parts[3], CultureInfo.InvariantCulture),
                double.Parse(parts[4], CultureInfo.InvariantCulture)));
        }

        return new PostcodeDirectory(places);
    }

    public PostcodePlace? Find(string? postcode) =>
        postcode is not null && _places.TryGetValue(postcode, out var place) ? place : null;

    /// <summary>The district (Antwerp) or municipality of a postcode, for showing instead of the postcode.</summary>
    public string DistrictOf(string postcode) => Find(postcode)?.District ?? $"{postcode[..2]}xx";

    /// <summary>A listed district or municipality as the table spells it (any case in), or null when none has that name.</summary>
    public string? FindDistrict(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : _places.Values.FirstOrDefault(p => string.Equals(p.District, name.Trim(), StringComparison.OrdinalIgnoreCase))?.District;

    /// <summary>The centroid of a postcode, or of its region when it is not listed.</summary>
    public (double Latitude, double Longitude)? CentroidOf(string? postcode)
    {
        if (postcode is null || postcode.Length != 4)
        {
            return null;
        }

        if (_places.TryGetValue(postcode, out var place))
        {
            return (place.Latitude, place.Longitude);
        }

        return _regions.TryGetValue(postcode[..2], out var region) ? region : null;
    }

    /// <summary>
    /// The centroid of the postcode's district (the mean of its postcodes' centroids), or of its
    /// region when it is not listed. Where a person lives is used at this precision only, so no
    /// distance or score computed from it tells more than the district.
    /// </summary>
    public (double Latitude, double Longitude)? DistrictCentroidOf(string? postcode) =>
        Find(postcode) is { } place ? _districts[place.District] : CentroidOf(postcode);

    /// <summary>Great-circle distance between two postcodes' centroids in km, or null when unknown.</summary>
    public double? DistanceKm(string? from, string? to)
    {
        var a = CentroidOf(from);
        var b = CentroidOf(to);
        return a is null || b is null ? null : Haversine(a.Value, b.Value);
    }

    public static double Haversine((double Latitude, double Longitude) a, (double Latitude, double Longitude) b)
    {
        const double earthRadiusKm = 6371.0;
        var dLat = ToRadians(b.Latitude - a.Latitude);
        var dLon = ToRadians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) +
                Math.Cos(ToRadians(a.Latitude)) * Math.Cos(ToRadians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
