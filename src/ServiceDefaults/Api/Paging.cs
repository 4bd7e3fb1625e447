namespace ServiceDefaults.Api;

/// <summary>The list envelope of api.md.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary><c>?page=1&amp;pageSize=20</c>, pageSize at most 100.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(int? page, int? pageSize, ValidationErrors errors)
    {
        errors.AddIf(page is < 1, "page", "page must be 1 or more.");
        errors.AddIf(pageSize is < 1 or > MaxPageSize, "pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        return new Paging(Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
    }
}
