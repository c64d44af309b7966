//! Articles and everything extracted from them.

use std::collections::{HashMap, HashSet};

use marsad_domain::{
    ActorKind, ArticleActor, ArticleDetail, ArticleFigure, ArticleStatement, ArticleSummary,
    Extraction, Id, Language, Script, Span,
};
use sqlx::{QueryBuilder, Sqlite, Transaction};

use crate::rows::{figure_from_row, parse_enum, statement_from_row, summary_from_row};
use crate::{Result, Store};

/// An article ready to be stored.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub title: String,
    pub body: String,
    pub language: Language,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published_at: Option<String>,
    pub published_raw: Option<String>,
    pub imported_at: String,
    /// Hash of the normalised content: equal hashes are the same article.
    pub content_hash: String,
    pub source_path: Option<String>,
    /// Search terms of the title and body (see marsad-extract::search).
    pub search_terms: String,
    /// Search terms of each statement's content, in the order of the extraction's statements.
    pub statement_terms: Vec<String>,
    /// MinHash of the text, to link near-duplicates as one story (none: too short to tell).
    pub signature: Option<marsad_domain::StorySignature>,
    /// For each statement, the folded title of a speaker the article does not name, to look up
    /// who held it (see [`NewActor::role_keys`]).
    pub statement_roles: Vec<Option<String>>,
}

/// A name of an extracted actor with its folded form, for matching.
#[derive(Debug, Clone)]
pub struct NewName {
    pub text: String,
    pub normalized: String,
    /// Spelling key: transliteration variants of one name share it.
    pub spelling: String,
    pub script: Script,
}

/// An extracted actor with the names it may be matched by.
#[derive(Debug, Clone, Default)]
pub struct NewActor {
    pub names: Vec<NewName>,
    /// The folded form of each of its roles, in the order of the extraction's roles.
    pub role_keys: Vec<String>,
    /// The folded name of the actor it belongs to ("روسيا" for Lavrov), if known.
    pub affiliation: Option<String>,
}

/// How an article's actor was recognised: a stored actor's gazetteer entry, name, spelling
/// variant or role, or none (a new actor); with the evidence and a confidence.
#[derive(Debug, Clone, PartialEq)]
struct Resolution {
    method: &'static str,
    evidence: String,
    confidence: f64,
}

impl Resolution {
    fn new(method: &'static str, evidence: String, confidence: f64) -> Self {
        Resolution {
            method,
            evidence,
            confidence,
        }
    }
}

/// Confidence of the ways an article's actor is matched to a stored one.
const BY_GAZETTEER: f64 = 1.0;
const BY_NAME: f64 = 0.9;
const BY_SPELLING: f64 = 0.8;
/// A title the article names no one for, held by exactly one stored person within a year.
const BY_ROLE: f64 = 0.7;
/// How far from the article's date a role seen elsewhere still says who held it.
const ROLE_WINDOW_DAYS: i64 = 366;

/// What [`Store::insert_article`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredArticle {
    Inserted(Id),
    /// An article with the same content hash was already there.
    Duplicate(Id),
}

impl Store {
    /// The article with this content hash, if stored.
    pub async fn article_by_hash(&self, hash: &str) -> Result<Option<Id>> {
        let row: Option<(Id,)> = sqlx::query_as("SELECT id FROM articles WHERE content_hash = ?")
            .bind(hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.0))
    }

    /// Stores an article with what was extracted from it, in one transaction.
    /// `names[i]` are the matching names of `found.actors[i]`.
    pub async fn insert_article(
        &self,
        article: &NewArticle,
        found: &Extraction,
        names: &[NewActor],
    ) -> Result<StoredArticle> {
        let mut tx = self.write_transaction().await?;
        let stored = insert_in(&mut tx, article, found, names).await?;
        tx.commit().await?;
        Ok(stored)
    }

    /// Stores many articles in one transaction (bulk import): all or none.
    pub async fn insert_articles(
        &self,
        batch: &[(NewArticle, Extraction, Vec<NewActor>)],
    ) -> Result<Vec<StoredArticle>> {
        let mut tx = self.write_transaction().await?;
        let mut out = Vec::with_capacity(batch.len());
        for (article, found, names) in batch {
            out.push(insert_in(&mut tx, article, found, names).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Which of these content hashes are stored already, with their article ids.
    pub async fn existing_hashes(&self, hashes: &[String]) -> Result<HashMap<String, Id>> {
        let mut found = HashMap::new();
        for chunk in hashes.chunks(500) {
            let placeholders = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT content_hash, id FROM articles WHERE content_hash IN ({placeholders})"
            );
            let mut query = sqlx::query_as::<_, (String, Id)>(&sql);
            for h in chunk {
                query = query.bind(h);
            }
            found.extend(query.fetch_all(&self.pool).await?);
        }
        Ok(found)
    }

    /// The articles, newest import first; the newest `at_most` when given.
    pub async fn list_articles(&self, at_most: Option<u32>) -> Result<Vec<ArticleSummary>> {
        let sql = format!("{SUMMARY_SELECT} ORDER BY a.id DESC LIMIT ?");
        let rows = sqlx::query(&sql)
            .bind(at_most.map_or(-1, i64::from))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(summary_from_row).collect()
    }

    /// Every outlet named by an article, once each.
    pub async fn outlets(&self) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT outlet FROM articles WHERE outlet IS NOT NULL AND outlet != '' GROUP BY outlet",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    pub async fn article_count(&self) -> Result<u32> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM articles")
            .fetch_one(&self.pool)
            .await?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    /// One article with its actors, statements and figures.
    pub async fn article(&self, id: Id) -> Result<Option<ArticleDetail>> {
        let sql = format!("{SUMMARY_SELECT} WHERE a.id = ?");
        let Some(row) = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let summary = summary_from_row(&row)?;
        let (body,): (String,) = sqlx::query_as("SELECT body FROM articles WHERE id = ?")
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        let actors = self.article_actors(id).await?;
        let index = marsad_domain::CodePoints::new(&body);
        let statements = sqlx::query(STATEMENT_SQL)
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let statements = statements
            .iter()
            .map(|r| statement_from_row(r, &index))
            .collect::<Result<Vec<ArticleStatement>>>()?;
        let figures = sqlx::query(FIGURE_SQL)
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let figures = figures
            .iter()
            .map(|r| figure_from_row(r, &index))
            .collect::<Result<Vec<ArticleFigure>>>()?;
        let same_story = self.same_story(id).await?;
        Ok(Some(ArticleDetail {
            summary,
            body,
            actors,
            statements,
            figures,
            same_story,
        }))
    }

    /// Up to `limit` articles (id and body) that have no story signature yet, oldest first: those
    /// imported before stories existed.
    pub async fn articles_without_signature(&self, limit: u32) -> Result<Vec<(Id, String)>> {
        Ok(sqlx::query_as(
            "SELECT a.id, a.body FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id
             WHERE s.article_id IS NULL ORDER BY a.id LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Links articles to stories with the signatures given (none: too short to compare, recorded
    /// as such so they are not offered again). One transaction.
    pub async fn link_stories(
        &self,
        signed: &[(Id, Option<marsad_domain::StorySignature>)],
    ) -> Result<u32> {
        let mut tx = self.write_transaction().await?;
        let mut linked = 0;
        for (id, signature) in signed {
            match signature {
                Some(sig) => linked += u32::from(link_story(&mut tx, *id, sig).await?),
                None => save_signature(&mut tx, *id, None).await?,
            }
        }
        tx.commit().await?;
        Ok(linked)
    }

    /// The other articles of an article's story, oldest first.
    pub async fn same_story(&self, id: Id) -> Result<Vec<marsad_domain::StoryArticle>> {
        type Row = (Id, String, Option<String>, Option<String>, String);
        let rows: Vec<Row> = sqlx::query_as(
            "WITH root AS (SELECT COALESCE(story_id, id) AS id FROM articles WHERE id = ?)
             SELECT o.id, o.title, o.outlet, o.published_at, o.language
             FROM articles o, root
             WHERE (o.id = root.id OR o.story_id = root.id) AND o.id != ?
             ORDER BY o.published_at, o.id",
        )
        .bind(id)
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, title, outlet, published, language)| {
                Ok(marsad_domain::StoryArticle {
                    id,
                    title,
                    outlet,
                    published,
                    language: parse_enum(&language, Language::parse, "language")?,
                })
            })
            .collect()
    }

    async fn article_actors(&self, article_id: Id) -> Result<Vec<ArticleActor>> {
        let rows: Vec<MentionRow> = sqlx::query_as(
            "SELECT ac.id, ac.name, ac.name_ar, ac.name_en, ac.kind, m.start, m.\"end\"
             FROM mentions m JOIN actors ac ON ac.id = m.actor_id
             WHERE m.article_id = ? ORDER BY m.start",
        )
        .bind(article_id)
        .fetch_all(&self.pool)
        .await?;
        let mut order: Vec<Id> = Vec::new();
        let mut by_id: HashMap<Id, ArticleActor> = HashMap::new();
        for (id, name, name_ar, name_en, kind, start, end) in rows {
            let entry = by_id.entry(id).or_insert_with(|| {
                order.push(id);
                ArticleActor {
                    actor_id: id,
                    name,
                    name_ar,
                    name_en,
                    kind: ActorKind::Person,
                    roles: Vec::new(),
                    mentions: Vec::new(),
                }
            });
            entry.kind = parse_enum(&kind, ActorKind::parse, "actor kind")?;
            entry
                .mentions
                .push(Span::new(to_usize(start), to_usize(end)));
        }
        let roles: Vec<(Id, String)> = sqlx::query_as(
            "SELECT DISTINCT actor_id, role FROM actor_roles WHERE article_id = ? ORDER BY id",
        )
        .bind(article_id)
        .fetch_all(&self.pool)
        .await?;
        for (id, role) in roles {
            if let Some(actor) = by_id.get_mut(&id) {
                actor.roles.push(role);
            }
        }
        Ok(order
            .into_iter()
            .filter_map(|id| by_id.remove(&id))
            .collect())
    }
}

/// actor id, name, name_ar, name_en, kind, start, end
type MentionRow = (Id, String, Option<String>, Option<String>, String, i64, i64);

pub(crate) fn to_usize(v: i64) -> usize {
    usize::try_from(v).unwrap_or(0)
}

const SUMMARY_SELECT: &str = "SELECT a.id, a.title, a.outlet, a.url, a.published_at, a.language, a.imported_at,
    (SELECT COUNT(DISTINCT actor_id) FROM mentions WHERE article_id = a.id) AS actor_count,
    (SELECT COUNT(*) FROM statements WHERE article_id = a.id AND review_state != 'rejected') AS statement_count,
    (SELECT COUNT(*) FROM figures WHERE article_id = a.id AND review_state != 'rejected') AS figure_count
    FROM articles a";

const STATEMENT_SQL: &str = "SELECT s.id, s.speaker_id, sp.name AS speaker_name, s.cue, s.stance, s.start, s.\"end\",
    COALESCE(s.stated_on, a.published_at) AS date, s.confidence, s.review_state
    FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors sp ON sp.id = s.speaker_id
    WHERE s.article_id = ? ORDER BY s.start";

const FIGURE_SQL: &str =
    "SELECT f.id, f.value, f.value_max, f.qualifier, f.unit, f.source_id, so.name AS source_name,
    f.start, f.\"end\", COALESCE(f.stated_on, a.published_at) AS date, f.review_state
    FROM figures f JOIN articles a ON a.id = f.article_id LEFT JOIN actors so ON so.id = f.source_id
    WHERE f.article_id = ? ORDER BY f.start";

async fn insert_in(
    tx: &mut Transaction<'_, Sqlite>,
    article: &NewArticle,
    found: &Extraction,
    names: &[NewActor],
) -> Result<StoredArticle> {
    let existing: Option<(Id,)> = sqlx::query_as("SELECT id FROM articles WHERE content_hash = ?")
        .bind(&article.content_hash)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some((id,)) = existing {
        return Ok(StoredArticle::Duplicate(id));
    }
    let article_id = insert_article_row(tx, article).await?;
    if let Some(signature) = &article.signature {
        link_story(tx, article_id, signature).await?;
    }
    let mut actor_ids = Vec::with_capacity(found.actors.len());
    // Within one article a name stands for one actor of a kind, even a surname alone.
    let mut in_article: HashMap<(&str, &str), Id> = HashMap::new();
    let mut resolutions: Vec<(Id, Resolution)> = Vec::new();
    let mut roles_seen: HashSet<(Id, &str)> = HashSet::new();
    let none = NewActor::default();
    for (i, actor) in found.actors.iter().enumerate() {
        let new = names.get(i).unwrap_or(&none);
        let kind = actor.kind.as_str();
        let known = new
            .names
            .iter()
            .find_map(|n| in_article.get(&(kind, n.normalized.as_str())).copied());
        let id = match known {
            Some(id) => id,
            None => {
                let (id, how) =
                    resolve_actor(tx, actor, &new.names, article_id, &article.imported_at).await?;
                resolutions.push((id, how));
                id
            }
        };
        for n in &new.names {
            in_article
                .entry((kind, n.normalized.as_str()))
                .or_insert(id);
        }
        let date = article.published_at.as_deref();
        add_actor_facts(tx, (id, actor, new), article_id, date, &mut roles_seen).await?;
        actor_ids.push(id);
    }
    add_affiliations(tx, article_id, names, &actor_ids, &in_article).await?;
    index(
        tx,
        article_id,
        crate::search::ARTICLE,
        &article.search_terms,
    )
    .await?;
    for (i, statement) in found.statements.iter().enumerate() {
        let id = insert_statement(tx, article_id, statement, &actor_ids).await?;
        if let Some(Some(role)) = article.statement_roles.get(i) {
            let date = article.published_at.as_deref();
            if let Some(found) = speaker_by_role(tx, id, role, article_id, date).await? {
                resolutions.push(found);
            }
        }
        if let Some(terms) = article.statement_terms.get(i) {
            index(tx, id, crate::search::STATEMENT, terms).await?;
        }
    }
    for figure in &found.figures {
        insert_figure(tx, article_id, figure, &actor_ids).await?;
    }
    record_resolutions(tx, article_id, &resolutions).await?;
    Ok(StoredArticle::Inserted(article_id))
}

/// Adds a name to an actor unless it has one of the same folded form; the new row's id if added.
/// `origin` is `article`, `gazetteer` or `analyst`.
pub(crate) async fn insert_alias(
    tx: &mut Transaction<'_, Sqlite>,
    actor: Id,
    text: &str,
    normalized: &str,
    spelling: Option<&str>,
    origin: &str,
) -> Result<Option<Id>> {
    let done = alias_insert(actor, [(text, normalized, spelling)], origin)
        .build()
        .execute(&mut **tx)
        .await?;
    Ok((done.rows_affected() > 0).then(|| done.last_insert_rowid()))
}

/// The INSERT of names for one actor: (name, folded form, spelling key); a name whose folded form
/// the actor has already is left as it is.
fn alias_insert<'a>(
    actor: Id,
    names: impl IntoIterator<Item = (&'a str, &'a str, Option<&'a str>)>,
    origin: &'a str,
) -> QueryBuilder<'a, Sqlite> {
    let mut insert = QueryBuilder::<Sqlite>::new(
        "INSERT INTO actor_aliases (actor_id, alias, normalized, spelling, script, language, origin) ",
    );
    insert.push_values(names, |mut row, (text, normalized, spelling)| {
        let script = Script::of(text);
        row.push_bind(actor)
            .push_bind(text)
            .push_bind(normalized)
            .push_bind(spelling)
            .push_bind(script.as_str())
            .push_bind(language_of(script))
            .push_bind(origin);
    });
    insert.push(" ON CONFLICT (actor_id, normalized) DO NOTHING");
    insert
}

/// Links a new article to the story of the most similar stored article, if one is similar
/// enough, and records its signature for the articles that come after it.
async fn link_story(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: Id,
    signature: &marsad_domain::StorySignature,
) -> Result<bool> {
    let bands = signature.band_hashes();
    let placeholders = vec!["?"; bands.len()].join(", ");
    let sql = format!(
        "SELECT s.article_id, s.signature, COALESCE(a.story_id, a.id)
         FROM article_signatures s JOIN articles a ON a.id = s.article_id
         WHERE s.article_id IN (SELECT article_id FROM signature_bands WHERE hash IN ({placeholders}))
         LIMIT 200"
    );
    let mut query = sqlx::query_as::<_, (Id, Vec<u8>, Id)>(&sql);
    for hash in bands {
        query = query.bind(hash);
    }
    let candidates = query.fetch_all(&mut **tx).await?;
    let best = candidates
        .iter()
        .filter_map(|(_, bytes, story)| {
            let other = marsad_domain::StorySignature::from_bytes(bytes)?;
            Some((signature.similarity(&other), *story))
        })
        .filter(|(similarity, _)| *similarity >= marsad_domain::SAME_STORY)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    if let Some((_, story)) = best {
        sqlx::query("UPDATE articles SET story_id = ? WHERE id = ?")
            .bind(story)
            .bind(article_id)
            .execute(&mut **tx)
            .await?;
    }
    save_signature(tx, article_id, Some(signature)).await?;
    Ok(best.is_some())
}

/// Stores an article's story signature and its band hashes (an empty signature for a text too
/// short to have one, so that it is not signed again).
pub(crate) async fn save_signature(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: Id,
    signature: Option<&marsad_domain::StorySignature>,
) -> Result<()> {
    let Some(signature) = signature else {
        sqlx::query(
            "INSERT OR IGNORE INTO article_signatures (article_id, signature) VALUES (?, X'')",
        )
        .bind(article_id)
        .execute(&mut **tx)
        .await?;
        return Ok(());
    };
    sqlx::query("INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)")
        .bind(article_id)
        .bind(signature.to_bytes())
        .execute(&mut **tx)
        .await?;
    // One statement for all bands: a round trip per row would cost more than the lookup.
    let bands = signature.band_hashes();
    let rows = vec!["(?, ?)"; bands.len()].join(", ");
    let sql = format!("INSERT INTO signature_bands (hash, article_id) VALUES {rows}");
    let mut insert = sqlx::query(&sql);
    for hash in bands {
        insert = insert.bind(hash).bind(article_id);
    }
    insert.execute(&mut **tx).await?;
    Ok(())
}

async fn insert_article_row(tx: &mut Transaction<'_, Sqlite>, a: &NewArticle) -> Result<Id> {
    let id = sqlx::query(
        "INSERT INTO articles (title, body, language, outlet, url, author, published_at, published_raw,
                               imported_at, content_hash, source_path)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&a.title)
    .bind(&a.body)
    .bind(a.language.as_str())
    .bind(&a.outlet)
    .bind(&a.url)
    .bind(&a.author)
    .bind(&a.published_at)
    .bind(&a.published_raw)
    .bind(&a.imported_at)
    .bind(&a.content_hash)
    .bind(&a.source_path)
    .execute(&mut **tx)
    .await?
    .last_insert_rowid();
    Ok(id)
}

/// Finds the stored actor an extracted one is, or creates it; says how.
///
/// Same gazetteer entry → same actor. Otherwise an actor of the same kind sharing a name: for people
/// only a name of two words or more (a surname alone is not enough to say two people are one).
/// Otherwise one whose name of two words or more is spelt alike (see `spelling_key`).
async fn resolve_actor(
    tx: &mut Transaction<'_, Sqlite>,
    actor: &marsad_domain::ExtractedActor,
    names: &[NewName],
    article_id: Id,
    now: &str,
) -> Result<(Id, Resolution)> {
    if let Some(key) = &actor.gazetteer_key {
        let row: Option<(Id, Option<Id>)> =
            sqlx::query_as("SELECT id, merged_into FROM actors WHERE gazetteer_key = ?")
                .bind(key)
                .fetch_optional(&mut **tx)
                .await?;
        if let Some((id, merged)) = row {
            let how = Resolution::new("gazetteer", format!("gazetteer entry {key}"), BY_GAZETTEER);
            return Ok((follow_merges(tx, id, merged).await?, how));
        }
    }
    let matchable: Vec<&NewName> = names
        .iter()
        .filter(|n| actor.kind != ActorKind::Person || n.normalized.split(' ').count() >= 2)
        .collect();
    let spelt: Vec<&NewName> = matchable
        .iter()
        .copied()
        .filter(|n| n.spelling.split(' ').count() >= 2)
        .collect();
    let found = match_names(tx, actor, &matchable, &spelt).await?.map(|m| {
        let how = if m.exact {
            Resolution::new("name", format!("name «{}»", m.alias), BY_NAME)
        } else {
            let evidence = format!("«{}» is spelt like «{}»", m.ours, m.alias);
            Resolution::new("spelling", evidence, BY_SPELLING)
        };
        ((m.id, m.merged_into), how)
    });
    if let Some(((id, merged), how)) = found {
        if let Some(key) = &actor.gazetteer_key {
            sqlx::query(
                "UPDATE actors SET gazetteer_key = ? WHERE id = ? AND gazetteer_key IS NULL",
            )
            .bind(key)
            .bind(id)
            .execute(&mut **tx)
            .await?;
        }
        return Ok((follow_merges(tx, id, merged).await?, how));
    }
    let id = sqlx::query(
        "INSERT INTO actors (kind, name, name_ar, name_en, gazetteer_key, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(actor.kind.as_str())
    .bind(&actor.name)
    .bind(&actor.name_ar)
    .bind(&actor.name_en)
    .bind(&actor.gazetteer_key)
    .bind(now)
    .execute(&mut **tx)
    .await?
    .last_insert_rowid();
    let doubtful: Vec<&NewName> = names
        .iter()
        .filter(|n| !matchable.iter().any(|m| m.normalized == n.normalized))
        .collect();
    suggest_matches(tx, id, actor, &doubtful, names, article_id, now).await?;
    let evidence = match &actor.gazetteer_key {
        Some(key) => format!("first seen here (gazetteer entry {key})"),
        None => "no stored actor of this kind has these names".to_string(),
    };
    let how = Resolution::new("new", evidence, 1.0);
    Ok((id, how))
}

/// actor id, merged into, matched exactly, stored name, its folded form and spelling key.
type NameMatchRow = (Id, Option<Id>, bool, String, String, Option<String>);

/// A stored actor that an article's actor's names match.
struct NameMatch {
    id: Id,
    merged_into: Option<Id>,
    /// A name matched as it is (else only by its spelling key).
    exact: bool,
    /// The stored name that matched, and ours.
    alias: String,
    ours: String,
}

/// The stored actor of the same kind (and no other gazetteer entry) that shares the most of
/// `names`, else the most spelling keys of `spelt` (one query for both).
async fn match_names(
    tx: &mut Transaction<'_, Sqlite>,
    actor: &marsad_domain::ExtractedActor,
    names: &[&NewName],
    spelt: &[&NewName],
) -> Result<Option<NameMatch>> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut query =
        QueryBuilder::<Sqlite>::new("SELECT al.actor_id, ac.merged_into, max(al.normalized IN (");
    let list = |query: &mut QueryBuilder<'_, Sqlite>, keys: Vec<String>| {
        let mut separated = query.separated(", ");
        for key in keys {
            separated.push_bind(key);
        }
    };
    let exact_keys = || {
        names
            .iter()
            .map(|n| n.normalized.clone())
            .collect::<Vec<_>>()
    };
    let spelling_keys = || spelt.iter().map(|n| n.spelling.clone()).collect::<Vec<_>>();
    list(&mut query, exact_keys());
    query.push(
        ")) AS exact, min(al.alias), min(al.normalized), min(al.spelling)
         FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id WHERE ac.kind = ",
    );
    query.push_bind(actor.kind.as_str());
    query.push(" AND (al.normalized IN (");
    list(&mut query, exact_keys());
    query.push(")");
    if !spelt.is_empty() {
        query.push(" OR al.spelling IN (");
        list(&mut query, spelling_keys());
        query.push(")");
    }
    query.push(") AND (ac.gazetteer_key IS NULL OR ");
    query.push_bind(actor.gazetteer_key.clone());
    query.push(" IS NULL OR ac.gazetteer_key = ");
    query.push_bind(actor.gazetteer_key.clone());
    query.push(") GROUP BY al.actor_id ORDER BY exact DESC, COUNT(*) DESC, al.actor_id LIMIT 1");
    let row: Option<NameMatchRow> = query.build_query_as().fetch_optional(&mut **tx).await?;
    Ok(
        row.map(|(id, merged_into, exact, alias, normalized, spelling)| {
            let ours = if exact {
                names.iter().find(|n| n.normalized == normalized)
            } else {
                spelt
                    .iter()
                    .find(|n| Some(&n.spelling) == spelling.as_ref())
            }
            .map_or_else(String::new, |n| n.text.clone());
            NameMatch {
                id,
                merged_into,
                exact,
                alias,
                ours,
            }
        }),
    )
}

async fn record_resolutions(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: Id,
    resolutions: &[(Id, Resolution)],
) -> Result<()> {
    for chunk in resolutions.chunks(500) {
        let mut insert = QueryBuilder::<Sqlite>::new(
            "INSERT INTO actor_resolutions (article_id, actor_id, method, evidence, confidence) ",
        );
        insert.push_values(chunk, |mut row, (actor_id, how)| {
            row.push_bind(article_id)
                .push_bind(*actor_id)
                .push_bind(how.method)
                .push_bind(&how.evidence)
                .push_bind(how.confidence);
        });
        insert.push(" ON CONFLICT DO NOTHING");
        insert.build().execute(&mut **tx).await?;
    }
    Ok(())
}

/// Links each actor to the one it belongs to: the actor of that name in the same article, else a
/// stored place or organisation (then a person) of that name; nothing when none is known. Two
/// statements for the whole article.
async fn add_affiliations(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: Id,
    names: &[NewActor],
    actor_ids: &[Id],
    in_article: &HashMap<(&str, &str), Id>,
) -> Result<()> {
    let wanted: Vec<(Id, &str)> = names
        .iter()
        .zip(actor_ids)
        .filter_map(|(new, &id)| new.affiliation.as_deref().map(|key| (id, key)))
        .collect();
    let in_text = |key: &str| {
        ["location", "organization", "person"]
            .iter()
            .find_map(|kind| in_article.get(&(*kind, key)).copied())
    };
    let mut elsewhere: Vec<&str> = wanted
        .iter()
        .map(|(_, key)| *key)
        .filter(|key| in_text(key).is_none())
        .collect();
    elsewhere.sort_unstable();
    elsewhere.dedup();
    let mut stored: HashMap<String, Id> = HashMap::new();
    if !elsewhere.is_empty() {
        let mut query = QueryBuilder::<Sqlite>::new(
            "SELECT al.normalized, al.actor_id FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id
             WHERE ac.merged_into IS NULL AND al.normalized IN (",
        );
        let mut keys = query.separated(", ");
        for key in &elsewhere {
            keys.push_bind(*key);
        }
        query.push(") ORDER BY ac.kind = 'person' DESC, al.actor_id DESC");
        let rows: Vec<(String, Id)> = query.build_query_as().fetch_all(&mut **tx).await?;
        // Last wins: places and organisations over people, then the oldest actor.
        stored.extend(rows);
    }
    let links: Vec<(Id, Id)> = wanted
        .iter()
        .filter_map(|&(id, key)| {
            let target = in_text(key).or_else(|| stored.get(key).copied())?;
            (target != id).then_some((id, target))
        })
        .collect();
    if links.is_empty() {
        return Ok(());
    }
    let mut insert = QueryBuilder::<Sqlite>::new(
        "INSERT OR IGNORE INTO actor_affiliations (actor_id, affiliated_with, article_id) ",
    );
    insert.push_values(&links, |mut row, (actor, target)| {
        row.push_bind(*actor)
            .push_bind(*target)
            .push_bind(article_id);
    });
    insert.build().execute(&mut **tx).await?;
    Ok(())
}

/// A statement whose speaker the article gives only by title ("قال وزير الخارجية الروسي"): the
/// one stored person seen with that title within a year of the article's date is its speaker,
/// with the role as evidence. Several holders in that time, or none: the speaker stays unknown.
async fn speaker_by_role(
    tx: &mut Transaction<'_, Sqlite>,
    statement: Id,
    role_key: &str,
    article_id: Id,
    date: Option<&str>,
) -> Result<Option<(Id, Resolution)>> {
    // Dates are ISO text, so the window is a range on the (role_key, seen_on) index. Without a
    // date the article may be from any time: every holder counts.
    let window = date.map(|d| &d[..d.len().min(10)]);
    let holders: Vec<(Id, String, Option<String>, Option<Id>)> = sqlx::query_as(
        "SELECT r.actor_id, min(r.role), max(r.seen_on), max(r.article_id)
         FROM actor_roles r JOIN actors a ON a.id = r.actor_id
         WHERE r.role_key = ?1 AND a.kind = 'person' AND a.merged_into IS NULL AND r.article_id != ?2
           AND (?3 IS NULL OR r.seen_on >= date(?3, ?4) AND r.seen_on < date(?3, ?5))
         GROUP BY r.actor_id LIMIT 2",
    )
    .bind(role_key)
    .bind(article_id)
    .bind(window)
    .bind(format!("-{ROLE_WINDOW_DAYS} days"))
    .bind(format!("+{} days", ROLE_WINDOW_DAYS + 1))
    .fetch_all(&mut **tx)
    .await?;
    let [(actor, role, seen_on, seen_in)] = holders.as_slice() else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE statements SET speaker_id = ?, confidence = min(confidence, ?) WHERE id = ?",
    )
    .bind(actor)
    .bind(BY_ROLE)
    .bind(statement)
    .execute(&mut **tx)
    .await?;
    let when = seen_on
        .as_deref()
        .map(|d| format!(" on {}", &d[..d.len().min(10)]))
        .unwrap_or_default();
    let from = seen_in
        .map(|a| format!(" (article {a})"))
        .unwrap_or_default();
    let how = Resolution::new(
        "role",
        format!("«{role}» was this person's role{when}{from}"),
        BY_ROLE,
    );
    Ok(Some((*actor, how)))
}

/// Confidence of a match on one shared name that is not enough to merge (a surname alone).
const SHARED_SINGLE_NAME: f64 = 0.5;

/// Records stored actors of the same kind that share a name too weak to merge on (a person's
/// single-word name), as suggestions for the analyst, with the name as evidence. The word must
/// be part of a full name on one side ("Saleh" and "Ali Abdullah Saleh"): two bare words that
/// happen to fold alike are not evidence.
async fn suggest_matches(
    tx: &mut Transaction<'_, Sqlite>,
    id: Id,
    actor: &marsad_domain::ExtractedActor,
    names: &[&NewName],
    all_names: &[NewName],
    article_id: Id,
    now: &str,
) -> Result<()> {
    for name in names.iter().filter(|n| n.normalized.chars().count() >= 3) {
        let word = &name.normalized;
        let ours_is_full = all_names.iter().any(|n| {
            n.normalized.split(' ').count() >= 2 && n.normalized.split(' ').any(|w| w == word)
        });
        let candidates: Vec<(Id, String)> = sqlx::query_as(
            "SELECT al.actor_id, min(al.alias) FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id
             WHERE ac.kind = ? AND ac.merged_into IS NULL AND al.actor_id != ? AND al.normalized = ?
               AND (ac.gazetteer_key IS NULL OR ? IS NULL OR ac.gazetteer_key = ?)
               AND (? OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = al.actor_id
                      AND (x.normalized LIKE '% ' || al.normalized OR x.normalized LIKE al.normalized || ' %'
                           OR x.normalized LIKE '% ' || al.normalized || ' %')))
             GROUP BY al.actor_id ORDER BY al.actor_id LIMIT 5",
        )
        .bind(actor.kind.as_str())
        .bind(id)
        .bind(word)
        .bind(&actor.gazetteer_key)
        .bind(&actor.gazetteer_key)
        .bind(ours_is_full)
        .fetch_all(&mut **tx)
        .await?;
        for (candidate, alias) in candidates {
            sqlx::query(
                "INSERT OR IGNORE INTO actor_suggestions (actor_id, candidate_id, evidence, confidence, article_id, created_at)
                 VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(id)
            .bind(candidate)
            .bind(format!("shares the name «{alias}»"))
            .bind(SHARED_SINGLE_NAME)
            .bind(article_id)
            .bind(now)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// The actor that holds an actor's facts now (itself, or the one it was merged into).
async fn follow_merges(
    tx: &mut Transaction<'_, Sqlite>,
    mut id: Id,
    merged_into: Option<Id>,
) -> Result<Id> {
    let Some(mut next) = merged_into else {
        return Ok(id);
    };
    for _ in 0..64 {
        id = next;
        let (further,): (Option<Id>,) =
            sqlx::query_as("SELECT merged_into FROM actors WHERE id = ?")
                .bind(id)
                .fetch_one(&mut **tx)
                .await?;
        match further {
            Some(n) => next = n,
            None => return Ok(id),
        }
    }
    Ok(id)
}

/// Adds what one article says of an actor: names, roles, mentions; fills missing canonical names.
async fn add_actor_facts<'a>(
    tx: &mut Transaction<'_, Sqlite>,
    (actor_id, actor, new): (Id, &'a marsad_domain::ExtractedActor, &NewActor),
    article_id: Id,
    seen_on: Option<&str>,
    roles_seen: &mut HashSet<(Id, &'a str)>,
) -> Result<()> {
    sqlx::query(
        "UPDATE actors SET name_ar = COALESCE(name_ar, ?), name_en = COALESCE(name_en, ?) WHERE id = ?",
    )
    .bind(&actor.name_ar)
    .bind(&actor.name_en)
    .bind(actor_id)
    .execute(&mut **tx)
    .await?;
    // One statement per kind of row: each query is a round trip to SQLite's thread.
    if !new.names.is_empty() {
        let names = new.names.iter().map(|n| {
            (
                n.text.as_str(),
                n.normalized.as_str(),
                Some(n.spelling.as_str()),
            )
        });
        alias_insert(actor_id, names, "article")
            .build()
            .execute(&mut **tx)
            .await?;
    }
    for (i, role) in actor.roles.iter().enumerate() {
        // Once per article, however many of its actors this one stands for.
        if !roles_seen.insert((actor_id, role.as_str())) {
            continue;
        }
        sqlx::query(
            "INSERT INTO actor_roles (actor_id, role, role_key, article_id, seen_on) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(actor_id)
        .bind(role)
        .bind(new.role_keys.get(i))
        .bind(article_id)
        .bind(seen_on)
        .execute(&mut **tx)
        .await?;
    }
    for chunk in actor.mentions.chunks(500) {
        let mut insert = QueryBuilder::<Sqlite>::new(
            "INSERT INTO mentions (article_id, actor_id, start, \"end\") ",
        );
        insert.push_values(chunk, |mut row, span| {
            row.push_bind(article_id)
                .push_bind(actor_id)
                .push_bind(span.start)
                .push_bind(span.end);
        });
        insert.build().execute(&mut **tx).await?;
    }
    Ok(())
}

fn language_of(script: Script) -> Option<&'static str> {
    match script {
        Script::Arabic => Some("ar"),
        Script::Latin => Some("en"),
        Script::Other => None,
    }
}

pub(crate) async fn index(
    tx: &mut Transaction<'_, Sqlite>,
    id: Id,
    kind: i64,
    terms: &str,
) -> Result<()> {
    sqlx::query("INSERT INTO search_index (rowid, terms) VALUES (?, ?)")
        .bind(id * 4 + kind)
        .bind(terms)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub(crate) async fn insert_statement(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: Id,
    s: &marsad_domain::ExtractedStatement,
    actor_ids: &[Id],
) -> Result<Id> {
    let speaker = s.speaker.and_then(|i| actor_ids.get(i).copied());
    let id = sqlx::query(
        "INSERT INTO statements (article_id, speaker_id, cue, cue_start, cue_end, stance, start, \"end\",
                                 stated_on, confidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(article_id)
    .bind(speaker)
    .bind(&s.cue)
    .bind(s.cue_span.start)
    .bind(s.cue_span.end)
    .bind(s.stance.as_str())
    .bind(s.content.start)
    .bind(s.content.end)
    .bind(&s.date)
    .bind(s.confidence)
    .execute(&mut **tx)
    .await?
    .last_insert_rowid();
    let targets: Vec<Id> = s
        .targets
        .iter()
        .filter_map(|i| actor_ids.get(*i).copied())
        .collect();
    link_actors(
        tx,
        "statement_targets (statement_id, actor_id)",
        id,
        &targets,
    )
    .await?;
    Ok(id)
}

pub(crate) async fn insert_figure(
    tx: &mut Transaction<'_, Sqlite>,
    article_id: Id,
    f: &marsad_domain::ExtractedFigure,
    actor_ids: &[Id],
) -> Result<Id> {
    let source = f.source.and_then(|i| actor_ids.get(i).copied());
    let id = sqlx::query(
        "INSERT INTO figures (article_id, value, value_max, qualifier, unit, source_id, start, \"end\",
                              stated_on, confidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(article_id)
    .bind(f.value)
    .bind(f.value_max)
    .bind(f.qualifier.as_str())
    .bind(&f.unit)
    .bind(source)
    .bind(f.span.start)
    .bind(f.span.end)
    .bind(&f.date)
    .bind(f.confidence)
    .execute(&mut **tx)
    .await?
    .last_insert_rowid();
    let subjects: Vec<Id> = f
        .about
        .iter()
        .filter_map(|i| actor_ids.get(*i).copied())
        .collect();
    link_actors(tx, "figure_subjects (figure_id, actor_id)", id, &subjects).await?;
    Ok(id)
}

/// Links a statement or figure to actors in one statement (`table` names the link table and
/// its two columns; a fixed string, never input).
async fn link_actors(
    tx: &mut Transaction<'_, Sqlite>,
    table: &'static str,
    row: Id,
    actors: &[Id],
) -> Result<()> {
    if actors.is_empty() {
        return Ok(());
    }
    let mut insert = QueryBuilder::<Sqlite>::new(format!("INSERT OR IGNORE INTO {table} "));
    insert.push_values(actors, |mut values, actor| {
        values.push_bind(row).push_bind(*actor);
    });
    insert.build().execute(&mut **tx).await?;
    Ok(())
}
