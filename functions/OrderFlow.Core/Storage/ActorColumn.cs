using System.Text.Json;
using Azure.Data.Tables;
using OrderFlow.Core.Common;

namespace OrderFlow.Core.Storage;

/// <summary>Who changed a row, kept in a column as the actor's JSON; rows written before actors were kept have none.</summary>
public static class ActorColumn
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? Write(Actor? actor) => actor is null ? null : JsonSerializer.Serialize(actor, Json);

    public static Actor? Read(TableEntity row, string column) =>
        row.GetString(column) is { Length: > 0 } json ? JsonSerializer.Deserialize<Actor>(json, Json) : null;
}
