//! Timeline, search, review and undo through the `marsad` command, on the sample workspace.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn run(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run")
}

fn marsad(db: &Path, args: &[&str]) -> Value {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "marsad {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    if args.contains(&"--json") {
        serde_json::from_slice(&out.stdout).expect("json")
    } else {
        Value::String(String::from_utf8_lossy(&out.stdout).to_string())
    }
}

fn sample_workspace() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/resources/samples");
    marsad(&db, &["import", &samples.display().to_string()]);
    (dir, db)
}

fn seed_article(db: &Path) -> i64 {
    let articles = marsad(db, &["articles", "--json"]);
    let seed = articles
        .as_array()
        .and_then(|a| a.iter().find(|x| x["outlet"] == "Seed article"))
        .cloned();
    seed.and_then(|s| s["id"].as_i64())
        .expect("the seed article is in the samples")
}

fn article_ids(results: &Value) -> Vec<i64> {
    results["hits"]
        .as_array()
        .map(|h| h.iter().filter_map(|x| x["article_id"].as_i64()).collect())
        .unwrap_or_default()
}

#[test]
fn search_matches_across_arabic_forms_scripts_and_english_stems() {
    let (_dir, db) = sample_workspace();
    let seed = seed_article(&db);
    for query in ["الناتو", "ناتو", "والناتو", "NATO", "افغانستان"] {
        let results = marsad(&db, &["search", query, "--json"]);
        assert!(
            article_ids(&results).contains(&seed),
            "'{query}' does not find the seed article"
        );
    }
    let fighters = marsad(&db, &["search", "fighter", "--json"]);
    let texts: Vec<String> = fighters["hits"]
        .as_array()
        .map(|h| {
            h.iter()
                .flat_map(|x| x["snippet"].as_array().cloned().unwrap_or_default())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .iter()
        .filter(|p| p["hit"] == true)
        .filter_map(|p| p["text"].as_str().map(String::from))
        .collect();
    assert!(
        texts.iter().any(|t| t == "fighters"),
        "'fighter' should mark 'fighters': {texts:?}"
    );
}

#[test]
fn timelines_gather_an_actor_across_articles_and_scripts() {
    let (_dir, db) = sample_workspace();
    let seed = seed_article(&db);
    let lavrov = marsad(&db, &["timeline", "لافروف", "--json"]);
    let items = lavrov.as_array().cloned().unwrap_or_default();
    let in_seed = items
        .iter()
        .filter(|i| i["article_id"] == seed && i["kind"] == "statement")
        .count();
    assert_eq!(in_seed, 2, "Lavrov's two statements in the seed article");
    assert!(
        items.iter().any(|i| i["language"] == "en"),
        "and his English statements are on the same timeline"
    );
    let belousov = marsad(&db, &["timeline", "Belousov", "--json"]);
    let seed_items: Vec<&Value> = belousov
        .as_array()
        .map(|a| a.iter().filter(|i| i["article_id"] == seed).collect())
        .unwrap_or_default();
    assert_eq!(
        seed_items
            .iter()
            .filter(|i| i["kind"] == "statement")
            .count(),
        4
    );
    let figures: Vec<(f64, &str)> = seed_items
        .iter()
        .filter(|i| i["kind"] == "figure")
        .map(|i| {
            (
                i["value"].as_f64().unwrap_or_default(),
                i["qualifier"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(figures, vec![(20.0, "more_than"), (15000.0, "more_than")]);
    assert!(seed_items
        .iter()
        .all(|i| i["date_is_publication"] == true && i["date"] == "2024-12-10"));
}

#[test]
fn a_rejected_statement_leaves_timeline_and_search_and_undo_brings_it_back() {
    let (_dir, db) = sample_workspace();
    let timeline = |db: &Path| marsad(db, &["timeline", "Belousov", "--json"]);
    let before = timeline(&db);
    let accusation = before
        .as_array()
        .and_then(|a| {
            a.iter()
                .find(|i| i["stance"] == "accusation" && i["language"] == "ar")
        })
        .and_then(|i| i["id"].as_i64())
        .expect("Belousov's accusation");
    let item = format!("statement:{accusation}");
    let in_search = |db: &Path| {
        let r = marsad(db, &["search", "هزيمة استراتيجية", "--json"]);
        r["hits"].as_array().is_some_and(|h| {
            h.iter()
                .any(|x| x["kind"] == "statement" && x["id"] == accusation)
        })
    };
    assert!(in_search(&db));
    marsad(&db, &["review", "reject", &item]);
    let after = timeline(&db);
    assert!(!after.as_array().is_some_and(|a| a
        .iter()
        .any(|i| i["id"] == accusation && i["kind"] == "statement")));
    assert!(!in_search(&db), "a rejected statement leaves search");
    let undone = marsad(&db, &["undo"]);
    assert!(
        undone.as_str().is_some_and(|s| s.contains("undone")),
        "{undone}"
    );
    assert_eq!(timeline(&db), before, "undo restores the timeline exactly");
    assert!(in_search(&db));
    let log = marsad(&db, &["edits", "--json"]);
    assert_eq!(log[0]["undone"], true);
}

#[test]
fn editing_a_figure_is_logged_and_undoable() {
    let (_dir, db) = sample_workspace();
    let figures = marsad(
        &db,
        &[
            "figures", "--actor", "Belousov", "--unit", "fighters", "--json",
        ],
    );
    let first = figures
        .as_array()
        .and_then(|a| a.first())
        .cloned()
        .expect("a fighters figure");
    let id = first["id"].as_i64().unwrap_or_default();
    marsad(
        &db,
        &[
            "review",
            "edit",
            &format!("figure:{id}"),
            "--value",
            "16000",
            "--qualifier",
            "about",
        ],
    );
    let edited = marsad(
        &db,
        &[
            "figures", "--actor", "Belousov", "--unit", "fighters", "--json",
        ],
    );
    let row = edited
        .as_array()
        .and_then(|a| a.iter().find(|f| f["id"] == id))
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        (
            row["value"].as_f64(),
            row["qualifier"].as_str(),
            row["review"].as_str()
        ),
        (Some(16000.0), Some("about"), Some("edited"))
    );
    marsad(&db, &["undo"]);
    let restored = marsad(
        &db,
        &[
            "figures", "--actor", "Belousov", "--unit", "fighters", "--json",
        ],
    );
    assert_eq!(restored, figures);
}

fn export(db: &Path) -> Value {
    marsad(db, &["export", "--without-log"])
        .as_str()
        .map(|s| serde_json::from_str(s).expect("export is JSON"))
        .expect("export")
}

#[test]
fn merge_and_split_then_undo_both_restore_the_workspace_exactly() {
    let (_dir, db) = sample_workspace();
    let before = export(&db);
    let seed = seed_article(&db).to_string();
    // Lavrov's two actors would be one already: merge Moscow into Russia (a real analyst choice).
    marsad(&db, &["actor", "merge", "Moscow", "Russia"]);
    let merged = marsad(&db, &["actors", "--kind", "location", "--json"]);
    assert!(
        !merged
            .as_array()
            .is_some_and(|a| a.iter().any(|x| x["name_en"] == "Moscow")),
        "the merged actor leaves the list"
    );
    let russia = marsad(&db, &["timeline", "Russia", "--json"]);
    assert!(
        russia
            .as_array()
            .is_some_and(|a| a.iter().any(|i| i["cue"] == "ترى")),
        "Moscow's statements are Russia's now"
    );
    // Split Belousov's seed-article items into a new actor.
    marsad(
        &db,
        &[
            "actor",
            "split",
            "Belousov",
            "--name",
            "Belousov (seed)",
            "--article",
            &seed,
        ],
    );
    let split = marsad(&db, &["timeline", "Belousov (seed)", "--json"]);
    assert_eq!(
        split.as_array().map(Vec::len),
        Some(6),
        "four statements and two figures moved"
    );
    // A new process each time: undo works after a restart.
    marsad(&db, &["undo"]);
    marsad(&db, &["undo"]);
    assert_eq!(
        export(&db),
        before,
        "the workspace is exactly as before the merge and the split"
    );
}

#[test]
fn aliases_and_renames_are_undoable_and_an_ambiguous_name_is_refused() {
    let (_dir, db) = sample_workspace();
    let before = export(&db);
    marsad(&db, &["actor", "alias", "add", "Lavrov", "S. Lavrov"]);
    let shown = marsad(&db, &["actor", "show", "S. Lavrov", "--json"]);
    assert_eq!(shown["summary"]["name_en"], "Sergei Lavrov");
    marsad(
        &db,
        &["actor", "rename", "Lavrov", "--english", "Sergey Lavrov"],
    );
    marsad(&db, &["actor", "alias", "remove", "Lavrov", "لافروف"]);
    for _ in 0..3 {
        marsad(&db, &["undo"]);
    }
    assert_eq!(export(&db), before);
    // Two people with one surname stay two: a name that fits both is refused with the candidates.
    assert!(marsad_fails(&db, &["actor", "show", "ال"]).contains("give the id"));
}

#[test]
fn backup_then_delete_then_restore_gives_the_same_workspace() {
    let (dir, db) = sample_workspace();
    marsad(&db, &["review", "reject", "statement:1"]);
    let before = marsad(&db, &["export"]);
    let elsewhere = tempfile::tempdir().expect("temp");
    let backup = elsewhere.path().join("backup.sqlite");
    marsad(&db, &["backup", &backup.display().to_string()]);
    // The whole data folder goes: workspace, WAL, logs.
    std::fs::remove_dir_all(dir.path()).expect("delete the data folder");
    marsad(&db, &["restore", &backup.display().to_string()]);
    assert_eq!(marsad(&db, &["export"]), before);
    // A file that is not a workspace is refused and the workspace is untouched.
    let junk = elsewhere.path().join("junk.sqlite");
    std::fs::write(&junk, "not a database").expect("write");
    assert!(marsad_fails(&db, &["restore", &junk.display().to_string()])
        .contains("is not a Marsad workspace backup"));
    assert_eq!(marsad(&db, &["export"]), before);
}

#[test]
fn tags_filter_timelines_notes_are_kept_and_both_undo() {
    let (_dir, db) = sample_workspace();
    let before = export(&db);
    let seed = seed_article(&db);
    marsad(&db, &["tag", "add", &format!("article:{seed}"), "CSTO"]);
    let tagged = marsad(&db, &["timeline", "Belousov", "--tag", "CSTO", "--json"]);
    let items = tagged.as_array().cloned().unwrap_or_default();
    assert!(
        !items.is_empty() && items.iter().all(|i| i["article_id"] == seed),
        "only the tagged article's items"
    );
    let tags = marsad(&db, &["tags", "--json"]);
    assert_eq!(tags[0]["name"], "CSTO");
    marsad(
        &db,
        &[
            "note",
            &format!("article:{seed}"),
            "Check the 15,000 figure against UN reports.",
        ],
    );
    let note = marsad(&db, &["note", &format!("article:{seed}")]);
    assert!(note.as_str().is_some_and(|n| n.contains("15,000 figure")));
    marsad(&db, &["undo"]);
    marsad(&db, &["undo"]);
    assert_eq!(export(&db), before);
}

#[test]
fn actors_carry_affiliations_members_and_how_each_article_was_matched() {
    let (_dir, db) = sample_workspace();
    let lavrov = marsad(&db, &["actor", "show", "Lavrov", "--json"]);
    let names = |list: &Value| -> Vec<String> {
        list.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x["name"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(names(&lavrov["affiliations"]), vec!["روسيا"], "{lavrov}");
    let russia = marsad(&db, &["actor", "show", "Russia", "--json"]);
    assert!(
        names(&russia["members"]).contains(&"سيرغي لافروف".to_string()),
        "{russia}"
    );
    // one recognition per article he is in: first seen, then by his gazetteer entry
    let recognitions = lavrov["recognitions"].as_array().expect("recognitions");
    assert_eq!(
        recognitions.len(),
        lavrov["summary"]["article_count"].as_u64().unwrap_or(0) as usize
    );
    let methods: Vec<&str> = recognitions
        .iter()
        .filter_map(|r| r["method"].as_str())
        .collect();
    assert_eq!(
        methods.iter().filter(|m| **m == "new").count(),
        1,
        "{methods:?}"
    );
    assert!(
        methods
            .iter()
            .filter(|m| **m != "new")
            .all(|m| *m == "gazetteer"),
        "{methods:?}"
    );
    assert!(recognitions.iter().all(|r| r["evidence"]
        .as_str()
        .is_some_and(|e| e.contains("person:sergei-lavrov"))));
}

#[test]
fn the_people_and_groups_of_the_seed_are_one_actor_each_across_scripts() {
    let (_dir, db) = sample_workspace();
    for (search, arabic, english) in [
        ("Lavrov", "سيرغي لافروف", "Sergei Lavrov"),
        ("بيلاوسوف", "أندريه بيلاوسوف", "Andrei Belousov"),
        ("الناتو", "حلف شمال الأطلسي", "NATO"),
        ("Taliban", "حركة طالبان", "Taliban"),
        ("ISIS-K", "ولاية خراسان", "Islamic State Khorasan Province"),
    ] {
        let found = marsad(&db, &["actors", "--search", search, "--json"]);
        let list = found.as_array().expect("list");
        assert_eq!(list.len(), 1, "{search}: {found}");
        assert_eq!(list[0]["name_ar"], arabic, "{search}");
        assert_eq!(list[0]["name_en"], english, "{search}");
        assert!(
            list[0]["article_count"].as_i64().unwrap_or(0) >= 2,
            "{search} is in Arabic and English samples: {found}"
        );
    }
}

#[test]
fn short_lists_are_the_head_of_the_full_lists_and_the_home_page_counts_what_is_not_rejected() {
    let (_dir, db) = sample_workspace();
    let actors = marsad(&db, &["actors", "--json"]);
    let actors = actors.as_array().expect("actors");
    assert!(actors.len() > 10, "the samples have many actors");
    // A short list counts articles only for the actors that can be in it: it must still be the
    // head of the full list, ties included.
    for k in [1, 2, 3, 5, 8] {
        let short = marsad(&db, &["actors", "--limit", &k.to_string(), "--json"]);
        assert_eq!(short.as_array().expect("list"), &actors[..k], "top {k}");
    }
    let articles = marsad(&db, &["articles", "--json"]);
    let newest = marsad(&db, &["articles", "--limit", "2", "--json"]);
    assert_eq!(
        newest.as_array().expect("list"),
        &articles.as_array().expect("list")[..2]
    );

    let home = marsad(&db, &["overview"]);
    let home: Value = serde_json::from_str(home.as_str().expect("text")).expect("json");
    assert_eq!(home["top_actors"].as_array().expect("top"), &actors[..10]);
    let statements = home["statement_count"].as_i64().expect("count");
    let newest_statement = &home["recent_statements"][0];
    let id = newest_statement["id"].as_i64().expect("a recent statement");
    let latest = home["recent_statements"]
        .as_array()
        .expect("recent")
        .iter()
        .filter_map(|s| s["date"].as_str())
        .max()
        .expect("dates");
    assert_eq!(
        newest_statement["date"].as_str(),
        Some(latest),
        "newest first"
    );

    marsad(&db, &["review", "reject", &format!("statement:{id}")]);
    let home = marsad(&db, &["overview"]);
    let home: Value = serde_json::from_str(home.as_str().expect("text")).expect("json");
    assert_eq!(home["statement_count"].as_i64(), Some(statements - 1));
    assert!(
        !home["recent_statements"]
            .as_array()
            .expect("recent")
            .iter()
            .any(|s| s["id"] == id),
        "a rejected statement leaves the home page"
    );
}

fn marsad_fails(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert_eq!(out.status.code(), Some(2), "marsad {args:?} should fail");
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
fn a_portable_archive_loads_into_a_new_workspace_identical_and_searchable() {
    let (dir, db) = sample_workspace();
    // Analyst work that must travel: a review, a merge, a tag and a note.
    marsad(&db, &["review", "reject", "statement:1"]);
    let seed = seed_article(&db);
    marsad(&db, &["tag", "add", &format!("article:{seed}"), "CSTO"]);
    marsad(
        &db,
        &["note", &format!("article:{seed}"), "check the figures"],
    );
    marsad(&db, &["actor", "merge", "موسكو", "روسيا"]);
    let archive = dir.path().join("archive.json");
    marsad(&db, &["export", "-o", &archive.display().to_string()]);
    let before = marsad(&db, &["export"]);
    let search = |db: &Path| {
        let hits = marsad(db, &["search", "طالبان", "--json"]);
        (hits["total"].clone(), article_ids(&hits))
    };

    let copy = dir.path().join("copy.sqlite");
    marsad(&copy, &["import-archive", &archive.display().to_string()]);
    assert_eq!(marsad(&copy, &["export"]), before, "everything came back");
    assert_eq!(search(&copy), search(&db), "the search index was rebuilt");

    // Into a workspace that holds work already: refused, nothing touched.
    let message = marsad_fails(&copy, &["import-archive", &archive.display().to_string()]);
    assert!(
        message.contains("load an archive into a new workspace"),
        "{message}"
    );
    assert_eq!(marsad(&copy, &["export"]), before);

    // An archive written before some columns existed (the names' spelling keys, the roles' keys),
    // with a field this version does not know: it loads, and the keys are filled on opening.
    let mut older: Value =
        serde_json::from_str(&std::fs::read_to_string(&archive).expect("read")).expect("json");
    for (table, column) in [("actor_aliases", "spelling"), ("actor_roles", "role_key")] {
        for row in older[table].as_array_mut().expect("rows") {
            row.as_object_mut().expect("row").remove(column);
        }
    }
    older["articles"][0]["a_field_from_elsewhere"] = Value::from("ignored");
    let older_file = dir.path().join("older.json");
    std::fs::write(&older_file, older.to_string()).expect("write");
    let third = dir.path().join("third.sqlite");
    marsad(
        &third,
        &["import-archive", &older_file.display().to_string()],
    );
    assert_eq!(marsad(&third, &["export"]), before);

    // A newer archive version and a file that is not an archive are refused with the reason.
    older["version"] = Value::from(99);
    std::fs::write(&older_file, older.to_string()).expect("write");
    let fourth = dir.path().join("fourth.sqlite");
    let message = marsad_fails(
        &fourth,
        &["import-archive", &older_file.display().to_string()],
    );
    assert!(message.contains("written by a newer Marsad"), "{message}");
    std::fs::write(&older_file, "{\"articles\": []}").expect("write");
    let message = marsad_fails(
        &fourth,
        &["import-archive", &older_file.display().to_string()],
    );
    assert!(message.contains("is not a Marsad archive"), "{message}");
}
