using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace TalentMatch.Benchmarks.Suites;

/// <summary>
/// Where an operation's allocations go: the runtime's allocation ticks (one per ~100 KB allocated,
/// naming the type of the object that crossed the mark), summed by type while the operation runs
/// many times, and scaled to the exact bytes allocated per operation.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    /// <summary>Runs <paramref name="operation"/> <paramref name="operations"/> times and writes the bytes per operation, by type (the 25 largest).</summary>
    public static void Report(string name, Func<int> operation, int operations)
    {
        using var sampler = new AllocationSampler();
        operation();

        // The runtime's events reach a listener on another thread, a moment late: those of the warm-up are let pass.
        Thread.Sleep(2_000);
        sampler._bytes.Clear();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < operations; i++)
        {
            operation();
        }

        var perOperation = (double)(GC.GetTotalAllocatedBytes(precise: true) - before) / operations;
        Thread.Sleep(2_000);
        var sampled = sampler._bytes.Values.Sum();
        Console.WriteLine($"{name}: {perOperation / 1024:0.0} KB per operation ({operations:N0} operations; by type, sampled)");
        foreach (var (type, bytes) in sampler._bytes.OrderByDescending(kv => kv.Value).Take(25))
        {
            Console.WriteLine($"  {bytes * 100.0 / sampled,5:0.0} %  {bytes * perOperation / sampled / 1024,6:0.0} KB  {type}");
        }
    }
}
