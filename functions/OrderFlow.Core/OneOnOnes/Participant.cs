namespace OrderFlow.Core.OneOnOnes;

/// <summary>Who takes part in a series: the manager organises it, the employee attends.</summary>
public enum ParticipantRole
{
    Manager,
    Employee,
}

/// <summary>A participant as the directory knew them when the series was set up; invites keep naming the same people.</summary>
public sealed record Participant(string Id, string Name, string Email);
