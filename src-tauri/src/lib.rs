//! Marsad's desktop shell: each command converts its arguments, calls the core, and maps errors to
//! `{code, message}`. No logic lives here.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use marsad_core::{ImportOptions, Workspace};
use marsad_domain::{
    ActorArticle, ActorDetail, ActorKind, ActorListReport, ActorQuery, ActorSuggestion,
    ActorSummary, AppError, ArticleDetail, ArticleSummary, Briefing, EditEntry, FigureEdit,
    FigureQuery, FigureRow, Id, ImportItem, ImportReport, ItemRef, MergePreview, NewFigure,
    NewStatement, Note, Overview, PastedArticle, ReportDefinition, ReportFormat, ReportRun,
    ReviewState, SearchQuery, SearchResults, SplitSelection, StatementEdit, TagCount, TagTarget,
    TimelineItem, TimelineQuery, WorkspaceInfo,
};
use serde::{Deserialize, Serialize};
use tauri::Manager;
use tauri_plugin_opener::OpenerExt;
use tauri_specta::Event;

/// What the commands share: the open workspace and where the sample articles are.
pub struct AppState {
    /// Replaced as a whole when a backup is restored.
    workspace: Mutex<Arc<Workspace>>,
    /// The workspace file, and the folder that holds it, its logs and its upgrade backups.
    db: PathBuf,
    samples: PathBuf,
    /// Set to stop the report being written.
    report_cancel: Arc<AtomicBool>,
    /// Set to stop the import running (after the batch in progress).
    import_cancel: Arc<AtomicBool>,
}

/// How far the import running has got: counts so far and the file just read.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct ImportProgress {
    pub done: u32,
    pub imported: u32,
    pub duplicates: u32,
    pub rejected: u32,
    pub current: String,
}

/// How far the report being written has got (`stage`: gathering, rendering, writing).
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct ReportProgress {
    pub stage: String,
    pub done: u32,
    pub total: u32,
}

type CommandResult<T> = Result<T, AppError>;

impl AppState {
    /// The open workspace.
    fn ws(&self) -> Arc<Workspace> {
        self.workspace
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn data_dir(&self) -> &Path {
        marsad_core::workspace::folder_of(&self.db)
    }
}

/// The clock is read here, in the shell, and passed into the core.
fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    marsad_core::workspace::rfc3339_from_unix(secs)
}

#[tauri::command]
#[specta::specta]
async fn workspace_info(state: tauri::State<'_, AppState>) -> CommandResult<WorkspaceInfo> {
    Ok(state.ws().info().await?)
}

#[tauri::command]
#[specta::specta]
async fn list_articles(state: tauri::State<'_, AppState>) -> CommandResult<Vec<ArticleSummary>> {
    Ok(state.ws().articles(Some(LIBRARY_AT_MOST)).await?)
}

/// The library lists the newest articles only: at 300,000 articles the whole list took seconds to
/// read and to draw. The count of all is in `workspace_info`; search finds the older ones.
const LIBRARY_AT_MOST: u32 = 5_000;

#[tauri::command]
#[specta::specta]
async fn get_article(state: tauri::State<'_, AppState>, id: Id) -> CommandResult<ArticleDetail> {
    Ok(state.ws().article(id).await?)
}

#[tauri::command]
#[specta::specta]
async fn import_paths(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
    paths: Vec<String>,
) -> CommandResult<ImportReport> {
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    state.import_cancel.store(false, Ordering::Relaxed);
    let mut progress = ImportProgress {
        done: 0,
        imported: 0,
        duplicates: 0,
        rejected: 0,
        current: String::new(),
    };
    let mut last_emit = std::time::Instant::now();
    let on_item = |item: &ImportItem| {
        progress.done += 1;
        match item.outcome {
            marsad_domain::ImportOutcome::Imported { .. } => progress.imported += 1,
            marsad_domain::ImportOutcome::Duplicate { .. } => progress.duplicates += 1,
            marsad_domain::ImportOutcome::Rejected { .. } => progress.rejected += 1,
        }
        // A few updates a second are enough for the eye and cheap for the webview.
        if last_emit.elapsed().as_millis() >= 100 || progress.done == 1 {
            progress.current = item.source.clone();
            let _ = progress.clone().emit(&app);
            last_emit = std::time::Instant::now();
        }
    };
    Ok(state
        .ws()
        .import_paths(
            &paths,
            &ImportOptions::default(),
            &now(),
            Some(&state.import_cancel),
            on_item,
        )
        .await)
}

#[tauri::command]
#[specta::specta]
async fn cancel_import(state: tauri::State<'_, AppState>) -> CommandResult<()> {
    state.import_cancel.store(true, Ordering::Relaxed);
    Ok(())
}

#[tauri::command]
#[specta::specta]
async fn import_text(
    state: tauri::State<'_, AppState>,
    article: PastedArticle,
) -> CommandResult<ImportItem> {
    Ok(state.ws().import_text(article, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn load_sample_workspace(state: tauri::State<'_, AppState>) -> CommandResult<ImportReport> {
    Ok(state.ws().load_samples(&state.samples, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn list_actors(
    state: tauri::State<'_, AppState>,
    query: ActorQuery,
) -> CommandResult<Vec<ActorSummary>> {
    Ok(state.ws().actors(&query).await?)
}

#[tauri::command]
#[specta::specta]
async fn list_actor_suggestions(
    state: tauri::State<'_, AppState>,
) -> CommandResult<Vec<ActorSuggestion>> {
    Ok(state.ws().actor_suggestions().await?)
}

#[tauri::command]
#[specta::specta]
async fn accept_suggestion(state: tauri::State<'_, AppState>, id: Id) -> CommandResult<()> {
    Ok(state.ws().accept_suggestion(id, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn dismiss_suggestion(state: tauri::State<'_, AppState>, id: Id) -> CommandResult<()> {
    Ok(state.ws().dismiss_suggestion(id).await?)
}

#[tauri::command]
#[specta::specta]
async fn import_actor_list(
    state: tauri::State<'_, AppState>,
    path: String,
) -> CommandResult<ActorListReport> {
    Ok(state
        .ws()
        .import_actor_list(&PathBuf::from(path), &now())
        .await?)
}

#[tauri::command]
#[specta::specta]
async fn actor_detail(state: tauri::State<'_, AppState>, id: Id) -> CommandResult<ActorDetail> {
    Ok(state.ws().actor_detail(id).await?)
}

#[tauri::command]
#[specta::specta]
async fn actor_articles(
    state: tauri::State<'_, AppState>,
    id: Id,
) -> CommandResult<Vec<ActorArticle>> {
    Ok(state.ws().actor_articles(id).await?)
}

#[tauri::command]
#[specta::specta]
async fn rename_actor(
    state: tauri::State<'_, AppState>,
    id: Id,
    name: Option<String>,
    name_ar: Option<String>,
    name_en: Option<String>,
) -> CommandResult<()> {
    Ok(state
        .ws()
        .rename_actor(
            id,
            name.as_deref(),
            name_ar.as_deref(),
            name_en.as_deref(),
            &now(),
        )
        .await?)
}

#[tauri::command]
#[specta::specta]
async fn set_actor_kind(
    state: tauri::State<'_, AppState>,
    id: Id,
    kind: ActorKind,
) -> CommandResult<()> {
    Ok(state.ws().set_actor_kind(id, kind, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn add_alias(state: tauri::State<'_, AppState>, id: Id, text: String) -> CommandResult<()> {
    Ok(state.ws().add_alias(id, &text, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn remove_alias(
    state: tauri::State<'_, AppState>,
    id: Id,
    text: String,
) -> CommandResult<()> {
    Ok(state.ws().remove_alias(id, &text, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn merge_preview(
    state: tauri::State<'_, AppState>,
    from: Id,
    into: Id,
) -> CommandResult<MergePreview> {
    Ok(state.ws().merge_preview(from, into).await?)
}

#[tauri::command]
#[specta::specta]
async fn merge_actors(state: tauri::State<'_, AppState>, from: Id, into: Id) -> CommandResult<()> {
    Ok(state.ws().merge_actors(from, into, &now()).await?)
}

/// Moves everything the actor has in `articles` to a new actor named `name`; its id.
#[tauri::command]
#[specta::specta]
async fn split_actor(
    state: tauri::State<'_, AppState>,
    id: Id,
    name: String,
    articles: Vec<Id>,
) -> CommandResult<Id> {
    let selection = SplitSelection {
        name,
        ..SplitSelection::default()
    };
    Ok(state
        .ws()
        .split_actor(id, selection, &articles, &now())
        .await?)
}

#[tauri::command]
#[specta::specta]
async fn timeline(
    state: tauri::State<'_, AppState>,
    query: TimelineQuery,
) -> CommandResult<Vec<TimelineItem>> {
    Ok(state.ws().timeline(&query).await?)
}

#[tauri::command]
#[specta::specta]
async fn list_figures(
    state: tauri::State<'_, AppState>,
    query: FigureQuery,
) -> CommandResult<Vec<FigureRow>> {
    Ok(state.ws().figures(&query).await?)
}

#[tauri::command]
#[specta::specta]
async fn search(
    state: tauri::State<'_, AppState>,
    query: SearchQuery,
) -> CommandResult<SearchResults> {
    Ok(state.ws().search(&query).await?)
}

#[tauri::command]
#[specta::specta]
async fn set_review(
    app: tauri::State<'_, AppState>,
    item: ItemRef,
    state: ReviewState,
) -> CommandResult<()> {
    Ok(app.ws().set_review(item, state, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn edit_statement(
    state: tauri::State<'_, AppState>,
    id: Id,
    edit: StatementEdit,
) -> CommandResult<()> {
    Ok(state.ws().edit_statement(id, &edit, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn edit_figure(
    state: tauri::State<'_, AppState>,
    id: Id,
    edit: FigureEdit,
) -> CommandResult<()> {
    Ok(state.ws().edit_figure(id, &edit, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn undo(state: tauri::State<'_, AppState>) -> CommandResult<Option<EditEntry>> {
    Ok(state.ws().undo(&now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn edit_log(state: tauri::State<'_, AppState>, limit: u32) -> CommandResult<Vec<EditEntry>> {
    Ok(state.ws().edit_log(limit).await?)
}

#[tauri::command]
#[specta::specta]
async fn overview(state: tauri::State<'_, AppState>) -> CommandResult<Overview> {
    Ok(state.ws().overview().await?)
}

#[tauri::command]
#[specta::specta]
async fn add_statement(state: tauri::State<'_, AppState>, item: NewStatement) -> CommandResult<Id> {
    Ok(state.ws().add_statement(&item, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn add_figure(state: tauri::State<'_, AppState>, item: NewFigure) -> CommandResult<Id> {
    Ok(state.ws().add_figure(&item, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn add_tag(
    state: tauri::State<'_, AppState>,
    target: TagTarget,
    name: String,
) -> CommandResult<()> {
    Ok(state.ws().add_tag(target, &name, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn remove_tag(
    state: tauri::State<'_, AppState>,
    target: TagTarget,
    name: String,
) -> CommandResult<()> {
    Ok(state.ws().remove_tag(target, &name, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn tags_of(
    state: tauri::State<'_, AppState>,
    target: TagTarget,
) -> CommandResult<Vec<String>> {
    Ok(state.ws().tags_of(target).await?)
}

#[tauri::command]
#[specta::specta]
async fn list_tags(state: tauri::State<'_, AppState>) -> CommandResult<Vec<TagCount>> {
    Ok(state.ws().list_tags().await?)
}

#[tauri::command]
#[specta::specta]
async fn save_note(
    state: tauri::State<'_, AppState>,
    target: TagTarget,
    body: String,
) -> CommandResult<()> {
    Ok(state.ws().save_note(target, &body, &now()).await?)
}

#[tauri::command]
#[specta::specta]
async fn note_of(
    state: tauri::State<'_, AppState>,
    target: TagTarget,
) -> CommandResult<Option<Note>> {
    Ok(state.ws().note_of(target).await?)
}

#[tauri::command]
#[specta::specta]
async fn report_preview(
    state: tauri::State<'_, AppState>,
    definition: ReportDefinition,
) -> CommandResult<Briefing> {
    let today = now();
    let today = today.get(..10).unwrap_or(&today).to_string();
    Ok(state
        .ws()
        .briefing(&definition, &today, None, |_| {})
        .await?)
}

#[tauri::command]
#[specta::specta]
async fn write_report(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
    definition: ReportDefinition,
    format: ReportFormat,
    path: String,
) -> CommandResult<ReportRun> {
    state.report_cancel.store(false, Ordering::Relaxed);
    let emit = |stage: marsad_core::ReportStage| {
        let (stage, done, total) = match stage {
            marsad_core::ReportStage::Gathering { done, total } => ("gathering", done, total),
            marsad_core::ReportStage::Rendering => ("rendering", 0, 0),
            marsad_core::ReportStage::Writing => ("writing", 0, 0),
        };
        let progress = ReportProgress {
            stage: stage.into(),
            done: u32::try_from(done).unwrap_or(u32::MAX),
            total: u32::try_from(total).unwrap_or(u32::MAX),
        };
        let _ = progress.emit(&app);
    };
    let path =
        marsad_core::destination::checked(Path::new(&path), format.extensions(), state.data_dir())?;
    Ok(state
        .ws()
        .write_report(
            &definition,
            format,
            &path,
            &now(),
            Some(&state.report_cancel),
            emit,
        )
        .await?)
}

#[tauri::command]
#[specta::specta]
async fn cancel_report(state: tauri::State<'_, AppState>) -> CommandResult<()> {
    state.report_cancel.store(true, Ordering::Relaxed);
    Ok(())
}

#[tauri::command]
#[specta::specta]
async fn save_report_definition(
    state: tauri::State<'_, AppState>,
    definition: ReportDefinition,
) -> CommandResult<()> {
    Ok(state
        .ws()
        .save_report_definition(&definition, &now())
        .await?)
}

#[tauri::command]
#[specta::specta]
async fn list_report_definitions(
    state: tauri::State<'_, AppState>,
) -> CommandResult<Vec<ReportDefinition>> {
    Ok(state.ws().report_definitions().await?)
}

#[tauri::command]
#[specta::specta]
async fn delete_report_definition(
    state: tauri::State<'_, AppState>,
    name: String,
) -> CommandResult<()> {
    Ok(state.ws().delete_report_definition(&name).await?)
}

#[tauri::command]
#[specta::specta]
async fn list_report_runs(state: tauri::State<'_, AppState>) -> CommandResult<Vec<ReportRun>> {
    Ok(state.ws().report_runs(100).await?)
}

/// Opens a report Marsad wrote (by its history id) with the system's viewer. The UI cannot open
/// arbitrary paths: only files in the report history.
#[tauri::command]
#[specta::specta]
async fn open_report(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
    id: Id,
) -> CommandResult<()> {
    let run = state.ws().report_run(id).await?;
    app.opener()
        .open_path(run.path.clone(), None::<&str>)
        .map_err(|e| AppError {
            code: "io".into(),
            message: format!("cannot open {}: {e}", run.path),
        })
}

/// The command set, shared by the app and the bindings export.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            workspace_info,
            backup_workspace,
            restore_workspace,
            list_articles,
            get_article,
            import_paths,
            cancel_import,
            import_text,
            load_sample_workspace,
            list_actors,
            import_actor_list,
            list_actor_suggestions,
            accept_suggestion,
            dismiss_suggestion,
            actor_detail,
            actor_articles,
            rename_actor,
            set_actor_kind,
            add_alias,
            remove_alias,
            merge_preview,
            merge_actors,
            split_actor,
            timeline,
            list_figures,
            search,
            set_review,
            edit_statement,
            edit_figure,
            undo,
            edit_log,
            overview,
            add_statement,
            add_figure,
            add_tag,
            remove_tag,
            tags_of,
            list_tags,
            save_note,
            note_of,
            report_preview,
            write_report,
            cancel_report,
            save_report_definition,
            list_report_definitions,
            delete_report_definition,
            list_report_runs,
            open_report,
        ])
        .events(tauri_specta::collect_events![
            ReportProgress,
            ImportProgress
        ])
}

/// The TypeScript bindings for the UI, as `ui/src/bindings.ts` should hold them.
pub fn typescript_bindings() -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("marsad-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("bindings.ts");
    specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .bigint(specta_typescript::BigIntExportBehavior::Number)
                .header("// @ts-nocheck\n// Generated by `cargo test -p marsad-desktop` (UPDATE_BINDINGS=1). Do not edit.\n"),
            &file,
        )
        .map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&file).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(text)
}

/// Writes a consistent copy of the workspace to PATH (chosen in a save dialog; see
/// `marsad_core::destination`) while it stays in use. Returns the path written.
#[tauri::command]
#[specta::specta]
async fn backup_workspace(
    state: tauri::State<'_, AppState>,
    path: String,
) -> CommandResult<String> {
    let target = marsad_core::destination::checked(
        Path::new(&path),
        &["sqlite", "db", "marsad"],
        state.data_dir(),
    )?;
    state.ws().backup(&target).await?;
    Ok(target.display().to_string())
}

/// Replaces the workspace with the backup at PATH (chosen in an open dialog): the backup is
/// checked first (it must open and pass the integrity check); the workspace it replaces is kept
/// beside it as `NAME.before-restore.sqlite`. The app goes on with the restored workspace; when
/// the backup is refused the current one is opened again, untouched.
#[tauri::command]
#[specta::specta]
async fn restore_workspace(
    state: tauri::State<'_, AppState>,
    path: String,
) -> CommandResult<WorkspaceInfo> {
    let source = PathBuf::from(&path);
    state.ws().close().await;
    let restored = marsad_core::workspace::restore(&source, &state.db).await;
    let reopened = Arc::new(Workspace::open(&state.db).await?);
    *state
        .workspace
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = reopened.clone();
    restored?;
    Ok(reopened.info().await?)
}

/// Where the workspace lives: `$MARSAD_DATA_DIR`, else the app's data folder.
fn workspace_path(app: &tauri::App) -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("MARSAD_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join(marsad_core::workspace::DB_FILE));
    }
    let dir = app.path().app_data_dir().map_err(|e| e.to_string())?;
    Ok(dir.join(marsad_core::workspace::DB_FILE))
}

/// Starts the desktop app.
pub fn run() {
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            let path = workspace_path(app)?;
            let dir = marsad_core::workspace::folder_of(&path);
            if let Err(e) = marsad_core::log::start(dir) {
                eprintln!("Marsad: no log file in {}: {e}", dir.join("logs").display());
            }
            let workspace = tauri::async_runtime::block_on(Workspace::open(&path))?;
            let samples = app
                .path()
                .resolve("samples", tauri::path::BaseDirectory::Resource)
                .unwrap_or_else(|_| PathBuf::from("samples"));
            app.manage(AppState {
                workspace: Mutex::new(Arc::new(workspace)),
                db: path,
                samples,
                report_cancel: Arc::new(AtomicBool::new(false)),
                import_cancel: Arc::new(AtomicBool::new(false)),
            });
            Ok(())
        })
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Marsad could not start: {e}");
            std::process::exit(1);
        });
}

#[cfg(test)]
mod tests {
    /// The checked-in bindings match the commands; `UPDATE_BINDINGS=1` rewrites them.
    #[test]
    fn typescript_bindings_are_up_to_date() {
        let generated = super::typescript_bindings().expect("bindings export");
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings.ts");
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write bindings");
        }
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            current == generated,
            "ui/src/bindings.ts is out of date: run `UPDATE_BINDINGS=1 cargo test -p marsad-desktop`"
        );
    }
}
