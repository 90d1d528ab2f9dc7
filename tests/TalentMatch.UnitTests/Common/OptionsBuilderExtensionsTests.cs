using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Reports;

namespace TalentMatch.UnitTests.Common;

public sealed class OptionsBuilderExtensionsTests
{
    [Test]
    public void ValidateWith_WhenValid_BindsTheSection()
    {
        using var services = Services("5", o => o.Validate());

        services.GetRequiredService<IOptions<ReportsOptions>>().Value.MinimumGroupSize.ShouldBe(5);
    }

    [Test]
    public void ValidateWith_WhenInvalid_RefusesTheOptionsWithTheirErrors()
    {
        using var services = Services("0", o => o.Validate());

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReportsOptions>>().Value);

        error.Failures.ShouldBe(["Reports:MinimumGroupSize must be at least 1."]);
    }

    [Test]
    public void ValidateOnStart_WhenInvalid_FailsTheStartCheckWithEveryError()
    {
        using var services = Services("3", _ => ["Reports:One is wrong.", "Reports:Two is wrong."]);

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        error.Failures.ShouldBe(["Reports:One is wrong.", "Reports:Two is wrong."]);
    }

    [Test]
    public void ValidateWith_ForNamedOptions_LeavesOtherNamesAlone()
    {
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddOptions<ReportsOptions>("strict").ValidateWith(_ => ["Reports: never good enough."]);
        using var services = collection.BuildServiceProvider();
        var monitor = services.GetRequiredService<IOptionsMonitor<ReportsOptions>>();

        monitor.Get(Options.DefaultName).MinimumGroupSize.ShouldBe(3);
        Should.Throw<OptionsValidationException>(() => monitor.Get("strict"));
    }

    private static ServiceProvider Services(string minimumGroupSize, Func<ReportsOptions, IReadOnlyList<string>> validate)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reports:MinimumGroupSize"] = minimumGroupSize })
            .Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        collection.AddOptions<ReportsOptions>().BindConfiguration(ReportsOptions.SectionName).ValidateWith(validate).ValidateOnStart();
        return collection.BuildServiceProvider();
    }
}
