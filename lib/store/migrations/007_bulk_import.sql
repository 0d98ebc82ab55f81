-- Speed of import at 100,000 articles (issue 7, round 3).
--
-- 1. The index of LSH bands by article is gone: near-duplicate links are now looked up band by
--    band (the primary key), with the new articles' bands sent from the import, and nothing reads
--    bands by article. It was a second index insert for each of the 32 bands of every article.
-- 2. Article bodies are stored uncompressed (STORAGE EXTERNAL), still out of line: compressing
--    about 5 KB of Arabic per article cost more CPU time on every import than the disk it spared.
DROP INDEX IF EXISTS article_bands_article;
ALTER TABLE articles ALTER COLUMN body SET STORAGE EXTERNAL;
