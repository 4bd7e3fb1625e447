namespace ServiceDefaults.Authentication;

/// <summary>The roles of api.md, as carried in the <c>role</c> claim.</summary>
public static class PlatformRoles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Provider = "provider";
    public const string Volunteer = "volunteer";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Admin, Coordinator, Provider, Volunteer };
}

/// <summary>Claim names of the platform's tokens (api.md: sub, role, municipality, org).</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Municipality = "municipality";
    public const string Organization = "org";
}

/// <summary>Authorization policy names shared by the services.</summary>
public static class PlatformPolicies
{
    public const string Admin = "admin";
    public const string CoordinatorOrAdmin = "coordinator-or-admin";
    public const string Editor = "editor"; // coordinator, provider or admin
    public const string Volunteer = "volunteer";
}
