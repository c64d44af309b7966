import { useCallback, useEffect, useMemo, useState } from "react";
import { useFileDrop } from "../hooks/useFileDrop";
import { useImport } from "../hooks/useImport";
import { useGlobalShortcuts } from "../hooks/useShortcuts";
import { useTheme } from "../hooks/useTheme";
import { useWorkspace } from "../hooks/useWorkspace";
import { useI18n } from "../i18n/I18nProvider";
import { DEFAULT_SORT, type LibraryQuery } from "../lib/library";
import type { ActorChoice, ReaderFocus, View, ViewName } from "../lib/views";
import { ActorsView, INITIAL_ACTORS_QUERY, type ActorsQuery } from "./actors/ActorsView";
import { ErrorBanner } from "./ErrorBanner";
import { FiguresView, INITIAL_FIGURES, type FiguresState } from "./figures/FiguresView";
import { FirstRun } from "./FirstRun";
import { DropOverlay } from "./import/DropOverlay";
import { ImportActions } from "./import/ImportActions";
import { ImportReportPanel } from "./import/ImportReportPanel";
import { PasteDialog } from "./import/PasteDialog";
import { Header } from "./layout/Header";
import { HelpDialog } from "./layout/HelpDialog";
import { NavRail } from "./layout/NavRail";
import { Library } from "./library/Library";
import { Overview } from "./overview/Overview";
import { Reader } from "./reader/Reader";
import { EditDialog } from "./review/EditDialog";
import { ReviewProvider, useReview } from "./review/ReviewProvider";
import { INITIAL_REPORT, type ReportDraft } from "../lib/reports";
import { ReportsView } from "./reports/ReportsView";
import { INITIAL_SEARCH, SearchView, type SearchState } from "./search/SearchView";
import { INITIAL_TIMELINE, TimelineView, type TimelineState } from "./timeline/TimelineView";

const INITIAL_QUERY: LibraryQuery = { text: "", language: "all", sort: DEFAULT_SORT };

/** The application frame: header, navigation rail and the current view. */
export function Workspace() {
  return (
    <ReviewProvider>
      <Desk />
    </ReviewProvider>
  );
}

function Desk() {
  const { t, locale } = useI18n();
  const { theme, cycleTheme } = useTheme();
  const review = useReview();
  const workspace = useWorkspace();
  const importer = useImport(workspace.refresh);
  const hovering = useFileDrop(importer.importPaths);
  // null until the workspace has loaded: then the overview, or the library when it is empty.
  const [view, setView] = useState<View | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(INITIAL_QUERY);
  const [actorsQuery, setActorsQuery] = useState<ActorsQuery>(INITIAL_ACTORS_QUERY);
  const [timeline, setTimeline] = useState<TimelineState>(INITIAL_TIMELINE);
  const [figures, setFigures] = useState<FiguresState>(INITIAL_FIGURES);
  const [search, setSearch] = useState<SearchState>(INITIAL_SEARCH);
  const [searchFocus, setSearchFocus] = useState(0);
  const [report, setReport] = useState<ReportDraft>(() => ({ ...INITIAL_REPORT, language: locale === "ar" ? "ar" : "en" }));
  const [firstRunDone, setFirstRunDone] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  const hasArticles = workspace.articles.length > 0 || (workspace.info?.article_count ?? 0) > 0;
  useEffect(() => {
    if (!workspace.loading && view === null) setView({ name: hasArticles ? "overview" : "library" });
  }, [workspace.loading, view, hasArticles]);
  const current: View = view ?? { name: hasArticles ? "overview" : "library" };
  const currentName: ViewName = current.name === "reader" ? current.from : current.name;

  const { dismissReport } = importer;
  // The import results stay until the analyst moves on to another view.
  const go = useCallback(
    (name: ViewName) => {
      setView((from) => {
        if (from?.name !== name) dismissReport();
        return { name };
      });
    },
    [dismissReport],
  );
  const showLibrary = useCallback(() => go("library"), [go]);
  const openReader = useCallback(
    (articleId: number, focus: ReaderFocus | null = null) =>
      setView((from) => {
        const fromName: ViewName = !from ? "library" : from.name === "reader" ? from.from : from.name;
        return { name: "reader", articleId, focus, from: fromName };
      }),
    [],
  );
  const openArticle = useCallback((articleId: number) => openReader(articleId, null), [openReader]);
  const openActorTimeline = useCallback((actor: ActorChoice) => {
    setTimeline((state) => ({ ...state, actors: [actor] }));
    setView({ name: "timeline" });
  }, []);
  const focusSearch = useCallback(() => {
    setView({ name: "search" });
    setSearchFocus((n) => n + 1);
  }, []);
  const openPaste = useCallback(() => setPasting(true), []);

  const isEmpty = workspace.info?.article_count === 0 && workspace.articles.length === 0;
  const showFirstRun = !workspace.loading && isEmpty && !firstRunDone;

  useGlobalShortcuts({
    focusSearch: () => {
      if (!showFirstRun) focusSearch();
    },
    go: (name) => {
      if (!showFirstRun) go(name);
    },
    help: () => setHelpOpen(true),
    undo: () => void review.undo(),
    escape: () => {
      setHelpOpen(false);
      review.stopEdit();
    },
  });

  const outlets = useMemo(() => {
    const collator = new Intl.Collator(locale, { sensitivity: "base" });
    return [...(workspace.info?.outlets ?? [])].sort(collator.compare);
  }, [workspace.info, locale]);

  const content = (() => {
    if (workspace.loading) return <p className="muted padded">{t("common.loading")}</p>;
    if (showFirstRun)
      return (
        <FirstRun
          importer={importer}
          onStartEmpty={() => setFirstRunDone(true)}
          onSampleLoaded={() => {
            setFirstRunDone(true);
            showLibrary();
          }}
          onPaste={openPaste}
        />
      );
    switch (current.name) {
      case "reader":
        return (
          <Reader
            key={`${current.articleId}-${current.focus?.itemKey ?? ""}-${current.focus?.span?.start ?? ""}`}
            articleId={current.articleId}
            focus={current.focus}
            backLabel={t(current.from === "library" ? "reader.back" : `reader.back.${current.from}`)}
            onBack={() => go(current.from)}
          />
        );
      case "overview":
        return (
          <Overview
            articleCount={workspace.info?.article_count ?? workspace.articles.length}
            onOpenReader={openReader}
            onOpenActor={openActorTimeline}
          />
        );
      case "actors":
        return <ActorsView query={actorsQuery} onQueryChange={setActorsQuery} onOpenActor={openActorTimeline} />;
      case "timeline":
        return <TimelineView state={timeline} onStateChange={setTimeline} outlets={outlets} onOpenReader={openReader} />;
      case "figures":
        return <FiguresView state={figures} onStateChange={setFigures} onOpenReader={openReader} />;
      case "search":
        return (
          <SearchView
            state={search}
            onStateChange={setSearch}
            focusToken={searchFocus}
            onOpenReader={openReader}
            onOpenActor={openActorTimeline}
          />
        );
      case "reports":
        return <ReportsView draft={report} onDraftChange={setReport} />;
      case "library":
        return (
          <Library
            articles={workspace.articles}
            total={workspace.info?.article_count ?? workspace.articles.length}
            query={query}
            onQueryChange={setQuery}
            onOpen={openArticle}
            actions={<ImportActions importer={importer} onPaste={openPaste} />}
          />
        );
    }
  })();

  return (
    <div className="app">
      <Header theme={theme} onCycleTheme={cycleTheme} onHelp={() => setHelpOpen(true)} />
      <NavRail
        active={showFirstRun ? null : currentName}
        info={workspace.info}
        onNavigate={go}
        onRestored={() => window.location.reload()}
      />
      <main className="main">
        <ErrorBanner />
        {importer.report && (
          <ImportReportPanel
            report={importer.report}
            onOpen={(id) => {
              setFirstRunDone(true);
              openArticle(id);
            }}
            onDismiss={importer.dismissReport}
          />
        )}
        {content}
      </main>
      {hovering && <DropOverlay />}
      {pasting && <PasteDialog busy={importer.busy} onSubmit={importer.importPasted} onClose={() => setPasting(false)} />}
      {review.editing && <EditDialog key={`${review.editing.kind}-${review.editing.id}`} target={review.editing} onClose={review.stopEdit} />}
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
