using OrderFlow.Core.Common;
using OrderFlow.Core.People;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// A manager's own one-to-ones, as the back office runs them for the manager signed in: set up only with one of
/// their reports, skipped or cancelled only in their own series. Each change then goes through
/// <see cref="OneOnOneService"/>, the path of the one-to-ones API.
/// </summary>
public sealed class ManagerOneOnOnes(EmployeeDirectory directory, SeriesStore store, OneOnOneService service)
{
    /// <summary>The active employees who report to <paramref name="managerId"/>, by name.</summary>
    public async Task<IReadOnlyList<Employee>> ReportsAsync(string managerId, CancellationToken cancellationToken) =>
        [.. (await directory.ReportsOfAsync(managerId, cancellationToken)).Where(e => e.Active).OrderBy(e => e.Name, StringComparer.Ordinal)];

    public Task<IReadOnlyList<OneOnOneSeries>> SeriesAsync(string managerId, CancellationToken cancellationToken) =>
        store.ListAsync(managerId, cancellationToken);

    public async Task<SeriesResult> CreateAsync(Employee manager, OneOnOneInput input, Actor by, CancellationToken cancellationToken)
    {
        var report = EntityKey.IsValid(input.EmployeeId) ? await directory.FindAsync(input.EmployeeId!, cancellationToken) : null;
        if (report?.ManagerId != manager.Id)
        {
            return SeriesResult.Invalid("employeeId", "Choose one of your reports.");
        }
        return await service.CreateAsync(input with { ManagerId = manager.Id }, by, idempotencyKey: null, cancellationToken);
    }

    public async Task<SeriesResult> SkipAsync(Employee manager, string id, string? date, Actor by, CancellationToken cancellationToken) =>
        await IsOwnAsync(manager, id, cancellationToken) ? await service.SkipAsync(id, date, by, cancellationToken) : SeriesResult.NotFound;

    public async Task<SeriesResult> CancelAsync(Employee manager, string id, Actor by, CancellationToken cancellationToken) =>
        await IsOwnAsync(manager, id, cancellationToken) ? await service.CancelAsync(id, by, cancellationToken) : SeriesResult.NotFound;

    // Another manager's series answers as if it did not exist: its ID says nothing to someone who may not run it.
    async Task<bool> IsOwnAsync(Employee manager, string id, CancellationToken cancellationToken) =>
        await service.FindAsync(id, cancellationToken) is { } series && series.Manager.Id == manager.Id;
}
