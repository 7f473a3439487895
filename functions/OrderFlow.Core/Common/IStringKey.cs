namespace OrderFlow.Core.Common;

/// <summary>
/// An identifier that is a string on the wire and a type in the code (an order ID, a SKU, a customer ID):
/// it checks its own format, so a value that exists is valid.
/// </summary>
public interface IStringKey<TSelf> where TSelf : struct, IStringKey<TSelf>
{
    /// <summary>What a valid value looks like, in the words of the field error that refuses one.</summary>
    static abstract string Rule { get; }

    string Value { get; }

    static abstract bool TryParse(string? text, out TSelf key);
}

/// <summary>Reads keys whose format was checked already (storage, route values that passed validation).</summary>
public static class StringKey
{
    public static TKey Parse<TKey>(string text) where TKey : struct, IStringKey<TKey> =>
        TKey.TryParse(text, out var key) ? key : throw new FormatException($"'{text}': {TKey.Rule}");
}
