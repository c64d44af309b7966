//! What the analyst adds: statements and figures the machine missed, tags and notes.

use marsad_domain::{CodePoints, Id, NewFigure, NewStatement, Note, TagCount, TagTarget};
use marsad_extract::search::index_text;

use crate::{Error, Result, Workspace};

impl Workspace {
    pub async fn add_statement(&self, item: &NewStatement, now: &str) -> Result<Id> {
        let Some((_, body, _, _)) = self.store.article_text(item.article_id).await? else {
            return Err(Error::not_found(format!(
                "article {} does not exist",
                item.article_id
            )));
        };
        let terms = index_text(CodePoints::new(&body).slice(item.span));
        Ok(self.store.add_statement(item, &terms, now).await?)
    }

    pub async fn add_figure(&self, item: &NewFigure, now: &str) -> Result<Id> {
        if item.unit.trim().is_empty() {
            return Err(Error::invalid("a figure needs a unit (what it counts)"));
        }
        Ok(self.store.add_figure(item, now).await?)
    }

    pub async fn add_tag(&self, target: TagTarget, name: &str, now: &str) -> Result<()> {
        Ok(self.store.add_tag(target, name, now).await?)
    }

    pub async fn remove_tag(&self, target: TagTarget, name: &str, now: &str) -> Result<()> {
        Ok(self.store.remove_tag(target, name, now).await?)
    }

    pub async fn tags_of(&self, target: TagTarget) -> Result<Vec<String>> {
        Ok(self.store.tags_of(target).await?)
    }

    pub async fn list_tags(&self) -> Result<Vec<TagCount>> {
        Ok(self.store.list_tags().await?)
    }

    pub async fn save_note(&self, target: TagTarget, body: &str, now: &str) -> Result<()> {
        Ok(self.store.save_note(target, body, now).await?)
    }

    pub async fn note_of(&self, target: TagTarget) -> Result<Option<Note>> {
        Ok(self.store.note_of(target).await?)
    }
}
