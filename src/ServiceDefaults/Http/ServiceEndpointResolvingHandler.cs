namespace ServiceDefaults.Http;

/// <summary>Rewrites <c>http://offers-api/path</c> to the configured address of offers-api.</summary>
internal sealed class ServiceEndpointResolvingHandler(ServiceEndpointResolver resolver) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && resolver.TryResolve(uri.Host) is { } address)
        {
            var builder = new UriBuilder(uri) { Scheme = address.Scheme, Host = address.Host, Port = address.Port };
            request.RequestUri = builder.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
