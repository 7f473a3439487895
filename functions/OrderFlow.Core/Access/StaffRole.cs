using System.Text.Json.Serialization;

namespace OrderFlow.Core.Access;

/// <summary>
/// The app roles staff hold (Entra app roles in Azure, demo users locally). Admin opens everything the others do;
/// the roles table in docs/back-office.md says what each opens.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<StaffRole>))]
public enum StaffRole { Sales, Operations, Approver, Finance, People, Admin }
