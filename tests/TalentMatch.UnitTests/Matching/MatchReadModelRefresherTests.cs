using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Infrastructure.Matching;
using TalentMatch.Matching;

namespace TalentMatch.UnitTests.Matching;

public sealed class MatchReadModelRefresherTests
{
    [Test]
    public async Task Start_WhenRefreshSecondsIsZero_DoesNotWarmTheReadModel()
    {
        var readModel = new CountingReadModel(fail: false);
        using var refresher = Refresher(readModel, seconds: 0);

        await refresher.StartAsync(CancellationToken.None);
        await refresher.ExecuteTask!;

        readModel.Calls.ShouldBe(0);
    }

    [Test]
    public async Task Start_WhenWarmUpFails_LogsAndKeepsRunningUntilStopped()
    {
        var readModel = new CountingReadModel(fail: true);
        using var refresher = Refresher(readModel, seconds: 3600);

        await refresher.StartAsync(CancellationToken.None);
        await readModel.FirstCall.Task;

        refresher.ExecuteTask!.IsCompleted.ShouldBeFalse();
        await refresher.StopAsync(CancellationToken.None);
        await refresher.ExecuteTask;
        refresher.ExecuteTask.IsCompletedSuccessfully.ShouldBeTrue();
        readModel.Calls.ShouldBe(1);
    }

    [Test]
    public async Task Start_WhenRefreshIsOn_WarmsTheReadModelOnce()
    {
        var readModel = new CountingReadModel(fail: false);
        using var refresher = Refresher(readModel, seconds: 3600);

        await refresher.StartAsync(CancellationToken.None);
        await readModel.FirstCall.Task;
        await refresher.StopAsync(CancellationToken.None);

        readModel.Calls.ShouldBe(1);
        refresher.ExecuteTask!.IsCompletedSuccessfully.ShouldBeTrue();
    }

    private static MatchReadModelRefresher Refresher(IMatchReadModel readModel, int seconds) =>
        new(readModel, Options.Create(new MatchIndexOptions { RefreshSeconds = seconds }), TimeProvider.System, NullLogger<MatchReadModelRefresher>.Instance);

    private sealed class CountingReadModel(bool fail) : IMatchReadModel
    {
        private int _calls;

        public int Calls => _calls;

        public bool IsWarm => false;

        public TaskCompletionSource FirstCall { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<MatchSnapshot> CurrentAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The refresher reads the whole feed: RefreshAsync.");

        public Task<MatchSnapshot> RefreshAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            FirstCall.TrySetResult();
            return fail
                ? Task.FromException<MatchSnapshot>(new InvalidOperationException("The database is away."))
                : Task.FromResult(new MatchSnapshot(new MatchIndex(new CompetenceScorer(new MatchingOptions(), Taxonomy.Empty)), new Dictionary<Guid, IndexedOpportunity>(), 0));
        }

        public void Invalidate()
        {
        }
    }
}
