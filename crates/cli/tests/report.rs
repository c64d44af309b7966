//! Briefing reports through `marsad report`, on the sample workspace (the seed article and four
//! articles the project wrote): every format, both languages, empty scopes, rejected statements,
//! saved definitions and the history.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run marsad")
}

fn marsad(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "marsad {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn sample_workspace() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/resources/samples");
    marsad(&db, &["import", &samples.display().to_string()]);
    (dir, db)
}

/// Statements of an actor's timeline (content text and id).
fn statements(db: &Path, actor: &str) -> Vec<(i64, String)> {
    let json: Value =
        serde_json::from_str(&marsad(db, &["timeline", actor, "--json"])).expect("json");
    json.as_array()
        .expect("items")
        .iter()
        .filter(|i| i["kind"] == "statement")
        .map(|i| {
            (
                i["id"].as_i64().unwrap_or(0),
                i["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn docx_text(path: &Path) -> String {
    let file = std::fs::File::open(path).expect("docx");
    let mut zip = zip::ZipArchive::new(file).expect("a zip archive");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document part")
        .read_to_string(&mut xml)
        .expect("utf-8");
    // the text of the runs, paragraph by paragraph
    let mut out = String::new();
    for part in xml.split("<w:t xml:space=\"preserve\">").skip(1) {
        out.push_str(part.split("</w:t>").next().unwrap_or(""));
    }
    out.replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

fn pdf_text(path: &Path) -> Option<String> {
    let out = Command::new("pdftotext").arg(path).arg("-").output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).to_string())
}

/// A stretch of a statement that no line break can split in the PDF (its first four words).
fn phrase(text: &str) -> String {
    text.split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn lavrov_and_belousov_briefings_carry_the_same_statements_in_every_format() {
    let (dir, db) = sample_workspace();
    let lavrov = statements(&db, "لافروف");
    let belousov = statements(&db, "بيلوسوف");
    assert!(
        lavrov.len() >= 2 && belousov.len() >= 4,
        "{lavrov:?} {belousov:?}"
    );
    for lang in ["ar", "en"] {
        for format in ["pdf", "docx", "md", "html"] {
            let out = dir.path().join(format!("brief-{lang}.{format}"));
            let out_text = out.display().to_string();
            marsad(
                &db,
                &[
                    "report",
                    "--actor",
                    "لافروف",
                    "--actor",
                    "Belousov",
                    "--lang",
                    lang,
                    "--title",
                    "NATO and Afghanistan",
                    "-o",
                    &out_text,
                ],
            );
            let text = match format {
                "pdf" => match pdf_text(&out) {
                    Some(t) => t,
                    None => {
                        eprintln!("skipping the PDF read-back: pdftotext (poppler-utils) is not installed");
                        continue;
                    }
                },
                "docx" => docx_text(&out),
                _ => std::fs::read_to_string(&out).expect("text report"),
            };
            for (_, s) in lavrov.iter().chain(&belousov) {
                let p = phrase(s);
                let found =
                    text.contains(&p) || (format == "md" && text.contains(&p.replace('"', "\\\"")));
                assert!(found, "{format}/{lang} lacks the statement «{p}»");
            }
            let heading = if lang == "ar" {
                "المصادر"
            } else {
                "Sources"
            };
            assert!(
                text.contains(heading),
                "{format}/{lang} has no sources list"
            );
            assert!(
                text.contains("15,000"),
                "{format}/{lang} lacks the 15,000 fighters figure"
            );
        }
    }
    // Markdown's chart is written beside it
    assert!(dir.path().join("brief-en.figures.svg").exists());
}

#[test]
fn an_empty_scope_says_there_is_nothing_to_report_and_writes_nothing() {
    let (dir, db) = sample_workspace();
    let out = dir.path().join("empty.pdf");
    let o = run(
        &db,
        &[
            "report",
            "--actor",
            "لافروف",
            "--from",
            "2031-01-01",
            "-o",
            &out.display().to_string(),
        ],
    );
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("nothing to report"), "{err}");
    assert!(!out.exists(), "an empty report file was written");
    let o = run(&db, &["report", "-o", &out.display().to_string()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("scope is empty"));
    assert!(!out.exists());
}

#[test]
fn a_rejected_statement_leaves_the_report_and_undo_brings_it_back() {
    let (dir, db) = sample_workspace();
    let lavrov = statements(&db, "لافروف");
    let (id, text) = lavrov.first().cloned().expect("a statement");
    let out = dir.path().join("r.md");
    let report = |db: &Path| {
        marsad(
            db,
            &[
                "report",
                "--actor",
                "لافروف",
                "-o",
                &out.display().to_string(),
            ],
        );
        std::fs::read_to_string(&out).expect("report")
    };
    let p = phrase(&text);
    assert!(report(&db).contains(&p));
    marsad(&db, &["review", "reject", &format!("statement:{id}")]);
    assert!(
        !report(&db).contains(&p),
        "a rejected statement is still in the report"
    );
    marsad(&db, &["undo"]);
    assert!(
        report(&db).contains(&p),
        "undo did not bring the statement back"
    );
}

#[test]
fn a_saved_definition_runs_again_on_new_data_and_reports_are_listed() {
    let (dir, db) = sample_workspace();
    let first = dir.path().join("weekly-1.html");
    marsad(
        &db,
        &[
            "report",
            "--search",
            "الناتو",
            "--lang",
            "ar",
            "--title",
            "أسبوعي",
            "--save",
            "weekly",
            "-o",
            &first.display().to_string(),
        ],
    );
    let before = std::fs::read_to_string(&first).expect("report");
    let extra = dir.path().join("extra.txt");
    std::fs::write(
        &extra,
        "Lavrov warns NATO again\n\nRussian Foreign Minister Sergei Lavrov warned on Monday that NATO is building bases near Afghanistan's borders.\n",
    )
    .expect("write");
    marsad(
        &db,
        &[
            "import",
            "--published",
            "2025-01-20",
            &extra.display().to_string(),
        ],
    );
    let second = dir.path().join("weekly-2.html");
    marsad(
        &db,
        &[
            "report",
            "--definition",
            "weekly",
            "-o",
            &second.display().to_string(),
        ],
    );
    let after = std::fs::read_to_string(&second).expect("report");
    assert!(!before.contains("building bases near"));
    assert!(
        after.contains("building bases near"),
        "the re-run does not see the new article"
    );
    assert!(after.contains("<html lang=\"ar\" dir=\"rtl\">") && after.contains("أسبوعي"));
    let listed: Value = serde_json::from_str(&marsad(&db, &["reports", "--json"])).expect("json");
    assert_eq!(listed["definitions"][0]["name"], "weekly");
    let runs = listed["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 2);
    assert!(runs
        .iter()
        .all(|r| r["definition"] == "weekly" && r["format"] == "html"));
}
