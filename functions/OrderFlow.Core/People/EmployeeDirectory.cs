using Azure.Data.Tables;
using OrderFlow.Core.Common;
using OrderFlow.Core.Storage;

namespace OrderFlow.Core.People;

/// <summary>
/// The Employees table. All employees share one partition: a company directory is small (thousands of rows),
/// changes rarely, and is read whole when a survey round fans out; one partition makes those reads one query and
/// lets an import write 100 rows per transaction. Lookups by department or manager filter that one partition.
/// </summary>
public sealed class EmployeeDirectory(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Employees";
    const string Partition = "directory";
    const int MaxBatch = 100;

    readonly TableClient table = tables.GetTableClient(names.Table(TableName));

    /// <summary>Creates or replaces the employee as saved by <paramref name="by"/>; answers them as stored.</summary>
    public async Task<Employee> SaveAsync(Employee employee, Actor by, CancellationToken cancellationToken)
    {
        employee = employee with { UpdatedBy = by };
        await table.EnsureExistsAsync(cancellationToken);
        await table.UpsertEntityAsync(ToEntity(employee), TableUpdateMode.Replace, cancellationToken);
        return employee;
    }

    /// <summary>
    /// Writes validated employees as upserts, 100 to a transaction. Callers validate every row first, so the only
    /// failure left is storage being unavailable part-way; the writes are idempotent replaces, so the client's
    /// retry of the same file converges to exactly that file's content.
    /// </summary>
    public async Task SaveAllAsync(IReadOnlyList<Employee> employees, Actor by, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        foreach (var chunk in employees.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(e with { UpdatedBy = by }))), cancellationToken);
        }
    }

    public async Task<Employee?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } entity ? FromEntity(entity) : null;
    }

    public Task<IReadOnlyList<Employee>> AllActiveAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Active eq true"), cancellationToken);

    public Task<IReadOnlyList<Employee>> InDepartmentAsync(string department, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Department eq {department}"), cancellationToken);

    public Task<IReadOnlyList<Employee>> ReportsOfAsync(string managerId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ManagerId eq {managerId}"), cancellationToken);

    /// <summary>One page of the directory in ID order, and the token of the next (null after the last).</summary>
    public async Task<(IReadOnlyList<Employee> Employees, string? Next)> PageAsync(string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, pageSize, cancellationToken: cancellationToken).AsPages(continuationToken, pageSize))
        {
            return ([.. page.Values.Select(FromEntity)], page.ContinuationToken);
        }
        return ([], null);
    }

    /// <summary>The employee with this work email (how a signed-in person is found in the directory); null when none is.</summary>
    public async Task<Employee?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        (await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Email eq {email}"), cancellationToken))
            .OrderBy(e => e.Active ? 0 : 1).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Every employee ID in the directory (an import may name managers who are not in the file).</summary>
    public async Task<ISet<string>> ExistingIdsAsync(CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(row.RowKey);
        }
        return ids;
    }

    async Task<IReadOnlyList<Employee>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        await table.EnsureExistsAsync(cancellationToken);
        var found = new List<Employee>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(FromEntity(row));
        }
        return found;
    }

    static TableEntity ToEntity(Employee employee) => new(Partition, employee.Id)
    {
        ["Name"] = employee.Name,
        ["Email"] = employee.Email,
        ["Department"] = employee.Department,
        ["ManagerId"] = employee.ManagerId,
        ["TimeZone"] = employee.TimeZone,
        ["Active"] = employee.Active,
        ["UpdatedBy"] = ActorColumn.Write(employee.UpdatedBy),
    };

    static Employee FromEntity(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name"),
        entity.GetString("Email"),
        entity.GetString("Department"),
        entity.GetString("ManagerId"),
        entity.GetString("TimeZone"),
        entity.GetBoolean("Active") ?? true)
    {
        UpdatedBy = ActorColumn.Read(entity, "UpdatedBy"),
    };
}
