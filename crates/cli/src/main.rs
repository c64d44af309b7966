//! `marsad`: the command line over Marsad's core.
//!
//! Exit codes: 0 all done; 1 some inputs rejected (the rest stored); 2 usage or fatal error.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Parser, Subcommand};
use marsad_core::{default_db_path, ImportOptions, Workspace};
use marsad_domain::{ImportItem, ImportOutcome, Language};

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
        #[arg(long)]
        json: bool,
    },
    /// Show one article with what was found in it.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
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

fn parse_language(s: &str) -> Result<Language, String> {
    Language::parse(s)
        .filter(|l| *l != Language::Other)
        .ok_or_else(|| format!("'{s}' is not ar or en"))
}

fn main() -> ExitCode {
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
        Command::Articles { json } => {
            let ws = open(cli.db).await?;
            let articles = ws.articles().await?;
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
