-- Stories: near-duplicate articles (one wire story on several outlets) linked to the first article
-- of the story. story_id NULL: the article is the first (or only) one of its story.

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES articles (id);
CREATE INDEX articles_story ON articles (story_id);

-- MinHash signatures (64 × u32, little-endian) and their band hashes for lookup.
CREATE TABLE article_signatures (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature   BLOB NOT NULL
);

CREATE TABLE signature_bands (
    hash        INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX signature_bands_hash ON signature_bands (hash);
