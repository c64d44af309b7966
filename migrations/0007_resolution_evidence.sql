-- How each actor of an article was recognised, and the keys that let spelling variants and
-- titles find stored actors.
--
-- actor_aliases.spelling: the name's spelling key (marsad-extract normalize::spelling_key), so
-- that "Sergey Lavrov" finds "Sergei Lavrov" and "سيرجي لافروف" finds "سيرغي لافروف".
-- actor_roles.role_key: the role folded for matching ("وزير الخارجية الروسي", "russian foreign
-- minister"), so that a statement by an unnamed title finds who held it around that date.
-- Both are filled by the application (for rows stored before this migration, when it opens).

ALTER TABLE actor_aliases ADD COLUMN spelling TEXT;
CREATE INDEX actor_aliases_spelling ON actor_aliases (spelling);

ALTER TABLE actor_roles ADD COLUMN role_key TEXT;
CREATE INDEX actor_roles_key ON actor_roles (role_key, seen_on);

CREATE TABLE actor_resolutions (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    method      TEXT NOT NULL CHECK (method IN ('new', 'gazetteer', 'name', 'spelling', 'role')),
    evidence    TEXT NOT NULL,
    confidence  REAL NOT NULL,
    PRIMARY KEY (article_id, actor_id, method)
) WITHOUT ROWID;
-- Keyed by article, so that a bulk import appends; an actor's page reads them by scanning (no
-- index by actor: one costs a random write per row at import).
