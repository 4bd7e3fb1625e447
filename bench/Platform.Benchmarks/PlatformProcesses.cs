using TestSupport;

namespace Platform.Benchmarks;

/// <summary>The processes of a platform, named and grouped as operators know them (one place for every benchmark's memory table).</summary>
internal static class PlatformProcesses
{
    /// <summary>What a process is, in words an operator knows (its executable's name when it is none of these).</summary>
    public static string Label(ProcessTree.Entry process) => KnownLabel(process) ?? process.Name;

    /// <summary>The label of a process this benchmark knows; null for any other.</summary>
    public static string? KnownLabel(ProcessTree.Entry process) => process switch
    {
        { Name: "postgres" } => "PostgreSQL (postmaster and its backends)",
        { Name: "beam.smp" or "erl_child_setup" or "inet_gethost" or "epmd" } => "RabbitMQ (beam.smp, its helpers, epmd)",
        // RabbitMQ's disk monitor, "/bin/sh -s rabbit_disk_monitor" (an Erlang port).
        { Name: "sh" } when process.Command.Contains("rabbit", StringComparison.Ordinal) => "RabbitMQ (beam.smp, its helpers, epmd)",
        { Name: "Aspire.Dashboar" } => "Aspire dashboard",
        { Name: "dcp" } when process.Command.Contains("monitor-process", StringComparison.Ordinal) => "DCP process monitors (one per executable)",
        { Name: "dcp" } => "DCP (API server and controllers)",
        { Name: "AppHost" } => "AppHost",
        { Name: "dotnet" } when process.Command.Contains("src/AppHost", StringComparison.Ordinal) => "dotnet run (the command typed)",
        { Name: "dotnet" } => "dotnet run of a service (one per project)",
        _ when process.Command.Contains("Offers.Api", StringComparison.Ordinal) => "Offers.Api",
        _ when process.Command.Contains("Volunteers.Api", StringComparison.Ordinal) => "Volunteers.Api",
        _ when process.Command.Contains("Events.Api", StringComparison.Ordinal) => "Events.Api",
        _ when process.Command.Contains("Gateway", StringComparison.Ordinal) => "Gateway",
        _ when process.Command.Contains("WebApp", StringComparison.Ordinal) => "Web app",
        _ => null,
    };
}
