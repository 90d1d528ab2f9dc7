using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Common;

public sealed class CsvTests
{
    [Test]
    public void Write_StartsWithTheHeader_AndEndsEveryRowWithCrLf()
    {
        var csv = Csv.Write(["metric", "value"], [["placements", 4], ["share", 0.6667]]);

        csv.ShouldBe("metric,value\r\nplacements,4\r\nshare,0.6667\r\n");
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("two\nlines", "\"two\nlines\"")]
    [TestCase("cr\rhere", "\"cr\rhere\"")]
    [TestCase("", "")]
    public void Field_QuotesOnlyWhatNeedsIt_AndDoublesQuotes(string value, string expected)
    {
        Csv.Field(value).ShouldBe(expected);
    }

    [Test]
    public void Field_WritesNumbersDatesAndEnumsAsJsonDoes_WhateverTheCulture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("nl-BE");
        try
        {
            Csv.Field(1234.5).ShouldBe("1234.5");
            Csv.Field(0.66666).ShouldBe("0.6667");
            Csv.Field(new DateOnly(2026, 3, 1)).ShouldBe("2026-03-01");
            Csv.Field(OpportunityKind.Volunteering).ShouldBe("volunteering");
            Csv.Field(null).ShouldBe("");
            Csv.Field(12).ShouldBe("12");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Test]
    public void Write_WhenARowHasTheWrongNumberOfFields_Throws()
    {
        Should.Throw<ArgumentException>(() => Csv.Write(["a", "b"], [["only one"]]));
    }
}
