namespace OrderFlow.Core.OneOnOnes;

/// <summary>
/// Section "OrderFlow:OneOnOnes": the secret that seals private notes (Key Vault in Azure, generated into
/// .orderflow/keys.json locally), and the one it replaced while rotating.
/// </summary>
public sealed class OneOnOneOptions
{
    public const string Section = "OrderFlow:OneOnOnes";

    public string NotesKey { get; set; } = "";

    public string? PreviousNotesKey { get; set; }
}
