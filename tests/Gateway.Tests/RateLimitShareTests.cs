using Gateway.Security;

namespace Gateway.Tests;

/// <summary>Each gateway instance admits its share of a limit, so the instances together admit no more than it.</summary>
public sealed class RateLimitShareTests
{
    [Theory]
    [InlineData(600, 1, 600)]
    [InlineData(600, 2, 300)]
    [InlineData(601, 2, 300)] // rounded down: together never more than the limit
    [InlineData(600, 3, 200)]
    [InlineData(1, 2, 1)] // every instance admits at least one request
    [InlineData(600, 0, 600)] // a missing or broken setting counts as one instance
    public void ShareOf_ReplicaCount_IsTheLimitDividedAmongThem(int permits, int replicas, int share) =>
        Assert.Equal(share, new RateLimitingOptions { Replicas = replicas }.ShareOf(permits));
}
