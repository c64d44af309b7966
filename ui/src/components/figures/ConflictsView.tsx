import { useMemo } from "react";
import type { FigureRow } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { conflictTable, type Granularity } from "../../lib/figures";
import { describeFigure, formatNumber, formatPeriod } from "../../lib/format";

type ConflictsViewProps = {
  figures: readonly FigureRow[];
  granularity: Granularity;
  onlyShared: boolean;
  onOpen: (figure: FigureRow) => void;
};

/** The figures of one unit, a column per source and a row per period, latest first. */
export function ConflictsView({ figures, granularity, onlyShared, onOpen }: ConflictsViewProps) {
  const { t, locale } = useI18n();
  const noSource = t("figures.noSource");
  const table = useMemo(
    () => conflictTable(figures, { granularity, noSource, onlyShared }),
    [figures, granularity, noSource, onlyShared],
  );

  return (
    <div className="conflicts" data-testid="conflicts">
      {table.rows.length === 0 ? (
        <p className="empty-state">{t("figures.noConflicts")}</p>
      ) : (
        <div className="conflicts-scroll">
          <table className="conflicts-table">
            <thead>
              <tr>
                <th scope="col">{t("figures.period")}</th>
                {table.sources.map((source) => (
                  <th key={source} scope="col">
                    <bdi>{source}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.period} data-testid="conflict-row" className={row.disagree ? "is-disagreeing" : undefined}>
                  <th scope="row">
                    <span>{formatPeriod(row.period, locale)}</span>
                    {row.disagree && (
                      <span className="badge disagree" data-testid="disagree">
                        {t("figures.disagree")}
                      </span>
                    )}
                  </th>
                  {table.sources.map((source) => (
                    <td key={source}>
                      {(row.cells[source] ?? []).map((figure) => (
                        <button
                          key={figure.id}
                          type="button"
                          className="conflict-figure"
                          title={figure.article_title}
                          onClick={() => onOpen(figure)}
                        >
                          <bdi>{describeFigure(figure, locale, t)}</bdi>
                        </button>
                      ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.undated > 0 && (
        <p className="muted chart-note">{t("figures.undatedSkipped", { count: formatNumber(table.undated, locale) })}</p>
      )}
    </div>
  );
}
