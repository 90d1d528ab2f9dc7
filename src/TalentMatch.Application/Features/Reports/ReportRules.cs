using FluentValidation;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Reports;

/// <summary>What every report is asked for: the days from..to (both included, Antwerp time) and optionally one district.</summary>
public interface IReportQuery
{
    DateOnly? From { get; }
    DateOnly? To { get; }

    /// <summary>A district or municipality of the postcode table (any case), as profiles' postcodes fall in it.</summary>
    string? District { get; }
}

public abstract class ReportQueryValidator<T> : AbstractValidator<T>
    where T : IReportQuery
{
    protected ReportQueryValidator(PostcodeDirectory places)
    {
        RuleFor(q => q.From).NotNull().Day();
        RuleFor(q => q.To).NotNull().Day();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessageKey(Messages.ToNotBeforeFrom);
        RuleFor(q => q.District).Must(d => places.FindDistrict(d) is not null).When(q => q.District is not null)
            .WithMessage(q => Messages.Format(Messages.DistrictUnknown, q.District));
    }
}

/// <summary>Who reads reports, and the small calculations they share.</summary>
public static class ReportRules
{
    public const string OtherGroup = "other";

    public static void EnsureCanRead(ICurrentUser user)
    {
        if (!Policies.ReadReports.Allows(user))
        {
            throw new ForbiddenAccessException(Messages.ReportsForbidden);
        }
    }

    /// <summary>The UTC instants [start, end) of the report's days.</summary>
    public static (DateTime Start, DateTime End) Period(this IReportQuery query) => CityTime.Days(query.From!.Value, query.To!.Value);

    /// <summary>Keeps a postcode when no district is asked for, or when it lies in the district.</summary>
    public static Func<string, bool> DistrictFilter(this IReportQuery query, PostcodeDirectory places)
    {
        var district = places.FindDistrict(query.District);
        return district is null ? _ => true : postcode => places.DistrictOf(postcode) == district;
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count), or null for none.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary><paramref name="count"/> out of <paramref name="of"/> as a fraction (4 decimals), or null when there is nothing to measure on.</summary>
    public static double? Share(int count, int of) => of == 0 ? null : Math.Round((double)count / of, 4);

    /// <summary>
    /// A count as a report may show it: none, or at least <paramref name="minimumSize"/>. A smaller
    /// count (one or two people in a district) is suppressed (null), so nobody can be recognised in it.
    /// </summary>
    public static int? Shown(int count, int minimumSize) => count == 0 || count >= minimumSize ? count : null;

    /// <summary>
    /// <paramref name="count"/> out of <paramref name="of"/> as a report may show it: only when the
    /// base, the count and the rest are each none or at least <paramref name="minimumSize"/>
    /// (4 of 5 would tell about the fifth). Otherwise the share and the count are suppressed and
    /// only the base is shown (when it is not small itself).
    /// </summary>
    public static (double? Share, int? Count, int? Of) ShownShare(int count, int of, int minimumSize) =>
        Shown(of, minimumSize) is not null && Shown(count, minimumSize) is not null && Shown(of - count, minimumSize) is not null
            ? (Share(count, of), count, of)
            : (null, null, Shown(of, minimumSize));

    /// <summary>
    /// Groups below <paramref name="minimumSize"/> are added together under "other" (last), so a
    /// small group cannot point at a person. When "other" would itself be below the minimum, the
    /// smallest shown groups join it until it is not; when all of them together stay below it,
    /// nothing is shown. The rest come largest first, then by key.
    /// </summary>
    public static IReadOnlyList<(string Key, int Count)> SuppressSmallGroups(IEnumerable<(string Key, int Count)> groups, int minimumSize)
    {
        var all = groups.ToList();
        var shown = all.Where(g => g.Count >= minimumSize).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var other = all.Where(g => g.Count < minimumSize).Sum(g => g.Count);
        while (other > 0 && other < minimumSize && shown.Count > 0)
        {
            other += shown[^1].Count;
            shown.RemoveAt(shown.Count - 1);
        }

        if (other >= minimumSize)
        {
            shown.Add((OtherGroup, other));
        }

        return shown;
    }
}
