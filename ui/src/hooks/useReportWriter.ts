import { save } from "@tauri-apps/plugin-dialog";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, toAppError, type AppError, type ReportDefinition, type ReportFormat, type ReportProgress, type ReportRun } from "../api";
import { events } from "../bindings";
import { reportFileName } from "../lib/reports";

export type ReportWriter = {
  busy: boolean;
  progress: ReportProgress | null;
  written: ReportRun | null;
  error: AppError | null;
  /** Asks where to save, then writes; resolves when done, failed or cancelled. */
  write: (definition: ReportDefinition, format: ReportFormat) => Promise<void>;
  cancel: () => void;
  open: (run: ReportRun) => Promise<void>;
  dismiss: () => void;
};

const FILTER_NAMES: Record<ReportFormat, string> = { pdf: "PDF", docx: "Word", md: "Markdown", html: "HTML" };

/** Writes reports off the UI thread (the backend renders), following its progress events. */
export function useReportWriter(onWritten: () => void): ReportWriter {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [written, setWritten] = useState<ReportRun | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const unlisten = useRef<(() => void) | null>(null);

  useEffect(() => () => unlisten.current?.(), []);

  const write = useCallback(
    async (definition: ReportDefinition, format: ReportFormat) => {
      setError(null);
      setWritten(null);
      const path = await save({
        defaultPath: reportFileName(definition.title, format),
        filters: [{ name: FILTER_NAMES[format], extensions: [format] }],
      });
      if (!path) return;
      setBusy(true);
      setProgress(null);
      try {
        unlisten.current = await events.reportProgress.listen((event) => setProgress(event.payload));
      } catch {
        unlisten.current = null;
      }
      try {
        const run = await api.writeReport(definition, format, path);
        setWritten(run);
        onWritten();
      } catch (e) {
        setError(toAppError(e));
      } finally {
        unlisten.current?.();
        unlisten.current = null;
        setBusy(false);
        setProgress(null);
      }
    },
    [onWritten],
  );

  const cancel = useCallback(() => {
    void api.cancelReport();
  }, []);

  const open = useCallback(async (run: ReportRun) => {
    try {
      await api.openReport(run.id);
    } catch (e) {
      setError(toAppError(e));
    }
  }, []);

  return { busy, progress, written, error, write, cancel, open, dismiss: () => setWritten(null) };
}
