using TalentMatch.Domain.Places;
using TalentMatch.Infrastructure.Places;

namespace TalentMatch.UnitTests.Domain;

public sealed class PostcodeDirectoryTests
{
    private static readonly PostcodeDirectory Places = PostcodeTable.Load();

    [Test]
    public void DistrictCentroid_IsTheSameForEveryPostcodeOfTheDistrict_AndTheMeanOfTheirCentroids()
    {
        var antwerpen = new[] { "2000", "2018", "2020", "2030", "2050", "2060" };
        var centroid = Places.DistrictCentroidOf("2000")!.Value;

        antwerpen.Select(p => Places.DistrictCentroidOf(p)).Distinct().ShouldBe([centroid]);
        centroid.Latitude.ShouldBe(antwerpen.Average(p => Places.Find(p)!.Latitude), 1e-9);
        centroid.Longitude.ShouldBe(antwerpen.Average(p => Places.Find(p)!.Longitude), 1e-9);
        Places.DistrictCentroidOf("2100").ShouldBe(Places.CentroidOf("2100"));
    }

    [TestCase(null, null)]
    [TestCase(0.0, DistanceBand.Under2Km)]
    [TestCase(1.99, DistanceBand.Under2Km)]
    [TestCase(2.0, DistanceBand.From2To5Km)]
    [TestCase(5.0, DistanceBand.From5To10Km)]
    [TestCase(9.99, DistanceBand.From5To10Km)]
    [TestCase(10.0, DistanceBand.Over10Km)]
    [TestCase(480.0, DistanceBand.Over10Km)]
    public void DistanceBand_OfAKmDistance(double? km, DistanceBand? band)
    {
        DistanceBands.Of(km).ShouldBe(band);
    }

    [Test]
    public void Load_EmbeddedTable_HasEveryAntwerpDistrict()
    {
        Places.Count.ShouldBeGreaterThan(1000);
        foreach (var code in new[] { "2000", "2018", "2020", "2030", "2040", "2050", "2060", "2100", "2140", "2150", "2170", "2180", "2600", "2610", "2660" })
        {
            Places.Find(code).ShouldNotBeNull(code);
        }
    }

    [Test]
    public void DistanceKm_WhenAntwerpToBrussels_IsAbout41Km()
    {
        var km = Places.DistanceKm("2000", "1000");

        km.ShouldNotBeNull();
        km.Value.ShouldBe(41, tolerance: 2);
    }

    [Test]
    public void DistanceKm_WhenSamePostcode_IsZero()
    {
        Places.DistanceKm("2100", "2100").ShouldBe(0);
    }

    [Test]
    public void CentroidOf_WhenValidButUnlisted_FallsBackToItsRegion()
    {
        Places.Find("2001").ShouldBeNull();

        var centroid = Places.CentroidOf("2001");

        centroid.ShouldNotBeNull();
        var km = Places.DistanceKm("2001", "2000");
        km.ShouldNotBeNull();
        km.Value.ShouldBeLessThan(20);
        Places.DistrictOf("2001").ShouldBe("20xx");
    }

    [TestCase(null)]
    [TestCase("20000")]
    [TestCase("0999")]
    public void DistanceKm_WhenPostcodeUnknown_IsNull(string? postcode)
    {
        Places.DistanceKm(postcode, "2000").ShouldBeNull();
    }

    [TestCase("2100", "Deurne")]
    [TestCase("2000", "Antwerpen")]
    [TestCase("2660", "Hoboken")]
    public void DistrictOf_WhenAntwerpPostcode_NamesTheDistrict(string postcode, string district)
    {
        Places.DistrictOf(postcode).ShouldBe(district);
    }

    [Test]
    public void Load_WhenLineHasWrongFieldCount_ThrowsNamingTheLine()
    {
        using var reader = new StringReader("postcode,name,district,latitude,longitude\n2000,Antwerpen,Antwerpen,51.2\n");

        Should.Throw<FormatException>(() => PostcodeDirectory.Load(reader)).Message.ShouldContain("line 2");
    }

    [TestCase("Deurne", "Deurne")]
    [TestCase("  borgerhout ", "Borgerhout")]
    [TestCase("BERENDRECHT-ZANDVLIET-LILLO", "Berendrecht-Zandvliet-Lillo")]
    public void FindDistrict_IgnoresCaseAndSpaces_AndAnswersTheTablesSpelling(string name, string district)
    {
        Places.FindDistrict(name).ShouldBe(district);
    }

    [TestCase("Atlantis")]
    [TestCase("2100")]
    [TestCase("")]
    [TestCase(null)]
    public void FindDistrict_WhenNoPostcodeLiesInIt_IsNull(string? name)
    {
        Places.FindDistrict(name).ShouldBeNull();
    }
}
