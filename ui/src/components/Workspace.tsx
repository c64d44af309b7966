import { useCallback, useState } from "react";
import { useFileDrop } from "../hooks/useFileDrop";
import { useImport } from "../hooks/useImport";
import { useTheme } from "../hooks/useTheme";
import { useWorkspace } from "../hooks/useWorkspace";
import { useI18n } from "../i18n/I18nProvider";
import { DEFAULT_SORT, type LibraryQuery } from "../lib/library";
import { ErrorBanner } from "./ErrorBanner";
import { FirstRun } from "./FirstRun";
import { DropOverlay } from "./import/DropOverlay";
import { ImportActions } from "./import/ImportActions";
import { ImportReportPanel } from "./import/ImportReportPanel";
import { PasteDialog } from "./import/PasteDialog";
import { Header } from "./layout/Header";
import { NavRail } from "./layout/NavRail";
import { Library } from "./library/Library";
import { Reader } from "./reader/Reader";

type View = { name: "library" } | { name: "reader"; articleId: number };

const INITIAL_QUERY: LibraryQuery = { text: "", language: "all", sort: DEFAULT_SORT };

/** The application frame: header, navigation rail and the current view. */
export function Workspace() {
  const { t } = useI18n();
  const { theme, cycleTheme } = useTheme();
  const workspace = useWorkspace();
  const importer = useImport(workspace.refresh);
  const hovering = useFileDrop(importer.importPaths);
  const [view, setView] = useState<View>({ name: "library" });
  const [query, setQuery] = useState<LibraryQuery>(INITIAL_QUERY);
  const [firstRunDone, setFirstRunDone] = useState(false);
  const [pasting, setPasting] = useState(false);

  const showLibrary = useCallback(() => setView({ name: "library" }), []);
  const openArticle = useCallback((articleId: number) => setView({ name: "reader", articleId }), []);
  const openPaste = useCallback(() => setPasting(true), []);

  const isEmpty = workspace.info?.article_count === 0 && workspace.articles.length === 0;
  const showFirstRun = !workspace.loading && isEmpty && !firstRunDone;

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
    if (view.name === "reader") return <Reader key={view.articleId} articleId={view.articleId} onBack={showLibrary} />;
    return (
      <Library
        articles={workspace.articles}
        query={query}
        onQueryChange={setQuery}
        onOpen={openArticle}
        actions={<ImportActions importer={importer} onPaste={openPaste} />}
      />
    );
  })();

  return (
    <div className="app">
      <Header theme={theme} onCycleTheme={cycleTheme} />
      <NavRail active={!showFirstRun && view.name === "library"} info={workspace.info} onLibrary={showLibrary} />
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
    </div>
  );
}
