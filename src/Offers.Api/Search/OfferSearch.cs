using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Offers.Api.Infrastructure;

namespace Offers.Api.Search;

/// <summary>
/// The catalogue search in one SQL statement over indexed columns: German full text (stored
/// tsvector, GIN), word prefixes (tsquery :*), typos (pg_trgm word similarity on titles and tags,
/// GIN), array filters (GIN) and a bounding box before the exact great-circle distance.
/// </summary>
public static partial class OfferSearch
{
    public sealed class Hit
    {
        public Guid Id { get; set; }
        public long Total { get; set; }
        public double? DistanceKm { get; set; }
    }

    // Great-circle distance in km from @lat,@lon to the offer (its municipality's centre when it has no coordinates).
    private const string DistanceSql =
        "(6371.0 * 2 * asin(sqrt(power(sin(radians(o.effective_latitude - @lat) / 2), 2) + " +
        "cos(radians(@lat)) * cos(radians(o.effective_latitude)) * power(sin(radians(o.effective_longitude - @lon) / 2), 2))))";

    // The words as German full text (stemmed), or'ed with each word as a prefix ("Deutschk" → deutschk:*).
    private const string TextQuerySql =
        "(websearch_to_tsquery('german'::regconfig, offers_unaccent(@q)) || to_tsquery('simple'::regconfig, offers_unaccent(@prefix)))";


    /// <summary>How many text matches at most are ranked for a page within them (see <see cref="Build"/>).</summary>
    public const int RankedCandidates = 500;

    public static async Task<(IReadOnlyList<Hit> Hits, int Total)> RunAsync(OffersDbContext db, OfferSearchCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.Text is null || db.Database.CurrentTransaction is not null)
        {
            return await RunTextFirstAsync(db, criteria, cancellationToken);
        }

        // The capped statements end in LIMIT, which makes walking rows in some order look cheap to
        // the planner (it expects to meet 500 matches early) — a sequential scan, or an index scan
        // over (status, category) — but either evaluates @@ on every row it passes, reading each
        // search vector from TOAST: ~7,300 buffers (seq scan) or ~138,000 (index scan, measured for
        // "Bewerbung": 240 ms) at 100,000 offers. The GIN bitmap path reads ~2,000 (rank) + ~470
        // (count). SET LOCAL keeps the planner on it for this transaction only.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", cancellationToken);
        var result = await RunTextFirstAsync(db, criteria, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Full text first (stems and word prefixes, one GIN lookup); only when that finds nothing, the
    /// typo-tolerant trigram search. Running trigrams on every query would cost far more, and a
    /// query that the full text answers needs no typo tolerance.
    /// </summary>
    private static async Task<(IReadOnlyList<Hit> Hits, int Total)> RunTextFirstAsync(OffersDbContext db, OfferSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var result = await RunAsync(db, Build(criteria, fuzzy: false), criteria, cancellationToken);
        return result.Total == 0 && criteria.Text is not null
            ? await RunAsync(db, Build(criteria, fuzzy: true), criteria, cancellationToken)
            : result;
    }

    private static async Task<(IReadOnlyList<Hit> Hits, int Total)> RunAsync(
        OffersDbContext db, (string Sql, string WhereSql, List<NpgsqlParameter> Parameters) statement, OfferSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var hits = await db.Database.SqlQueryRaw<Hit>(statement.Sql, statement.Parameters.Cast<object>().ToArray()).ToListAsync(cancellationToken);
        var total = (hits.Count > 0 || criteria.Paging.Skip == 0) && criteria.Text is null
            ? (int)(hits.FirstOrDefault()?.Total ?? 0)
            : await CountAsync(db, statement.WhereSql, statement.Parameters, capped: criteria.Text is not null, cancellationToken);
        return (hits, total);
    }

    /// <summary>The SQL of one search and its parameters (public for the benchmark's EXPLAIN).</summary>
    public static (string Sql, string WhereSql, List<NpgsqlParameter> Parameters) Build(OfferSearchCriteria criteria, bool fuzzy)
    {
        var parameters = new List<NpgsqlParameter>();
        // Nearly every offer is published, so the status index narrows nothing; yet for a
        // broad prefix ("Bewerbung" → bewerbu:*, estimated at 22,000 matches) the planner
        // preferred a bitmap over it (all 100,000 rows) and evaluated @@ on each row it met,
        // reading the search vectors: 28 ms to rank, 21 ms to count, where the GIN bitmap takes
        // 10 and 8. Written as IS TRUE the status test is no index condition, so text
        // searches start from the GIN index (other filters may still join in with BitmapAnd).
        var where = new List<string>();
        if (criteria.Status == OfferStatusFilter.Published)
        {
            where.Add(criteria.Text is null ? "o.status = 'Published'" : "(o.status = 'Published') IS TRUE");
        }
        else
        {
            // Drafts and archived offers are few, so the status index may well narrow them.
            AddEditableBy(criteria);
        }

        // Result columns in snake_case: the naming convention maps Hit's properties to id, total, distance_km.
        var select = new StringBuilder("o.id AS id, count(*) OVER () AS total");
        string orderBy;

        void Add(string name, object value, NpgsqlDbType? type = null)
        {
            var parameter = new NpgsqlParameter(name, value);
            if (type is not null)
            {
                parameter.NpgsqlDbType = type.Value;
            }

            parameters.Add(parameter);
        }

        if (criteria.Near is { } near)
        {
            Add("lat", near.Lat);
            Add("lon", near.Lon);
            select.Append($", {DistanceSql} AS distance_km");
        }
        else
        {
            select.Append(", NULL::double precision AS distance_km");
        }

        if (criteria.Text is { } text && fuzzy)
        {
            // Each word becomes the lexicon words most similar to it (typos), or'ed; words and'ed.
            var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3).Take(5).ToList();
            var perWord = new List<string>();
            for (var i = 0; i < words.Count; i++)
            {
                Add($"w{i}", words[i]);
                perWord.Add($"(SELECT to_tsquery('german'::regconfig, coalesce(string_agg(x.word, ' | '), '')) FROM " +
                    $"(SELECT word FROM offer_words WHERE word % offers_unaccent(@w{i}) ORDER BY word <-> offers_unaccent(@w{i}) LIMIT 3) x)");
            }

            var corrected = perWord.Count == 0 ? "''::tsquery" : string.Join(" && ", perWord);
            where.Add($"o.search_vector @@ ({corrected})");
            orderBy = $"ts_rank(o.search_vector, ({corrected})) DESC, o.title, o.id";
        }
        else if (criteria.Text is { } text2)
        {
            Add("q", text2);
            Add("prefix", PrefixQuery(text2) ?? "");
            where.Add($"o.search_vector @@ {TextQuerySql}");
            orderBy = $"ts_rank(o.search_vector, {TextQuerySql}) DESC, o.title, o.id";
        }
        else
        {
            orderBy = criteria.Near is null ? "o.title, o.id" : $"{DistanceSql}, o.title, o.id";
        }

        if (criteria.Municipality is { } municipality)
        {
            Add("municipality", municipality);
            where.Add("o.municipality = @municipality");
        }

        if (criteria.RegionMunicipalities is { } inRegion)
        {
            Add("region", inRegion.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            where.Add("o.municipality = ANY(@region)");
        }

        if (criteria.Category is { } category)
        {
            Add("category", category);
            where.Add("o.category = @category");
        }

        AddContains("language", "languages", criteria.Language);
        AddContains("targetGroup", "target_groups", criteria.TargetGroup);
        AddContains("day", "schedule_days", criteria.DayOfWeek);

        if (criteria.Online is { } online)
        {
            Add("online", online);
            where.Add("o.online = @online");
        }

        if (criteria is { Near: { } center, RadiusKm: { } radius })
        {
            // The box lets the planner use the coordinate index; the exact distance decides.
            var latDelta = radius / 111.0;
            var lonDelta = radius / (111.0 * Math.Max(Math.Cos(center.Lat * Math.PI / 180), 0.01));
            Add("minLat", center.Lat - latDelta);
            Add("maxLat", center.Lat + latDelta);
            Add("minLon", center.Lon - lonDelta);
            Add("maxLon", center.Lon + lonDelta);
            Add("radius", radius);
            where.Add("o.effective_latitude BETWEEN @minLat AND @maxLat AND o.effective_longitude BETWEEN @minLon AND @maxLon");
            where.Add($"{DistanceSql} <= @radius");
        }

        Add("take", criteria.Paging.PageSize);
        Add("skip", criteria.Paging.Skip);
        var whereSql = where.Count == 0 ? "TRUE" : string.Join(" AND ", where); // an admin's list of every status
        var sql = $"SELECT {select} FROM offers o WHERE {whereSql} ORDER BY {orderBy} LIMIT @take OFFSET @skip";
        if (criteria.Text is not null && criteria.Paging.Skip + criteria.Paging.PageSize <= RankedCandidates)
        {
            // A broad word matches thousands of offers (7,700 of 100,000 for "Deutschkurs"); ranking
            // each needs its whole search vector (heap page + TOAST pages: ~30,000 buffers, 80-170 ms).
            // So rank at most RankedCandidates matches, taken in index (physical) order, and count
            // the total separately: the count reads no vector and ranks nothing. Below the cap the
            // candidates are all matches, so order and total stay exact; pages past the cap rank all.
            select.Replace("count(*) OVER ()", "0::bigint");
            Add("candidates", RankedCandidates);
            sql = $"SELECT {select} FROM (SELECT o.id, o.title, o.search_vector, o.effective_latitude, o.effective_longitude " +
                $"FROM offers o WHERE {whereSql} LIMIT @candidates) o ORDER BY {orderBy} LIMIT @take OFFSET @skip";
        }

        return (sql, whereSql, parameters);

        void AddEditableBy(OfferSearchCriteria beyondPublished)
        {
            var scope = beyondPublished.EditableBy
                ?? throw new InvalidOperationException("A search beyond published offers needs the caller's edit scope.");
            if (beyondPublished.Status.Status() is { } status)
            {
                where.Add($"o.status = '{status}'"); // an enum name, not input
            }

            if (scope.Everywhere)
            {
                return;
            }

            // The same offers OfferEditScope.Covers admits one by one.
            var anyOf = new List<string>();
            if (scope.Municipality is { } municipality)
            {
                Add("editableMunicipality", municipality);
                anyOf.Add("o.municipality = @editableMunicipality");
            }

            if (scope.Organization is { } organization)
            {
                Add("editableOrganization", organization);
                anyOf.Add("o.provider_organization = @editableOrganization");
            }

            where.Add(anyOf.Count == 0 ? "FALSE" : $"({string.Join(" OR ", anyOf)})");
        }

        void AddContains(string name, string column, string? value)
        {
            if (value is not null)
            {
                Add(name, new[] { value }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                where.Add($"o.{column} @> @{name}");
            }
        }
    }

    /// <summary>
    /// Each word as a prefix, so words being typed match ("Begegn" finds "Begegnungscafé"). Longer
    /// words lose their last two letters first: the German stemmer turns "Deutschkurs" into
    /// "deutschkur" but "Deutschkurse" into "deutschkurs", and the shorter prefix finds both.
    /// Fragments under three letters would match nearly everything.
    /// </summary>
    private static string? PrefixQuery(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3)
            .Select(w => w.Length >= 7 ? w[..^2] : w).ToList();
        return words.Count == 0 ? null : string.Join(" & ", words.Select(w => w + ":*"));
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex Word();
}
