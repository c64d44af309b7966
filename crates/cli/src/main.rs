//! `marsad`: the command line over Marsad's core.
//!
//! Exit codes: 0 all done; 1 some inputs rejected (the rest stored); 2 usage or fatal error.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};
use marsad_core::{default_db_path, ImportOptions, Workspace};
use marsad_domain::{
    ActorKind, ActorQuery, FigureEdit, FigureQuery, ImportItem, ImportOutcome, ItemKind, ItemRef,
    Language, Qualifier, ReportDefinition, ReportFormat, ReportScope, ReviewState, SearchQuery,
    SplitSelection, Stance, StatementEdit, TagTarget, TargetKind, TimelineQuery,
};

#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    about = "Marsad (مرصد): actors, statements and threat figures from Arabic and English news"
)]
struct Cli {
    /// Workspace database (default: the desktop app's own workspace).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum ActorsCommand {
    /// Import an actor list (watchlist) from CSV or JSON: name, name_ar, name_en, kind, role,
    /// aliases (separated by ; or |), note. Entries sharing a name with a stored actor of the
    /// same kind add to it; the others become new actors that later articles resolve to.
    Import { file: PathBuf },
    /// Doubtful matches found at import (an actor that may be one already stored), with the
    /// evidence and a confidence.
    Suggestions {
        #[arg(long)]
        json: bool,
    },
    /// Accept (merge, undoable) or dismiss a suggestion.
    Suggestion {
        #[arg(value_parser = ["accept", "dismiss"])]
        action: String,
        id: i64,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Import .txt and .md files and folders of them (title = first line, body = the rest).
    Import {
        #[arg(long)]
        outlet: Option<String>,
        #[arg(long)]
        url: Option<String>,
        /// Publication date (YYYY-MM-DD or RFC 3339).
        #[arg(long)]
        published: Option<String>,
        /// Language of the articles (detected from the script if not given).
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List the articles in the workspace.
    Articles {
        /// List only the newest N imports.
        #[arg(long)]
        limit: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Show one article with what was found in it.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// List actors with their activity (articles, statements, figures).
    Actors {
        #[command(subcommand)]
        list: Option<ActorsCommand>,
        #[arg(long, value_parser = parse_kind)]
        kind: Option<ActorKind>,
        /// Only actors with a name containing this (either script).
        #[arg(long)]
        search: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// Show and edit one actor (ACTOR: a name in either script, or an id). Every edit can be undone.
    Actor {
        #[command(subcommand)]
        action: ActorAction,
    },
    /// An actor's statements and figures in time order.
    Timeline {
        /// Name (either script) or id.
        actor: String,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Only items (or items of articles) with this tag.
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Tag an article, actor, statement or figure (TARGET: article:ID, actor:ID, statement:ID, figure:ID).
    Tag {
        #[command(subcommand)]
        action: TagAction,
    },
    /// Every tag in use, with how many items carry it.
    Tags {
        #[arg(long)]
        json: bool,
    },
    /// Show the note on TARGET, or write it (an empty TEXT deletes it).
    Note {
        target: String,
        text: Option<String>,
    },
    /// Threat figures, newest first.
    Figures {
        /// Name (either script) or id of the source or subject.
        #[arg(long)]
        actor: Option<String>,
        #[arg(long)]
        unit: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Search articles, statements and actors (Arabic- and English-aware).
    Search {
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// Accept, reject or edit a statement or figure: ITEM is `statement:ID`, `figure:ID` or ID (a statement).
    Review {
        #[command(subcommand)]
        action: ReviewAction,
    },
    /// Write the whole workspace (articles with their text, actors, statements, figures, tags,
    /// notes and the edit log) as one JSON document.
    Export {
        /// Output file ("-" for standard output).
        #[arg(short, long, default_value = "-")]
        output: PathBuf,
        /// Leave out the edit log.
        #[arg(long)]
        without_log: bool,
    },
    /// Load a portable archive (a file `marsad export` wrote, by this or an earlier version) into a
    /// new workspace: everything in it, or nothing.
    ImportArchive { file: PathBuf },
    /// Link articles imported before stories existed to their stories (near-duplicates).
    Stories {
        #[arg(value_parser = ["rebuild"])]
        action: String,
    },
    /// The desktop app's home page as JSON: counts, most active actors, newest statements and
    /// figures, articles waiting for review.
    Overview,
    /// Counts of articles, actors, statements and figures, and the database's size.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// Write a consistent copy of the workspace to FILE (it may be in use).
    Backup { file: PathBuf },
    /// Replace the workspace with the backup FILE (the current one is kept as NAME.before-restore.sqlite).
    Restore { file: PathBuf },
    /// Write a briefing report (PDF, DOCX, Markdown or HTML) for actors, tags or a search.
    ///
    /// Without --definition, the scope comes from --actor/--tag/--search/--all-actors; with it,
    /// a saved definition is run again on the data as it is now.
    Report {
        /// An actor to cover (name in either script, or id); repeat for several.
        #[arg(long)]
        actor: Vec<String>,
        /// Cover every actor with statements in the workspace.
        #[arg(long)]
        all_actors: bool,
        /// Only items tagged so (or in articles tagged so); repeat for several.
        #[arg(long)]
        tag: Vec<String>,
        /// Only statements matching this search.
        #[arg(long)]
        search: Option<String>,
        /// First day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Last day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        /// Review states to include (default: all but rejected); repeat for several.
        #[arg(long, value_parser = parse_review)]
        review: Vec<ReviewState>,
        /// Report language: headings, labels and layout (quotations keep their own).
        #[arg(long, value_parser = parse_language, default_value = "en")]
        lang: Language,
        #[arg(long)]
        title: Option<String>,
        #[arg(long, default_value = "")]
        author: String,
        /// A text file with the key judgements (paragraphs separated by blank lines).
        #[arg(long, value_name = "FILE")]
        judgements: Option<PathBuf>,
        /// pdf, docx, md or html (default: from the output file's extension).
        #[arg(long, value_parser = parse_format)]
        format: Option<ReportFormat>,
        /// Run a saved definition.
        #[arg(long, value_name = "NAME")]
        definition: Option<String>,
        /// Save this definition under NAME (to run again with --definition).
        #[arg(long, value_name = "NAME")]
        save: Option<String>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// List saved report definitions and the reports written.
    Reports {
        #[arg(long)]
        json: bool,
    },
    /// Undo the last edit (it is listed in `marsad edits`).
    Undo,
    /// The edit log, newest first.
    Edits {
        #[arg(long, default_value_t = 20)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// Tag Arabic named entities (IOB2: PERS, ORG, LOC, MISC) with the built-in CRF model.
    /// FILE has one token a line and a blank line between sentences (a second column is ignored).
    Ner {
        /// Read and write the CoNLL layout (the only layout for now).
        #[arg(long)]
        conll: bool,
        file: PathBuf,
    },
    /// Extract actors, statements and figures from a text file, without storing anything.
    Extract {
        /// Print the evaluation format of ../shared/eval/README.md.
        #[arg(long)]
        json: bool,
        /// Publication date of the text.
        #[arg(long)]
        published: Option<String>,
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum ActorAction {
    /// Names in both scripts, roles over time, affiliations, activity.
    Show {
        actor: String,
        #[arg(long)]
        json: bool,
    },
    /// Merge FROM into INTO: FROM's mentions, statements, figures, names and roles move to INTO.
    Merge { from: String, into: String },
    /// Move some of an actor's mentions, statements and figures to a new actor.
    Split {
        actor: String,
        /// The new actor's name.
        #[arg(long)]
        name: String,
        /// Move everything the actor has in these articles.
        #[arg(long = "article")]
        articles: Vec<i64>,
        #[arg(long = "statement")]
        statements: Vec<i64>,
        #[arg(long = "figure")]
        figures: Vec<i64>,
        #[arg(long = "mention")]
        mentions: Vec<i64>,
    },
    /// Add or remove a name.
    Alias {
        #[command(subcommand)]
        action: AliasAction,
    },
    Rename {
        actor: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        arabic: Option<String>,
        #[arg(long)]
        english: Option<String>,
    },
    Kind {
        actor: String,
        #[arg(value_parser = parse_kind)]
        kind: ActorKind,
    },
}

#[derive(Subcommand)]
enum TagAction {
    Add { target: String, name: String },
    Remove { target: String, name: String },
}

fn parse_target(s: &str) -> anyhow::Result<TagTarget> {
    let (kind, id) = s
        .split_once(':')
        .ok_or_else(|| anyhow::anyhow!("'{s}' is not KIND:ID (article:3, statement:12, …)"))?;
    let kind = TargetKind::parse(kind)
        .ok_or_else(|| anyhow::anyhow!("'{kind}' is not article, actor, statement or figure"))?;
    let id = id
        .parse()
        .map_err(|_| anyhow::anyhow!("'{id}' is not an id"))?;
    Ok(TagTarget { kind, id })
}

#[derive(Subcommand)]
enum AliasAction {
    Add { actor: String, name: String },
    Remove { actor: String, name: String },
}

#[derive(Subcommand)]
enum ReviewAction {
    Accept {
        item: String,
    },
    Reject {
        item: String,
    },
    /// Correct an item; only the fields given change.
    Edit {
        item: String,
        /// Statement: speaker (name or id).
        #[arg(long)]
        speaker: Option<String>,
        #[arg(long, value_parser = parse_stance)]
        stance: Option<Stance>,
        /// Figure fields.
        #[arg(long)]
        value: Option<f64>,
        #[arg(long)]
        value_max: Option<f64>,
        #[arg(long, value_parser = parse_qualifier)]
        qualifier: Option<Qualifier>,
        #[arg(long)]
        unit: Option<String>,
        /// Figure: source (name or id).
        #[arg(long)]
        source: Option<String>,
    },
}

fn parse_kind(s: &str) -> Result<ActorKind, String> {
    ActorKind::parse(s).ok_or_else(|| format!("'{s}' is not person, organization or location"))
}

fn parse_stance(s: &str) -> Result<Stance, String> {
    Stance::parse(s).ok_or_else(|| {
        format!(
            "'{s}' is not one of: {}",
            Stance::ALL
                .iter()
                .map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

fn parse_qualifier(s: &str) -> Result<Qualifier, String> {
    Qualifier::parse(s).ok_or_else(|| {
        format!(
            "'{s}' is not one of: {}",
            Qualifier::ALL
                .iter()
                .map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

fn parse_item(s: &str) -> anyhow::Result<ItemRef> {
    let (kind, id) = match s.split_once(':') {
        Some(("statement" | "s", id)) => (ItemKind::Statement, id),
        Some(("figure" | "f", id)) => (ItemKind::Figure, id),
        Some((other, _)) => anyhow::bail!("'{other}' is not statement or figure"),
        None => (ItemKind::Statement, s),
    };
    let id = id
        .parse()
        .map_err(|_| anyhow::anyhow!("'{id}' is not an id"))?;
    Ok(ItemRef { kind, id })
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::parse(s)
        .filter(|l| *l != Language::Other)
        .ok_or_else(|| format!("'{s}' is not ar or en"))
}

fn parse_format(s: &str) -> Result<ReportFormat, String> {
    ReportFormat::parse(s).ok_or_else(|| format!("'{s}' is not pdf, docx, md or html"))
}

fn parse_review(s: &str) -> Result<ReviewState, String> {
    ReviewState::parse(s)
        .ok_or_else(|| format!("'{s}' is not pending, accepted, rejected or edited"))
}

/// `marsad … | head` closes the pipe early: stop quietly instead of reporting a panic.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("marsad: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            tracing::warn!(error = %e, "command failed");
            eprintln!("marsad: {e}");
            ExitCode::from(2)
        }
    }
}

fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

async fn open(db: Option<PathBuf>) -> anyhow::Result<Workspace> {
    let path = db.unwrap_or_else(default_db_path);
    let dir = marsad_core::workspace::folder_of(&path);
    if let Err(e) = marsad_core::log::start(dir) {
        eprintln!("marsad: no log file in {}: {e}", dir.join("logs").display());
    }
    Ok(Workspace::open(&path).await?)
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Import {
            outlet,
            url,
            published,
            language,
            paths,
        } => {
            if let Some(p) = &published {
                if marsad_core::ingest::normalize_date(p).is_none() {
                    anyhow::bail!("--published '{p}' is not a date (use YYYY-MM-DD)");
                }
            }
            let ws = open(cli.db).await?;
            let options = ImportOptions {
                outlet,
                url,
                published,
                language,
            };
            let cancel = std::sync::Arc::new(AtomicBool::new(false));
            let on_signal = cancel.clone();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    eprintln!("\nstopping after the batch in progress (run the same import again to resume)…");
                    on_signal.store(true, Ordering::Relaxed);
                }
            });
            let mut progress = Progress::new();
            let report = ws
                .import_paths(&paths, &options, &now(), Some(&cancel), |item| {
                    progress.item(item)
                })
                .await;
            progress.finish();
            println!(
                "{} imported, {} already stored, {} rejected{}",
                report.imported,
                report.duplicates,
                report.rejected,
                if report.cancelled {
                    " (cancelled: run it again to resume)"
                } else {
                    ""
                }
            );
            Ok(if report.rejected > 0 || report.cancelled {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Articles { limit, json } => {
            let ws = open(cli.db).await?;
            let articles = ws.articles(limit).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&articles)?);
            } else {
                for a in &articles {
                    println!(
                        "{:>6}  {:<5} {:<10} {:<14} {}/{}/{}  {}",
                        a.id,
                        a.language.as_str(),
                        a.published
                            .as_deref()
                            .map(|d| &d[..d.len().min(10)])
                            .unwrap_or("-"),
                        a.outlet.as_deref().unwrap_or("-"),
                        a.actor_count,
                        a.statement_count,
                        a.figure_count,
                        a.title
                    );
                }
                println!("{} articles (columns: id, language, date, outlet, actors/statements/figures, title)", articles.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Show { id, json } => {
            let ws = open(cli.db).await?;
            let article = ws.article(id).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&article)?);
            } else {
                print_article(&article);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Actors {
            list: Some(ActorsCommand::Import { file }),
            ..
        } => {
            let ws = open(cli.db).await?;
            let report = ws.import_actor_list(&file, &now()).await?;
            for why in &report.rejected {
                eprintln!("rejected  {why}");
            }
            println!(
                "{} actors created, {} updated, {} rejected",
                report.created,
                report.updated,
                report.rejected.len()
            );
            Ok(if report.rejected.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Actors {
            list: Some(ActorsCommand::Suggestions { json }),
            ..
        } => {
            let ws = open(cli.db).await?;
            let all = ws.actor_suggestions().await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&all)?);
            } else {
                for s in &all {
                    println!(
                        "{:>6}  {} ({}) may be {} ({}): {} — confidence {:.2}{}",
                        s.id,
                        s.actor.name,
                        s.actor.id,
                        s.candidate.name,
                        s.candidate.id,
                        s.evidence,
                        s.confidence,
                        s.article_title
                            .as_deref()
                            .map(|t| format!(" — in «{t}»"))
                            .unwrap_or_default()
                    );
                }
                println!("{} suggestions", all.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Actors {
            list: Some(ActorsCommand::Suggestion { action, id }),
            ..
        } => {
            let ws = open(cli.db).await?;
            if action == "accept" {
                ws.accept_suggestion(id, &now()).await?;
                println!("merged (marsad undo takes it back)");
            } else {
                ws.dismiss_suggestion(id).await?;
                println!("dismissed");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Actors {
            list: None,
            kind,
            search,
            limit,
            json,
        } => {
            let ws = open(cli.db).await?;
            let actors = ws
                .actors(&ActorQuery {
                    search,
                    kind,
                    limit: Some(limit),
                })
                .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&actors)?);
            } else {
                for a in &actors {
                    let other = [a.name_en.as_deref(), a.name_ar.as_deref()]
                        .into_iter()
                        .flatten()
                        .find(|n| *n != a.name);
                    println!(
                        "{:>6}  {:<12} {:>5} {:>5} {:>5}  {}{}",
                        a.id,
                        a.kind.as_str(),
                        a.article_count,
                        a.statement_count,
                        a.figure_count,
                        a.name,
                        other.map(|o| format!(" / {o}")).unwrap_or_default()
                    );
                }
                println!(
                    "{} actors (columns: id, kind, articles, statements, figures, names)",
                    actors.len()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Actor { action } => {
            let ws = open(cli.db).await?;
            run_actor(&ws, action).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Timeline {
            actor,
            from,
            to,
            tag,
            json,
        } => {
            let ws = open(cli.db).await?;
            let a = ws.find_actor(&actor).await?;
            let query = TimelineQuery {
                actor_ids: vec![a.id],
                from,
                to,
                tag,
                ..TimelineQuery::default()
            };
            let items = ws.timeline(&query).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&items)?);
            } else {
                for i in &items {
                    let what = match i.kind {
                        ItemKind::Statement => format!(
                            "{} ({})",
                            i.stance.map(|s| s.as_str()).unwrap_or("-"),
                            i.cue.as_deref().unwrap_or("")
                        ),
                        ItemKind::Figure => format!(
                            "{} {}",
                            i.qualifier.map(|q| q.as_str()).unwrap_or(""),
                            i.unit.as_deref().unwrap_or("")
                        ),
                    };
                    println!(
                        "{}{}  {}:{:<6} {}  {}",
                        i.date
                            .as_deref()
                            .map(|d| &d[..d.len().min(10)])
                            .unwrap_or("----------"),
                        if i.date_is_publication { "*" } else { " " },
                        i.kind.as_str(),
                        i.id,
                        what,
                        i.text
                    );
                }
                println!(
                    "{} items on the timeline of {} (* = the article's publication date)",
                    items.len(),
                    a.name
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Figures { actor, unit, json } => {
            let ws = open(cli.db).await?;
            let actor_id = match actor {
                Some(name) => Some(ws.find_actor(&name).await?.id),
                None => None,
            };
            let rows = ws
                .figures(&FigureQuery {
                    actor_id,
                    unit,
                    ..FigureQuery::default()
                })
                .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else {
                for f in &rows {
                    let value = match (f.value, f.value_max) {
                        (Some(v), Some(m)) => format!("{v}-{m}"),
                        (Some(v), None) => v.to_string(),
                        _ => "?".into(),
                    };
                    let repeated = if f.repeated_in.is_empty() {
                        String::new()
                    } else {
                        format!("  [also: {}]", f.repeated_in.join(", "))
                    };
                    println!(
                        "{:>6}  {:<10} {:<12} {:>12} {:<14} {:<20} {}{repeated}",
                        f.id,
                        f.date
                            .as_deref()
                            .map(|d| &d[..d.len().min(10)])
                            .unwrap_or("-"),
                        f.qualifier.as_str(),
                        value,
                        f.unit,
                        f.source_name.as_deref().unwrap_or("(no source)"),
                        f.text
                    );
                }
                println!("{} figures", rows.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Search { query, limit, json } => {
            let ws = open(cli.db).await?;
            let results = ws
                .search(&SearchQuery {
                    text: query,
                    kinds: Vec::new(),
                    limit: Some(limit),
                })
                .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&results)?);
            } else {
                for h in &results.hits {
                    let snippet: String = h
                        .snippet
                        .iter()
                        .map(|p| {
                            if p.hit {
                                format!("[{}]", p.text)
                            } else {
                                p.text.clone()
                            }
                        })
                        .collect();
                    let kind = format!("{:?}", h.kind).to_lowercase();
                    println!("{kind:<9} {:>6}  {}\n          {snippet}", h.id, h.title);
                }
                println!(
                    "{} shown of {} hits in {} ms",
                    results.hits.len(),
                    results.total,
                    results.elapsed_ms
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Review { action } => {
            let ws = open(cli.db).await?;
            match action {
                ReviewAction::Accept { item } => {
                    ws.set_review(parse_item(&item)?, ReviewState::Accepted, &now())
                        .await?
                }
                ReviewAction::Reject { item } => {
                    ws.set_review(parse_item(&item)?, ReviewState::Rejected, &now())
                        .await?
                }
                ReviewAction::Edit {
                    item,
                    speaker,
                    stance,
                    value,
                    value_max,
                    qualifier,
                    unit,
                    source,
                } => {
                    let item = parse_item(&item)?;
                    match item.kind {
                        ItemKind::Statement => {
                            let speaker_id = match speaker {
                                Some(s) => Some(ws.find_actor(&s).await?.id),
                                None => None,
                            };
                            let edit = StatementEdit {
                                speaker_id,
                                stance,
                                span: None,
                            };
                            ws.edit_statement(item.id, &edit, &now()).await?
                        }
                        ItemKind::Figure => {
                            let source_id = match source {
                                Some(s) => Some(ws.find_actor(&s).await?.id),
                                None => None,
                            };
                            let edit = FigureEdit {
                                value,
                                value_max,
                                qualifier,
                                unit,
                                source_id,
                                span: None,
                            };
                            ws.edit_figure(item.id, &edit, &now()).await?
                        }
                    }
                }
            }
            println!("done (undo with `marsad undo`)");
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            actor,
            all_actors,
            tag,
            search,
            from,
            to,
            review,
            lang,
            title,
            author,
            judgements,
            format,
            definition,
            save,
            output,
        } => {
            let ws = open(cli.db).await?;
            let mut def = match definition {
                Some(name) => ws.report_definition(&name).await?,
                None => {
                    let mut actor_ids = Vec::new();
                    for name in &actor {
                        actor_ids.push(ws.find_actor(name).await?.id);
                    }
                    if all_actors {
                        let query = ActorQuery {
                            limit: Some(100_000),
                            ..ActorQuery::default()
                        };
                        for a in ws.actors(&query).await? {
                            if a.statement_count > 0 && !actor_ids.contains(&a.id) {
                                actor_ids.push(a.id);
                            }
                        }
                    }
                    for date in from.iter().chain(to.iter()) {
                        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
                            anyhow::bail!("'{date}' is not a date (use YYYY-MM-DD)");
                        }
                    }
                    let key_judgements = match &judgements {
                        Some(path) => std::fs::read_to_string(path).map_err(|e| {
                            anyhow::anyhow!("{}: cannot be read: {e}", path.display())
                        })?,
                        None => String::new(),
                    };
                    ReportDefinition {
                        name: save.clone().unwrap_or_default(),
                        title: title.clone().unwrap_or_else(|| match lang {
                            Language::Ar => "إيجاز".to_string(),
                            _ => "Briefing".to_string(),
                        }),
                        author,
                        language: lang,
                        scope: ReportScope {
                            actor_ids,
                            tags: tag,
                            search,
                            from,
                            to,
                            review,
                        },
                        key_judgements,
                    }
                }
            };
            if let Some(name) = &save {
                def.name = name.clone();
                ws.save_report_definition(&def, &now()).await?;
                eprintln!("saved the definition '{name}'");
            }
            let output_text = output.display().to_string();
            let format = match format.or_else(|| ReportFormat::from_path(&output_text)) {
                Some(f) => f,
                None => anyhow::bail!(
                    "{output_text}: say which format with --format pdf|docx|md|html (or end the name in one)"
                ),
            };
            let started = std::time::Instant::now();
            let run = ws
                .write_report(&def, format, &output, &now(), None, |stage| {
                    if let marsad_core::ReportStage::Rendering = stage {
                        eprintln!("rendering {}…", format.as_str());
                    }
                })
                .await?;
            eprintln!(
                "wrote {} ({} statements, {} figures, {} sources{}) in {:.1} s",
                run.path,
                run.statement_count,
                run.figure_count,
                run.source_count,
                run.page_count
                    .map(|p| format!(", {p} pages"))
                    .unwrap_or_default(),
                started.elapsed().as_secs_f64()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Reports { json } => {
            let ws = open(cli.db).await?;
            let definitions = ws.report_definitions().await?;
            let runs = ws.report_runs(200).await?;
            if json {
                let all = serde_json::json!({ "definitions": definitions, "runs": runs });
                println!("{}", serde_json::to_string_pretty(&all)?);
            } else {
                println!("saved definitions:");
                for d in &definitions {
                    println!("  {:<20} {} ({})", d.name, d.title, d.language.as_str());
                }
                println!("reports written:");
                for r in &runs {
                    println!(
                        "  {}  {:<4} {:>4} statements  {}",
                        r.generated_at,
                        r.format.as_str(),
                        r.statement_count,
                        r.path
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            output,
            without_log,
        } => {
            let ws = open(cli.db).await?;
            let data = serde_json::to_string_pretty(&ws.export(!without_log).await?)?;
            if output.as_os_str() == "-" {
                println!("{data}");
            } else {
                std::fs::write(&output, data)
                    .map_err(|e| anyhow::anyhow!("{}: cannot be written: {e}", output.display()))?;
                eprintln!("wrote {}", output.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportArchive { file } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| anyhow::anyhow!("{}: cannot be read: {e}", file.display()))?;
            let archive: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                anyhow::anyhow!(
                    "{}: is not a Marsad archive (not JSON: {e})",
                    file.display()
                )
            })?;
            drop(text);
            let ws = open(cli.db).await?;
            let loaded = ws
                .load_archive(&file.display().to_string(), &archive)
                .await?;
            for (table, rows) in loaded.iter().filter(|(_, n)| *n > 0) {
                println!("{rows:>9}  {table}");
            }
            println!(
                "loaded {} into {}",
                file.display(),
                ws.info().await?.db_path
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Stories { .. } => {
            let ws = open(cli.db).await?;
            let (seen, linked) = ws.rebuild_stories().await?;
            println!("{seen} articles signed, {linked} joined a story");
            Ok(ExitCode::SUCCESS)
        }
        Command::Overview => {
            let ws = open(cli.db).await?;
            println!("{}", serde_json::to_string_pretty(&ws.overview().await?)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { json } => {
            let ws = open(cli.db).await?;
            let s = ws.stats().await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&s)?);
            } else {
                println!(
                    "articles    {:>9}  (Arabic {}, English {})",
                    s.articles, s.articles_ar, s.articles_en
                );
                println!("actors      {:>9}", s.actors);
                println!("statements  {:>9}", s.statements);
                println!("figures     {:>9}", s.figures);
                println!(
                    "rejected    {:>9}  statements and figures",
                    s.rejected_items
                );
                println!("tags        {:>9}", s.tags);
                println!("notes       {:>9}", s.notes);
                println!("edits       {:>9}", s.edits);
                println!("reports     {:>9}", s.reports_written);
                println!(
                    "database    {:>9.1} MB  {}",
                    s.database_bytes as f64 / 1e6,
                    ws.store().path().display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { file } => {
            let ws = open(cli.db).await?;
            ws.backup(&file).await?;
            println!("backed up to {}", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { file } => {
            let db = cli.db.unwrap_or_else(default_db_path);
            marsad_core::workspace::restore(&file, &db).await?;
            println!("restored {} from {}", db.display(), file.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Tag { action } => {
            let ws = open(cli.db).await?;
            match action {
                TagAction::Add { target, name } => {
                    ws.add_tag(parse_target(&target)?, &name, &now()).await?
                }
                TagAction::Remove { target, name } => {
                    ws.remove_tag(parse_target(&target)?, &name, &now()).await?
                }
            }
            println!("done (undo with `marsad undo`)");
            Ok(ExitCode::SUCCESS)
        }
        Command::Tags { json } => {
            let ws = open(cli.db).await?;
            let tags = ws.list_tags().await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&tags)?);
            } else {
                for t in &tags {
                    println!("{:>5}  {}", t.count, t.name);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Note { target, text } => {
            let ws = open(cli.db).await?;
            let target = parse_target(&target)?;
            match text {
                Some(body) => {
                    ws.save_note(target, &body, &now()).await?;
                    println!("saved (undo with `marsad undo`)");
                }
                None => match ws.note_of(target).await? {
                    Some(n) => println!("{}\n(updated {})", n.body, n.updated_at),
                    None => println!("no note"),
                },
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Undo => {
            let ws = open(cli.db).await?;
            match ws.undo(&now()).await? {
                Some(e) => println!("undone: {}", e.summary),
                None => println!("nothing to undo"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Edits { limit, json } => {
            let ws = open(cli.db).await?;
            let log = ws.edit_log(limit).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&log)?);
            } else {
                for e in &log {
                    println!(
                        "{:>5}  {}  {}{}",
                        e.id,
                        e.at,
                        e.summary,
                        if e.undone { "  (undone)" } else { "" }
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ner { conll: _, file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| {
                anyhow::anyhow!("{}: cannot be read as UTF-8 text: {e}", file.display())
            })?;
            let tagger = marsad_ner::Tagger::builtin();
            let sentences: Vec<_> = marsad_ner::read_conll(&text)
                .into_iter()
                .map(|sentence| {
                    let tokens: Vec<&str> = sentence.iter().map(|(t, _)| t.as_str()).collect();
                    let tags = tagger.tag(&tokens);
                    sentence
                        .iter()
                        .zip(tags)
                        .map(|((t, _), tag)| (t.clone(), Some(tag)))
                        .collect::<Vec<_>>()
                })
                .collect();
            print!("{}", marsad_ner::write_conll(&sentences));
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract {
            json,
            published: _,
            language,
            file,
        } => {
            let text = std::fs::read_to_string(&file).map_err(|e| {
                anyhow::anyhow!("{}: cannot be read as UTF-8 text: {e}", file.display())
            })?;
            let found = marsad_extract::extract(&text, language);
            let index = marsad_domain::CodePoints::new(&text);
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&marsad_extract::eval::to_eval_json(
                        &text, &found
                    ))?
                );
            } else {
                for a in &found.actors {
                    println!(
                        "actor      {:<12} {}  {}",
                        a.kind.as_str(),
                        a.name,
                        a.roles.join("; ")
                    );
                }
                for s in &found.statements {
                    let who = s
                        .speaker
                        .and_then(|i| found.actors.get(i))
                        .map(|a| a.name.as_str())
                        .unwrap_or("?");
                    println!(
                        "statement  {:<12} {} ({}): {}",
                        s.stance.as_str(),
                        who,
                        s.cue,
                        index.slice(s.content)
                    );
                }
                for f in &found.figures {
                    println!(
                        "figure     {:<12} {:?} {} — {}",
                        f.qualifier.as_str(),
                        f.value,
                        f.unit,
                        index.slice(f.span)
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn run_actor(ws: &Workspace, action: ActorAction) -> anyhow::Result<()> {
    match action {
        ActorAction::Show { actor, json } => {
            let id = ws.find_actor(&actor).await?.id;
            let d = ws.actor_detail(id).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&d)?);
                return Ok(());
            }
            let a = &d.summary;
            println!("#{} {} ({})", a.id, a.name, a.kind.as_str());
            println!(
                "Arabic: {}   English: {}",
                a.name_ar.as_deref().unwrap_or("-"),
                a.name_en.as_deref().unwrap_or("-")
            );
            println!(
                "{} articles, {} statements, {} figures",
                a.article_count, a.statement_count, a.figure_count
            );
            let names: Vec<String> = d
                .aliases
                .iter()
                .map(|x| format!("{} [{}]", x.text, x.script.as_str()))
                .collect();
            println!("names: {}", names.join(", "));
            for r in &d.roles {
                println!(
                    "role: {} ({}, article {})",
                    r.role,
                    r.seen_on.as_deref().unwrap_or("undated"),
                    r.article_id.map(|i| i.to_string()).unwrap_or_default()
                );
            }
            for f in &d.affiliations {
                println!("affiliated with: {} (#{})", f.name, f.id);
            }
            if !d.members.is_empty() {
                let members: Vec<String> = d
                    .members
                    .iter()
                    .map(|m| format!("{} (#{})", m.name, m.id))
                    .collect();
                println!("members: {}", members.join(", "));
            }
            for r in &d.recognitions {
                println!(
                    "recognised in article {} by {} ({:.1}): {}",
                    r.article_id, r.method, r.confidence, r.evidence
                );
            }
        }
        ActorAction::Merge { from, into } => {
            let (from, into) = (ws.find_actor(&from).await?, ws.find_actor(&into).await?);
            ws.merge_actors(from.id, into.id, &now()).await?;
            println!(
                "merged {} (#{}) into {} (#{}); `marsad undo` reverses it",
                from.name, from.id, into.name, into.id
            );
        }
        ActorAction::Split {
            actor,
            name,
            articles,
            statements,
            figures,
            mentions,
        } => {
            let a = ws.find_actor(&actor).await?;
            let selection = SplitSelection {
                name,
                kind: None,
                mentions,
                statements,
                figures,
            };
            let new_id = ws.split_actor(a.id, selection, &articles, &now()).await?;
            println!(
                "split from {} (#{}) into a new actor #{new_id}; `marsad undo` reverses it",
                a.name, a.id
            );
        }
        ActorAction::Alias {
            action: AliasAction::Add { actor, name },
        } => {
            let a = ws.find_actor(&actor).await?;
            ws.add_alias(a.id, &name, &now()).await?;
            println!("{} (#{}) is also called {name}", a.name, a.id);
        }
        ActorAction::Alias {
            action: AliasAction::Remove { actor, name },
        } => {
            let a = ws.find_actor(&actor).await?;
            ws.remove_alias(a.id, &name, &now()).await?;
            println!("{} (#{}) is no longer called {name}", a.name, a.id);
        }
        ActorAction::Rename {
            actor,
            name,
            arabic,
            english,
        } => {
            let a = ws.find_actor(&actor).await?;
            ws.rename_actor(
                a.id,
                name.as_deref(),
                arabic.as_deref(),
                english.as_deref(),
                &now(),
            )
            .await?;
            println!("renamed #{}", a.id);
        }
        ActorAction::Kind { actor, kind } => {
            let a = ws.find_actor(&actor).await?;
            ws.set_actor_kind(a.id, kind, &now()).await?;
            println!("#{} is now a {}", a.id, kind.as_str());
        }
    }
    Ok(())
}

/// One line per plain file imported or skipped, every rejection, and a progress bar (count, rate,
/// current file, errors so far) for articles that come many to a file.
struct Progress {
    bar: indicatif::ProgressBar,
    errors: u64,
}

impl Progress {
    fn new() -> Self {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} articles · {per_sec} · {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress { bar, errors: 0 }
    }

    fn item(&mut self, item: &ImportItem) {
        self.bar.inc(1);
        let many_to_a_file = item.source.contains(" #") || item.source.contains(".zip:");
        if matches!(item.outcome, ImportOutcome::Rejected { .. }) {
            self.errors += 1;
        }
        if !many_to_a_file || matches!(item.outcome, ImportOutcome::Rejected { .. }) {
            self.bar.suspend(|| print_item(item));
        }
        let file = item.source.split(" #").next().unwrap_or_default();
        self.bar
            .set_message(format!("{} errors · {file}", self.errors));
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn print_item(item: &ImportItem) {
    match &item.outcome {
        ImportOutcome::Imported { article_id, title } => {
            println!("imported  {}  → article {article_id}: {title}", item.source)
        }
        ImportOutcome::Duplicate { reason, .. } => println!("skipped   {}: {reason}", item.source),
        ImportOutcome::Rejected { reason } => println!("rejected  {}: {reason}", item.source),
    }
}

fn print_article(a: &marsad_domain::ArticleDetail) {
    let s = &a.summary;
    println!("#{} {}", s.id, s.title);
    println!(
        "outlet: {}  published: {}  language: {}  url: {}",
        s.outlet.as_deref().unwrap_or("-"),
        s.published.as_deref().unwrap_or("-"),
        s.language.as_str(),
        s.url.as_deref().unwrap_or("-")
    );
    println!("\n{}\n", a.body);
    for actor in &a.actors {
        let other = actor
            .name_en
            .as_deref()
            .filter(|n| *n != actor.name)
            .or(actor.name_ar.as_deref().filter(|n| *n != actor.name));
        println!(
            "actor      {:<12} {}{}  {}",
            actor.kind.as_str(),
            actor.name,
            other.map(|o| format!(" / {o}")).unwrap_or_default(),
            actor.roles.join("; ")
        );
    }
    for st in &a.statements {
        println!(
            "statement  {:<12} {} ({}): {}",
            st.stance.as_str(),
            st.speaker_name.as_deref().unwrap_or("?"),
            st.cue,
            st.content
        );
    }
    for f in &a.figures {
        println!(
            "figure     {:<12} {} {} [{}] — {}",
            f.qualifier.as_str(),
            f.value.map(|v| v.to_string()).unwrap_or_else(|| "?".into()),
            f.unit,
            f.source_name.as_deref().unwrap_or("no source"),
            f.text
        );
    }
}
