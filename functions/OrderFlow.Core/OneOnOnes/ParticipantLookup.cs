using OrderFlow.Core.Common;
using OrderFlow.Core.People;

namespace OrderFlow.Core.OneOnOnes;

/// <summary>Resolves a new series' manager and employee in the people directory: both must exist and be active.</summary>
public sealed class ParticipantLookup(EmployeeDirectory directory)
{
    public async Task<(Participant? Manager, Participant? Employee)> ResolveAsync(OneOnOneInput input, FieldErrors errors, CancellationToken cancellationToken)
    {
        var manager = await ResolveAsync(input.ManagerId, "managerId", errors, cancellationToken);
        var employee = input.EmployeeId == input.ManagerId ? null : await ResolveAsync(input.EmployeeId, "employeeId", errors, cancellationToken);
        return (manager, employee);
    }

    async Task<Participant?> ResolveAsync(string? id, string field, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (!EntityKey.IsValid(id))
        {
            return null;
        }
        var person = await directory.FindAsync(id!, cancellationToken);
        if (!errors.Require(person is not null, field, $"No employee '{id}' is in the directory.")
            || !errors.Require(person!.Active, field, $"Employee '{id}' is not active."))
        {
            return null;
        }
        return new Participant(person.Id, person.Name, person.Email);
    }
}
