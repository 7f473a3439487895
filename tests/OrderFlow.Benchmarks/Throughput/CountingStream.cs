using System.Text;

namespace OrderFlow.Benchmarks.Throughput;

/// <summary>
/// Passes a response body through and counts its bytes: Azurite answers many reads in chunks, without a
/// Content-Length, so the size has to be counted on the way. Keeps a copy when asked, for an answer whose content
/// is counted too (the messages of a queue get).
/// </summary>
sealed class CountingStream(Stream inner, bool keep) : Stream
{
    readonly MemoryStream? kept = keep ? new() : null;
    long written;

    public long Written => Interlocked.Read(ref written);

    /// <summary>The body passed through, when kept.</summary>
    public string KeptText => kept is null ? "" : Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Interlocked.Add(ref written, count);
        kept?.Write(buffer, offset, count);
        inner.Write(buffer, offset, count);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref written, buffer.Length);
        kept?.Write(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
