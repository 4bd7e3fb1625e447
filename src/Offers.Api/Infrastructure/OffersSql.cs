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

    /// <summary>
    /// The lexicon of distinct words in titles, tags and summaries, for typo tolerance: a
    /// misspelt word is matched by trigram similarity against these few thousand words rather
    /// than against every offer, and the words found then go to the full-text index. Kept by a
    /// trigger, so every way of writing an offer maintains it.
    /// </summary>
    public const string CreateLexicon = """
        CREATE TABLE offer_words (word text PRIMARY KEY);
        CREATE INDEX ix_offer_words_trigram ON offer_words USING gin (word gin_trgm_ops);
        CREATE FUNCTION offers_collect_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO offer_words (word)
            SELECT DISTINCT w FROM regexp_split_to_table(NEW.trigram_text || ' ' || lower(offers_unaccent(coalesce(NEW.summary, ''))), '[^[:alnum:]]+') AS w
            WHERE length(w) >= 3
            ON CONFLICT DO NOTHING;
            RETURN NEW;
        END $$;
        CREATE TRIGGER offers_collect_words AFTER INSERT OR UPDATE OF title, tags, summary ON offers
            FOR EACH ROW EXECUTE FUNCTION offers_collect_words();
        """;
}
