-- Saved briefing definitions (re-run later on new data) and the history of reports written.

CREATE TABLE report_definitions (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    definition  TEXT NOT NULL,          -- JSON: title, author, language, scope, key judgements
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE report_runs (
    id               INTEGER PRIMARY KEY,
    definition_id    INTEGER REFERENCES report_definitions (id) ON DELETE SET NULL,
    title            TEXT NOT NULL,
    format           TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'md', 'html')),
    path             TEXT NOT NULL,
    generated_at     TEXT NOT NULL,
    statement_count  INTEGER NOT NULL,
    figure_count     INTEGER NOT NULL,
    source_count     INTEGER NOT NULL,
    page_count       INTEGER
);
CREATE INDEX report_runs_generated ON report_runs (generated_at);
