-- Counting an actor's articles, statements and figures from indexes alone (the actors list, the
-- actor lookup of a search): each count used to visit one table row per match, which at 300,000
-- articles made the actors list take seconds. The new indexes start with the old ones' column, so
-- they serve every query those served.
CREATE INDEX mentions_actor_article ON mentions (actor_id, article_id);
DROP INDEX mentions_actor;
CREATE INDEX statements_speaker_state ON statements (speaker_id, review_state);
DROP INDEX statements_speaker;
CREATE INDEX figures_source_state ON figures (source_id, review_state);
DROP INDEX figures_source;

-- Rejected figures, as for statements (0008): the count of what is not rejected is the count of
-- all minus these.
CREATE INDEX figures_rejected ON figures (id) WHERE review_state = 'rejected';

-- Articles by language, for the workspace's counts without reading each article's row (the body
-- comes before the language in the row, so reading the language reads the whole text).
CREATE INDEX articles_language ON articles (language);

-- Outlets, for the outlet filters (one entry per outlet without reading the articles).
CREATE INDEX articles_outlet ON articles (outlet);
