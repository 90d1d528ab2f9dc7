using TalentMatch.Domain.Common;

namespace TalentMatch.UnitTests.Domain;

public sealed class CefrLevelTests
{
    [TestCase("A1", 1)]
    [TestCase("a2", 2)]
    [TestCase(" B1 ", 3)]
    [TestCase("b2", 4)]
    [TestCase("C1", 5)]
    [TestCase("c2", 6)]
    public void TryParse_WhenKnownLevel_ReturnsRankAndFormatsUpperCase(string text, int rank)
    {
        CefrLevel.TryParse(text, out var level).ShouldBeTrue();

        level.Rank.ShouldBe(rank);
        level.ToString().ShouldBe(text.Trim().ToUpperInvariant());
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("D1")]
    [TestCase("A0")]
    [TestCase("B")]
    [TestCase("native")]
    public void TryParse_WhenNotALevel_ReturnsFalse(string? text)
    {
        CefrLevel.TryParse(text, out _).ShouldBeFalse();
    }

    [Test]
    public void Parse_WhenNotALevel_ThrowsFormatException()
    {
        Should.Throw<FormatException>(() => CefrLevel.Parse("D1"));
    }

    [Test]
    public void Comparison_WhenLevelsDiffer_OrdersA1BelowC2()
    {
        (CefrLevel.A1 < CefrLevel.A2).ShouldBeTrue();
        (CefrLevel.B2 > CefrLevel.B1).ShouldBeTrue();
        (CefrLevel.C1 >= CefrLevel.C1).ShouldBeTrue();
        (CefrLevel.C2 <= CefrLevel.B2).ShouldBeFalse();
        CefrLevel.AllNames.Select(CefrLevel.Parse).ShouldBeInOrder(SortDirection.Ascending);
        CefrLevel.Parse("b1").ShouldBe(CefrLevel.B1);
    }

    [TestCase(0)]
    [TestCase(7)]
    public void FromRank_WhenOutOfRange_Throws(int rank)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CefrLevel.FromRank(rank));
    }

    [Test]
    public void FromRank_WhenInRange_RoundTripsThroughText()
    {
        for (var rank = 1; rank <= 6; rank++)
        {
            CefrLevel.Parse(CefrLevel.FromRank(rank).ToString()).Rank.ShouldBe(rank);
        }
    }
}
