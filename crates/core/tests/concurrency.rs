//! Import, review edits and report export at the same time: no "database is locked", no edit lost.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use marsad_core::{ImportOptions, Workspace};
use marsad_domain::{
    ItemKind, ItemRef, Language, ReportDefinition, ReportFormat, ReportScope, ReviewState,
    TimelineQuery,
};

const NOW: &str = "2026-11-29T10:00:00Z";

/// Articles of varied text, enough to keep the importer writing for a while.
fn write_batch(dir: &Path, n: usize) -> std::path::PathBuf {
    let file = dir.join("batch.jsonl");
    let mut lines = String::new();
    for i in 0..n {
        let body = format!(
            "قال المتحدث باسم الجيش إن {i} مقاتلا قتلوا في المعارك قرب المدينة رقم {i}، وأضاف أن القوات تقدمت نحو {} كيلومترا. وحذر وزير الدفاع من أن الهجمات قد تتصاعد في الأيام المقبلة بعد وصول {} مسلحا إلى المنطقة.",
            i % 97,
            i * 7 % 1000
        );
        let line = serde_json::json!({"title": format!("تقرير ميداني {i}"), "content": body, "source": "Concurrency wire", "date": "2025-01-01"});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    std::fs::write(&file, lines).expect("write");
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn import_review_and_export_run_together_without_locks_or_lost_edits() {
    let dir = tempfile::tempdir().expect("temp");
    let batch = write_batch(dir.path(), 3_000);
    let report = import_while_reviewing_and_exporting(dir.path(), vec![batch], Some(60)).await;
    assert_eq!(report.imported, 3_000);
    assert_eq!(report.rejected, 0);
}

/// The whole bulk corpus (31,030 articles in 18 zips) imported while a reviewer edits statements
/// and reports are exported, both until the import ends.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_bulk_corpus_imports_while_a_reviewer_edits_and_reports_are_exported() {
    let bulk =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/bulk/saudinewsnet");
    if !bulk.is_dir() {
        eprintln!("skipped: ../shared/corpus/bulk/saudinewsnet is not here");
        return;
    }
    let dir = tempfile::tempdir().expect("temp");
    let report = import_while_reviewing_and_exporting(dir.path(), vec![bulk], None).await;
    assert!(report.imported > 29_000, "{} imported", report.imported);
}

/// Imports `inputs` into a workspace holding the samples while one task sets Lavrov's statements
/// accepted and pending in turn (`rounds` times, or until the import ends) and another writes a
/// report again and again; then checks that nothing failed, nothing was refused for a lock, and
/// the last edit of each statement is the one stored, every edit in the log.
async fn import_while_reviewing_and_exporting(
    dir: &Path,
    inputs: Vec<std::path::PathBuf>,
    rounds: Option<usize>,
) -> marsad_domain::ImportReport {
    let ws = Arc::new(Workspace::open(&dir.join("ws.sqlite")).await.expect("open"));
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/resources/samples");
    ws.load_samples(&samples, NOW).await.expect("samples");
    let lavrov = ws.find_actor("لافروف").await.expect("Lavrov");
    let statements: Vec<i64> = ws
        .timeline(&TimelineQuery {
            actor_ids: vec![lavrov.id],
            ..Default::default()
        })
        .await
        .expect("timeline")
        .into_iter()
        .filter(|i| i.kind == ItemKind::Statement)
        .map(|i| i.id)
        .collect();
    assert!(statements.len() >= 2);
    let importing = Arc::new(AtomicBool::new(true));
    let goes_on = {
        let importing = importing.clone();
        move |round: usize| match rounds {
            Some(n) => round < n,
            None => importing.load(Ordering::Relaxed),
        }
    };

    let importer = {
        let ws = ws.clone();
        let importing = importing.clone();
        tokio::spawn(async move {
            let report = ws
                .import_paths(&inputs, &ImportOptions::default(), NOW, None, |_| {})
                .await;
            importing.store(false, Ordering::Relaxed);
            report
        })
    };
    let reviewer = {
        let ws = ws.clone();
        let statements = statements.clone();
        let goes_on = goes_on.clone();
        tokio::spawn(async move {
            let mut round = 0;
            // An even number of rounds ends on "pending", so the last word below changes each
            // state (setting the state an item has already is not an edit).
            while goes_on(round) || round % 2 == 1 {
                for id in &statements {
                    let state = if round % 2 == 0 {
                        ReviewState::Accepted
                    } else {
                        ReviewState::Pending
                    };
                    ws.set_review(
                        ItemRef {
                            kind: ItemKind::Statement,
                            id: *id,
                        },
                        state,
                        NOW,
                    )
                    .await
                    .expect("a review edit failed while importing");
                }
                round += 1;
            }
            // the last word: the first statement accepted, the second rejected
            for (id, state) in [
                (statements[0], ReviewState::Accepted),
                (statements[1], ReviewState::Rejected),
            ] {
                ws.set_review(
                    ItemRef {
                        kind: ItemKind::Statement,
                        id,
                    },
                    state,
                    NOW,
                )
                .await
                .expect("review");
            }
            round
        })
    };
    let exporter = {
        let ws = ws.clone();
        let out = dir.join("brief.md");
        tokio::spawn(async move {
            let def = ReportDefinition {
                name: String::new(),
                title: "Lavrov".into(),
                author: String::new(),
                language: Language::En,
                scope: ReportScope {
                    actor_ids: vec![lavrov.id],
                    ..Default::default()
                },
                key_judgements: String::new(),
            };
            let mut written = 0;
            while goes_on(written) && (rounds.is_none() || written < 15) {
                ws.write_report(&def, ReportFormat::Md, &out, NOW, None, |_| {})
                    .await
                    .expect("a report failed while importing");
                written += 1;
            }
            written
        })
    };
    let (imported, reviewed, exported) = tokio::join!(importer, reviewer, exporter);
    let report = imported.expect("importer");
    let review_rounds = reviewed.expect("reviewer");
    let reports = exported.expect("exporter");
    eprintln!(
        "{} imported, {} duplicates, {} refused; {review_rounds} review rounds and {reports} reports meanwhile",
        report.imported, report.duplicates, report.rejected
    );
    assert!(
        review_rounds > 0 && reports > 0,
        "the edits and exports ran during the import"
    );
    let locked = report.items.iter().find(|i| match &i.outcome {
        marsad_domain::ImportOutcome::Rejected { reason } => {
            reason.contains("could not be stored") || reason.contains("locked")
        }
        _ => false,
    });
    assert!(locked.is_none(), "{locked:?}");

    // no edit lost: the final states are the last ones set
    let items = ws
        .timeline(&TimelineQuery {
            actor_ids: vec![lavrov.id],
            review: vec![
                ReviewState::Accepted,
                ReviewState::Rejected,
                ReviewState::Pending,
                ReviewState::Edited,
            ],
            ..Default::default()
        })
        .await
        .expect("timeline");
    let state_of = |id: i64| {
        items
            .iter()
            .find(|i| i.id == id && i.kind == ItemKind::Statement)
            .map(|i| i.review)
    };
    assert_eq!(state_of(statements[0]), Some(ReviewState::Accepted));
    assert_eq!(state_of(statements[1]), Some(ReviewState::Rejected));
    let log = ws.edit_log(1_000_000).await.expect("log");
    assert_eq!(
        log.len(),
        review_rounds * statements.len() + 2,
        "every review edit is in the log"
    );
    report
}
