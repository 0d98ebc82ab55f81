-- Speed of import and analysis at 100,000 articles (issue 7).
--
-- 1. An analysis's matches are stored in one value, `analyses.match_list` (a JSON array of the
--    engine's match objects, in order), instead of one row of 22 columns each: about 40 matches
--    per article made the row-per-match table the largest cost of saving an analysis (4 million
--    rows and two indexes at 100,000 articles). `matches` stays, as a view with the same columns
--    and meaning (one row per match, `ord` its index), so every query reading it is unchanged.
-- 2. LSH band keys are int8 (band number and the band's hash in one number) instead of hex text:
--    smaller rows and index entries for the 32 bands of every article.
-- 3. The child rows written in bulk (bands, tallies, naming tallies) no longer carry foreign keys:
--    PostgreSQL checks a foreign key row by row with a trigger, which cost more than the insert
--    itself. The store writes each of them in the transaction that writes its parent.
-- 4. Match lists are stored uncompressed (STORAGE EXTERNAL): compressing them cost more CPU time
--    on every save than the disk it spared.
-- 5. Article bodies, signatures and match lists live out of line (TOAST) from 256 bytes a row, so
--    the scans behind outlet tables and time series read small rows: embedded PostgreSQL reads
--    every page through JavaScript, and a scan of rows holding the bodies read the whole corpus.

ALTER TABLE analyses ADD COLUMN match_list json NOT NULL DEFAULT '[]';
ALTER TABLE analyses ALTER COLUMN match_list SET STORAGE EXTERNAL;
ALTER TABLE analyses SET (toast_tuple_target = 256);
ALTER TABLE articles SET (toast_tuple_target = 256);

UPDATE analyses an SET match_list = coalesce(
  (SELECT json_agg(json_build_object(
      'term', m.term, 'form', m.form, 'text', m.text, 'start', m.start_at, 'end', m.end_at,
      'token_start', m.token_start, 'token_end', m.token_end, 'target', m.target, 'category', m.category,
      'valence', m.valence, 'voice', m.voice, 'scare_quoted', m.scare_quoted, 'cue', m.cue,
      'sentence', m.sentence, 'parent', m.parent, 'role', m.role, 'construction', m.construction,
      'resolved', m.resolved) ORDER BY m.ord)
   FROM matches m WHERE m.content_hash = an.content_hash AND m.lexicon_version = an.lexicon_version),
  '[]');

DROP TABLE matches;

CREATE VIEW matches AS
SELECT an.content_hash,
       an.lexicon_version,
       (e.ord - 1)::int AS ord,
       e.m ->> 'term' AS term,
       e.m ->> 'form' AS form,
       e.m ->> 'text' AS text,
       (e.m ->> 'start')::int AS start_at,
       (e.m ->> 'end')::int AS end_at,
       (e.m ->> 'token_start')::int AS token_start,
       (e.m ->> 'token_end')::int AS token_end,
       e.m ->> 'target' AS target,
       e.m ->> 'category' AS category,
       (e.m ->> 'valence')::int AS valence,
       e.m ->> 'voice' AS voice,
       (e.m ->> 'scare_quoted')::boolean AS scare_quoted,
       e.m ->> 'cue' AS cue,
       (e.m ->> 'sentence')::int AS sentence,
       (e.m ->> 'parent')::int AS parent,
       e.m ->> 'role' AS role,
       nullif((e.m -> 'construction')::jsonb, 'null'::jsonb) AS construction,
       nullif((e.m -> 'resolved')::jsonb, 'null'::jsonb) AS resolved,
       e.m -> 'resolved' ->> 'target' AS resolved_target
FROM analyses an CROSS JOIN LATERAL json_array_elements(an.match_list) WITH ORDINALITY AS e(m, ord);

-- Band keys as lib/import/fingerprint.ts's lshBands computes them: band b (0–31) in the high bits,
-- and the band's four signature values folded by h = (h × 31 + v) mod 2³² in the low 32 bits.
DROP TABLE article_bands;
CREATE TABLE article_bands (
  band int8 NOT NULL,
  article_id bigint NOT NULL,
  PRIMARY KEY (band, article_id)
);
INSERT INTO article_bands (band, article_id)
SELECT DISTINCT (b::int8 << 32) | ((((s[4 * b + 1] * 31 + s[4 * b + 2]) % 4294967296 * 31 + s[4 * b + 3]) % 4294967296 * 31 + s[4 * b + 4]) % 4294967296),
       a.id
FROM (SELECT id, string_to_array(signature, ',')::int8[] AS s FROM articles WHERE signature IS NOT NULL) a, generate_series(0, 31) b;
-- the bands of a new batch are looked up by article
CREATE INDEX article_bands_article ON article_bands (article_id);

ALTER TABLE tallies DROP CONSTRAINT tallies_content_hash_lexicon_version_fkey;
ALTER TABLE naming_tallies DROP CONSTRAINT naming_tallies_content_hash_lexicon_version_fkey;
