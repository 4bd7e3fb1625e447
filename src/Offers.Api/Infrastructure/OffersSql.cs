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

    /// <summary>
    /// The catalogue version the search cache keys its pages by (Search/OfferSearchCache): one
    /// row, raised by a statement trigger in the same transaction as any change to <c>offers</c>,
    /// so readers see the new version exactly when they can see the change. BEFORE, not AFTER: a
    /// writing transaction takes this row's lock before it locks any offer, so two writers queue
    /// here instead of deadlocking over each other's offers. Writers of offers are people
    /// (create, publish, archive), so queueing them costs nothing noticeable.
    /// </summary>
    public const string CreateCatalogueVersion = """
        CREATE TABLE offer_catalogue_version (
            single_row boolean PRIMARY KEY DEFAULT true CHECK (single_row),
            version bigint NOT NULL);
        INSERT INTO offer_catalogue_version (version) VALUES (1);
        CREATE FUNCTION offers_raise_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE offer_catalogue_version SET version = version + 1;
            RETURN NULL;
        END $$;
        CREATE TRIGGER offers_raise_catalogue_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON offers
            FOR EACH STATEMENT EXECUTE FUNCTION offers_raise_catalogue_version();
        """;

    public const string DropCatalogueVersion = """
        DROP TRIGGER IF EXISTS offers_raise_catalogue_version ON offers;
        DROP FUNCTION IF EXISTS offers_raise_catalogue_version();
        DROP TABLE IF EXISTS offer_catalogue_version;
        """;
}
