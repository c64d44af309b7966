-- Marsad workspace schema, version 1.
-- Spans (start, end) are Unicode code point offsets into articles.body, end exclusive.
-- Dates are ISO 8601 text; instants are RFC 3339 in UTC.

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    language       TEXT NOT NULL CHECK (language IN ('ar', 'en', 'other')),
    outlet         TEXT,
    url            TEXT,
    author         TEXT,
    published_at   TEXT,            -- normalised (UTC date or instant)
    published_raw  TEXT,            -- as the source wrote it
    imported_at    TEXT NOT NULL,
    content_hash   TEXT NOT NULL UNIQUE,
    source_path    TEXT
);
CREATE INDEX articles_published ON articles (published_at);

CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'location')),
    name        TEXT NOT NULL,      -- the name shown by default
    name_ar     TEXT,
    name_en     TEXT,
    note        TEXT,
    gazetteer_key TEXT UNIQUE,      -- the built-in gazetteer entry it is, if any
    created_at  TEXT NOT NULL
);

CREATE TABLE actor_aliases (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    normalized  TEXT NOT NULL,      -- folded for matching (see marsad-extract::normalize)
    script      TEXT NOT NULL CHECK (script IN ('arabic', 'latin', 'other')),
    language    TEXT CHECK (language IN ('ar', 'en', 'other')),
    origin      TEXT NOT NULL CHECK (origin IN ('article', 'gazetteer', 'analyst')),
    UNIQUE (actor_id, normalized)
);
CREATE INDEX actor_aliases_normalized ON actor_aliases (normalized);

CREATE TABLE actor_roles (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    role        TEXT NOT NULL,
    article_id  INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    seen_on     TEXT                -- the article's date, where known
);
CREATE INDEX actor_roles_actor ON actor_roles (actor_id);

CREATE TABLE actor_affiliations (
    actor_id        INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    affiliated_with INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    article_id      INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, affiliated_with)
);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE statements (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_id     INTEGER REFERENCES actors (id),
    cue            TEXT NOT NULL,
    cue_start      INTEGER NOT NULL,
    cue_end        INTEGER NOT NULL,
    stance         TEXT NOT NULL CHECK (stance IN ('claim', 'warning', 'accusation', 'assessment', 'denial',
                                                   'threat', 'disclosure', 'announcement', 'demand', 'promise')),
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    stated_on      TEXT,            -- the date the text gives; NULL: the article's publication date applies
    confidence     REAL NOT NULL,
    review_state   TEXT NOT NULL DEFAULT 'pending'
                   CHECK (review_state IN ('pending', 'accepted', 'rejected', 'edited')),
    origin         TEXT NOT NULL DEFAULT 'machine' CHECK (origin IN ('machine', 'analyst')),
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_speaker ON statements (speaker_id);

CREATE TABLE statement_targets (
    statement_id  INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    actor_id      INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (statement_id, actor_id)
);
CREATE INDEX statement_targets_actor ON statement_targets (actor_id);

CREATE TABLE figures (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    value          REAL,
    value_max      REAL,
    qualifier      TEXT NOT NULL CHECK (qualifier IN ('exact', 'more_than', 'less_than', 'at_least', 'at_most',
                                                      'about', 'range', 'unspecified')),
    unit           TEXT NOT NULL,
    source_id      INTEGER REFERENCES actors (id),
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    stated_on      TEXT,
    confidence     REAL NOT NULL,
    review_state   TEXT NOT NULL DEFAULT 'pending'
                   CHECK (review_state IN ('pending', 'accepted', 'rejected', 'edited')),
    origin         TEXT NOT NULL DEFAULT 'machine' CHECK (origin IN ('machine', 'analyst')),
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX figures_article ON figures (article_id);
CREATE INDEX figures_source ON figures (source_id);

CREATE TABLE figure_subjects (
    figure_id  INTEGER NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
    actor_id   INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (figure_id, actor_id)
);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

-- A tag on an article, actor, statement or figure.
CREATE TABLE taggings (
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    item_kind  TEXT NOT NULL CHECK (item_kind IN ('article', 'actor', 'statement', 'figure')),
    item_id    INTEGER NOT NULL,
    PRIMARY KEY (tag_id, item_kind, item_id)
);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('article', 'actor', 'statement', 'figure', 'workspace')),
    item_id     INTEGER,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX notes_item ON notes (item_kind, item_id);

-- Every analyst edit, with what it changed, so that it can be shown and undone.
CREATE TABLE edit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    action     TEXT NOT NULL,       -- e.g. 'statement.review', 'actor.merge'
    item_kind  TEXT NOT NULL,
    item_id    INTEGER,
    before     TEXT,                -- JSON
    after      TEXT,                -- JSON
    undone_at  TEXT
);
