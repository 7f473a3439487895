using Azure;
using Microsoft.Extensions.Caching.Memory;

namespace OrderFlow.Core.Storage;

/// <summary>
/// The version of each recently written row this process holds, with its ETag, so the row's next read-modify-write
/// can skip its read: the ETag-guarded write fails if another writer got in since, and the caller forgets the held
/// version and reads afresh. A process that did not write the row holds nothing and reads as before. Bounded: rows
/// not used for a while, and the least used beyond <see cref="MostRows"/>, are dropped.
/// </summary>
public sealed class HeldRows<T> : IDisposable where T : class
{
    /// <summary>About the orders a busy process has in flight at once.</summary>
    const int MostRows = 10_000;
    static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MostRows });

    public bool TryGet(string key, out Held<T> held)
    {
        held = cache.Get<Held<T>>(key)!;
        return held is not null;
    }

    public void Hold(string key, T value, ETag etag) =>
        cache.Set(key, new Held<T>(value, etag), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });

    public void Forget(string key) => cache.Remove(key);

    public void Dispose() => cache.Dispose();
}

/// <summary>A row's value as this process last stored it, and the ETag storage gave that version.</summary>
public sealed record Held<T>(T Value, ETag ETag);
