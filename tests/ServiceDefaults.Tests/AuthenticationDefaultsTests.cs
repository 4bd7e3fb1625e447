using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using ServiceDefaults.Authentication;

namespace ServiceDefaults.Tests;

public sealed class AuthenticationDefaultsTests
{
    [Fact]
    public void ResolveSigningKey_InDevelopmentWithoutKey_UsesDevelopmentKey() =>
        Assert.Equal(DevelopmentTokens.SigningKey, AuthenticationDefaults.ResolveSigningKey(new JwtOptions(), new TestEnvironment("Development")));

    [Fact]
    public void ResolveSigningKey_InProductionWithDevelopmentKey_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => AuthenticationDefaults.ResolveSigningKey(
            new JwtOptions { SigningKey = DevelopmentTokens.SigningKey }, new TestEnvironment("Production")));

    [Fact]
    public void ResolveSigningKey_InProductionWithoutKey_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => AuthenticationDefaults.ResolveSigningKey(new JwtOptions(), new TestEnvironment("Production")));

    [Fact]
    public void ResolveSigningKey_InProductionWithOwnKey_UsesIt()
    {
        var key = new string('k', 48);

        Assert.Equal(key, AuthenticationDefaults.ResolveSigningKey(new JwtOptions { SigningKey = key }, new TestEnvironment("Production")));
    }

    [Fact]
    public void ResolveSigningKey_InProductionWithAuthorityOnly_NeedsNoKey() =>
        Assert.Null(AuthenticationDefaults.ResolveSigningKey(new JwtOptions { Authority = "https://login.example" }, new TestEnvironment("Production")));

    [Fact]
    public void Resolve_ClaimMappingForNoPlatformClaim_Refuses() =>
        Assert.Throws<InvalidOperationException>(() => ClaimMappings.Resolve(new Dictionary<string, string> { ["Rolle"] = "roles" }));

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
