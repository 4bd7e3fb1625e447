using Microsoft.AspNetCore.Authorization;
using ServiceDefaults.Api;
using ServiceDefaults.Authentication;

namespace ServiceDefaults.Tests;

public sealed class OpenApiDefaultsTests
{
    [Fact]
    public void WhoMayCall_AllowAnonymous_SaysAnyone() =>
        Assert.Equal("Who may call: anyone, without signing in.", OpenApiDefaults.WhoMayCall([new AllowAnonymousAttribute()]));

    [Fact]
    public void WhoMayCall_NoAuthorizationAtAll_SaysAnyone() =>
        Assert.Equal("Who may call: anyone, without signing in.", OpenApiDefaults.WhoMayCall([]));

    [Fact]
    public void WhoMayCall_CoordinatorPolicy_NamesTheRolesAndTheirScope() =>
        Assert.Equal("Who may call: coordinators (for their own municipality) and admins.",
            OpenApiDefaults.WhoMayCall([new AuthorizeAttribute(PlatformPolicies.CoordinatorOrAdmin)]));

    [Fact]
    public void WhoMayCall_AuthorizeWithoutPolicy_SaysAnySignedInCaller() =>
        Assert.Equal("Who may call: any signed-in caller.", OpenApiDefaults.WhoMayCall([new AuthorizeAttribute()]));

    [Fact]
    public void WhoMayCall_AnonymousWithAPartForEditors_NamesWhoMayCallThatPart() =>
        Assert.Equal("Who may call: anyone, without signing in; status other than published: coordinators (their municipality), providers (their organisation) and admins.",
            OpenApiDefaults.WhoMayCall([new AllowAnonymousAttribute(), new OpenApiDefaults.PartialAuthorization("status other than published", PlatformPolicies.Editor)]));
}
