// The only module that talks to the generated bindings. Components call these
// functions, which resolve with data or reject with an ApiError.

import {
  commands,
  type ActorArticle,
  type ActorDetail,
  type ActorKind,
  type MergePreview,
  type ActorListReport,
  type ActorQuery,
  type ActorSuggestion,
  type ActorSummary,
  type AppError,
  type ArticleDetail,
  type Briefing,
  type ReportDefinition,
  type ReportFormat,
  type ReportRun,
  type ArticleSummary,
  type EditEntry,
  type FigureEdit,
  type FigureQuery,
  type FigureRow,
  type ImportItem,
  type ImportReport,
  type ItemRef,
  type NewFigure,
  type NewStatement,
  type Note,
  type Overview,
  type PastedArticle,
  type Result,
  type ReviewState,
  type SearchQuery,
  type SearchResults,
  type StatementEdit,
  type TagCount,
  type TagTarget,
  type TimelineItem,
  type TimelineQuery,
  type WorkspaceInfo,
} from "./bindings";

export type {
  ActorArticle,
  ActorDetail,
  MergePreview,
  RecognitionView,
  ActorListReport,
  ActorSuggestion,
  Briefing,
  BriefingActor,
  BriefingFigure,
  BriefingSource,
  BriefingStatement,
  ReportDefinition,
  ReportFormat,
  ReportProgress,
  ImportProgress,
  ReportRun,
  ReportScope,
  ActorKind,
  ActorQuery,
  ActorSummary,
  AppError,
  ArticleActor,
  ArticleDetail,
  ArticleFigure,
  ArticleStatement,
  ArticleSummary,
  EditEntry,
  FigureEdit,
  FigureQuery,
  FigureRow,
  ImportItem,
  ImportOutcome,
  ImportReport,
  ItemKind,
  ItemRef,
  Language,
  NewFigure,
  NewStatement,
  Note,
  Overview,
  PastedArticle,
  Qualifier,
  ReviewState,
  SearchHit,
  SearchKind,
  SearchQuery,
  SearchResults,
  SnippetPart,
  Span,
  Stance,
  StatementEdit,
  TagCount,
  TagTarget,
  TargetKind,
  TimelineItem,
  TimelineQuery,
  WorkspaceInfo,
} from "./bindings";

export class ApiError extends Error {
  readonly appError: AppError;

  constructor(appError: AppError) {
    super(appError.message);
    this.name = "ApiError";
    this.appError = appError;
  }
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AppError).code === "string" &&
    typeof (value as AppError).message === "string"
  );
}

/** Normalises anything thrown or returned by the IPC layer into an AppError. */
export function toAppError(value: unknown): AppError {
  if (value instanceof ApiError) return value.appError;
  if (isAppError(value)) return { code: value.code, message: value.message };
  if (value instanceof Error) return { code: "internal", message: value.message };
  if (typeof value === "string") return { code: "internal", message: value };
  return { code: "internal", message: String(value) };
}

async function unwrap<T>(send: () => Promise<Result<T, AppError>>): Promise<T> {
  let result: Result<T, AppError>;
  try {
    result = await send();
  } catch (e) {
    throw new ApiError(toAppError(e));
  }
  if (result.status === "error") throw new ApiError(toAppError(result.error));
  return result.data;
}

export const api = {
  workspaceInfo: (): Promise<WorkspaceInfo> => unwrap(() => commands.workspaceInfo()),
  backupWorkspace: (path: string): Promise<string> => unwrap(() => commands.backupWorkspace(path)),
  restoreWorkspace: (path: string): Promise<WorkspaceInfo> => unwrap(() => commands.restoreWorkspace(path)),
  listArticles: (): Promise<ArticleSummary[]> => unwrap(() => commands.listArticles()),
  getArticle: (id: number): Promise<ArticleDetail> => unwrap(() => commands.getArticle(id)),
  importPaths: (paths: string[]): Promise<ImportReport> =>
    unwrap(() => commands.importPaths(paths)),
  cancelImport: (): Promise<null> => unwrap(() => commands.cancelImport()),
  importText: (article: PastedArticle): Promise<ImportItem> =>
    unwrap(() => commands.importText(article)),
  loadSampleWorkspace: (): Promise<ImportReport> =>
    unwrap(() => commands.loadSampleWorkspace()),
  overview: (): Promise<Overview> => unwrap(() => commands.overview()),
  listActors: (query: ActorQuery): Promise<ActorSummary[]> => unwrap(() => commands.listActors(query)),
  importActorList: (path: string): Promise<ActorListReport> => unwrap(() => commands.importActorList(path)),
  listActorSuggestions: (): Promise<ActorSuggestion[]> => unwrap(() => commands.listActorSuggestions()),
  acceptSuggestion: (id: number): Promise<null> => unwrap(() => commands.acceptSuggestion(id)),
  dismissSuggestion: (id: number): Promise<null> => unwrap(() => commands.dismissSuggestion(id)),
  actorDetail: (id: number): Promise<ActorDetail> => unwrap(() => commands.actorDetail(id)),
  actorArticles: (id: number): Promise<ActorArticle[]> => unwrap(() => commands.actorArticles(id)),
  renameActor: (id: number, name: string | null, nameAr: string | null, nameEn: string | null): Promise<null> =>
    unwrap(() => commands.renameActor(id, name, nameAr, nameEn)),
  setActorKind: (id: number, kind: ActorKind): Promise<null> => unwrap(() => commands.setActorKind(id, kind)),
  addAlias: (id: number, text: string): Promise<null> => unwrap(() => commands.addAlias(id, text)),
  removeAlias: (id: number, text: string): Promise<null> => unwrap(() => commands.removeAlias(id, text)),
  mergePreview: (from: number, into: number): Promise<MergePreview> => unwrap(() => commands.mergePreview(from, into)),
  mergeActors: (from: number, into: number): Promise<null> => unwrap(() => commands.mergeActors(from, into)),
  splitActor: (id: number, name: string, articles: number[]): Promise<number> =>
    unwrap(() => commands.splitActor(id, name, articles)),
  timeline: (query: TimelineQuery): Promise<TimelineItem[]> => unwrap(() => commands.timeline(query)),
  listFigures: (query: FigureQuery): Promise<FigureRow[]> => unwrap(() => commands.listFigures(query)),
  search: (query: SearchQuery): Promise<SearchResults> => unwrap(() => commands.search(query)),
  setReview: (item: ItemRef, state: ReviewState): Promise<null> =>
    unwrap(() => commands.setReview(item, state)),
  editStatement: (id: number, edit: StatementEdit): Promise<null> =>
    unwrap(() => commands.editStatement(id, edit)),
  editFigure: (id: number, edit: FigureEdit): Promise<null> => unwrap(() => commands.editFigure(id, edit)),
  undo: (): Promise<EditEntry | null> => unwrap(() => commands.undo()),
  editLog: (limit: number): Promise<EditEntry[]> => unwrap(() => commands.editLog(limit)),
  addStatement: (item: NewStatement): Promise<number> => unwrap(() => commands.addStatement(item)),
  addFigure: (item: NewFigure): Promise<number> => unwrap(() => commands.addFigure(item)),
  addTag: (target: TagTarget, name: string): Promise<null> => unwrap(() => commands.addTag(target, name)),
  removeTag: (target: TagTarget, name: string): Promise<null> => unwrap(() => commands.removeTag(target, name)),
  tagsOf: (target: TagTarget): Promise<string[]> => unwrap(() => commands.tagsOf(target)),
  listTags: (): Promise<TagCount[]> => unwrap(() => commands.listTags()),
  saveNote: (target: TagTarget, body: string): Promise<null> => unwrap(() => commands.saveNote(target, body)),
  noteOf: (target: TagTarget): Promise<Note | null> => unwrap(() => commands.noteOf(target)),
  reportPreview: (definition: ReportDefinition): Promise<Briefing> =>
    unwrap(() => commands.reportPreview(definition)),
  writeReport: (definition: ReportDefinition, format: ReportFormat, path: string): Promise<ReportRun> =>
    unwrap(() => commands.writeReport(definition, format, path)),
  cancelReport: (): Promise<null> => unwrap(() => commands.cancelReport()),
  saveReportDefinition: (definition: ReportDefinition): Promise<null> =>
    unwrap(() => commands.saveReportDefinition(definition)),
  listReportDefinitions: (): Promise<ReportDefinition[]> => unwrap(() => commands.listReportDefinitions()),
  deleteReportDefinition: (name: string): Promise<null> => unwrap(() => commands.deleteReportDefinition(name)),
  listReportRuns: (): Promise<ReportRun[]> => unwrap(() => commands.listReportRuns()),
  openReport: (id: number): Promise<null> => unwrap(() => commands.openReport(id)),
};
