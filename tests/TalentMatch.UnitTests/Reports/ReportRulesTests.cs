using TalentMatch.Application.Features.Reports;

namespace TalentMatch.UnitTests.Reports;

public sealed class ReportRulesTests
{
    [Test]
    public void Median_WhenNone_IsNull()
    {
        ReportRules.Median([]).ShouldBeNull();
    }

    [TestCase(new[] { 7.0 }, 7.0)]
    [TestCase(new[] { 31.0, 10.0, 20.0 }, 20.0)]
    [TestCase(new[] { 20.0, 10.0 }, 15.0)]
    [TestCase(new[] { 4.0, 1.0, 100.0, 2.0 }, 3.0)]
    [TestCase(new[] { 0.5, 0.5, 0.5 }, 0.5)]
    public void Median_IsTheMiddleValue_OrTheMeanOfTheTwoMiddleOnes(double[] values, double median)
    {
        ReportRules.Median(values).ShouldBe(median);
    }

    [TestCase(2, 3, 0.6667)]
    [TestCase(3, 4, 0.75)]
    [TestCase(0, 5, 0.0)]
    [TestCase(4, 4, 1.0)]
    public void Share_IsRoundedToFourDecimals(int count, int of, double share)
    {
        ReportRules.Share(count, of).ShouldBe(share);
    }

    [Test]
    public void Share_OfNothing_IsNull()
    {
        ReportRules.Share(0, 0).ShouldBeNull();
    }

    [TestCase(0, 0)]
    [TestCase(1, null)]
    [TestCase(2, null)]
    [TestCase(3, 3)]
    [TestCase(40, 40)]
    public void Shown_SuppressesACountUnderTheMinimumButNotNone(int count, int? shown)
    {
        ReportRules.Shown(count, minimumSize: 3).ShouldBe(shown);
    }

    [TestCase(3, 6, 0.5, 3, 6)]
    [TestCase(5, 5, 1.0, 5, 5)]
    [TestCase(0, 4, 0.0, 0, 4)]
    [TestCase(4, 5, null, null, 5)]
    [TestCase(2, 7, null, null, 7)]
    [TestCase(1, 1, null, null, null)]
    [TestCase(0, 0, null, 0, 0)]
    public void ShownShare_ShowsAShareOnlyWhenBaseCountAndRestAreNoneOrLargeEnough(int count, int of, double? share, int? shownCount, int? shownOf)
    {
        ReportRules.ShownShare(count, of, minimumSize: 3).ShouldBe((share, shownCount, shownOf));
    }

    [Test]
    public void ShownShare_WithMinimumOne_ShowsEverything()
    {
        ReportRules.ShownShare(2, 3, minimumSize: 1).ShouldBe((0.6667, 2, 3));
    }

    [Test]
    public void SuppressSmallGroups_AddsGroupsBelowTheMinimumToOther_Last()
    {
        var groups = ReportRules.SuppressSmallGroups([("fr", 1), ("nl", 4), ("so", 2), ("ar", 3)], minimumSize: 3);

        groups.ShouldBe([("nl", 4), ("ar", 3), ("other", 3)]);
    }

    [Test]
    public void SuppressSmallGroups_WhenNoneIsSmall_HasNoOther()
    {
        ReportRules.SuppressSmallGroups([("nl", 3), ("ar", 3)], minimumSize: 3).ShouldBe([("ar", 3), ("nl", 3)]);
    }

    [Test]
    public void SuppressSmallGroups_WhenEveryGroupIsSmall_ShowsOnlyOther()
    {
        ReportRules.SuppressSmallGroups([("nl", 1), ("so", 1), ("fr", 2)], minimumSize: 3).ShouldBe([("other", 4)]);
    }

    [Test]
    public void SuppressSmallGroups_WhenOtherWouldBeSmall_TheSmallestShownGroupJoinsIt()
    {
        // "other 1" would point at one person.
        ReportRules.SuppressSmallGroups([("nl", 5), ("so", 1), ("ar", 4), ("tr", 4)], minimumSize: 3).ShouldBe([("nl", 5), ("ar", 4), ("other", 5)]);
    }

    [Test]
    public void SuppressSmallGroups_WhenAllTogetherAreBelowTheMinimum_ShowsNothing()
    {
        ReportRules.SuppressSmallGroups([("nl", 1), ("so", 1)], minimumSize: 3).ShouldBeEmpty();
    }

    [Test]
    public void SuppressSmallGroups_WithMinimumOne_ShowsEveryGroup()
    {
        ReportRules.SuppressSmallGroups([("so", 1), ("nl", 2)], minimumSize: 1).ShouldBe([("nl", 2), ("so", 1)]);
    }
}
