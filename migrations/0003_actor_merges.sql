-- An actor merged into another keeps its row (so that the merge can be undone) and points at the
-- actor that now holds its mentions, statements, figures, names and roles.
ALTER TABLE actors ADD COLUMN merged_into INTEGER REFERENCES actors (id);
CREATE INDEX actors_merged_into ON actors (merged_into);
