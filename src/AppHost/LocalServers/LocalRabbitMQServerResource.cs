using LocalInfrastructure;

namespace AppHost.LocalServers;

/// <summary>
/// RabbitMQ from Debian's packages as an Aspire resource: the broker (beam.smp) as an executable
/// DCP runs and watches, with an amqp:// connection string and a health check, read the way
/// Aspire's own <c>RabbitMQServerResource</c> reads. Its epmd is a resource of its own, so DCP
/// stops it too and no epmd daemon outlives the AppHost.
/// </summary>
public sealed class LocalRabbitMQServerResource(string name, ParameterResource password, string workingDirectory)
    : ExecutableResource(name, ServerUser.Launcher, workingDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string ManagementEndpointName = "management";

    public ParameterResource PasswordParameter { get; } = password;

    /// <summary>Folder, ports and user of the node; the management port is set by WithManagementPlugin.</summary>
    public required RabbitMqNodeOptions NodeOptions { get; set; }

    public RabbitMqNode Node => new(NodeOptions);

    public EndpointReference PrimaryEndpoint => field ??= new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression
    {
        get
        {
            var uri = new ReferenceExpressionBuilder();
            uri.AppendLiteral($"amqp://{Uri.EscapeDataString(NodeOptions.Username)}:");
            uri.Append($"{PasswordParameter:uri}");
            uri.AppendLiteral("@127.0.0.1:");
            uri.Append($"{PrimaryEndpoint.Property(EndpointProperty.Port)}");
            return uri.Build();
        }
    }
}
