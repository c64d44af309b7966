import { useEffect, useId, useMemo, useRef, type FormEvent } from "react";
import { api, type SearchHit, type SearchKind, type SnippetPart } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useDebounced } from "../../hooks/useDebounced";
import { useI18n } from "../../i18n/I18nProvider";
import { detectDirection } from "../../lib/bidi";
import { formatDate, formatNumber, languageName } from "../../lib/format";
import type { ActorChoice, ReaderFocus } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { Trans } from "../common/Trans";

export const SEARCH_KINDS: readonly SearchKind[] = ["article", "statement", "actor"];
export type SearchState = { text: string; kinds: SearchKind[] };
export const INITIAL_SEARCH: SearchState = { text: "", kinds: [...SEARCH_KINDS] };
export const SEARCH_LIMIT = 200;

type SearchViewProps = {
  state: SearchState;
  onStateChange: (state: SearchState) => void;
  /** Changes when the search box is summoned (/, Ctrl+K) so it takes focus again. */
  focusToken: number;
  onOpenReader: (articleId: number, focus: ReaderFocus | null) => void;
  onOpenActor: (actor: ActorChoice) => void;
};

/** Hit parts in <mark>, the rest as text; the snippet takes its own direction. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  const text = parts.map((part) => part.text).join("");
  return (
    <span className="snippet" dir={detectDirection(text)} data-testid="snippet">
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}

function HitItem({ hit, onOpen }: { hit: SearchHit; onOpen: (hit: SearchHit) => void }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <button type="button" className="search-hit" data-testid="search-hit" data-kind={hit.kind} onClick={() => onOpen(hit)}>
        <span className="entry-head">
          <bdi className="item-name" lang={hit.language && hit.language !== "other" ? hit.language : undefined}>
            {hit.title}
          </bdi>
        </span>
        {hit.snippet.length > 0 && <Snippet parts={hit.snippet} />}
        <span className="entry-meta">
          {hit.language && <span>{languageName(hit.language, t)}</span>}
          {hit.date && <span>{formatDate(hit.date, locale)}</span>}
        </span>
      </button>
    </li>
  );
}

export function SearchView({ state, onStateChange, focusToken, onOpenReader, onOpenActor }: SearchViewProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const debounced = useDebounced(state.text.trim(), 250);
  const kindsKey = state.kinds.join();
  const { data, error, loading } = useApiQuery(
    debounced ? () => api.search({ text: debounced, kinds: state.kinds, limit: SEARCH_LIMIT }) : null,
    [debounced, kindsKey],
  );

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusToken]);

  const groups = useMemo(
    () => SEARCH_KINDS.map((kind) => ({ kind, hits: (data?.hits ?? []).filter((hit) => hit.kind === kind) })),
    [data],
  );

  const toggleKind = (kind: SearchKind, on: boolean) => {
    const kinds = SEARCH_KINDS.filter((k) => (k === kind ? on : state.kinds.includes(k)));
    if (kinds.length > 0) onStateChange({ ...state, kinds });
  };

  const openHit = (hit: SearchHit) => {
    if (hit.kind === "actor") return onOpenActor({ id: hit.id, name: hit.title });
    if (hit.article_id === null) return;
    if (hit.kind === "statement") onOpenReader(hit.article_id, { itemKey: `statement-${hit.id}`, span: hit.span });
    else onOpenReader(hit.article_id, hit.span ? { itemKey: null, span: hit.span } : null);
  };

  const showResults = debounced !== "" && data !== null;

  return (
    <section className="view search" aria-labelledby={`${id}-heading`}>
      <form className="view-toolbar" role="search" onSubmit={(e: FormEvent) => e.preventDefault()}>
        <h2 id={`${id}-heading`} className="view-title">
          {t("search.title")}
        </h2>
        <input
          ref={inputRef}
          type="search"
          className="search-input"
          dir="auto"
          data-testid="search-input"
          aria-label={t("search.input")}
          placeholder={t("search.placeholder")}
          value={state.text}
          onChange={(e) => onStateChange({ ...state, text: e.target.value })}
        />
        <fieldset className="kind-filter">
          <legend className="visually-hidden">{t("search.kinds")}</legend>
          {SEARCH_KINDS.map((kind) => (
            <label key={kind} className="toggle">
              <input
                type="checkbox"
                data-testid={`search-kind-${kind}`}
                checked={state.kinds.includes(kind)}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />
              <span>{t(`search.kind.${kind}`)}</span>
            </label>
          ))}
        </fieldset>
        {showResults && (
          <span className="view-count" data-testid="search-summary" aria-live="polite">
            {t("search.summary", { total: formatNumber(data.total, locale), ms: formatNumber(data.elapsed_ms, locale) })}
          </span>
        )}
        {loading && <span className="muted">{t("common.loading")}</span>}
      </form>
      {error && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}
      <div className="view-scroll">
        {debounced === "" && <p className="empty-state">{t("search.hint")}</p>}
        {showResults && data.hits.length === 0 && (
          <p className="empty-state">
            <Trans text={t("search.none")} values={{ text: <bdi>{debounced}</bdi> }} />
          </p>
        )}
        {showResults &&
          groups
            .filter((group) => group.hits.length > 0)
            .map((group) => (
              <section key={group.kind} className="search-group" data-testid={`search-group-${group.kind}`}>
                <h3 className="panel-title">
                  {t(`search.kind.${group.kind}`)} <span className="panel-count">{formatNumber(group.hits.length, locale)}</span>
                </h3>
                <ul className="search-hits">
                  {group.hits.map((hit) => (
                    <HitItem key={`${hit.kind}-${hit.id}`} hit={hit} onOpen={openHit} />
                  ))}
                </ul>
              </section>
            ))}
      </div>
    </section>
  );
}
