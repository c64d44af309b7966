-- The rejected statements, for leaving them out of search counts without scanning every
-- statement (a partial index: the statements still to review or accepted are not in it).
CREATE INDEX statements_rejected ON statements (id) WHERE review_state = 'rejected';
