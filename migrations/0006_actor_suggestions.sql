-- Doubtful matches found at import, kept for the analyst to accept (merge) or dismiss, with the
-- evidence (which name matched) and a confidence.

CREATE TABLE actor_suggestions (
    id            INTEGER PRIMARY KEY,
    actor_id      INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    candidate_id  INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    evidence      TEXT NOT NULL,
    confidence    REAL NOT NULL,
    article_id    INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dismissed')),
    created_at    TEXT NOT NULL,
    UNIQUE (actor_id, candidate_id)
);
CREATE INDEX actor_suggestions_state ON actor_suggestions (state);
