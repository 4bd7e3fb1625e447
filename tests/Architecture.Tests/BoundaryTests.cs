using NetArchTest.Rules;

namespace Architecture.Tests;

/// <summary>
/// The boundaries the design rests on, checked on the compiled assemblies: by the assemblies
/// each one references and by the types each one's code uses.
/// </summary>
public sealed class BoundaryTests
{
    public static TheoryData<string> Contexts => [.. Layers.Contexts];

    public static TheoryData<string> BuildingBlocks => [.. Layers.BuildingBlocks];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Context_ReferencesNoOtherContextNorTheGateway(string context)
    {
        var others = Layers.Contexts.Where(other => other != context).Append(Layers.Gateway).ToArray();

        Assert.Empty(Layers.PlatformReferencesOf(context).Intersect(others));
        AssertNoTypeUses(context, others);
    }

    [Fact]
    public void Gateway_ReferencesNoService()
    {
        Assert.Empty(Layers.PlatformReferencesOf(Layers.Gateway).Intersect(Layers.Contexts));
        AssertNoTypeUses(Layers.Gateway, Layers.Contexts);
    }

    [Fact]
    public void WebApp_KnowsOnlyThePublicApi()
    {
        // A reference client like any partner app: no service, no database, no broker.
        string[] forbidden = [.. Layers.Contexts, Layers.Gateway, "Messaging", "Persistence"];
        Assert.Empty(Layers.PlatformReferencesOf(Layers.WebApp).Intersect(forbidden));
        AssertNoTypeUses(Layers.WebApp, [.. Layers.Contexts, Layers.Gateway]);
    }

    [Theory]
    [MemberData(nameof(BuildingBlocks))]
    public void BuildingBlock_KnowsNoServiceNorTheGateway(string block)
    {
        var services = Layers.Contexts.Append(Layers.Gateway).ToArray();

        Assert.Empty(Layers.PlatformReferencesOf(block).Intersect(services));
        AssertNoTypeUses(block, services);
    }

    [Fact]
    public void Contracts_DependOnNothingButTheRuntime()
    {
        // Messages are shared by every context; anything they reference becomes everyone's dependency.
        var references = Layers.Load(Layers.Contracts).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => !name.StartsWith("System.", StringComparison.Ordinal) && name is not "System" and not "netstandard")
            .ToArray();

        Assert.Empty(references);
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Context_ReachesTheOutboxOnlyThroughMessaging(string context)
    {
        // Rows are added with AddIntegrationEvent and removed with RemoveIntegrationEventsAboutAsync;
        // the relay and the retention own the rest.
        var result = Types.InAssembly(Layers.Load(context))
            .ShouldNot().HaveDependencyOnAny("Messaging.Outbox.OutboxMessage", "Messaging.Inbox.InboxMessage")
            .GetResult();
        Assert.True(result.IsSuccessful, $"{context} handles outbox or inbox rows itself: {string.Join(", ", result.FailingTypeNames ?? [])}");

        // Nor by SQL of its own (migrations create the tables; database functions enqueue nothing).
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", context), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var offending = sources.Where(path => File.ReadAllText(path).Contains("outbox_messages", StringComparison.OrdinalIgnoreCase)
            || File.ReadAllText(path).Contains("inbox_messages", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(offending.Count == 0, "SQL on the outbox or inbox tables outside Messaging: " + string.Join(", ", offending));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Integration.Aspire.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Integration.Aspire.sln not found above " + AppContext.BaseDirectory);
    }

    private static void AssertNoTypeUses(string assembly, IEnumerable<string> forbiddenAssemblies)
    {
        var forbidden = forbiddenAssemblies.SelectMany(name => Layers.Namespaces[name]).ToArray();
        var result = Types.InAssembly(Layers.Load(assembly))
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful,
            $"{assembly} uses types of {string.Join(", ", forbidden)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
