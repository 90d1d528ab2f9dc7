using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Infrastructure.Catalogue;

namespace TalentMatch.FunctionalTests.Catalogue;

/// <summary>
/// Imports in the background: one at a time, with the importer of the REST endpoint, progress on the
/// way, counts or the importer's message at the end, and the uploads deleted when the job ends. Each
/// test drives a queue of its own, so no other worker takes its job.
/// </summary>
[NonParallelizable]
public sealed class CatalogueImportJobTests
{
    private static readonly string[] ExtractFiles = ["skills_en.csv", "skillGroups_en.csv", "occupations_en.csv", "languageSkillsCollection_en.csv", "occupationSkillRelations.csv", "broaderRelationsSkillPillar.csv"];

    private EscoImportHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await EscoImportHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Start_WhileAnImportIsQueued_IsRefused_ThenTheJobRunsToDoneWithCountsAndProgress()
    {
        var jobs = new CatalogueImportJobs(TimeProvider.System, NullLogger<CatalogueImportJobs>.Instance);
        var before = await _host.CountAsync();

        var started = await jobs.TryStartAsync(Open(ExtractFiles), null, CancellationToken.None);
        var second = await jobs.TryStartAsync(Open(ExtractFiles), null, CancellationToken.None);

        started.ShouldNotBeNull();
        started.State.ShouldBe(CatalogueImportState.Queued);
        second.ShouldBeNull();
        jobs.Latest!.Id.ShouldBe(started.Id);
        var folder = Path.Combine(CatalogueImportJobs.TempRoot, started.Id.ToString("N"));
        Directory.GetFiles(folder).Length.ShouldBe(ExtractFiles.Length);

        var done = await RunUntilEndedAsync(jobs, started.Id);

        done.State.ShouldBe(CatalogueImportState.Done);
        done.Error.ShouldBeNull();
        done.Files.ShouldBe(ExtractFiles);
        var summary = done.Summary!;
        summary.Files.Count.ShouldBe(ExtractFiles.Length);
        summary.OccupationCompetences.ShouldBeGreaterThan(0);
        var after = await _host.CountAsync();
        (after.Occupations - before.Occupations).ShouldBe(summary.OccupationsAdded);
        done.Progress!.Stage.ShouldBe(CatalogueImportStage.Writing);
        done.Progress.FileCount.ShouldBe(ExtractFiles.Length);
        done.Progress.RowsRead.ShouldBe(summary.Files.Sum(f => f.Rows));
        Directory.Exists(folder).ShouldBeFalse();
        (await jobs.TryStartAsync(Open(["occupations_nl.csv"]), null, CancellationToken.None)).ShouldNotBeNull();
    }

    [Test]
    public async Task Run_WhenAFileIsMalformed_FailsWithTheImportersMessage_WritesNothing_AndDeletesTheUploads()
    {
        var jobs = new CatalogueImportJobs(TimeProvider.System, NullLogger<CatalogueImportJobs>.Instance);
        var before = await _host.CountAsync();
        var broken = "conceptUri,preferredLabel,altLabels\nhttp://data.europa.eu/esco/occupation/x,one,two,three\n";
        var files = Open(["skills_en.csv"]).Append(new CatalogueImportFile("occupations_nl.csv", new MemoryStream(Encoding.UTF8.GetBytes(broken)))).ToList();

        var started = await jobs.TryStartAsync(files, null, CancellationToken.None);
        var failed = await RunUntilEndedAsync(jobs, started!.Id);

        failed.State.ShouldBe(CatalogueImportState.Failed);
        failed.Error.ShouldBe("occupations_nl.csv, line 2: the row has 4 cells but the header has 3.");
        failed.Summary.ShouldBeNull();
        (await _host.CountAsync()).ShouldBe(before);
        Directory.Exists(Path.Combine(CatalogueImportJobs.TempRoot, started.Id.ToString("N"))).ShouldBeFalse();
    }

    private static List<CatalogueImportFile> Open(IEnumerable<string> names) =>
        [.. names.Select(n => new CatalogueImportFile(n, File.OpenRead(Path.Combine(EscoImportHost.ExtractFolder, n))))];

    /// <summary>Runs the queue's worker until the job has ended.</summary>
    private async Task<CatalogueImportJobDto> RunUntilEndedAsync(CatalogueImportJobs jobs, Guid id)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var worker = jobs.RunQueuedAsync(_host.Factory.Services.GetRequiredService<IServiceScopeFactory>(), stop.Token);
        while (jobs.Find(id) is { IsActive: true })
        {
            await Task.Delay(20, stop.Token);
        }

        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => worker);
        return jobs.Find(id)!;
    }
}
