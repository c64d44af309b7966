//! A full export of the workspace as JSON: every row of every table that holds the analyst's work
//! and what was learnt from articles, in a stable order (for archives and for comparing states).

use serde_json::{Map, Value};

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
