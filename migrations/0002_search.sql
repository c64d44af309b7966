-- Full-text search over articles (title and body) and statements (their content).
-- The text is folded and stemmed in Rust (marsad-extract::search) before it is indexed and queries
-- are folded the same way, so the tokenizer only splits on spaces. Contentless: the index holds
-- terms, not text. rowid = item id * 4 + kind (1 article, 2 statement).
CREATE VIRTUAL TABLE search_index USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
