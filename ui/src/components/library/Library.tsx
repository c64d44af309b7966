import { useDeferredValue, useId, useMemo, type ReactNode } from "react";
import type { ArticleSummary } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";
import {
  indexArticles,
  nextSort,
  queryArticles,
  type LanguageFilter,
  type LibraryQuery,
} from "../../lib/library";
import { LibraryTable } from "./LibraryTable";

type LibraryProps = {
  articles: readonly ArticleSummary[];
  /** How many articles the workspace holds: more than `articles` when only the newest are listed. */
  total: number;
  query: LibraryQuery;
  onQueryChange: (query: LibraryQuery) => void;
  onOpen: (id: number) => void;
  actions: ReactNode;
};

const LANGUAGE_FILTERS: LanguageFilter[] = ["all", "ar", "en", "other"];

export function Library({ articles, total, query, onQueryChange, onOpen, actions }: LibraryProps) {
  const { t, locale } = useI18n();
  const filterId = useId();
  const indexed = useMemo(() => indexArticles(articles), [articles]);
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => queryArticles(indexed, deferredQuery, locale), [indexed, deferredQuery, locale]);

  return (
    <section className="library" aria-labelledby={`${filterId}-heading`}>
      <div className="library-toolbar">
        <h2 id={`${filterId}-heading`} className="view-title">
          {t("library.title")}
        </h2>
        <input
          type="search"
          className="filter-input"
          dir="auto"
          data-testid="library-filter"
          aria-label={t("library.filter")}
          placeholder={t("library.filterPlaceholder")}
          value={query.text}
          onChange={(e) => onQueryChange({ ...query, text: e.target.value })}
        />
        <select
          aria-label={t("library.language")}
          data-testid="library-language"
          value={query.language}
          onChange={(e) => onQueryChange({ ...query, language: e.target.value as LanguageFilter })}
        >
          {LANGUAGE_FILTERS.map((value) => (
            <option key={value} value={value}>
              {value === "all" ? t("library.allLanguages") : t(`language.${value}`)}
            </option>
          ))}
        </select>
        <span className="library-count" data-testid="library-count">
          {t("library.count", {
            shown: formatNumber(visible.length, locale),
            total: formatNumber(Math.max(total, articles.length), locale),
          })}
        </span>
        <div className="toolbar-end">{actions}</div>
      </div>
      {articles.length < total && (
        <p className="muted" data-testid="library-newest-only">
          {t("library.newestOnly", { listed: formatNumber(articles.length, locale), total: formatNumber(total, locale) })}
        </p>
      )}
      {articles.length === 0 ? (
        <p className="empty-state">{t("library.empty")}</p>
      ) : (
        <>
          <LibraryTable
            articles={visible}
            sort={query.sort}
            onSort={(key) => onQueryChange({ ...query, sort: nextSort(query.sort, key) })}
            onOpen={onOpen}
          />
          {visible.length === 0 && <p className="empty-state">{t("library.noMatch")}</p>}
        </>
      )}
    </section>
  );
}
