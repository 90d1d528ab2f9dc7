using System.Globalization;

namespace TalentMatch.Benchmarks.Load;

/// <summary>What Linux says about a process and the machine, read from /proc.</summary>
public static class ProcReaders
{
    /// <summary>Clock ticks per second of utime/stime in /proc/&lt;pid&gt;/stat (USER_HZ, 100 on Linux).</summary>
    public const double TicksPerSecond = 100;

    /// <summary>User plus system CPU time of the process so far, in milliseconds.</summary>
    public static double CpuMilliseconds(int pid) => ParseCpuMilliseconds(File.ReadAllText($"/proc/{pid}/stat"));

    /// <summary>Peak resident set size of the process so far (VmHWM), in bytes.</summary>
    public static long PeakRssBytes(int pid) => ParseStatusKilobytes(File.ReadAllText($"/proc/{pid}/status"), "VmHWM") * 1024;

    /// <summary>Resident set size now (VmRSS), in bytes.</summary>
    public static long RssBytes(int pid) => ParseStatusKilobytes(File.ReadAllText($"/proc/{pid}/status"), "VmRSS") * 1024;

    /// <summary>CPU time of the whole machine so far (all cores, clock ticks): busy and in total.</summary>
    public static (long Busy, long Total) MachineCpuTicks() => ParseMachineCpuTicks(File.ReadAllText("/proc/stat"));

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    public static (double One, double Five, double Fifteen) LoadAverage() => ParseLoadAverage(File.ReadAllText("/proc/loadavg"));

    /// <summary>
    /// utime and stime are fields 14 and 15 of /proc/&lt;pid&gt;/stat. The second field (the
    /// command name) may hold spaces and parentheses, so fields are counted after its last ')'.
    /// </summary>
    public static double ParseCpuMilliseconds(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        // fields[0] is field 3 (state): utime is field 14, stime field 15.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000 / TicksPerSecond;
    }

    /// <summary>
    /// The first line of /proc/stat sums every core: user, nice, system, idle, iowait, irq,
    /// softirq, steal, ... in clock ticks. Idle and iowait are not busy.
    /// </summary>
    public static (long Busy, long Total) ParseMachineCpuTicks(string stat)
    {
        var fields = stat[..stat.IndexOf('\n')].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture))
            .ToArray();
        var total = fields.Sum();
        return (total - fields[3] - fields[4], total);
    }

    public static long ParseStatusKilobytes(string status, string key)
    {
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        throw new FormatException($"{key} not found in the process status.");
    }

    public static (double One, double Five, double Fifteen) ParseLoadAverage(string loadavg)
    {
        var parts = loadavg.Split(' ');
        return (Parse(parts[0]), Parse(parts[1]), Parse(parts[2]));

        static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
    }
}
