using FsCheck;
using FsCheck.Fluent;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>
/// A JSON body shape that generates damaged copies of itself: at damage 0 every field is there and plausible; at
/// damage d (percent) each field is left out or replaced by any JSON value with chance d, so one run covers whole
/// orders, orders with a few fields wrong, and wreckage.
/// </summary>
public delegate Gen<string> BodyShape(int damage);

public static class Shapes
{
    static readonly int[] Damages = [0, 0, 3, 10, 30, 60];

    /// <summary>Bodies of <paramref name="shape"/> at a damage drawn per body.</summary>
    public static Gen<string> Bodies(BodyShape shape) => Gen.Elements(Damages).SelectMany(damage => shape(damage));

    public static BodyShape Leaf(Gen<string> plausibleJson) => _ => plausibleJson;

    public static BodyShape Text(params string[] plausible) => Leaf(Gen.Elements(plausible).Select(AnyJson.JsonString));

    public static BodyShape Number(params string[] plausible) => Leaf(Gen.Elements(plausible));

    public static BodyShape Record(params (string Name, BodyShape Value)[] fields) => damage =>
        Gen.CollectToList(fields, field => Gen.Frequency(
                (100 - damage, field.Value(damage).Select(json => (string?)json)),
                (damage, Gen.Constant<string?>(null)),
                (damage, AnyJson.Any.Select(json => (string?)json)))
            .Select(json => (field.Name, Json: json)))
        .Select(values => AnyJson.JsonObject(values.Where(v => v.Json is not null).Select(v => (v.Name, v.Json!))));

    public static BodyShape ArrayOf(BodyShape item, int min, int max) => damage =>
        Gen.Choose(min, max).SelectMany(count => Gen.ListOf(item(damage), count)).Select(AnyJson.JsonArray);
}
