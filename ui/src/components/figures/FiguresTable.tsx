import { memo, useRef, type KeyboardEvent, type SyntheticEvent } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { FigureRow } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import { describeFigure, formatDate } from "../../lib/format";
import { ReviewActions, ReviewBadge } from "../review/ReviewActions";

const ROW_HEIGHT = 48;
const HEADER_HEIGHT = 36;
const COLUMNS: MessageKey[] = [
  "figures.col.date",
  "figures.col.figure",
  "figures.col.source",
  "figures.col.about",
  "figures.col.article",
  "figures.col.review",
];

const stop = (event: SyntheticEvent) => event.stopPropagation();

type RowProps = { figure: FigureRow; index: number; top: number; onOpen: (figure: FigureRow) => void };

const FigureTableRow = memo(function FigureTableRow({ figure, index, top, onOpen }: RowProps) {
  const { t, locale, language } = useI18n();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(figure);
    }
  };
  return (
    <div
      className={`fig-row fig-body-row${figure.review === "rejected" ? " is-rejected" : ""}`}
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      data-testid="figure-row"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onOpen(figure)}
      onKeyDown={onKeyDown}
    >
      <div role="cell" className="fig-cell muted-cell">
        {formatDate(figure.date, locale)}
      </div>
      <div role="cell" className="fig-cell strong-cell" title={figure.text}>
        <bdi data-testid="figure-amount">{describeFigure(figure, locale, t)}</bdi>
      </div>
      <div role="cell" className="fig-cell">
        {figure.source_name ? <bdi>{figure.source_name}</bdi> : <span className="muted">{t("figures.noSource")}</span>}
      </div>
      <div role="cell" className="fig-cell muted-cell">
        {figure.about.map((name, i) => (
          <span key={name}>
            {i > 0 && (language === "ar" ? "، " : ", ")}
            <bdi>{name}</bdi>
          </span>
        ))}
      </div>
      <div role="cell" className="fig-cell muted-cell" dir="auto" title={figure.article_title}>
        <bdi>{figure.article_title}</bdi>
        {figure.outlet && (
          <>
            {" · "}
            <bdi>{figure.outlet}</bdi>
          </>
        )}
        {figure.repeated_in.length > 0 && (
          <span className="repeated" data-testid="figure-repeated" title={figure.repeated_in.join(" · ")}>
            {" · "}
            {t("figures.repeated", { count: figure.repeated_in.length })}
          </span>
        )}
      </div>
      <div role="cell" className="fig-cell actions-cell" onClick={stop} onKeyDown={stop}>
        <ReviewBadge review={figure.review} />
        <ReviewActions
          kind="figure"
          id={figure.id}
          articleId={figure.article_id}
          review={figure.review}
          label={describeFigure(figure, locale, t)}
        />
      </div>
    </div>
  );
});

/** Virtualised like the library: only the rows in view are in the DOM. */
export function FiguresTable({ figures, onOpen }: { figures: readonly FigureRow[]; onOpen: (figure: FigureRow) => void }) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: figures.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    getItemKey: (index) => figures[index]?.id ?? index,
  });
  return (
    <div className="lib-scroll fig-scroll" ref={scrollRef} role="table" aria-rowcount={figures.length + 1} data-testid="figures-table">
      <div className="fig-row fig-header" role="row" aria-rowindex={1}>
        {COLUMNS.map((column) => (
          <div key={column} role="columnheader" className="fig-cell">
            {t(column)}
          </div>
        ))}
      </div>
      <div className="lib-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const figure = figures[row.index];
          return figure ? (
            <FigureTableRow key={row.key} figure={figure} index={row.index} top={row.start - HEADER_HEIGHT} onOpen={onOpen} />
          ) : null;
        })}
      </div>
    </div>
  );
}
