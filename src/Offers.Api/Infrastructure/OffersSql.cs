namespace Offers.Api.Infrastructure;

/// <summary>
/// SQL functions the search columns need. unaccent() and array_to_string() are only STABLE, and a
/// stored generated column accepts IMMUTABLE functions only; with a fixed dictionary and a text
/// array both are immutable in practice, hence these wrappers (created by the InitialCreate migration).
/// </summary>
internal static class OffersSql
{
    public const string CreateFunctions = """
        CREATE OR REPLACE FUNCTION offers_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
        CREATE OR REPLACE FUNCTION array_to_string_immutable(text[]) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$;
        """;
}
