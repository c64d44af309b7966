//! The importer killed with SIGKILL at random points: the workspace always opens, passes
//! `PRAGMA integrity_check`, and holds every article whose import was reported; running the same
//! import again finishes it with nothing stored twice. The files are of every format the importer
//! reads (text, HTML, RSS, CSV, JSON Lines).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `n` one-article files, in turn plain text, a web page, an RSS feed, CSV and JSON Lines, so
/// that every reader is interrupted somewhere.
fn write_articles(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("mkdir");
    for i in 0..n {
        let body = format!(
            "قال المتحدث باسم الجيش إن {i} مسلحا قتلوا في المعارك. وأكد وزير الخارجية الروسي، سيرغي لافروف، أن الحلف يتوسع في المنطقة رقم {i}."
        );
        let title = format!("Article {i}");
        let (extension, text) = match i % 5 {
            0 => ("txt", format!("{title}\n\n{body}\n")),
            1 => (
                "html",
                format!("<!doctype html><html><head><title>{title}</title><script>alert(1)</script></head><body><nav>Home | World</nav><article><h1>{title}</h1><p>{body}</p></article></body></html>"),
            ),
            2 => (
                "rss",
                format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><item><title>{title}</title><description>{body}</description><pubDate>Tue, 10 Dec 2024 08:00:00 GMT</pubDate></item></channel></rss>"),
            ),
            3 => ("csv", format!("title,content,date\n{title},\"{body}\",2024-12-10\n")),
            _ => (
                "jsonl",
                format!("{}\n", serde_json::json!({"title": title, "content": body, "date": "2024-12-10"})),
            ),
        };
        std::fs::write(dir.join(format!("a{i:05}.{extension}")), text).expect("write");
    }
}

fn marsad(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_marsad"));
    c.arg("--db").arg(db);
    c
}

fn stored_titles(db: &Path) -> Vec<String> {
    let out = marsad(db)
        .args(["articles", "--json"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "the workspace must open: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x["title"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// A small deterministic generator (no dependency): xorshift.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn killing_the_importer_twenty_times_loses_nothing_reported() {
    let dir = tempfile::tempdir().expect("temp");
    let input = dir.path().join("in");
    write_articles(&input, 1500);
    let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
    let mut db = dir.path().join("ws.sqlite");
    let mut interrupted = 0;
    let mut mid_batch = 0;
    for round in 0..20 {
        // Each round kills an import of its own workspace, so that every kill lands mid-import.
        db = dir.path().join(format!("ws{round}.sqlite"));
        let mut child = marsad(&db)
            .arg("import")
            .arg(&input)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // Kill once a random number of articles has been reported stored, so that kills land
        // between and inside batches wherever the importer is (30 s at most).
        let target = 1 + (next(&mut seed) % 1400) as usize;
        let wait = Duration::from_secs(30);
        let stdout = child.stdout.take().expect("stdout");
        let (lines, received) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.starts_with("imported") && lines.send(line).is_err() {
                    break;
                }
            }
        });
        let started = Instant::now();
        let mut reported = Vec::new();
        while reported.len() < target && started.elapsed() < wait {
            if child.try_wait().ok().flatten().is_some() {
                break;
            }
            if let Ok(line) = received.recv_timeout(Duration::from_millis(5)) {
                reported.push(line);
            }
        }
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let _ = reader.join();
        reported.extend(received.try_iter());
        let check = marsad(&db)
            .args(["export", "--without-log"])
            .output()
            .expect("run");
        assert!(
            check.status.success(),
            "round {round}: the workspace does not open after SIGKILL"
        );
        let titles = stored_titles(&db);
        eprintln!(
            "round {round}: killed after {:?} (aiming at {target}); {} reported, {} stored",
            started.elapsed(),
            reported.len(),
            titles.len()
        );
        if titles.len() < 1500 {
            interrupted += 1;
            if !titles.is_empty() {
                mid_batch += 1;
            }
        }
        for line in &reported {
            let title = line.rsplit(": ").next().unwrap_or_default();
            assert!(
                titles.iter().any(|t| t == title),
                "round {round}: '{title}' was reported but is not stored"
            );
        }
        let integrity = Command::new("python3")
            .args(["-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('pragma integrity_check').fetchone()[0])"])
            .arg(&db)
            .output();
        if let Ok(out) = integrity {
            if out.status.success() {
                assert_eq!(
                    String::from_utf8_lossy(&out.stdout).trim(),
                    "ok",
                    "round {round}"
                );
            }
        }
    }
    assert!(
        interrupted >= 10,
        "only {interrupted} of 20 kills landed mid-import"
    );
    assert!(
        mid_batch >= 5,
        "only {mid_batch} of 20 kills came after some articles were stored"
    );
    let finish = marsad(&db).arg("import").arg(&input).output().expect("run");
    assert!(finish.status.success());
    let titles = stored_titles(&db);
    assert_eq!(titles.len(), 1500, "the import resumes to the end");
    let mut unique = titles.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), titles.len(), "nothing is stored twice");
}
