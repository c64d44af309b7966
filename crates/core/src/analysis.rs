//! The analysis desk: actors, timelines, figures, search, review, the overview.

use std::collections::HashSet;
use std::time::Instant;

use marsad_domain::{
    ActorQuery, ActorSummary, CodePoints, EditEntry, FigureEdit, FigureQuery, FigureRow, Id,
    ItemRef, Overview, ReviewState, SearchHit, SearchKind, SearchQuery, SearchResults, SnippetPart,
    Span, StatementEdit, TimelineItem, TimelineQuery,
};
use marsad_extract::fold_key;
use marsad_extract::gazetteer::{gazetteer, name_key};
use marsad_extract::search::{query_terms, term, words};

use crate::{Error, Result, Workspace};

/// Words of context on each side of a snippet's first hit.
const SNIPPET_WORDS: usize = 14;

/// Collapses figures repeated within a story (same unit, value, range and hedge) into the
/// earliest report, keeping the order of what remains.
fn one_row_per_claim(rows: Vec<FigureRow>) -> Vec<FigureRow> {
    type Claim = (Id, String, Option<u64>, Option<u64>, &'static str);
    let key = |f: &FigureRow| -> Claim {
        (
            f.story_id,
            f.unit.clone(),
            f.value.map(f64::to_bits),
            f.value_max.map(f64::to_bits),
            f.qualifier.as_str(),
        )
    };
    let mut earliest: std::collections::HashMap<Claim, usize> = std::collections::HashMap::new();
    for (i, f) in rows.iter().enumerate() {
        let slot = earliest.entry(key(f)).or_insert(i);
        let current = &rows[*slot];
        if (f.date.as_deref(), f.id) < (current.date.as_deref(), current.id) {
            *slot = i;
        }
    }
    let keep: HashSet<usize> = earliest.values().copied().collect();
    let mut repeats: std::collections::HashMap<Claim, Vec<String>> =
        std::collections::HashMap::new();
    for (i, f) in rows.iter().enumerate() {
        if !keep.contains(&i) {
            let outlet = f.outlet.clone().unwrap_or_else(|| f.article_title.clone());
            let list = repeats.entry(key(f)).or_default();
            if !list.contains(&outlet) {
                list.push(outlet);
            }
        }
    }
    rows.into_iter()
        .enumerate()
        .filter(|(i, _)| keep.contains(i))
        .map(|(_, mut f)| {
            f.repeated_in = repeats.remove(&key(&f)).unwrap_or_default();
            f
        })
        .collect()
}

impl Workspace {
    pub async fn actors(&self, query: &ActorQuery) -> Result<Vec<ActorSummary>> {
        let folded = query.search.as_deref().map(fold_key);
        Ok(self.store.actors(query, folded.as_deref()).await?)
    }

    /// An actor by id or by a name in either script; an ambiguous name is an error that lists the
    /// candidates.
    pub async fn find_actor(&self, name_or_id: &str) -> Result<ActorSummary> {
        if let Ok(id) = name_or_id.trim().parse::<Id>() {
            return self
                .store
                .actor(id)
                .await?
                .ok_or_else(|| Error::not_found(format!("actor {id} does not exist")));
        }
        let folded = fold_key(name_or_id);
        let exact = self.store.actors_named(&folded).await?;
        let candidates = if exact.is_empty() {
            let query = ActorQuery {
                search: Some(name_or_id.to_string()),
                kind: None,
                limit: Some(20),
            };
            self.actors(&query)
                .await?
                .into_iter()
                .map(|a| a.id)
                .collect()
        } else {
            exact
        };
        match candidates.as_slice() {
            [] => Err(Error::not_found(format!(
                "no actor is called '{name_or_id}'"
            ))),
            [id] => self
                .store
                .actor(*id)
                .await?
                .ok_or_else(|| Error::not_found(format!("actor {id} does not exist"))),
            many => {
                let mut names = Vec::new();
                for id in many.iter().take(8) {
                    if let Some(a) = self.store.actor(*id).await? {
                        names.push(format!("{} ({} {})", a.name, a.kind.as_str(), a.id));
                    }
                }
                Err(Error::invalid(format!(
                    "'{name_or_id}' could be {} actors: {}; give the id",
                    many.len(),
                    names.join(", ")
                )))
            }
        }
    }

    pub async fn timeline(&self, query: &TimelineQuery) -> Result<Vec<TimelineItem>> {
        Ok(self.store.timeline(query).await?)
    }

    /// Threat figures, newest first. A figure repeated by other articles of the same story (the
    /// same wire story on several outlets) is one row: the earliest report, with the other
    /// outlets in `repeated_in`.
    pub async fn figures(&self, query: &FigureQuery) -> Result<Vec<FigureRow>> {
        Ok(one_row_per_claim(self.store.figures(query).await?))
    }

    pub async fn overview(&self) -> Result<Overview> {
        Ok(self.store.overview().await?)
    }

    /// Searches articles, statements and actors; Arabic- and English-aware, across scripts for
    /// names the gazetteer or the workspace knows in both.
    pub async fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        let started = Instant::now();
        let terms = query_terms(&query.text);
        if terms.is_empty() {
            return Err(Error::invalid("the search has no words"));
        }
        let limit = query.limit.unwrap_or(50).clamp(1, 500);
        let alternatives = self.name_variants(&query.text).await?;
        let expression = match_expression(&terms, &alternatives);
        let mut wanted: HashSet<String> = terms.iter().cloned().collect();
        wanted.extend(alternatives.iter().flatten().cloned());
        let (index_hits, mut total) = self
            .store
            .search_index(&expression, &query.kinds, limit)
            .await?;
        let mut hits = Vec::new();
        for hit in index_hits {
            if let Some(h) = self.describe_hit(hit.kind, hit.id, &wanted).await? {
                hits.push(h);
            }
        }
        if query.kinds.is_empty() || query.kinds.contains(&SearchKind::Actor) {
            let actors = self
                .actors(&ActorQuery {
                    search: Some(query.text.clone()),
                    kind: None,
                    limit: Some(20),
                })
                .await?;
            total += u32::try_from(actors.len()).unwrap_or(0);
            let actor_hits = actors.into_iter().map(|a| {
                let names = [Some(a.name.clone()), a.name_ar.clone(), a.name_en.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<HashSet<_>>()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(" · ");
                SearchHit {
                    kind: SearchKind::Actor,
                    id: a.id,
                    article_id: None,
                    title: a.name.clone(),
                    snippet: vec![SnippetPart {
                        text: names,
                        hit: false,
                    }],
                    language: None,
                    date: None,
                    span: None,
                }
            });
            hits.splice(0..0, actor_hits);
        }
        let elapsed_ms = u32::try_from(started.elapsed().as_millis()).unwrap_or(u32::MAX);
        Ok(SearchResults {
            hits,
            total,
            elapsed_ms,
        })
    }

    /// Other names of what the query names (gazetteer entry or workspace actor), as term lists.
    async fn name_variants(&self, text: &str) -> Result<Vec<Vec<String>>> {
        let key = name_key(text);
        let mut names: Vec<String> = Vec::new();
        let g = gazetteer();
        for &i in g.lookup(&key) {
            names.extend(g.entries[i].all_names().cloned());
        }
        for id in self.store.actors_named(&key).await?.into_iter().take(5) {
            if let Some(a) = self.store.actor(id).await? {
                names.extend([Some(a.name), a.name_ar, a.name_en].into_iter().flatten());
            }
        }
        let mut out: Vec<Vec<String>> = names
            .iter()
            .map(|n| query_terms(n))
            .filter(|t| !t.is_empty())
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    async fn describe_hit(
        &self,
        kind: SearchKind,
        id: Id,
        wanted: &HashSet<String>,
    ) -> Result<Option<SearchHit>> {
        match kind {
            SearchKind::Article => {
                let Some((title, body, language, date)) = self.store.article_text(id).await? else {
                    return Ok(None);
                };
                let (snippet, span) = snippet(&body, Span::new(0, body.chars().count()), wanted);
                Ok(Some(SearchHit {
                    kind,
                    id,
                    article_id: Some(id),
                    title,
                    snippet,
                    language: Some(language),
                    date,
                    span,
                }))
            }
            SearchKind::Statement => {
                let Some((article_id, span, speaker)) = self.store.statement_place(id).await?
                else {
                    return Ok(None);
                };
                let Some((title, body, language, date)) =
                    self.store.article_text(article_id).await?
                else {
                    return Ok(None);
                };
                let (snippet, _) = snippet(&body, span, wanted);
                let title = match speaker {
                    Some(s) => format!("{s} — {title}"),
                    None => title,
                };
                Ok(Some(SearchHit {
                    kind,
                    id,
                    article_id: Some(article_id),
                    title,
                    snippet,
                    language: Some(language),
                    date,
                    span: Some(span),
                }))
            }
            SearchKind::Actor => Ok(None),
        }
    }

    pub async fn set_review(&self, item: ItemRef, state: ReviewState, now: &str) -> Result<()> {
        Ok(self.store.set_review(item, state, now).await?)
    }

    pub async fn edit_statement(&self, id: Id, edit: &StatementEdit, now: &str) -> Result<()> {
        self.store.edit_statement(id, edit, now).await?;
        if let Some(span) = edit.span {
            if let Some((article_id, _, _)) = self.store.statement_place(id).await? {
                if let Some((_, body, _, _)) = self.store.article_text(article_id).await? {
                    let content = CodePoints::new(&body).slice(span).to_string();
                    self.store
                        .reindex_statement(id, &marsad_extract::search::index_text(&content))
                        .await?;
                }
            }
        }
        Ok(())
    }

    pub async fn edit_figure(&self, id: Id, edit: &FigureEdit, now: &str) -> Result<()> {
        Ok(self.store.edit_figure(id, edit, now).await?)
    }

    pub async fn undo(&self, now: &str) -> Result<Option<EditEntry>> {
        Ok(self.store.undo(now).await?)
    }

    pub async fn edit_log(&self, limit: u32) -> Result<Vec<EditEntry>> {
        Ok(self.store.edit_log(limit).await?)
    }
}

/// An FTS5 expression: all query terms, or any of the other names as a phrase. Every term is
/// quoted, so nothing the analyst types is read as query syntax.
fn match_expression(terms: &[String], alternatives: &[Vec<String>]) -> String {
    let quote = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    let all = terms
        .iter()
        .map(|t| quote(t))
        .collect::<Vec<_>>()
        .join(" AND ");
    let mut parts = vec![format!("({all})")];
    for alt in alternatives {
        if alt.as_slice() != terms {
            parts.push(quote(&alt.join(" ")));
        }
    }
    parts.join(" OR ")
}

/// The words around the first hit inside `within`, hits marked; and where that hit is.
fn snippet(body: &str, within: Span, wanted: &HashSet<String>) -> (Vec<SnippetPart>, Option<Span>) {
    let index = CodePoints::new(body);
    let region = index.slice(within);
    let ws = words(region);
    let first_hit = ws.iter().position(|(w, _, _)| wanted.contains(&term(w)));
    let centre = first_hit.unwrap_or(0);
    let from = centre.saturating_sub(SNIPPET_WORDS / 2);
    let to = (from + SNIPPET_WORDS * 2).min(ws.len());
    if ws.is_empty() {
        return (Vec::new(), None);
    }
    let region_points = CodePoints::new(region);
    let mut parts: Vec<SnippetPart> = Vec::new();
    let mut cursor = ws[from].1;
    if from > 0 {
        parts.push(SnippetPart {
            text: "… ".into(),
            hit: false,
        });
    }
    for (w, s, e) in &ws[from..to] {
        if *s > cursor {
            push_part(
                &mut parts,
                region_points.slice(Span::new(cursor, *s)),
                false,
            );
        }
        push_part(
            &mut parts,
            region_points.slice(Span::new(*s, *e)),
            wanted.contains(&term(w)),
        );
        cursor = *e;
    }
    if to < ws.len() {
        parts.push(SnippetPart {
            text: " …".into(),
            hit: false,
        });
    }
    let span = first_hit.map(|i| {
        Span::new(
            within.start as usize + ws[i].1,
            within.start as usize + ws[i].2,
        )
    });
    (parts, span)
}

fn push_part(parts: &mut Vec<SnippetPart>, text: &str, hit: bool) {
    match parts.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(text),
        _ => parts.push(SnippetPart {
            text: text.to_string(),
            hit,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_expression_quotes_every_term() {
        let e = match_expression(
            &["nato".into()],
            &[vec!["ناتو".into()], vec!["حلف".into(), "شمال".into()]],
        );
        assert_eq!(e, "(\"nato\") OR \"ناتو\" OR \"حلف شمال\"");
        assert_eq!(match_expression(&["a\"b".into()], &[]), "(\"a\"\"b\")");
    }

    #[test]
    fn snippets_mark_the_hits() {
        let body = "قال لافروف إن الناتو يسعى للتوسع.";
        let wanted: HashSet<String> = query_terms("ناتو").into_iter().collect();
        let (parts, span) = snippet(body, Span::new(0, body.chars().count()), &wanted);
        let marked: Vec<&str> = parts
            .iter()
            .filter(|p| p.hit)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(marked, vec!["الناتو"]);
        assert_eq!(span.map(|s| s.slice(body)), Some("الناتو".to_string()));
    }
}
