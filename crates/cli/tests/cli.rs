//! The `marsad` command as a user meets it: imports with good and bad files, listings, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn marsad(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run marsad")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn shared_corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/corpus is not here");
        None
    }
}

#[test]
fn bad_inputs_are_named_and_the_good_ones_stored() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    std::fs::write(
        d.join("good.txt"),
        "Lavrov warns NATO\n\nSergei Lavrov said NATO wants to return.\n",
    )
    .expect("w");
    std::fs::write(d.join("empty.txt"), "").expect("w");
    std::fs::write(d.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("w");
    std::fs::write(d.join("latin1.txt"), b"Titre\n\ncaf\xe9 cr\xe8me\n").expect("w");
    let huge = "a".repeat(20 * 1024 * 1024);
    std::fs::write(d.join("huge.txt"), huge).expect("w");
    let db = d.join("ws.sqlite");
    let files = [
        "good.txt",
        "empty.txt",
        "image.txt",
        "latin1.txt",
        "huge.txt",
        "missing.txt",
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|f| d.join(f).display().to_string())
        .collect();
    let mut args = vec!["import"];
    args.extend(paths.iter().map(String::as_str));
    let out = marsad(&db, &args);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for (file, problem) in [
        ("empty.txt", "is empty"),
        ("image.txt", "PNG"),
        ("latin1.txt", "not valid UTF-8"),
        ("huge.txt", "too large"),
        ("missing.txt", "does not exist"),
    ] {
        let line = text.lines().find(|l| l.contains(file)).unwrap_or_default();
        assert!(
            line.starts_with("rejected") && line.contains(problem),
            "{file}: {line}"
        );
    }
    assert!(
        text.lines()
            .any(|l| l.starts_with("imported") && l.contains("good.txt")),
        "{text}"
    );
    let list = marsad(&db, &["articles", "--json"]);
    let articles: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(articles.as_array().map(Vec::len), Some(1));
    assert_eq!(articles[0]["title"], "Lavrov warns NATO");
}

#[test]
fn importing_again_stores_nothing_and_says_why() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    std::fs::create_dir(d.join("in")).expect("mkdir");
    std::fs::write(
        d.join("in/a.txt"),
        "روسيا تحذر\n\nحذرت روسيا من تحركات حلف الناتو.\n",
    )
    .expect("w");
    std::fs::write(
        d.join("in/b.md"),
        "# Title B\n\nThe Taliban denied the report.\n",
    )
    .expect("w");
    let db = d.join("ws.sqlite");
    let folder = d.join("in").display().to_string();
    let first = marsad(&db, &["import", &folder]);
    assert_eq!(first.status.code(), Some(0), "{}", stdout(&first));
    let again = marsad(&db, &["import", &folder]);
    let text = stdout(&again);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        text.lines()
            .filter(|l| l.starts_with("skipped") && l.contains("already stored"))
            .count(),
        2,
        "{text}"
    );
    assert!(text.contains("0 imported"), "{text}");
}

#[test]
fn show_prints_an_article_and_fails_cleanly_for_a_missing_one() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        "T\n\nوقال وزير الخارجية الروسي، سيرغي لافروف، إن الحلف يسعى للتوسع.\n",
    )
    .expect("w");
    let db = d.join("ws.sqlite");
    marsad(&db, &["import", &d.join("a.txt").display().to_string()]);
    let shown = marsad(&db, &["show", "1", "--json"]);
    let detail: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    assert_eq!(detail["statements"][0]["cue"], "وقال");
    assert_eq!(
        detail["actors"].as_array().map(|a| !a.is_empty()),
        Some(true)
    );
    let missing = marsad(&db, &["show", "99"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("article 99 does not exist"));
}

#[test]
fn the_news_ar_folder_imports_fifty_articles_once() {
    let Some(corpus) = shared_corpus() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let folder = corpus.join("news-ar").display().to_string();
    let first = marsad(&db, &["import", &folder]);
    assert_eq!(first.status.code(), Some(0), "{}", stdout(&first));
    let list = marsad(&db, &["articles", "--json"]);
    let articles: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    let articles = articles.as_array().cloned().unwrap_or_default();
    assert_eq!(articles.len(), 50);
    assert!(articles
        .iter()
        .all(|a| a["outlet"].is_string() && a["published"].is_string() && a["language"] == "ar"));
    let again = marsad(&db, &["import", &folder]);
    assert!(
        stdout(&again).contains("0 imported, 50 already stored"),
        "{}",
        stdout(&again)
    );
}

const NEWS_JSON: &str = r#"[
  {"source": "aawsat", "url": "http://example.invalid/1", "date_extracted": "2015-07-21 02:51:32",
   "title": "الحوثيون يقصفون عدن", "author": "عدن", "content": "قال مصدر عسكري إن أكثر من 20 مسلحا قتلوا."},
  {"source": "alriyadh", "url": "http://example.invalid/2", "date_extracted": "2015-07-22 10:00:00",
   "title": "اجتماع في الرياض", "author": "", "content": "أعلنت الحكومة اليمنية عن خطة جديدة."},
  {"source": "alriyadh", "url": "http://example.invalid/3", "title": "بلا نص", "content": ""}
]"#;

#[test]
fn json_arrays_and_zips_of_them_import_with_their_metadata() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    std::fs::write(d.join("news.json"), NEWS_JSON).expect("w");
    let db = d.join("ws.sqlite");
    let out = marsad(&db, &["import", &d.join("news.json").display().to_string()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "one object has no text: {text}");
    assert!(text.contains("news.json #3: has no content"), "{text}");
    assert!(text.contains("2 imported"), "{text}");
    let list = marsad(&db, &["articles", "--json"]);
    let articles: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    let first = articles
        .as_array()
        .and_then(|a| a.iter().find(|x| x["outlet"] == "aawsat"))
        .cloned();
    let first = first.expect("the aawsat article");
    assert_eq!(first["url"], "http://example.invalid/1");
    assert_eq!(first["published"], "2015-07-21T02:51:32Z");

    // The same articles inside a zip, with an entry that tries to climb out of the folder.
    let zip_path = d.join("batch.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).expect("create"));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("2015-07-21.json", options).expect("entry");
    std::io::Write::write_all(&mut zip, NEWS_JSON.as_bytes()).expect("write");
    zip.start_file("../../escape.txt", options).expect("entry");
    std::io::Write::write_all(
        &mut zip,
        "Escape\n\nThe Taliban denied the report.".as_bytes(),
    )
    .expect("write");
    zip.finish().expect("finish");
    let out = marsad(&db, &["import", &zip_path.display().to_string()]);
    let text = stdout(&out);
    assert!(
        text.contains("1 imported, 2 already stored, 1 rejected"),
        "{text}"
    );
    assert!(
        !d.parent()
            .map(|p| p.join("escape.txt").exists())
            .unwrap_or(false),
        "nothing is written outside"
    );
}

#[test]
fn ner_tags_conll_input_in_the_same_layout() {
    let dir = tempfile::tempdir().expect("temp");
    let file = dir.path().join("in.conll");
    std::fs::write(
        &file,
        "قال\nالرئيس\nاليمني\nعبد\nربه\nمنصور\nهادي\nفي\nعدن\n.\n\nوأكد\nسيرغي\nلافروف\n",
    )
    .expect("w");
    let out = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(["ner", "--conll"])
        .arg(&file)
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        15,
        "one line per token and the blank line between sentences: {text}"
    );
    assert_eq!(lines[10], "");
    let tag = |token: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("{token} ")))
            .map(|l| l.rsplit(' ').next().unwrap_or_default())
    };
    assert_eq!(tag("عبد"), Some("B-PERS"));
    assert_eq!(tag("هادي"), Some("I-PERS"));
    assert_eq!(tag("عدن"), Some("B-LOC"));
    assert_eq!(tag("قال"), Some("O"));
}

/// Web pages, feeds, CSV and JSON Lines written as fixtures import with their titles, dates,
/// outlets and text, and nothing of a page's scripts, navigation or adverts.
#[test]
fn pages_feeds_csv_and_json_lines_import_with_their_metadata() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/import");
    let out = marsad(&db, &["import", &fixtures.display().to_string()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed = marsad(&db, &["articles", "--json"]);
    let articles: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    let find = |title: &str| {
        articles
            .as_array()
            .and_then(|a| {
                a.iter()
                    .find(|x| x["title"].as_str().is_some_and(|t| t.starts_with(title)))
            })
            .cloned()
            .unwrap_or_else(|| panic!("no article titled {title}"))
    };
    let expect = [
        (
            "الدفاع الروسية: آلاف المقاتلين",
            "وكالة أنباء المرصد",
            "https://news.example.org/ar/2025/02/03/foreign-fighters",
            "2025-02-03T05:15:00Z",
        ),
        (
            "UN envoy warns of renewed fighting",
            "Desert Wire",
            "https://wire.example.org/2025/03/marib",
            "2025-03-10T06:30:00Z",
        ),
        (
            "الحوثيون يعلنون استهداف سفينة",
            "Desert Wire",
            "https://wire.example.org/ar/2025/03/red-sea",
            "2025-03-11T14:00:00Z",
        ),
        (
            "Mali junta says 40 militants",
            "Sahel Monitor",
            "https://sahel.example.org/2025/04/gao",
            "2025-04-02T10:00:00Z",
        ),
        (
            "وفد من طالبان في الدوحة",
            "قناة المرصد",
            "https://csv.example.org/1",
            "2025-01-12",
        ),
        (
            "Iraq says 200 ISIS suspects",
            "Baghdad Post",
            "https://csv.example.org/2",
            "2025-01-19",
        ),
        (
            "Kenya police say al-Shabaab",
            "Horn Daily",
            "https://jsonl.example.org/1",
            "2025-05-09T07:00:00Z",
        ),
    ];
    assert_eq!(articles.as_array().map(Vec::len), Some(expect.len()));
    for (title, outlet, url, date) in expect {
        let a = find(title);
        assert_eq!(a["outlet"], outlet, "{title}");
        assert_eq!(a["url"], url, "{title}");
        assert_eq!(a["published"], date, "{title}");
    }
    let body = |title: &str| {
        let id = find(title)["id"].as_i64().expect("id").to_string();
        let shown = marsad(&db, &["show", &id, "--json"]);
        let detail: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
        detail["body"].as_str().unwrap_or_default().to_string()
    };
    let page = body("الدفاع الروسية");
    assert!(page.contains("أكثر من 12 ألف مقاتل أجنبي"), "{page}");
    assert!(
        page.contains("ويأتي ذلك في وقت تكثف فيه موسكو"),
        "the last paragraph is missing"
    );
    for junk in [
        "STEAL-THE-COOKIES",
        "INJECTED",
        "tracking",
        "font-family",
        "اشترك الآن",
        "تسجيل الدخول",
        "جميع الحقوق محفوظة",
        "أسعار الذهب",
    ] {
        assert!(!page.contains(junk), "the page kept «{junk}»");
    }
    let rss = body("UN envoy warns");
    assert!(rss.contains("more than 3,000 fighters") && rss.contains("return to talks"));
    assert!(!rss.contains("alert"), "a feed entry kept its script");
    let stats = marsad(&db, &["stats", "--json"]);
    let stats: serde_json::Value = serde_json::from_slice(&stats.stdout).expect("json");
    assert_eq!(stats["articles"], 7);
    assert_eq!(stats["articles_ar"], 3);
    assert!(stats["database_bytes"].as_u64().is_some_and(|b| b > 0));
}

/// The same wire story on two outlets is one story: the reader lists the other outlet, and a
/// figure both repeat is one claim with two sources; a different story is not linked.
#[test]
fn near_duplicate_articles_are_one_story_and_their_figures_one_claim() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let wire = "قال وزير الدفاع الروسي أندريه بيلوسوف يوم الإثنين إن أكثر من 12 ألف مقاتل أجنبي يتجمعون في المناطق الشمالية من أفغانستان، محذرا من أن هذه الجماعات تشكل تهديدا مباشرا لأمن دول آسيا الوسطى. وأضاف بيلوسوف خلال اجتماع لوزراء دفاع منظمة معاهدة الأمن الجماعي في موسكو أن نحو 20 جماعة إرهابية تنشط في المنطقة، وأن بعضها يتلقى دعما من الخارج.";
    let copy = format!(
        "موسكو (وكالات) - {} وذلك بحسب ما نقلته وسائل إعلام روسية.",
        wire.replace("يوم الإثنين", "الإثنين")
    );
    let other = "نفى المتحدث باسم حركة طالبان ذبيح الله مجاهد وجود أي مقاتلين أجانب على الأراضي الأفغانية، مؤكدا أن الحركة لن تسمح باستخدام أفغانستان منطلقا لتهديد أي دولة. ويأتي ذلك في وقت تكثف فيه موسكو اتصالاتها مع الحكومة الأفغانية المؤقتة بعد سنوات من التوتر في العلاقات بين الجانبين، وقال إن 20 جماعة لا وجود لها.";
    let files = [
        (
            "a.txt",
            "بيلوسوف يحذر من المقاتلين الأجانب",
            wire.to_string(),
            "وكالة أ",
        ),
        ("b.txt", "موسكو: آلاف المقاتلين قرب الحدود", copy, "صحيفة ب"),
        ("c.txt", "طالبان تنفي", other.to_string(), "قناة ج"),
    ];
    for (name, title, body, outlet) in &files {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("{title}\n\n{body}\n")).expect("write");
        let path = path.display().to_string();
        let out = marsad(
            &db,
            &[
                "import",
                "--outlet",
                outlet,
                "--published",
                "2025-02-03",
                &path,
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let json = |args: &[&str]| -> serde_json::Value {
        let out = marsad(&db, args);
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let b = json(&["show", "2", "--json"]);
    let same: Vec<&str> = b["same_story"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["outlet"].as_str())
        .collect();
    assert_eq!(
        same,
        vec!["وكالة أ"],
        "the copy is not linked to the wire story"
    );
    let c = json(&["show", "3", "--json"]);
    assert_eq!(
        c["same_story"].as_array().map(Vec::len),
        Some(0),
        "a different story was linked"
    );
    let figures = json(&["figures", "--json"]);
    let fighters: Vec<&serde_json::Value> = figures
        .as_array()
        .expect("rows")
        .iter()
        .filter(|f| f["value"] == 12000.0)
        .collect();
    assert_eq!(
        fighters.len(),
        1,
        "the repeated figure is not one claim: {fighters:?}"
    );
    assert_eq!(fighters[0]["outlet"], "وكالة أ");
    assert_eq!(fighters[0]["repeated_in"], serde_json::json!(["صحيفة ب"]));
    // 20 groups: claimed in the wire story (and its copy) and, differently, in another story
    let groups = figures
        .as_array()
        .expect("rows")
        .iter()
        .filter(|f| f["value"] == 20.0)
        .count();
    assert_eq!(groups, 2, "figures of different stories must stay apart");
}

/// A hostile page (scripts, event handlers, javascript: links, SVG with script, remote CSS,
/// refresh and base tags, frames, forms) imports as its text only.
#[test]
fn a_hostile_page_imports_as_text_only() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/hostile/hostile-page.html");
    let out = marsad(&db, &["import", &page.display().to_string()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = marsad(&db, &["show", "1", "--json"]);
    let detail: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    let body = detail["body"].as_str().expect("body");
    assert!(body.contains("more than 300 fighters crossed"), "{body}");
    assert!(body.contains("called for reinforcements"));
    assert!(body.contains("about 100 militants"));
    for bad in [
        "<",
        "__marsadPwned",
        "javascript",
        "attacker.example",
        "onerror",
        "fetch(",
        "secret",
        "@import",
    ] {
        assert!(!body.contains(bad), "the stored text keeps «{bad}»: {body}");
    }
    assert_eq!(
        detail["summary"]["title"],
        "Officials report clashes near the border"
    );
    assert!(
        detail["summary"]["url"].is_null(),
        "a <base> or refresh address was taken as the article's"
    );
}

/// A watchlist defines actors before any article mentions them; a later article resolves to
/// them; a bad entry is named; the definition can be undone.
#[test]
fn a_watchlist_defines_actors_that_later_articles_resolve_to() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let run = |args: &[&str]| marsad(&db, args);
    let list = root.join("watchlist/actors.csv").display().to_string();
    let out = run(&["actors", "import", &list]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a rejected entry makes exit code 1"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("3 actors created, 0 updated, 1 rejected"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("row 5: kind 'vehicle' is not person, organization or location"));
    let actors: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "--search", "Grundberg", "--json"]).stdout)
            .expect("json");
    let envoy = actors[0]["id"].as_i64().expect("the envoy is defined");
    assert_eq!(actors[0]["name_ar"], "هانس غروندبرغ");
    // an article that names him resolves to the defined actor
    let feed = root.join("import/feed.rss").display().to_string();
    assert!(run(&["import", &feed]).status.success());
    let timeline: serde_json::Value =
        serde_json::from_slice(&run(&["timeline", &envoy.to_string(), "--json"]).stdout)
            .expect("json");
    assert!(
        timeline
            .as_array()
            .is_some_and(|t| t.iter().any(|i| i["text"]
                .as_str()
                .is_some_and(|x| x.contains("3,000 fighters")))),
        "the envoy's warning did not resolve to the watchlist actor: {timeline}"
    );
    let shown =
        String::from_utf8_lossy(&run(&["actor", "show", &envoy.to_string()]).stdout).to_string();
    assert!(shown.contains("UN Special Envoy for Yemen"), "{shown}");
    // undo takes back the last definition: the council, which no article names, is gone
    assert!(run(&["undo"]).status.success());
    let council = |run: &dyn Fn(&[&str]) -> std::process::Output| -> usize {
        let v: serde_json::Value =
            serde_json::from_slice(&run(&["actors", "--search", "PLC", "--json"]).stdout)
                .expect("json");
        v.as_array().map(Vec::len).unwrap_or(0)
    };
    assert_eq!(council(&run), 0, "undo did not take the definition back");
    // importing the list again: the council anew, the others updated, no duplicates
    let again = run(&["actors", "import", &list]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("1 actors created, 2 updated"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    let envoys: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "--search", "Grundberg", "--json"]).stdout)
            .expect("json");
    assert_eq!(
        envoys.as_array().map(Vec::len),
        Some(1),
        "the envoy was duplicated"
    );
    // undo the council's new definition, then al-Sharaa's update: he stays, he was defined before
    assert!(run(&["undo"]).status.success());
    assert_eq!(council(&run), 0);
    assert!(run(&["undo"]).status.success());
    let sharaa: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "--search", "الشرع", "--json"]).stdout)
            .expect("json");
    assert_eq!(
        sharaa.as_array().map(Vec::len),
        Some(1),
        "an update's undo must keep the actor"
    );
}

/// A surname alone is not enough to merge: it becomes a suggestion with its evidence; accepting
/// merges (undoable), dismissing keeps them apart.
#[test]
fn a_surname_alone_is_a_suggestion_to_review_not_a_silent_merge() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let run = |args: &[&str]| marsad(&db, args);
    let one = dir.path().join("one.txt");
    std::fs::write(&one, "Former president warns\n\nYemen's former president Ali Abdullah Saleh said on Monday that the coalition would pay a heavy price for its airstrikes on Sanaa. Saleh added that the war would be long.\n").expect("write");
    let two = dir.path().join("two.txt");
    std::fs::write(&two, "Saleh rejects talks\n\nFormer President Saleh said on Tuesday that the talks in Geneva had failed and that his forces would keep fighting in Taiz, where more than 200 fighters were killed last week.\n").expect("write");
    assert!(run(&[
        "import",
        &one.display().to_string(),
        &two.display().to_string()
    ])
    .status
    .success());
    let suggestions: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "suggestions", "--json"]).stdout).expect("json");
    let list = suggestions.as_array().expect("list");
    assert_eq!(list.len(), 1, "{suggestions}");
    let s = &list[0];
    assert_eq!(s["actor"]["name"], "Saleh");
    assert_eq!(s["candidate"]["name"], "Ali Abdullah Saleh");
    assert_eq!(s["evidence"], "shares the name «Saleh»");
    assert_eq!(s["article_title"], "Saleh rejects talks");
    let candidate = s["candidate"]["id"].as_i64().expect("id").to_string();
    let statements = |who: &str| -> usize {
        let t: serde_json::Value =
            serde_json::from_slice(&run(&["timeline", who, "--json"]).stdout).expect("json");
        t.as_array()
            .map(|a| a.iter().filter(|i| i["kind"] == "statement").count())
            .unwrap_or(0)
    };
    let before = statements(&candidate);
    // not merged silently
    assert!(before >= 1);
    let id = s["id"].as_i64().expect("id").to_string();
    assert!(run(&["actors", "suggestion", "accept", &id])
        .status
        .success());
    assert!(
        statements(&candidate) > before,
        "accepting did not merge the statements"
    );
    let open: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "suggestions", "--json"]).stdout).expect("json");
    assert_eq!(open.as_array().map(Vec::len), Some(0));
    assert!(run(&["undo"]).status.success());
    assert_eq!(
        statements(&candidate),
        before,
        "undo did not take the merge back"
    );
    let reopened: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "suggestions", "--json"]).stdout).expect("json");
    assert_eq!(
        reopened.as_array().map(Vec::len),
        Some(1),
        "undoing the merge opens its suggestion again: {reopened}"
    );
    // dismissing an unknown or closed suggestion is refused plainly
    let refused = run(&["actors", "suggestion", "dismiss", "999"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("open suggestion 999 does not exist"));
}

#[test]
fn spelling_variants_and_titles_find_the_stored_person_and_namesakes_stay_apart() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let run = |args: &[&str]| marsad(&db, args);
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    };
    let first = write("1.txt", "Minister warns of smuggling\n\nIraqi Interior Minister Mohammed Hassan al-Ubaidi said on Monday that smugglers were moving weapons across the western border.\n");
    let variant = write("2.txt", "Border closed\n\nInterior Minister Muhammad Hasan Ubaidi warned on Tuesday that the border with Syria would stay closed until the attacks stopped.\n");
    let by_title = write("3.txt", "Talks stall\n\nBAGHDAD - The Iraqi interior minister said on Wednesday that the talks with the tribes had stalled and that more police would be sent to Anbar.\n");
    let namesake = write("4.txt", "Another Ubaidi\n\nAhmed Khalil al-Ubaidi, a tribal leader in Anbar, said on Thursday that his fighters would not hand over their weapons.\n");
    for (file, date) in [
        (&first, "2025-03-03"),
        (&variant, "2025-03-04"),
        (&by_title, "2025-03-05"),
        (&namesake, "2025-03-06"),
    ] {
        assert!(run(&["import", "--published", date, file]).status.success());
    }
    let actors: serde_json::Value =
        serde_json::from_slice(&run(&["actors", "--kind", "person", "--json"]).stdout)
            .expect("json");
    let named = |word: &str| -> Vec<serde_json::Value> {
        actors
            .as_array()
            .expect("list")
            .iter()
            .filter(|a| a["name"].as_str().is_some_and(|n| n.contains(word)))
            .cloned()
            .collect()
    };
    let minister = named("Hassan");
    assert_eq!(
        minister.len(),
        1,
        "one minister under two spellings: {actors}"
    );
    assert_eq!(
        named("Khalil").len(),
        1,
        "the namesake is someone else: {actors}"
    );
    assert_eq!(
        minister[0]["statement_count"], 3,
        "his three statements, the last by title: {actors}"
    );
    let shown: serde_json::Value = serde_json::from_slice(
        &run(&["actor", "show", &minister[0]["id"].to_string(), "--json"]).stdout,
    )
    .expect("json");
    let methods: Vec<&str> = shown["recognitions"]
        .as_array()
        .expect("recognitions")
        .iter()
        .filter_map(|r| r["method"].as_str())
        .collect();
    assert!(
        methods.contains(&"spelling") && methods.contains(&"role"),
        "{shown}"
    );
    let by_role = shown["recognitions"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["method"] == "role"))
        .expect("role");
    assert!(
        by_role["evidence"]
            .as_str()
            .is_some_and(|e| e.contains("Interior Minister")),
        "{by_role}"
    );
    assert!(by_role["confidence"].as_f64().is_some_and(|c| c < 0.9));
}

#[test]
fn saved_emails_import_with_subject_sender_and_date_and_no_markup() {
    let dir = tempfile::tempdir().expect("temp");
    let db = dir.path().join("ws.sqlite");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/email");
    let out = marsad(
        &db,
        &[
            "import",
            &fixtures.join("digest.eml").display().to_string(),
            &fixtures.join("alert.eml").display().to_string(),
        ],
    );
    assert!(out.status.success(), "{}", stdout(&out));
    let articles: serde_json::Value =
        serde_json::from_slice(&marsad(&db, &["articles", "--json"]).stdout).expect("json");
    let find = |title: &str| {
        articles
            .as_array()
            .and_then(|a| a.iter().find(|x| x["title"] == title))
            .cloned()
            .unwrap_or_else(|| panic!("no article '{title}' in {articles}"))
    };
    let digest = find("التحالف: مقتل أكثر من 200 مسلح قرب صعدة");
    assert_eq!(digest["outlet"], "Gulf Security Digest");
    let alert = find("Ministry says 40 fighters arrested");
    assert_eq!(alert["outlet"], "Wire Alerts");
    let shown = stdout(&marsad(&db, &["show", &alert["id"].to_string()]));
    assert!(shown.contains("published: 2015-07-22T14:00:00Z"), "{shown}");
    assert!(shown.contains("40 fighters had been arrested"), "{shown}");
    assert!(
        !shown.contains("alert(") && !shown.contains("pwned") && !shown.contains("color:red"),
        "{shown}"
    );
    let digest_shown = stdout(&marsad(&db, &["show", &digest["id"].to_string()]));
    assert!(
        digest_shown.contains("published: 2015-07-21T06:30:00Z"),
        "the +03:00 date in UTC: {digest_shown}"
    );
    assert!(digest_shown.contains("200"), "{digest_shown}");
    // not an e-mail: named and rejected
    let junk = dir.path().join("junk.eml");
    std::fs::write(&junk, "just some words\nwithout headers\n").expect("write");
    let rejected = marsad(&db, &["import", &junk.display().to_string()]);
    assert!(!rejected.status.success());
    assert!(
        stdout(&rejected).contains("junk.eml: is not an e-mail message"),
        "{}",
        stdout(&rejected)
    );
}

/// A PDF's text layer imports; Arabic that the PDF holds in visual order comes back in reading
/// order. The PDFs are Marsad's own briefings (typst), in English and in Arabic.
#[test]
fn pdfs_import_their_text_with_arabic_in_reading_order() {
    let dir = tempfile::tempdir().expect("temp");
    let samples_db = dir.path().join("samples.sqlite");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/resources/samples");
    assert!(
        marsad(&samples_db, &["import", &samples.display().to_string()])
            .status
            .success()
    );
    let mut pdfs = Vec::new();
    for lang in ["en", "ar"] {
        let pdf = dir.path().join(format!("belousov-{lang}.pdf"));
        let out = marsad(
            &samples_db,
            &[
                "report",
                "--actor",
                "Belousov",
                "--lang",
                lang,
                "--format",
                "pdf",
                "-o",
                &pdf.display().to_string(),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        pdfs.push(pdf.display().to_string());
    }
    let fake = dir.path().join("fake.pdf");
    std::fs::write(&fake, "not a pdf at all, just words").expect("write");
    let db = dir.path().join("ws.sqlite");
    let out = marsad(
        &db,
        &["import", &pdfs[0], &pdfs[1], &fake.display().to_string()],
    );
    let printed = stdout(&out);
    assert!(printed.contains("fake.pdf: is not a PDF"), "{printed}");
    assert!(printed.contains("2 imported"), "{printed}");
    let text = |id: &str| stdout(&marsad(&db, &["show", id]));
    let english = text("1");
    assert!(
        english.contains("more than 20 militant groups"),
        "{english}"
    );
    let arabic = text("2");
    assert!(
        arabic.contains("تمثل الخطر الرئيسي على أمن روسيا"),
        "{arabic}"
    );
    assert!(
        arabic.contains("الفاعلون"),
        "a heading in reading order: {arabic}"
    );
}

#[test]
fn the_log_names_refused_files_and_counts_but_never_holds_article_text() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let title = "Lavrov warns NATO over Kabul";
    let sentence = "Sergei Lavrov said NATO wants to return to Afghanistan under a new guise.";
    let folder = d.join("articles");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("good.txt"), format!("{title}\n\n{sentence}\n")).expect("w");
    std::fs::write(folder.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("w");
    std::fs::write(d.join("notes.docx"), b"PK\x03\x04").expect("w");
    let db = d.join("ws.sqlite");
    let docx = d.join("notes.docx").display().to_string();
    let out = marsad(&db, &["import", &folder.display().to_string(), &docx]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let failed = marsad(&db, &["timeline", "Nobody Of That Name"]);
    assert_eq!(failed.status.code(), Some(2));

    let logs: Vec<PathBuf> = std::fs::read_dir(d.join("logs"))
        .expect("a logs folder beside the workspace")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    assert_eq!(logs.len(), 1, "one file for today: {logs:?}");
    let name = logs[0].file_name().map(|n| n.to_string_lossy().to_string());
    assert!(
        name.as_deref()
            .is_some_and(|n| n.starts_with("marsad.") && n.ends_with(".log")),
        "{name:?}"
    );
    let log = std::fs::read_to_string(&logs[0]).expect("read log");
    for expected in [
        "import started",
        "image.txt",
        "binary",
        "notes.docx",
        "is not a format Marsad imports",
        "import finished",
        "imported=1",
        "rejected=2",
        "command failed",
        "Nobody Of That Name",
    ] {
        assert!(log.contains(expected), "the log lacks {expected:?}:\n{log}");
    }
    for text in [title, sentence, "Lavrov said", "new guise"] {
        assert!(
            !log.contains(text),
            "article text {text:?} is in the log:\n{log}"
        );
    }
}
