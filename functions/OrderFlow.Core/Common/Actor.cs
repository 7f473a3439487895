using System.Text.Json.Serialization;

namespace OrderFlow.Core.Common;

/// <summary>
/// Who made a change: a signed-in person (their directory object ID and display name), a client holding a named key
/// (the key's name), or OrderFlow itself (timers, the workflow). Recorded with every change a person or client makes.
/// </summary>
public sealed record Actor
{
    [JsonConstructor]
    public Actor(string id, string name, ActorKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Kind = kind;
    }

    public string Id { get; }

    public string Name { get; }

    public ActorKind Kind { get; }

    public static Actor Person(string userId, string name) => new(userId, name, ActorKind.Person);

    public static Actor Key(string keyName) => new(keyName, keyName, ActorKind.Key);

    public static Actor System { get; } = new("orderflow", "OrderFlow", ActorKind.System);
}

[JsonConverter(typeof(JsonStringEnumConverter<ActorKind>))]
public enum ActorKind { Person, Key, System }
