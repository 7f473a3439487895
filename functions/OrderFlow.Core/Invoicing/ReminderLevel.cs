using System.Text.Json.Serialization;

namespace OrderFlow.Core.Invoicing;

/// <summary>The payment reminders an overdue invoice can get, mildest first; a later level is never followed by an earlier one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReminderLevel>))]
public enum ReminderLevel { Friendly, Second, Final }

/// <summary>A reminder recorded on an invoice: its level and when it was queued for the customer.</summary>
public sealed record InvoiceReminder(ReminderLevel Level, DateTimeOffset At);
