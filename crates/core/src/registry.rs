//! The actor registry: details, names, kind, merge and split (each undoable through the edit log).

use marsad_domain::Id;
use marsad_extract::fold_key;

use crate::{Error, Result, Workspace};

impl Workspace {
    pub async fn actor_detail(&self, id: Id) -> Result<marsad_domain::ActorDetail> {
        self.store
            .actor_detail(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("actor {id} does not exist")))
    }

    pub async fn rename_actor(
        &self,
        id: Id,
        name: Option<&str>,
        name_ar: Option<&str>,
        name_en: Option<&str>,
        now: &str,
    ) -> Result<()> {
        Ok(self
            .store
            .rename_actor(id, name, name_ar, name_en, now)
            .await?)
    }

    pub async fn set_actor_kind(
        &self,
        id: Id,
        kind: marsad_domain::ActorKind,
        now: &str,
    ) -> Result<()> {
        Ok(self.store.set_actor_kind(id, kind, now).await?)
    }

    pub async fn add_alias(&self, id: Id, text: &str, now: &str) -> Result<()> {
        let folded = fold_key(text);
        if folded.is_empty() {
            return Err(Error::invalid("a name needs letters"));
        }
        Ok(self.store.add_alias(id, text.trim(), &folded, now).await?)
    }

    pub async fn remove_alias(&self, id: Id, text: &str, now: &str) -> Result<()> {
        Ok(self.store.remove_alias(id, &fold_key(text), now).await?)
    }

    pub async fn merge_actors(&self, from: Id, into: Id, now: &str) -> Result<()> {
        Ok(self.store.merge_actors(from, into, now).await?)
    }

    /// Splits an actor: the selection (or everything it has in `articles`) moves to a new actor.
    pub async fn split_actor(
        &self,
        from: Id,
        mut selection: marsad_domain::SplitSelection,
        articles: &[Id],
        now: &str,
    ) -> Result<Id> {
        if selection.name.trim().is_empty() {
            return Err(Error::invalid("the new actor needs a name"));
        }
        let (m, s, f) = self.store.actor_items_in(from, articles).await?;
        selection.mentions.extend(m);
        selection.statements.extend(s);
        selection.figures.extend(f);
        if selection.mentions.is_empty()
            && selection.statements.is_empty()
            && selection.figures.is_empty()
        {
            return Err(Error::invalid(
                "nothing was chosen to move to the new actor",
            ));
        }
        Ok(self
            .store
            .split_actor(from, &selection, &fold_key(&selection.name), now)
            .await?)
    }
}
