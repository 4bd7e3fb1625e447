namespace ReferenceData;

public sealed record GeoCoordinate(double Lat, double Lon);

public sealed record Municipality(string Id, string Name, string Region, GeoCoordinate Location);

public sealed record ReferenceItem(string Id, string Name);

/// <summary>
/// The county a deployment serves: its municipalities (with region and centre coordinates),
/// and the categories and target groups offers are filed under. Bound from the <c>County</c>
/// configuration section; without one, the default profile is Kreis Warendorf (api.md).
/// Every service reads the same profile, so municipality ids agree across contexts.
/// </summary>
public sealed class CountyProfile
{
    public string Name { get; set; } = "Kreis Warendorf";
    public List<Municipality> Municipalities { get; set; } = [];
    public List<ReferenceItem> Categories { get; set; } = [];
    public List<ReferenceItem> TargetGroups { get; set; } = [];

    public Municipality? FindMunicipality(string? id) =>
        id is null ? null : Municipalities.Find(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    public bool IsMunicipality(string? id) => FindMunicipality(id) is not null;

    public bool IsCategory(string? id) => Categories.Exists(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public bool IsTargetGroup(string? id) => TargetGroups.Exists(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    public bool IsRegion(string? region) => Municipalities.Exists(m => string.Equals(m.Region, region, StringComparison.Ordinal));
}
