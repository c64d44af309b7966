//! Briefing reports: assemble a [`Briefing`] from the workspace for a scope, render it in a format,
//! write it atomically, and keep saved definitions and the history of reports written.
//!
//! Scope: the chosen actors; with tags, only items tagged so (or in articles tagged so); with a
//! search, only statements that match it. Without chosen actors, the actors come from the tags and
//! the search. Rejected items never appear unless the review states ask for them.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use marsad_domain::{
    Briefing, BriefingActor, BriefingFigure, BriefingSentence, BriefingSource, BriefingStatement,
    FigureQuery, FigureRow, Id, ItemKind, Language, ReportDefinition, ReportFormat, ReportRun,
    ReviewState, SearchKind, SearchQuery, Span, TimelineItem, TimelineQuery,
};
use marsad_extract::text::sentence_spans;
use marsad_report::{figures_svg, render_docx, render_html, render_markdown, Labels};
use marsad_store::{Citation, NewReportRun};

use crate::{Error, ErrorKind, Result, Workspace};

/// Statements a search scope may reach.
const SEARCH_LIMIT: u32 = 5_000;

/// Where a report being written has got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportStage {
    /// Gathering actor `done` of `total`.
    Gathering {
        done: usize,
        total: usize,
    },
    Rendering,
    Writing,
}

impl Workspace {
    /// Assembles the briefing a definition describes; `today` is its ISO date.
    pub async fn briefing(
        &self,
        def: &ReportDefinition,
        today: &str,
        cancel: Option<&AtomicBool>,
        mut on_stage: impl FnMut(ReportStage),
    ) -> Result<Briefing> {
        let scope = &def.scope;
        if scope.is_empty() {
            return Err(Error::invalid(
                "the report's scope is empty: choose actors, tags or a search",
            ));
        }
        let matching = self.search_matches(scope.search.as_deref()).await?;
        let actor_ids = self.scope_actors(def, matching.as_ref()).await?;
        let mut actors = Vec::new();
        let mut figures: Vec<FigureRow> = Vec::new();
        let mut seen_figures = HashSet::new();
        for (n, id) in actor_ids.iter().enumerate() {
            if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    "the report was cancelled",
                ));
            }
            on_stage(ReportStage::Gathering {
                done: n,
                total: actor_ids.len(),
            });
            let items = self.scoped_items(def, *id).await?;
            let statements: Vec<TimelineItem> = items
                .iter()
                .filter(|i| i.kind == ItemKind::Statement)
                .filter(|i| matching.as_ref().is_none_or(|m| m.contains(&i.id)))
                .cloned()
                .collect();
            if matching.is_none() {
                let tagged: Option<HashSet<Id>> = (!scope.tags.is_empty()).then(|| {
                    items
                        .iter()
                        .filter(|i| i.kind == ItemKind::Figure)
                        .map(|i| i.id)
                        .collect()
                });
                for f in self.actor_figures(def, *id).await? {
                    let in_scope = tagged.as_ref().is_none_or(|t| t.contains(&f.id));
                    if in_scope && seen_figures.insert(f.id) {
                        figures.push(f);
                    }
                }
            }
            let chosen = scope.actor_ids.contains(id);
            if statements.is_empty() && !chosen {
                continue;
            }
            actors.push((*id, statements));
        }
        on_stage(ReportStage::Gathering {
            done: actor_ids.len(),
            total: actor_ids.len(),
        });
        figures.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        self.assemble(def, today, actors, figures).await
    }

    /// Statement ids matching a search scope.
    async fn search_matches(&self, search: Option<&str>) -> Result<Option<HashSet<Id>>> {
        let Some(text) = search.map(str::trim).filter(|s| !s.is_empty()) else {
            return Ok(None);
        };
        let query = SearchQuery {
            text: text.to_string(),
            kinds: vec![SearchKind::Statement],
            limit: Some(SEARCH_LIMIT),
        };
        let hits = self.search(&query).await?;
        Ok(Some(hits.hits.iter().map(|h| h.id).collect()))
    }

    async fn scope_actors(
        &self,
        def: &ReportDefinition,
        matching: Option<&HashSet<Id>>,
    ) -> Result<Vec<Id>> {
        let scope = &def.scope;
        if !scope.actor_ids.is_empty() {
            for id in &scope.actor_ids {
                self.store
                    .actor(*id)
                    .await?
                    .ok_or_else(|| Error::not_found(format!("actor {id} does not exist")))?;
            }
            return Ok(scope.actor_ids.clone());
        }
        let mut ids: Vec<Id> = Vec::new();
        let mut seen = HashSet::new();
        for tag in &scope.tags {
            for id in self.store.actors_with_tag(tag).await? {
                if seen.insert(id) {
                    ids.push(id);
                }
            }
        }
        if let Some(matching) = matching {
            let mut speakers = BTreeSet::new();
            for sid in matching {
                if let Some(speaker) = self.store.statement_speaker(*sid).await? {
                    speakers.insert(speaker);
                }
            }
            if scope.tags.is_empty() {
                ids = speakers.into_iter().collect();
            } else {
                ids.retain(|id| speakers.contains(id));
            }
        }
        Ok(ids)
    }

    /// The actor's timeline items within the scope's dates, review states and tags.
    async fn scoped_items(&self, def: &ReportDefinition, actor: Id) -> Result<Vec<TimelineItem>> {
        let scope = &def.scope;
        let query = |tag: Option<String>| TimelineQuery {
            actor_ids: vec![actor],
            from: scope.from.clone(),
            to: scope.to.clone(),
            review: scope.review.clone(),
            tag,
            ..Default::default()
        };
        if scope.tags.is_empty() {
            return self.timeline(&query(None)).await;
        }
        let mut items = Vec::new();
        let mut seen = HashSet::new();
        for tag in &scope.tags {
            for item in self.timeline(&query(Some(tag.clone()))).await? {
                if seen.insert((item.kind, item.id)) {
                    items.push(item);
                }
            }
        }
        items.sort_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)));
        Ok(items)
    }

    /// Figures the actor claimed or that are about it.
    async fn actor_figures(&self, def: &ReportDefinition, actor: Id) -> Result<Vec<FigureRow>> {
        let query = FigureQuery {
            actor_id: Some(actor),
            unit: None,
            from: def.scope.from.clone(),
            to: def.scope.to.clone(),
            review: def.scope.review.clone(),
            limit: Some(2_000),
        };
        self.figures(&query).await
    }

    async fn assemble(
        &self,
        def: &ReportDefinition,
        today: &str,
        actors: Vec<(Id, Vec<TimelineItem>)>,
        figures: Vec<FigureRow>,
    ) -> Result<Briefing> {
        let mut cited = Cited::default();
        for (_, statements) in &actors {
            for s in statements {
                cited.article(s.article_id);
            }
        }
        for f in &figures {
            cited.article(f.article_id);
        }
        let citations = self.store.citations(&cited.order).await?;
        let articles: HashMap<Id, Citation> =
            citations.into_iter().map(|c| (c.article_id, c)).collect();
        let mut sentences = Sentences::new(&articles);
        let mut out_actors = Vec::new();
        for (id, statements) in actors {
            let detail = self.actor_detail(id).await?;
            let statements = statements
                .iter()
                .map(|s| BriefingStatement {
                    id: s.id,
                    date: s.date.clone(),
                    date_is_publication: s.date_is_publication,
                    stance: s.stance.unwrap_or(marsad_domain::Stance::Claim),
                    cue: s.cue.clone().unwrap_or_default(),
                    text: s.text.clone(),
                    language: s.language,
                    review: s.review,
                    source: cited.number(s.article_id),
                    sentence: sentences.number(s.article_id, s.span, cited.number(s.article_id)),
                })
                .collect();
            let mut roles: Vec<String> = Vec::new();
            for r in &detail.roles {
                if !roles.contains(&r.role) {
                    roles.push(r.role.clone());
                }
            }
            out_actors.push(BriefingActor {
                id,
                kind: detail.summary.kind,
                name: detail.summary.name.clone(),
                name_ar: detail.summary.name_ar.clone(),
                name_en: detail.summary.name_en.clone(),
                roles,
                affiliations: detail.affiliations.iter().map(|a| a.name.clone()).collect(),
                statements,
            });
        }
        let out_figures = figures
            .iter()
            .map(|f| BriefingFigure {
                id: f.id,
                date: f.date.clone(),
                value: f.value,
                value_max: f.value_max,
                qualifier: f.qualifier,
                unit: f.unit.clone(),
                claimed_by: f.source_name.clone(),
                about: f.about.clone(),
                text: f.text.clone(),
                language: articles
                    .get(&f.article_id)
                    .map_or(Language::Other, |a| a.language),
                review: f.review,
                source: cited.number(f.article_id),
                sentence: sentences.number(f.article_id, f.span, cited.number(f.article_id)),
            })
            .collect();
        let sources = cited
            .order
            .iter()
            .filter_map(|id| articles.get(id))
            .map(|a| BriefingSource {
                number: cited.number(a.article_id),
                article_id: a.article_id,
                title: a.title.clone(),
                outlet: a.outlet.clone(),
                url: a.url.clone(),
                published: a.published.clone(),
                language: a.language,
            })
            .collect();
        let briefing = Briefing {
            title: def.title.clone(),
            author: def.author.clone(),
            language: def.language,
            generated_on: today.to_string(),
            scope: self.scope_words(def, &out_actors).await,
            key_judgements: paragraphs(&def.key_judgements),
            actors: out_actors,
            figures: out_figures,
            sources,
            sentences: sentences.list,
        };
        Ok(briefing)
    }

    async fn scope_words(&self, def: &ReportDefinition, actors: &[BriefingActor]) -> Vec<String> {
        let ar = def.language == Language::Ar;
        let mut words = Vec::new();
        if !def.scope.actor_ids.is_empty() {
            let names: Vec<&str> = actors.iter().map(|a| a.name.as_str()).collect();
            let sep = Labels::for_language(def.language).list_sep();
            let list = if names.len() > 12 {
                let more = names.len() - 12;
                format!("{}{sep}+{more}", names[..12].join(sep))
            } else {
                names.join(sep)
            };
            words.push(list);
        }
        for tag in &def.scope.tags {
            words.push(format!("#{tag}"));
        }
        if let Some(q) = def.scope.search.as_deref().filter(|q| !q.trim().is_empty()) {
            words.push(format!("«{}»", q.trim()));
        }
        match (&def.scope.from, &def.scope.to) {
            (None, None) => {}
            (from, to) => words.push(format!(
                "{} – {}",
                from.as_deref().unwrap_or("…"),
                to.as_deref().unwrap_or("…")
            )),
        }
        let review: &[ReviewState] = &def.scope.review;
        if !review.is_empty() {
            let states: Vec<&str> = review.iter().map(|r| r.as_str()).collect();
            let label = if ar {
                "حالة المراجعة"
            } else {
                "review"
            };
            words.push(format!("{label}: {}", states.join(", ")));
        }
        words
    }

    /// Assembles, renders and writes a report to `path` (atomically: a file appears only when
    /// complete), records it in the history, and returns the record. `now` is RFC 3339.
    pub async fn write_report(
        &self,
        def: &ReportDefinition,
        format: ReportFormat,
        path: &Path,
        now: &str,
        cancel: Option<&AtomicBool>,
        mut on_stage: impl FnMut(ReportStage),
    ) -> Result<ReportRun> {
        let today = now.get(..10).unwrap_or(now).to_string();
        let briefing = self.briefing(def, &today, cancel, &mut on_stage).await?;
        if briefing.is_empty() {
            return Err(Error::new(
                ErrorKind::NotFound,
                "there is nothing to report: no statements or figures are in this scope",
            ));
        }
        on_stage(ReportStage::Rendering);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let chart_name = format!("{stem}.figures.svg");
        let (bytes, pages, sidecar) = {
            let briefing = briefing.clone();
            let chart_name = chart_name.clone();
            tokio::task::spawn_blocking(move || render(&briefing, format, &today, &chart_name))
                .await
                .map_err(|e| Error::new(ErrorKind::Internal, format!("rendering stopped: {e}")))??
        };
        if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "the report was cancelled",
            ));
        }
        on_stage(ReportStage::Writing);
        if let Some(svg) = sidecar {
            write_atomically(&path.with_file_name(&chart_name), svg.as_bytes())?;
        }
        write_atomically(path, &bytes)?;
        let path_text = path.display().to_string();
        let run = NewReportRun {
            definition: (!def.name.trim().is_empty()).then_some(def.name.as_str()),
            title: &def.title,
            format,
            path: &path_text,
            generated_at: now,
            statement_count: u32::try_from(briefing.statement_count()).unwrap_or(u32::MAX),
            figure_count: u32::try_from(briefing.figures.len()).unwrap_or(u32::MAX),
            source_count: u32::try_from(briefing.sources.len()).unwrap_or(u32::MAX),
            page_count: pages,
        };
        let id = self.store.record_report_run(&run).await?;
        tracing::info!(
            format = format.as_str(),
            file = %path_text,
            statements = run.statement_count,
            figures = run.figure_count,
            "report written"
        );
        Ok(ReportRun {
            id,
            definition: run.definition.map(str::to_string),
            title: def.title.clone(),
            format,
            path: path_text.clone(),
            generated_at: now.to_string(),
            statement_count: run.statement_count,
            figure_count: run.figure_count,
            source_count: run.source_count,
            page_count: pages,
        })
    }

    pub async fn save_report_definition(&self, def: &ReportDefinition, now: &str) -> Result<()> {
        if def.name.trim().is_empty() {
            return Err(Error::invalid("a saved report needs a name"));
        }
        Ok(self.store.save_report_definition(def, now).await?)
    }

    pub async fn report_definition(&self, name: &str) -> Result<ReportDefinition> {
        self.store
            .report_definition(name)
            .await?
            .ok_or_else(|| Error::not_found(format!("no saved report is called '{name}'")))
    }

    pub async fn report_definitions(&self) -> Result<Vec<ReportDefinition>> {
        Ok(self.store.report_definitions().await?)
    }

    pub async fn delete_report_definition(&self, name: &str) -> Result<()> {
        if self.store.delete_report_definition(name).await? {
            Ok(())
        } else {
            Err(Error::not_found(format!(
                "no saved report is called '{name}'"
            )))
        }
    }

    pub async fn report_runs(&self, limit: u32) -> Result<Vec<ReportRun>> {
        Ok(self.store.report_runs(limit).await?)
    }

    pub async fn report_run(&self, id: Id) -> Result<ReportRun> {
        self.store
            .report_run(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("report {id} is not in the history")))
    }
}

/// The bytes of the report, its page count (PDF), and the chart to write beside a Markdown file.
fn render(
    briefing: &Briefing,
    format: ReportFormat,
    today: &str,
    chart_name: &str,
) -> Result<(Vec<u8>, Option<u32>, Option<String>)> {
    Ok(match format {
        ReportFormat::Pdf => {
            let pdf = marsad_report_pdf::render_pdf(briefing, ymd(today))
                .map_err(|e| Error::new(ErrorKind::Internal, e.to_string()))?;
            (pdf.bytes, u32::try_from(pdf.pages).ok(), None)
        }
        ReportFormat::Docx => {
            let chart = marsad_report_pdf::chart_png(briefing);
            let bytes = render_docx(briefing, chart.as_ref())
                .map_err(|e| Error::new(ErrorKind::Internal, e.to_string()))?;
            (bytes, None, None)
        }
        ReportFormat::Html => (render_html(briefing).into_bytes(), None, None),
        ReportFormat::Md => {
            let chart = figures_svg(briefing);
            let md = render_markdown(briefing, chart.as_ref().map(|_| chart_name));
            (md.into_bytes(), None, chart)
        }
    })
}

fn ymd(date: &str) -> (i32, u8, u8) {
    let mut parts = date.splitn(3, '-').map(|p| p.parse::<i64>().unwrap_or(1));
    let y = parts.next().unwrap_or(1970);
    let m = parts.next().unwrap_or(1);
    let d = parts.next().unwrap_or(1);
    (
        i32::try_from(y).unwrap_or(1970),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    )
}

/// Writes next to the target and renames, so a reader never sees half a file and an existing
/// file is replaced only by a complete one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| Error::invalid(format!("{} is not a file name", path.display())))?;
    let mut tmp = PathBuf::from(path);
    tmp.set_file_name(format!(".{}.partial", name.to_string_lossy()));
    let io = |e: std::io::Error| {
        Error::new(
            ErrorKind::Io,
            format!("cannot write {}: {e}", path.display()),
        )
    };
    std::fs::write(&tmp, bytes).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}

/// Key judgements: paragraphs separated by blank lines.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Articles numbered in the order they are first cited.
#[derive(Default)]
struct Cited {
    order: Vec<Id>,
    numbers: HashMap<Id, u32>,
}

impl Cited {
    fn article(&mut self, id: Id) {
        if !self.numbers.contains_key(&id) {
            self.order.push(id);
            self.numbers
                .insert(id, u32::try_from(self.order.len()).unwrap_or(u32::MAX));
        }
    }

    fn number(&self, id: Id) -> u32 {
        self.numbers.get(&id).copied().unwrap_or(0)
    }
}

/// Source sentences, numbered in the order they are first cited.
struct Sentences<'a> {
    articles: &'a HashMap<Id, Citation>,
    spans: HashMap<Id, Vec<(usize, usize)>>,
    numbers: HashMap<(Id, usize), u32>,
    list: Vec<BriefingSentence>,
}

impl<'a> Sentences<'a> {
    fn new(articles: &'a HashMap<Id, Citation>) -> Self {
        Sentences {
            articles,
            spans: HashMap::new(),
            numbers: HashMap::new(),
            list: Vec::new(),
        }
    }

    /// The number of the sentence holding `span` in the article (added on first use).
    fn number(&mut self, article: Id, span: Span, source: u32) -> u32 {
        let Some(a) = self.articles.get(&article) else {
            return 0;
        };
        let spans = self
            .spans
            .entry(article)
            .or_insert_with(|| sentence_spans(&a.body));
        let at = span.start as usize;
        let (start, end) = spans
            .iter()
            .copied()
            .find(|&(s, e)| s <= at && at < e)
            .unwrap_or((span.start as usize, span.end as usize));
        // A statement can run over a sentence break; quote through its end.
        let end = end.max(span.end as usize);
        if let Some(n) = self.numbers.get(&(article, start)) {
            return *n;
        }
        let text: String = a
            .body
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        let number = u32::try_from(self.list.len() + 1).unwrap_or(u32::MAX);
        self.list.push(BriefingSentence {
            number,
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            language: a.language,
            source,
        });
        self.numbers.insert((article, start), number);
        number
    }
}
