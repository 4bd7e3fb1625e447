using System.Net.Sockets;
using Gateway.Routing;
using Yarp.ReverseProxy.Forwarder;

namespace Gateway.Tests;

/// <summary>
/// api.md: 502/503/504 mean a service behind the gateway is failing. Which one says how: 503 it
/// cannot be reached (retry later), 504 it did not answer in time, 502 it answered nonsense.
/// </summary>
public sealed class ForwarderErrorStatusTests
{
    public static TheoryData<ForwarderError, Exception?, int> Cases => new()
    {
        { ForwarderError.NoAvailableDestinations, null, 503 },
        { ForwarderError.Request, new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)), 503 },
        { ForwarderError.Request, new HttpRequestException(HttpRequestError.NameResolutionError, "no such host"), 503 },
        { ForwarderError.Request, new HttpRequestException("closed", new HttpIOException(HttpRequestError.ResponseEnded, "ended")), 503 },
        { ForwarderError.RequestTimedOut, new TaskCanceledException(), 504 },
        { ForwarderError.Request, new HttpRequestException(HttpRequestError.InvalidResponse, "garbage"), 502 },
        { ForwarderError.ResponseHeaders, new InvalidOperationException("bad header"), 502 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void StatusFor_ForwarderError_SaysWhetherTheServiceIsUnreachableSlowOrBroken(ForwarderError error, Exception? exception, int expected) =>
        Assert.Equal(expected, ReverseProxyExtensions.StatusFor(new ErrorFeature(error, exception)));

    private sealed record ErrorFeature(ForwarderError Error, Exception? Exception) : IForwarderErrorFeature;
}
