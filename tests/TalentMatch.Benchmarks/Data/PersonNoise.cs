using System.Globalization;
using TalentMatch.Domain.Common;

namespace TalentMatch.Benchmarks.Data;

/// <summary>A share drawn uniformly from [Min, Max] for each person.</summary>
public readonly record struct ShareRange(double Min, double Max)
{
    public double Draw(Random random) => Min + ((Max - Min) * random.NextDouble());

    public override string ToString() =>
        Min == Max ? Percent(Min) : $"{Percent(Min)}–{Percent(Max)}";

    internal static string Percent(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>A count drawn uniformly from Min..Max (inclusive) for each person.</summary>
public readonly record struct CountRange(int Min, int Max)
{
    public int Draw(Random random) => Max <= Min ? Min : random.Next(Min, Max + 1);

    public override string ToString() => Min == Max ? Min.ToString(CultureInfo.InvariantCulture) : $"{Min}–{Max}";
}

/// <summary>Where recorded competences were learned (relative weights); work, volunteering and life also set the context of listed experience.</summary>
public sealed record SourceMix(double Education, double Training, double Work, double Volunteering, double Life)
{
    /// <summary>45% from life or volunteering, the rest from school, training and work.</summary>
    public static SourceMix Default { get; } = new(0.1833, 0.1833, 0.1834, 0.225, 0.225);

    public CompetenceSource Draw(Random random)
    {
        var roll = random.NextDouble() * (Education + Training + Work + Volunteering + Life);
        return (roll -= Education) < 0 ? CompetenceSource.Education
            : (roll -= Training) < 0 ? CompetenceSource.Training
            : (roll -= Work) < 0 ? CompetenceSource.Work
            : roll - Volunteering < 0 ? CompetenceSource.Volunteering
            : CompetenceSource.Life;
    }

    public ExperienceContext DrawContext(Random random)
    {
        var roll = random.NextDouble() * (Work + Volunteering + Life);
        return roll < Work ? ExperienceContext.Work : roll < Work + Volunteering ? ExperienceContext.Volunteering : ExperienceContext.Life;
    }

    public override string ToString()
    {
        var total = Education + Training + Work + Volunteering + Life;
        string P(double weight) => ShareRange.Percent(weight / total);
        return $"education {P(Education)}, training {P(Training)}, work {P(Work)}, volunteering {P(Volunteering)}, life {P(Life)}";
    }
}

/// <summary>
/// How a generated person departs from the ESCO profile of their occupation. Each value is a
/// parameter of the generator, so an evaluation can turn one kind of noise up at a time.
/// The defaults are a typical profile: most essential skills recorded exactly.
/// </summary>
public sealed record PersonNoise
{
    /// <summary>Share of the occupation's essential competences the person records (at least one).</summary>
    public ShareRange EssentialRecorded { get; init; } = new(0.80, 0.95);

    /// <summary>Share of the recorded essential competences recorded at a broader or narrower ESCO skill instead (as far as ESCO has one).</summary>
    public ShareRange Regranulated { get; init; } = new(0.0, 0.10);

    /// <summary>Chance that each optional competence of the occupation is recorded.</summary>
    public double OptionalAdded { get; init; } = 0.30;

    /// <summary>Share of people who list only past jobs: experience in their occupation (1–10 years), no competences.</summary>
    public double ExperienceOnly { get; init; }

    /// <summary>Generic (transversal or cross-sector) skills held with a certificate: the distractor's profile.</summary>
    public CountRange GenericCertified { get; init; } = new(0, 0);

    /// <summary>Chance that a generic certified skill set includes each generic skill the vacancy asks; the rest are common generic skills.</summary>
    public double GenericTargeted { get; init; } = 0.5;

    /// <summary>Random transversal skills added (any person records some).</summary>
    public CountRange TransversalExtra { get; init; } = new(0, 3);

    /// <summary>Random skills from anywhere in ESCO added.</summary>
    public CountRange RandomExtra { get; init; } = new(0, 2);

    public SourceMix Sources { get; init; } = SourceMix.Default;

    public override string ToString()
    {
        var parts = new List<string>
        {
            $"essential recorded {EssentialRecorded}",
            $"of those at a broader/narrower skill {Regranulated}",
            $"optional added {ShareRange.Percent(OptionalAdded)}",
            $"experience only {ShareRange.Percent(ExperienceOnly)}",
        };
        if (GenericCertified.Max > 0)
        {
            parts.Add($"generic certified skills {GenericCertified} (each generic requirement of the vacancy held with {ShareRange.Percent(GenericTargeted)})");
        }

        parts.Add($"random transversal {TransversalExtra}, random other {RandomExtra}");
        parts.Add($"sources: {Sources}");
        return string.Join("; ", parts);
    }
}

/// <summary>A generated person and what the generator did, to check that the noise is what its parameters say.</summary>
public sealed record GeneratedPerson(
    TalentMatch.Matching.Candidate Candidate,
    bool ExperienceOnly,
    int Essential,
    int EssentialRecorded,
    int Regranulated,
    int GenericCertified);
