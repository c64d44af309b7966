import type { Importer } from "../../hooks/useImport";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";

/** Counts, rate, errors so far and the file being read, with a way to stop. */
export function ImportProgressLine({ importer }: { importer: Importer }) {
  const { t, locale } = useI18n();
  const p = importer.progress;
  if (!importer.busy) return null;
  const seconds = importer.startedAt === null ? 0 : (Date.now() - importer.startedAt) / 1000;
  const rate = p && seconds > 0.5 ? Math.round(p.done / seconds) : null;
  return (
    <span className="busy import-progress" role="status" data-testid="import-progress">
      {p === null
        ? t("import.busy")
        : t("import.progress", {
            done: formatNumber(p.done, locale),
            rejected: formatNumber(p.rejected, locale),
            rate: rate === null ? "…" : formatNumber(rate, locale),
          })}
      {p && p.current && (
        <bdi className="import-current" dir="ltr" title={p.current}>
          {p.current}
        </bdi>
      )}
      <button type="button" className="button subtle small" data-testid="import-cancel" onClick={importer.cancel}>
        {t("common.cancel")}
      </button>
    </span>
  );
}

type ImportActionsProps = { importer: Importer; onPaste: () => void };

export function ImportActions({ importer, onPaste }: ImportActionsProps) {
  const { t } = useI18n();
  return (
    <div className="import-actions" role="group">
      <button type="button" className="button" disabled={importer.busy} onClick={() => void importer.chooseFiles()}>
        {t("import.files")}
      </button>
      <button type="button" className="button" disabled={importer.busy} onClick={() => void importer.chooseFolder()}>
        {t("import.folder")}
      </button>
      <button
        type="button"
        className="button"
        data-testid="paste-open"
        disabled={importer.busy}
        onClick={onPaste}
      >
        {t("import.paste")}
      </button>
      <ImportProgressLine importer={importer} />
    </div>
  );
}
