//! Extraction throughput over the shared corpus: `cargo bench -p marsad-extract`.
//!
//! Reads `../shared/corpus/news-ar`, `news-en` and the seed (skips with a message where they are
//! absent), extracts every article several times on one thread and prints articles per second,
//! megabytes per second and what was found. A benchmark binary, not a test: nothing is asserted.

use std::path::Path;
use std::time::Instant;

const ROUNDS: usize = 5;

fn texts(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
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

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if !corpus.exists() {
        println!("skipped: {} is not here", corpus.display());
        return;
    }
    for set in ["seed", "news-ar", "news-en"] {
        let articles = texts(&corpus.join(set));
        if articles.is_empty() {
            println!("{set}: no articles");
            continue;
        }
        let bytes: usize = articles.iter().map(String::len).sum();
        // one warm-up pass (the gazetteer and the tagger's model load once)
        let found = articles
            .iter()
            .map(|t| marsad_extract::extract(t, None))
            .fold((0, 0, 0), |(a, s, f), x| {
                (
                    a + x.actors.len(),
                    s + x.statements.len(),
                    f + x.figures.len(),
                )
            });
        let started = Instant::now();
        for _ in 0..ROUNDS {
            for text in &articles {
                std::hint::black_box(marsad_extract::extract(text, None));
            }
        }
        let seconds = started.elapsed().as_secs_f64() / ROUNDS as f64;
        println!(
            "{set}: {} articles, {:.2} MB in {:.3} s per pass on one thread = {:.0} articles/s, {:.2} MB/s ({} actors, {} statements, {} figures)",
            articles.len(),
            bytes as f64 / 1e6,
            seconds,
            articles.len() as f64 / seconds,
            bytes as f64 / 1e6 / seconds,
            found.0,
            found.1,
            found.2
        );
    }
}
