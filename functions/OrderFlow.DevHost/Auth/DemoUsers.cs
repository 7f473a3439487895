using System.Text.Json;
using OrderFlow.Core.Access;

namespace OrderFlow.DevHost.Auth;

/// <summary>A person one can sign in as locally: a seeded employee with a fixed user ID and app roles.</summary>
sealed record DemoUser(string UserId, string EmployeeId, string Name, string Email, IReadOnlyList<StaffRole> Roles)
{
    public StaffPrincipal Principal => new(UserId, Name, Roles.ToHashSet());
}

/// <summary>The demo users (demo-users.json beside DevHost), in the file's order.</summary>
sealed class DemoUsers(IReadOnlyList<DemoUser> users)
{
    public IReadOnlyList<DemoUser> All => users;

    public DemoUser? Find(string? userId) => users.FirstOrDefault(u => string.Equals(u.UserId, userId, StringComparison.OrdinalIgnoreCase));

    public static DemoUsers Load(string path) =>
        new(File.Exists(path) ? JsonSerializer.Deserialize<List<DemoUser>>(File.ReadAllText(path), JsonSerializerOptions.Web) ?? [] : []);
}
