//! A full export of the workspace as JSON: every row of every table that holds the analyst's work
//! and what was learnt from articles, in a stable order (for archives and for comparing states).

use serde_json::{Map, Value};

use marsad_domain::Id;

use crate::{Error, Result, Store};

/// The tables of an export, parents before children.
pub const EXPORT_TABLES: &[&str] = &[
    "articles",
    "actors",
    "actor_aliases",
    "actor_roles",
    "actor_affiliations",
    "actor_resolutions",
    "mentions",
    "statements",
    "statement_targets",
    "figures",
    "figure_subjects",
    "tags",
    "taggings",
    "notes",
    "edit_log",
    "report_definitions",
    "report_runs",
];

impl Store {
    /// `{table: [row objects]}` for the given tables (names from [`EXPORT_TABLES`] only).
    pub async fn export_tables(&self, tables: &[&str]) -> Result<Value> {
        let mut out = Map::new();
        for table in tables {
            if !EXPORT_TABLES.contains(table) {
                return Err(Error::Corrupt(format!("unknown table {table}")));
            }
            let columns: Vec<(String,)> =
                sqlx::query_as(&format!("SELECT name FROM pragma_table_info('{table}')"))
                    .fetch_all(&self.pool)
                    .await?;
            let fields = columns
                .iter()
                .map(|(c,)| format!("'{c}', \"{c}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let order = columns
                .iter()
                .map(|(c,)| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!("SELECT json_object({fields}) FROM {table} ORDER BY {order}");
            let rows: Vec<(String,)> = sqlx::query_as(&sql).fetch_all(&self.pool).await?;
            let rows = rows
                .into_iter()
                .map(|(r,)| serde_json::from_str(&r).map_err(|e| Error::Corrupt(e.to_string())))
                .collect::<Result<Vec<Value>>>()?;
            out.insert((*table).to_string(), Value::Array(rows));
        }
        Ok(Value::Object(out))
    }
}

/// What loading an archive put in each table.
pub type LoadedTables = Vec<(String, u64)>;

impl Store {
    /// Loads the tables of an export (`{table: [row objects]}`) into this workspace, which must
    /// hold no article and no actor yet; all or nothing, in one transaction. Columns are matched by
    /// name, so an archive written before a column existed loads with that column's default, and a
    /// field this version does not know is passed over. Table and column names come from
    /// [`EXPORT_TABLES`] and the schema itself, never from the archive; values are bound.
    pub async fn import_tables(&self, data: &Map<String, Value>) -> Result<LoadedTables> {
        let (articles, actors): (i64, i64) =
            sqlx::query_as("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM actors)")
                .fetch_one(&self.pool)
                .await?;
        if articles + actors > 0 {
            return Err(Error::Conflict(format!(
                "the workspace holds {articles} articles and {actors} actors already; load an archive into a new workspace"
            )));
        }
        let mut tx = self.write_transaction().await?;
        // Rows may point at rows further on (an actor merged into a later one): checked at commit.
        sqlx::query("PRAGMA defer_foreign_keys = ON")
            .execute(&mut *tx)
            .await?;
        let mut loaded = Vec::new();
        for table in EXPORT_TABLES {
            let Some(rows) = data.get(*table) else {
                continue;
            };
            let rows = rows
                .as_array()
                .ok_or_else(|| Error::Corrupt(format!("{table}: not a list of rows")))?;
            let columns: Vec<(String,)> =
                sqlx::query_as(&format!("SELECT name FROM pragma_table_info('{table}')"))
                    .fetch_all(&mut *tx)
                    .await?;
            for (n, row) in rows.iter().enumerate() {
                let fields = row.as_object().ok_or_else(|| {
                    Error::Corrupt(format!("{table} row {}: not an object", n + 1))
                })?;
                let present: Vec<&str> = columns
                    .iter()
                    .map(|(c,)| c.as_str())
                    .filter(|c| fields.contains_key(*c))
                    .collect();
                if present.is_empty() {
                    return Err(Error::Corrupt(format!(
                        "{table} row {}: none of its fields is a column",
                        n + 1
                    )));
                }
                let names = present
                    .iter()
                    .map(|c| format!("\"{c}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                let mut insert = sqlx::QueryBuilder::<sqlx::Sqlite>::new(format!(
                    "INSERT INTO {table} ({names}) "
                ));
                let mut values = insert.push("VALUES (").separated(", ");
                for c in &present {
                    match &fields[*c] {
                        Value::Null => values.push_bind(None::<i64>),
                        Value::Bool(v) => values.push_bind(*v),
                        Value::Number(v) => match v.as_i64() {
                            Some(i) => values.push_bind(i),
                            None => values.push_bind(v.as_f64()),
                        },
                        Value::String(v) => values.push_bind(v.clone()),
                        other => values.push_bind(other.to_string()),
                    };
                }
                insert.push(")");
                insert
                    .build()
                    .execute(&mut *tx)
                    .await
                    .map_err(|e| Error::Corrupt(format!("{table} row {}: {e}", n + 1)))?;
            }
            loaded.push(((*table).to_string(), rows.len() as u64));
        }
        tx.commit()
            .await
            .map_err(|e| Error::Corrupt(format!("the archive's rows do not fit together: {e}")))?;
        Ok(loaded)
    }

    /// Articles (id, title, body) after `after`, in id order, for rebuilding derived data.
    pub async fn article_texts(&self, after: Id, limit: u32) -> Result<Vec<(Id, String, String)>> {
        Ok(
            sqlx::query_as("SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT ?")
                .bind(after)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// Statements (id, content text) after `after`, in id order, for rebuilding the index.
    pub async fn statement_texts(&self, after: Id, limit: u32) -> Result<Vec<(Id, String)>> {
        Ok(sqlx::query_as(
            "SELECT s.id, substr(a.body, s.start + 1, s.\"end\" - s.start) FROM statements s
             JOIN articles a ON a.id = s.article_id WHERE s.id > ? ORDER BY s.id LIMIT ?",
        )
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Adds articles' and statements' search terms and articles' story signatures (without
    /// linking stories: an archive says which story each article is in).
    pub async fn add_derived(
        &self,
        articles: &[(Id, String, Option<marsad_domain::StorySignature>)],
        statements: &[(Id, String)],
    ) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        for (id, terms, signature) in articles {
            crate::articles::index(&mut tx, *id, crate::search::ARTICLE, terms).await?;
            crate::articles::save_signature(&mut tx, *id, signature.as_ref()).await?;
        }
        for (id, terms) in statements {
            crate::articles::index(&mut tx, *id, crate::search::STATEMENT, terms).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
