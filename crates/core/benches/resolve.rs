//! Resolution into a large workspace: `MARSAD_BENCH_WORKSPACE=PATH cargo bench -p marsad-core --bench resolve`.
//!
//! Copies the workspace at PATH (for example one holding the 30,030 bulk articles) to a temporary
//! folder, then imports each article of `../shared/corpus/news-ar` and `news-en` into the copy one
//! at a time, as a pasted article is: extraction, then one transaction that resolves every actor
//! against the workspace (gazetteer entry, names, spelling keys, roles), stores the mentions,
//! statements and figures, indexes them and links the story. It prints the time per article for
//! extraction alone and for the whole import, whose difference is what storing and resolving
//! cost. Skips with a message where PATH or the corpus is absent. Nothing is asserted.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use marsad_core::Workspace;
use marsad_domain::PastedArticle;

fn texts(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn report(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let mean = times.iter().sum::<Duration>().as_secs_f64() * 1000.0 / times.len() as f64;
    println!(
        "{label}: mean {mean:.1} ms, median {:.1} ms, p90 {:.1} ms, max {:.1} ms ({} articles)",
        percentile(&times, 0.5),
        percentile(&times, 0.9),
        percentile(&times, 1.0),
        times.len()
    );
}

fn main() {
    let Some(source) = std::env::var_os("MARSAD_BENCH_WORKSPACE").map(PathBuf::from) else {
        println!("skipped: set MARSAD_BENCH_WORKSPACE to a workspace file (e.g. one with the bulk corpus imported)");
        return;
    };
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let articles: Vec<String> = ["news-ar", "news-en"]
        .iter()
        .flat_map(|set| texts(&corpus.join(set)))
        .collect();
    if !source.exists() || articles.is_empty() {
        println!(
            "skipped: {} or {} is not here",
            source.display(),
            corpus.display()
        );
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.sqlite");
    std::fs::copy(&source, &db).expect("copy the workspace");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let opened = Instant::now();
        let ws = Workspace::open(&db).await.expect("open");
        println!(
            "opened (with key backfill if needed) in {:.2} s",
            opened.elapsed().as_secs_f64()
        );
        let stats = ws.stats().await.expect("stats");
        println!(
            "workspace: {} articles, {} actors",
            stats.articles, stats.actors
        );
        let mut extraction = Vec::new();
        let mut import = Vec::new();
        for (i, text) in articles.iter().enumerate() {
            let started = Instant::now();
            let _ = marsad_extract::extract(text, None);
            extraction.push(started.elapsed());
            let pasted = PastedArticle {
                title: format!("bench {i}"),
                body: text.clone(),
                language: None,
                outlet: Some("bench".into()),
                url: None,
                published: Some("2015-06-01".into()),
            };
            let started = Instant::now();
            ws.import_text(pasted, "2026-01-01T00:00:00Z")
                .await
                .expect("import");
            import.push(started.elapsed());
        }
        report("extraction alone", extraction.clone());
        report(
            "import (extraction + resolution + writes + commit)",
            import.clone(),
        );
        let storing: Vec<Duration> = import
            .iter()
            .zip(&extraction)
            .map(|(a, b)| a.saturating_sub(*b))
            .collect();
        report("storing and resolving (the difference)", storing);
    });
}
