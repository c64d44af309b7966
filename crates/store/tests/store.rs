//! Store tests against temporary database files.

use marsad_domain::{
    ActorKind, Alias, ExtractedActor, ExtractedFigure, ExtractedStatement, Extraction, Language,
    Qualifier, Script, Span, Stance,
};
use marsad_store::{NewActor, NewArticle, NewName, Store, StoredArticle};

fn article(hash: &str, body: &str) -> NewArticle {
    NewArticle {
        title: "عنوان".into(),
        body: body.into(),
        language: Language::Ar,
        outlet: Some("outlet".into()),
        url: None,
        author: None,
        published_at: Some("2024-12-10".into()),
        published_raw: Some("2024-12-10".into()),
        imported_at: "2024-12-11T00:00:00Z".into(),
        content_hash: hash.into(),
        source_path: None,
        search_terms: "عنوان قال سيرغي لافروف".into(),
        statement_terms: vec!["اكثر 20 جماع".into()],
        signature: None,
        statement_roles: Vec::new(),
    }
}

fn lavrov(mentions: Vec<Span>) -> (ExtractedActor, NewActor) {
    let actor = ExtractedActor {
        kind: ActorKind::Person,
        name: "سيرغي لافروف".into(),
        name_ar: Some("سيرغي لافروف".into()),
        name_en: Some("Sergei Lavrov".into()),
        aliases: vec![Alias::new("لافروف")],
        roles: vec!["وزير الخارجية الروسي".into()],
        affiliation: None,
        mentions,
        gazetteer_key: None,
    };
    let names = NewActor {
        names: vec![
            NewName {
                text: "سيرغي لافروف".into(),
                normalized: "سيرغي لافروف".into(),
                spelling: "سيرجي لافروف".into(),
                script: Script::Arabic,
            },
            NewName {
                text: "Sergei Lavrov".into(),
                normalized: "sergei lavrov".into(),
                spelling: "sargai lavruv".into(),
                script: Script::Latin,
            },
        ],
        role_keys: vec!["وزير الخارجيه الروسي".into()],
        affiliation: None,
    };
    (actor, names)
}

/// The code point span of `part` in `text`.
fn span_of(text: &str, part: &str) -> Span {
    let byte = text.find(part).expect("part of the text");
    let start = text[..byte].chars().count();
    Span::new(start, start + part.chars().count())
}

const BODY: &str = "قال سيرغي لافروف إن أكثر من 20 جماعة تنشط.";

fn extraction() -> (Extraction, Vec<NewActor>) {
    let (actor, names) = lavrov(vec![span_of(BODY, "سيرغي لافروف")]);
    let mut found = Extraction::empty(Language::Ar);
    found.actors.push(actor);
    found.statements.push(ExtractedStatement {
        speaker: Some(0),
        cue: "قال".into(),
        cue_span: Span::new(0, 3),
        stance: Stance::Claim,
        content: span_of(BODY, "إن أكثر من 20 جماعة تنشط"),
        targets: vec![],
        date: None,
        confidence: 0.9,
        speaker_role: None,
    });
    found.figures.push(ExtractedFigure {
        value: Some(20.0),
        value_max: None,
        qualifier: Qualifier::MoreThan,
        unit: "groups".into(),
        source: Some(0),
        about: vec![],
        span: span_of(BODY, "أكثر من 20 جماعة"),
        date: None,
        confidence: 0.8,
    });
    (found, vec![names])
}

async fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("nested/workspace.sqlite"))
        .await
        .expect("open");
    (dir, store)
}

#[tokio::test]
async fn opens_in_wal_mode_with_foreign_keys_and_passes_integrity_check() {
    let (dir, store) = temp_store().await;
    assert!(dir.path().join("nested/workspace.sqlite").exists());
    assert_eq!(store.integrity_check().await.expect("check"), "ok");
    let path = dir.path().join("nested/workspace.sqlite");
    store.close().await;
    // Reopening runs no migration twice and keeps the file sound.
    let again = Store::open(&path).await.expect("reopen");
    assert_eq!(again.article_count().await.expect("count"), 0);
}

#[tokio::test]
async fn stores_an_article_with_its_extraction_and_reads_it_back() {
    let (_dir, store) = temp_store().await;
    let (found, names) = extraction();
    let StoredArticle::Inserted(id) = store
        .insert_article(&article("h1", BODY), &found, &names)
        .await
        .expect("insert")
    else {
        panic!("expected a new article");
    };
    let detail = store.article(id).await.expect("read").expect("exists");
    assert_eq!(detail.body, BODY);
    assert_eq!(detail.actors.len(), 1);
    assert_eq!(detail.actors[0].name_en.as_deref(), Some("Sergei Lavrov"));
    assert_eq!(
        detail.actors[0].roles,
        vec!["وزير الخارجية الروسي".to_string()]
    );
    assert_eq!(detail.actors[0].mentions[0].slice(BODY), "سيرغي لافروف");
    assert_eq!(
        detail.statements[0].speaker_name.as_deref(),
        Some("سيرغي لافروف")
    );
    assert_eq!(
        detail.statements[0].date.as_deref(),
        Some("2024-12-10"),
        "undated statements take the article's date"
    );
    assert_eq!(detail.figures[0].qualifier, Qualifier::MoreThan);
    assert_eq!(detail.figures[0].text, "أكثر من 20 جماعة");
    let list = store.list_articles(None).await.expect("list");
    assert_eq!(
        (
            list[0].actor_count,
            list[0].statement_count,
            list[0].figure_count
        ),
        (1, 1, 1)
    );
}

#[tokio::test]
async fn the_same_content_is_not_stored_twice() {
    let (_dir, store) = temp_store().await;
    let (found, names) = extraction();
    let first = store
        .insert_article(&article("same", BODY), &found, &names)
        .await
        .expect("insert");
    let second = store
        .insert_article(&article("same", BODY), &found, &names)
        .await
        .expect("insert");
    let StoredArticle::Inserted(id) = first else {
        panic!("first insert must store")
    };
    assert_eq!(second, StoredArticle::Duplicate(id));
    assert_eq!(store.article_count().await.expect("count"), 1);
}

#[tokio::test]
async fn an_actor_named_alike_in_two_articles_is_one_actor() {
    let (_dir, store) = temp_store().await;
    let (found, names) = extraction();
    store
        .insert_article(&article("a", BODY), &found, &names)
        .await
        .expect("insert");
    store
        .insert_article(&article("b", "نص آخر عن سيرغي لافروف هنا"), &found, &names)
        .await
        .expect("insert");
    let one = store.article(1).await.expect("read").expect("exists");
    let two = store.article(2).await.expect("read").expect("exists");
    assert_eq!(one.actors[0].actor_id, two.actors[0].actor_id);
}

#[tokio::test]
async fn a_missing_article_is_none() {
    let (_dir, store) = temp_store().await;
    assert!(store.article(42).await.expect("read").is_none());
}

#[tokio::test]
async fn an_added_statement_is_stored_accepted_and_undo_removes_it() {
    let (_dir, store) = temp_store().await;
    let (found, names) = extraction();
    let StoredArticle::Inserted(id) = store
        .insert_article(&article("h", BODY), &found, &names)
        .await
        .expect("insert")
    else {
        panic!("expected a new article")
    };
    let new = marsad_domain::NewStatement {
        article_id: id,
        speaker_id: None,
        cue: "قال".into(),
        stance: Stance::Warning,
        span: span_of(BODY, "أكثر من 20 جماعة تنشط"),
    };
    let added = store
        .add_statement(&new, "اكثر 20 جماع", "2024-12-12T00:00:00Z")
        .await
        .expect("add");
    let detail = store.article(id).await.expect("read").expect("exists");
    let s = detail
        .statements
        .iter()
        .find(|s| s.id == added)
        .expect("the added statement");
    assert_eq!(
        (s.stance, s.review, s.content.as_str()),
        (
            Stance::Warning,
            marsad_domain::ReviewState::Accepted,
            "أكثر من 20 جماعة تنشط"
        )
    );
    let bad = marsad_domain::NewStatement {
        span: Span::new(10, 9999),
        ..new
    };
    assert!(
        store.add_statement(&bad, "", "now").await.is_err(),
        "a selection outside the article is refused"
    );
    store.undo("2024-12-12T00:01:00Z").await.expect("undo");
    let detail = store.article(id).await.expect("read").expect("exists");
    assert!(detail.statements.iter().all(|s| s.id != added));
}

/// Articles stored before stories existed (no signature) are linked when their signatures are
/// given, once; near-duplicates share the first one's story.
#[tokio::test]
async fn articles_without_signatures_are_linked_to_stories_later() {
    let (_dir, store) = temp_store().await;
    let (found, names) = extraction();
    let mut ids = Vec::new();
    for hash in ["a", "b", "c"] {
        let StoredArticle::Inserted(id) = store
            .insert_article(&article(hash, BODY), &found, &names)
            .await
            .expect("insert")
        else {
            panic!("expected a new article");
        };
        ids.push(id);
    }
    let waiting = store.articles_without_signature(10).await.expect("list");
    assert_eq!(waiting.iter().map(|(id, _)| *id).collect::<Vec<_>>(), ids);
    let wire = marsad_domain::StorySignature([7; marsad_domain::SIGNATURE_LEN]);
    let mut other = [9; marsad_domain::SIGNATURE_LEN];
    other[0] = 1;
    let signed = vec![
        (ids[0], Some(wire)),
        (ids[1], Some(wire)),
        (ids[2], Some(marsad_domain::StorySignature(other))),
    ];
    assert_eq!(store.link_stories(&signed).await.expect("link"), 1);
    let same = store.same_story(ids[1]).await.expect("story");
    assert_eq!(same.iter().map(|a| a.id).collect::<Vec<_>>(), vec![ids[0]]);
    assert!(store.same_story(ids[2]).await.expect("story").is_empty());
    assert!(store
        .articles_without_signature(10)
        .await
        .expect("list")
        .is_empty());
}
