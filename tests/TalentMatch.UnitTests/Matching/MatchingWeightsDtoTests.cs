using System.Globalization;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

public sealed class MatchingWeightsDtoTests
{
    [Test]
    public void From_EchoesEveryConstantOfTheScoringModel()
    {
        // Each number of the options set to a value of its own, so a constant left out of the echo
        // (or echoed twice) shows as a difference between the two lists of values.
        var options = new MatchingOptions();
        var numbers = NumbersOf(typeof(MatchingOptions));
        for (var i = 0; i < numbers.Length; i++)
        {
            var property = numbers[i];
            property.SetValue(options, property.PropertyType == typeof(int) ? (object)(1000 + i) : 1000.5 + i);
        }

        var echoed = MatchingWeightsDto.From(options);

        ValuesOf(echoed).ShouldBe(ValuesOf(options), ignoreOrder: true);
    }

    private static System.Reflection.PropertyInfo[] NumbersOf(Type type) =>
        [.. type.GetProperties().Where(p => p.CanRead && (p.PropertyType == typeof(double) || p.PropertyType == typeof(int)))];

    private static double[] ValuesOf(object value) =>
        [.. NumbersOf(value.GetType()).Select(p => Convert.ToDouble(p.GetValue(value), CultureInfo.InvariantCulture))];
}
