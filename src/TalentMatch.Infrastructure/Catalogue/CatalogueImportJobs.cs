using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Features.Catalogue;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// ESCO imports in the background, one at a time: a start copies the uploads into a temporary
/// folder of its own and queues the job; <see cref="CatalogueImportWorker"/> runs it with the
/// importer the REST endpoint uses, and the folder is deleted when the job ends. Jobs live in
/// memory: a restart forgets them (the import itself is all or nothing).
/// </summary>
public sealed partial class CatalogueImportJobs(TimeProvider clock, ILogger<CatalogueImportJobs> logger) : ICatalogueImportJobs
{
    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, Job> _jobs = new();
    private Job? _latest;
    private int _busy;

    /// <summary>Where the uploads wait for their job.</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "talentmatch-imports");

    public CatalogueImportJobDto? Latest => Volatile.Read(ref _latest)?.State;

    public CatalogueImportJobDto? Find(Guid id) => _jobs.TryGetValue(id, out var job) ? job.State : null;

    public async Task<CatalogueImportJobDto?> TryStartAsync(IReadOnlyList<CatalogueImportFile> files, string? language, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            return null;
        }

        var id = Guid.CreateVersion7();
        var folder = Path.Combine(TempRoot, id.ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var stored = new List<(string Name, string Path)>();
            foreach (var file in files)
            {
                // Stored under a number: the uploaded name is only a label, never part of a path.
                var path = Path.Combine(folder, stored.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, FileOptions.Asynchronous))
                {
                    await file.Content.CopyToAsync(target, cancellationToken);
                }

                stored.Add((file.Name, path));
            }

            var job = new Job(folder, stored, language, new CatalogueImportJobDto(id, CatalogueImportState.Queued, [.. files.Select(f => f.Name)], clock.GetUtcNow(), null, null, null, null));
            _jobs[id] = job;
            Volatile.Write(ref _latest, job);
            _queue.Writer.TryWrite(job);
            return job.State;
        }
        catch
        {
            DeleteFolder(folder);
            Volatile.Write(ref _busy, 0);
            throw;
        }
    }

    /// <summary>Runs the queued jobs one after the other until the host stops.</summary>
    public async Task RunQueuedAsync(IServiceScopeFactory scopes, CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunAsync(job, scope.ServiceProvider.GetRequiredService<ICatalogueImporter>(), stoppingToken);
        }
    }

    private async Task RunAsync(Job job, ICatalogueImporter importer, CancellationToken cancellationToken)
    {
        job.State = job.State with { State = CatalogueImportState.Running };
        try
        {
            await using var files = OpenedCatalogueFiles.Open(job.Files, f => f.Name, f => File.OpenRead(f.Path));
            var summary = await importer.ImportAsync(files.Files, job.Language, new JobProgress(job), cancellationToken);
            job.State = job.State with { State = CatalogueImportState.Done, Summary = summary, EndedAt = clock.GetUtcNow() };
        }
        catch (CatalogueImportException ex)
        {
            job.State = job.State with { State = CatalogueImportState.Failed, Error = ex.Message, EndedAt = clock.GetUtcNow() };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogImportFailed(ex, job.State.Id);
            job.State = job.State with { State = CatalogueImportState.Failed, EndedAt = clock.GetUtcNow() };
        }
        finally
        {
            DeleteFolder(job.Folder);
            Volatile.Write(ref _busy, 0);
        }
    }

    private void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException ex)
        {
            LogTempNotDeleted(ex, folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalogue import {JobId} stopped; nothing was written")]
    private partial void LogImportFailed(Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The uploads of a catalogue import could not be deleted from {Folder}")]
    private partial void LogTempNotDeleted(Exception exception, string folder);

    /// <summary>One job: written by the worker only, read by any request (each state is a new immutable record).</summary>
    private sealed class Job(string folder, IReadOnlyList<(string Name, string Path)> files, string? language, CatalogueImportJobDto state)
    {
        private CatalogueImportJobDto _state = state;

        public string Folder { get; } = folder;

        public IReadOnlyList<(string Name, string Path)> Files { get; } = files;

        public string? Language { get; } = language;

        public CatalogueImportJobDto State
        {
            get => Volatile.Read(ref _state);
            set => Volatile.Write(ref _state, value);
        }
    }

    private sealed class JobProgress(Job job) : IProgress<CatalogueImportProgress>
    {
        public void Report(CatalogueImportProgress value) => job.State = job.State with { Progress = value };
    }
}

/// <summary>The one worker of <see cref="CatalogueImportJobs"/>.</summary>
public sealed class CatalogueImportWorker(CatalogueImportJobs jobs, IServiceScopeFactory scopes) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => jobs.RunQueuedAsync(scopes, stoppingToken);
}
