import { memo, useRef, type KeyboardEvent } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ArticleSummary } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { formatDate, formatNumber, languageName } from "../../lib/format";
import type { SortKey, SortOrder } from "../../lib/library";
import { COLUMNS, HEADER_HEIGHT, ROW_HEIGHT } from "./columns";

type LibraryTableProps = {
  articles: readonly ArticleSummary[];
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  onOpen: (id: number) => void;
};

function HeaderRow({ sort, onSort }: Pick<LibraryTableProps, "sort" | "onSort">) {
  const { t } = useI18n();
  return (
    <div className="lib-row lib-header" role="row" aria-rowindex={1}>
      {COLUMNS.map((column) => {
        const active = sort.key === column.key;
        const ariaSort = active ? (sort.descending ? "descending" : "ascending") : "none";
        return (
          <div
            key={column.key}
            role="columnheader"
            aria-sort={ariaSort}
            className={`lib-cell${column.numeric ? " numeric" : ""}`}
          >
            <button
              type="button"
              className={`sort-button${active ? " is-active" : ""}`}
              data-testid={`sort-${column.key}`}
              title={t("library.sortBy", { column: t(column.label) })}
              onClick={() => onSort(column.key)}
            >
              <span>{t(column.label)}</span>
              <span className="sort-indicator" aria-hidden="true">
                {active ? (sort.descending ? "▼" : "▲") : ""}
              </span>
            </button>
          </div>
        );
      })}
    </div>
  );
}

type ArticleRowProps = { article: ArticleSummary; index: number; top: number; onOpen: (id: number) => void };

const ArticleRow = memo(function ArticleRow({ article, index, top, onOpen }: ArticleRowProps) {
  const { t, locale } = useI18n();
  const open = () => onOpen(article.id);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open();
    }
  };
  return (
    <div
      className="lib-row lib-body-row"
      role="row"
      aria-rowindex={index + 2}
      tabIndex={0}
      data-testid="article-row"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      <div
        role="cell"
        className="lib-cell title-cell"
        dir="auto"
        lang={article.language === "other" ? undefined : article.language}
      >
        <bdi data-testid="article-title">{article.title}</bdi>
      </div>
      <div role="cell" className="lib-cell muted-cell" dir="auto">
        {article.outlet && <bdi>{article.outlet}</bdi>}
      </div>
      <div role="cell" className="lib-cell muted-cell">
        {formatDate(article.published, locale)}
      </div>
      <div role="cell" className="lib-cell muted-cell">
        {languageName(article.language, t)}
      </div>
      <div role="cell" className="lib-cell numeric">{formatNumber(article.actor_count, locale)}</div>
      <div role="cell" className="lib-cell numeric">{formatNumber(article.statement_count, locale)}</div>
      <div role="cell" className="lib-cell numeric">{formatNumber(article.figure_count, locale)}</div>
    </div>
  );
});

/** Virtualised: only the rows in view (plus a small overscan) are in the DOM. */
export function LibraryTable({ articles, sort, onSort, onOpen }: LibraryTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    getItemKey: (index) => articles[index]?.id ?? index,
  });

  return (
    <div className="lib-scroll" ref={scrollRef} role="table" aria-rowcount={articles.length + 1}>
      <HeaderRow sort={sort} onSort={onSort} />
      <div className="lib-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const article = articles[item.index];
          if (!article) return null;
          return (
            <ArticleRow
              key={item.key}
              article={article}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
