//! Browsing: the library and one article.

use marsad_domain::{ArticleDetail, ArticleSummary, Id};

use crate::{Error, Result, Workspace};

impl Workspace {
    pub async fn articles(&self) -> Result<Vec<ArticleSummary>> {
        Ok(self.store.list_articles().await?)
    }

    pub async fn article(&self, id: Id) -> Result<ArticleDetail> {
        self.store
            .article(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("article {id} does not exist")))
    }
}
