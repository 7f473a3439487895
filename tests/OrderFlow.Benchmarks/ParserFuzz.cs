using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using OrderFlow.Tests.GeneratedInputs;

namespace OrderFlow.Benchmarks;

/// <summary>
/// "fuzz N": the unit tests' parser properties (<see cref="ParserProperties"/>), N generated inputs each, in process.
/// FsCheck prints each property's share of answers by status and, on a failure, the shrunk input and its Replay seed.
/// </summary>
static class ParserFuzz
{
    const int DefaultCases = 5_000;

    public static int CaseCount(string[] args) =>
        args.Skip(1).Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault(n => n > 0, DefaultCases);

    /// <summary>Answers the process exit code: 0 when every property held.</summary>
    public static int Run(int cases)
    {
        Console.WriteLine($"Parser properties, {cases} generated inputs each ({Environment.ProcessorCount} cores, .NET {Environment.Version}):");
        var failed = 0;
        var total = Stopwatch.StartNew();
        foreach (var (name, property) in ParserProperties.All)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                Check.One(name, Config.QuickThrowOnFailure.WithMaxTest(cases), property());
                Console.WriteLine($"  {name,-40} held   {watch.Elapsed.TotalSeconds,6:0.0} s");
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                failed++;
                Console.WriteLine($"  {name,-40} FAILED {watch.Elapsed.TotalSeconds,6:0.0} s{Environment.NewLine}{failure.Message}");
            }
        }
        Console.WriteLine($"{ParserProperties.All.Count - failed} of {ParserProperties.All.Count} properties held, {total.Elapsed.TotalSeconds:0.0} s in all.");
        return failed == 0 ? 0 : 1;
    }
}
