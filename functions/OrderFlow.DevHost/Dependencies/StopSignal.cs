using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OrderFlow.DevHost.Dependencies;

/// <summary>Asks a process to stop (SIGTERM), as a service manager would; .NET itself can only kill (SIGKILL).</summary>
static class StopSignal
{
    const int SigTerm = 15;

    /// <summary>Answers whether the request was sent: never on Windows, which has no such signal.</summary>
    public static bool Send(Process process) => !OperatingSystem.IsWindows() && Kill(process.Id, SigTerm) == 0;

    [DllImport("libc", EntryPoint = "kill")]
    static extern int Kill(int pid, int signal);
}
