namespace WebApp.Account;

/// <summary>Which ways of signing in this instance offers: the development sign-in, OpenID Connect, or both.</summary>
public sealed record SignInMode(bool Development, bool OpenIdConnect);
