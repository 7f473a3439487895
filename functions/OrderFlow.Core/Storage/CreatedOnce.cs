namespace OrderFlow.Core.Storage;

/// <summary>
/// A create-if-not-exists call made once per process rather than once per request: on a busy intake path the
/// extra round trip per request is a third of the storage work. Until a call succeeds, the next caller tries again;
/// two first callers may both create, which the storage service answers harmlessly.
/// </summary>
public sealed class CreatedOnce(Func<CancellationToken, Task> create)
{
    volatile bool created;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return;
        }
        await create(cancellationToken);
        created = true;
    }
}
