import type { ImportItem, ImportReport } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";

type ImportReportPanelProps = {
  report: ImportReport;
  onOpen: (articleId: number) => void;
  onDismiss: () => void;
};

/** Last path component, for either separator. */
function displayName(source: string): string {
  const parts = source.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? source;
}

function ItemRow({ item, onOpen }: { item: ImportItem; onOpen: (id: number) => void }) {
  const { t } = useI18n();
  const { outcome } = item;
  const status =
    outcome.kind === "imported" ? t("report.imported") : outcome.kind === "duplicate" ? t("report.duplicate") : t("report.rejected");
  const detail =
    outcome.kind === "imported" ? t("report.importedAs", { title: outcome.title }) : t("report.reason", { reason: outcome.reason });
  return (
    <li className={`report-item outcome-${outcome.kind}`} data-testid="report-item">
      <span className="report-status">{status}</span>
      <span className="report-source" title={item.source}>
        <bdi>{displayName(item.source)}</bdi>
      </span>
      <span className="report-detail" dir="auto">
        {detail}
      </span>
      {outcome.kind !== "rejected" && (
        <button type="button" className="button subtle small" onClick={() => onOpen(outcome.article_id)}>
          {t("common.open")}
        </button>
      )}
    </li>
  );
}

export function ImportReportPanel({ report, onOpen, onDismiss }: ImportReportPanelProps) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="import-report" role="status" aria-label={t("report.title")} data-testid="import-report">
      <div className="report-header">
        <h2>{t("report.title")}</h2>
        <span className="report-summary">
          {t("report.summary", {
            imported: n(report.imported),
            duplicates: n(report.duplicates),
            rejected: n(report.rejected),
          })}
        </span>
        <button type="button" className="button subtle small" onClick={onDismiss}>
          {t("common.close")}
        </button>
      </div>
      {report.cancelled && (
        <p className="report-cancelled" data-testid="import-cancelled">
          {t("report.cancelled")}
        </p>
      )}
      {report.items.length === 0 ? (
        <p className="muted">{t("report.empty")}</p>
      ) : (
        <ul className="report-list">
          {report.items.map((item, index) => (
            <ItemRow key={`${item.source}-${index}`} item={item} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
