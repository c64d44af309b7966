import { useCallback, useRef, useState } from "react";
import { open } from "@tauri-apps/plugin-dialog";
import { api, type ImportItem, type ImportProgress, type ImportReport, type PastedArticle } from "../api";
import { events } from "../bindings";
import { useErrors } from "../components/ErrorProvider";
import { useI18n } from "../i18n/I18nProvider";

export type Importer = {
  busy: boolean;
  /** Counts so far while files are imported (null before the first file is read). */
  progress: ImportProgress | null;
  /** When the running import started (ms), for the rate. */
  startedAt: number | null;
  /** Stops the running import after the batch in progress; what is stored stays. */
  cancel: () => void;
  report: ImportReport | null;
  dismissReport: () => void;
  chooseFiles: () => Promise<void>;
  chooseFolder: () => Promise<void>;
  importPaths: (paths: string[]) => Promise<void>;
  /** Rejects with the API error so the paste form can show it in place. */
  importPasted: (article: PastedArticle) => Promise<ImportItem>;
  loadSample: () => Promise<boolean>;
};

export function reportFromItem(item: ImportItem): ImportReport {
  const kind = item.outcome.kind;
  return {
    items: [item],
    imported: kind === "imported" ? 1 : 0,
    duplicates: kind === "duplicate" ? 1 : 0,
    rejected: kind === "rejected" ? 1 : 0,
    cancelled: false,
  };
}

function asPathList(selection: string | string[] | null): string[] {
  if (selection === null) return [];
  return Array.isArray(selection) ? selection : [selection];
}

/** Every way of adding articles; each refreshes the library afterwards. */
export function useImport(onImported: () => Promise<void>): Importer {
  const { t } = useI18n();
  const { report: reportError } = useErrors();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const unlisten = useRef<(() => void) | null>(null);

  const run = useCallback(
    async (work: () => Promise<ImportReport>): Promise<boolean> => {
      setBusy(true);
      setProgress(null);
      setStartedAt(Date.now());
      try {
        unlisten.current = await events.importProgress.listen((event) => setProgress(event.payload));
      } catch {
        unlisten.current = null;
      }
      try {
        setReport(await work());
        await onImported();
        return true;
      } catch (error) {
        reportError(error);
        return false;
      } finally {
        unlisten.current?.();
        unlisten.current = null;
        setBusy(false);
        setProgress(null);
        setStartedAt(null);
      }
    },
    [onImported, reportError],
  );

  const cancel = useCallback(() => {
    void api.cancelImport().catch(reportError);
  }, [reportError]);

  const importPaths = useCallback(
    async (paths: string[]) => {
      if (paths.length > 0) await run(() => api.importPaths(paths));
    },
    [run],
  );

  const chooseFiles = useCallback(async () => {
    try {
      const selection = await open({
        title: t("import.dialogFiles"),
        multiple: true,
        directory: false,
        filters: [
          {
            name: t("import.filterText"),
            extensions: ["txt", "md", "markdown", "html", "htm", "eml", "pdf", "rss", "atom", "xml", "json", "jsonl", "csv", "tsv", "zip"],
          },
          { name: t("import.filterAll"), extensions: ["*"] },
        ],
      });
      await importPaths(asPathList(selection));
    } catch (error) {
      reportError(error);
    }
  }, [importPaths, reportError, t]);

  const chooseFolder = useCallback(async () => {
    try {
      const selection = await open({ title: t("import.dialogFolder"), directory: true, multiple: false });
      await importPaths(asPathList(selection));
    } catch (error) {
      reportError(error);
    }
  }, [importPaths, reportError, t]);

  const importPasted = useCallback(
    async (article: PastedArticle) => {
      setBusy(true);
      try {
        const item = await api.importText(article);
        setReport(reportFromItem(item));
        await onImported();
        return item;
      } finally {
        setBusy(false);
      }
    },
    [onImported],
  );

  const loadSample = useCallback(() => run(() => api.loadSampleWorkspace()), [run]);

  const dismissReport = useCallback(() => setReport(null), []);

  return {
    busy,
    progress,
    startedAt,
    cancel,
    report,
    dismissReport,
    chooseFiles,
    chooseFolder,
    importPaths,
    importPasted,
    loadSample,
  };
}
