using System.Text;
using FsCheck;
using FsCheck.Fluent;
using OrderFlow.Core.People;

namespace OrderFlow.Tests.GeneratedInputs;

/// <summary>
/// Employee import files as spreadsheets write them: columns in any order, fields quoted or not, LF, CRLF or CR line
/// ends, with or without a BOM and a last line end; and the same files damaged byte by byte.
/// </summary>
public static class EmployeeFiles
{
    static readonly string[] Columns = ["id", "name", "email", "department", "managerId", "timeZone", "active"];

    static readonly Gen<Employee> Person = Gen.Zip(
            Gen.Zip(Gen.Elements("Anna Müller", "O'Brien, Pat", "Zoë \"Z\" Li", "王小明", "Łukasz Nowak", "José"), Gen.Elements("Sales", "R&D, Berlin", "Support \"1st\"")),
            Gen.Zip(Gen.Elements("Europe/Berlin", "America/New_York", "Asia/Tokyo"), Gen.Elements(true, false)))
        .Select(p => new Employee("", p.Item1.Item1, "", p.Item1.Item2, null, p.Item2.Item1, p.Item2.Item2));

    /// <summary>Valid employees, each managed by nobody or by someone above them in the file.</summary>
    public static readonly Gen<List<Employee>> Staff = Gen.Choose(1, 6)
        .SelectMany(n => Gen.ListOf(Gen.Zip(Person, Gen.Choose(0, 10)), n))
        .Select(people => people.Select((p, i) => p.Item1 with
        {
            Id = $"e-{i}", Email = $"person{i}@example.test", ManagerId = i > 0 && p.Item2 < i ? $"e-{p.Item2}" : null,
        }).ToList());

    sealed record Layout(string[] Columns, string LineEnd, bool Bom, bool LastLineEnd, int QuoteEvery);

    static readonly Gen<Layout> Layouts = Gen.Zip(Gen.Zip(Gen.Shuffle(Columns), Gen.Elements("\n", "\r\n", "\r")), Gen.Zip(Gen.Zip(Gen.Elements(true, false), Gen.Elements(true, false)), Gen.Choose(1, 4)))
        .Select(l => new Layout(l.Item1.Item1, l.Item1.Item2, l.Item2.Item1.Item1, l.Item2.Item1.Item2, l.Item2.Item2));

    /// <summary>A well-formed file and the employees it holds.</summary>
    public static readonly Gen<(byte[] File, List<Employee> Staff)> WellFormed = Gen.Zip(Staff, Layouts).Select(s => (Write(s.Item1, s.Item2), s.Item1));

    static readonly Func<byte[], int, byte[]>[] Damage =
    [
        (file, at) => [.. file[..at], 0xFF, .. file[at..]],
        (file, at) => [.. file[..at], 0xC3, .. file[at..]],
        (file, at) => [.. file[..at], 0xED, 0xA0, 0x80, .. file[at..]],
        (file, at) => [.. file[..at], (byte)'"', .. file[at..]],
        (file, at) => [.. file[..at], (byte)',', .. file[at..]],
        (file, at) => [.. file[..at], (byte)'\r', .. file[at..]],
        (file, at) => [.. file[..at], 0, .. file[at..]],
        (file, at) => at < file.Length ? [.. file[..at], .. file[(at + 1)..]] : file,
    ];

    /// <summary>Well-formed files with bytes inserted, dropped or replaced: invalid UTF-8, quotes, separators, line ends.</summary>
    public static readonly Gen<byte[]> Damaged = Gen.Zip(WellFormed, Gen.Choose(1, 4).SelectMany(hits => Gen.ListOf(Gen.Zip(Gen.Choose(0, 10_000), Gen.Elements(Damage)), hits)))
        .Select(d => d.Item2.Aggregate(d.Item1.File, (file, hit) => hit.Item2(file, hit.Item1 % (file.Length + 1))));

    /// <summary>Whole files now and then, so a door sees both answers; mostly damaged ones and junk.</summary>
    public static readonly Gen<byte[]> Any = Gen.Frequency(
        (2, WellFormed.Select(w => w.File)), (4, Damaged), (1, OrderBodies.AnyBytes), (1, AnyText.Text.Select(Encoding.UTF8.GetBytes)));

    static byte[] Write(List<Employee> staff, Layout layout)
    {
        var lines = staff.Select((e, i) => layout.Columns.Select((c, j) => Quote(Field(e, c), (i + j) % layout.QuoteEvery == 0)));
        var text = string.Join(layout.LineEnd, lines.Prepend(layout.Columns).Select(fields => string.Join(',', fields))) + (layout.LastLineEnd ? layout.LineEnd : "");
        return layout.Bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);
    }

    static string Field(Employee e, string column) => column switch
    {
        "id" => e.Id, "name" => e.Name, "email" => e.Email, "department" => e.Department, "managerId" => e.ManagerId ?? "",
        "timeZone" => e.TimeZone, _ => e.Active ? "true" : "false",
    };

    static string Quote(string field, bool always) =>
        always || field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
