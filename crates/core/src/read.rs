//! Browsing: the library and one article.

use marsad_domain::{ArticleDetail, ArticleSummary, Id};

use crate::{Error, Result, Workspace};

impl Workspace {
    /// The articles, newest import first; the newest `at_most` when given (the desktop library
    /// lists the newest `LIBRARY_AT_MOST`; search reaches every article).
    pub async fn articles(&self, at_most: Option<u32>) -> Result<Vec<ArticleSummary>> {
        Ok(self.store.list_articles(at_most).await?)
    }

    pub async fn article(&self, id: Id) -> Result<ArticleDetail> {
        self.store
            .article(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("article {id} does not exist")))
    }
}
