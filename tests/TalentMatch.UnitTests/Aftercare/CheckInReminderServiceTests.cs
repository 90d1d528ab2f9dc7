using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Infrastructure.Aftercare;

namespace TalentMatch.UnitTests.Aftercare;

public sealed class CheckInReminderServiceTests
{
    [Test]
    public async Task Start_WhenIntervalIsZero_SendsNoReminders()
    {
        var mediator = new CountingMediator(fail: false);
        using var service = Service(mediator, minutes: 0);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;

        mediator.Calls.ShouldBe(0);
    }

    [Test]
    public async Task Start_WhenOn_RunsTheReminderCommandOnceBeforeTheFirstTick()
    {
        var mediator = new CountingMediator(fail: false);
        using var service = Service(mediator, minutes: 60);

        await service.StartAsync(CancellationToken.None);
        await mediator.FirstCall.Task;
        await service.StopAsync(CancellationToken.None);

        mediator.Calls.ShouldBe(1);
        mediator.Requests.ShouldHaveSingleItem().ShouldBeOfType<SendCheckInRemindersCommand>();
        service.ExecuteTask!.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Test]
    public async Task Start_WhenARunFails_LogsAndKeepsRunningUntilStopped()
    {
        var mediator = new CountingMediator(fail: true);
        using var service = Service(mediator, minutes: 60);

        await service.StartAsync(CancellationToken.None);
        await mediator.FirstCall.Task;

        service.ExecuteTask!.IsCompleted.ShouldBeFalse();
        await service.StopAsync(CancellationToken.None);
        await service.ExecuteTask;
        service.ExecuteTask.IsCompletedSuccessfully.ShouldBeTrue();
    }

    private static CheckInReminderService Service(IMediator mediator, int minutes)
    {
        var provider = new ServiceCollection().AddScoped(_ => mediator).BuildServiceProvider();
        return new CheckInReminderService(
            provider.GetRequiredService<IServiceScopeFactory>(),
            new AftercareOptions { ReminderIntervalMinutes = minutes },
            TimeProvider.System,
            NullLogger<CheckInReminderService>.Instance)
        {
            FirstRunDelay = TimeSpan.Zero,
        };
    }

    private sealed class CountingMediator(bool fail) : IMediator
    {
        private int _calls;

        public int Calls => _calls;

        public List<object> Requests { get; } = [];

        public TaskCompletionSource FirstCall { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            lock (Requests)
            {
                Requests.Add(request);
            }

            FirstCall.TrySetResult();
            return fail
                ? Task.FromException<TResponse>(new InvalidOperationException("The database is away."))
                : Task.FromResult((TResponse)(object)new CheckInRemindersSent(0, 0));
        }

        public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
            where TNotification : INotification => Task.CompletedTask;
    }
}
