//! Import, review edits and report export at the same time: no "database is locked", no edit lost.

use std::path::Path;
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
    let ws = Arc::new(
        Workspace::open(&dir.path().join("ws.sqlite"))
            .await
            .expect("open"),
    );
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
    let batch = write_batch(dir.path(), 3_000);

    let importer = {
        let ws = ws.clone();
        tokio::spawn(async move {
            ws.import_paths(&[batch], &ImportOptions::default(), NOW, None, |_| {})
                .await
        })
    };
    let reviewer = {
        let ws = ws.clone();
        let statements = statements.clone();
        tokio::spawn(async move {
            for round in 0..60 {
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
            }
            // the last word: the first statement accepted, the second rejected
            ws.set_review(
                ItemRef {
                    kind: ItemKind::Statement,
                    id: statements[0],
                },
                ReviewState::Accepted,
                NOW,
            )
            .await
            .expect("review");
            ws.set_review(
                ItemRef {
                    kind: ItemKind::Statement,
                    id: statements[1],
                },
                ReviewState::Rejected,
                NOW,
            )
            .await
            .expect("review");
        })
    };
    let exporter = {
        let ws = ws.clone();
        let out = dir.path().join("brief.md");
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
            for _ in 0..15 {
                ws.write_report(&def, ReportFormat::Md, &out, NOW, None, |_| {})
                    .await
                    .expect("a report failed while importing");
            }
        })
    };
    let (imported, reviewed, exported) = tokio::join!(importer, reviewer, exporter);
    let report = imported.expect("importer");
    reviewed.expect("reviewer");
    exported.expect("exporter");
    assert_eq!(
        report.rejected,
        0,
        "{:?}",
        report
            .items
            .iter()
            .find(|i| matches!(i.outcome, marsad_domain::ImportOutcome::Rejected { .. }))
    );
    assert_eq!(report.imported, 3_000);

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
    let log = ws.edit_log(10_000).await.expect("log");
    assert_eq!(
        log.len(),
        60 * statements.len() + 2,
        "every review edit is in the log"
    );
}
