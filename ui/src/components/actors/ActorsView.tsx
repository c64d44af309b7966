import { useId, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { open } from "@tauri-apps/plugin-dialog";
import { api, toAppError, type ActorKind, type ActorListReport, type ActorSummary, type AppError } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useDebounced } from "../../hooks/useDebounced";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";
import type { ActorChoice } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { ActorPage } from "./ActorPage";
import { SuggestionsPanel } from "./SuggestionsPanel";

export type ActorSort = "activity" | "name";
export type ActorsQuery = { text: string; kind: ActorKind | "all"; sort: ActorSort };
export const INITIAL_ACTORS_QUERY: ActorsQuery = { text: "", kind: "all", sort: "activity" };

const KINDS: ActorKind[] = ["person", "organization", "location"];
const ROW_HEIGHT = 60;
/** Enough for any workspace an analyst reads; the list is virtualised. */
export const ACTOR_LIMIT = 5000;

export function activity(actor: ActorSummary): number {
  return actor.statement_count + actor.figure_count;
}

export function sortActors(actors: readonly ActorSummary[], sort: ActorSort, locale: string): ActorSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byName = (a: ActorSummary, b: ActorSummary) => collator.compare(a.name, b.name) || a.id - b.id;
  return [...actors].sort(
    sort === "name"
      ? byName
      : (a, b) => activity(b) - activity(a) || b.article_count - a.article_count || byName(a, b),
  );
}

/** The names of the actor in the other script(s), when they differ from the display name. */
export function otherNames(actor: Pick<ActorSummary, "name" | "name_ar" | "name_en">) {
  const names: { text: string; lang: "ar" | "en"; dir: "rtl" | "ltr" }[] = [];
  if (actor.name_ar && actor.name_ar !== actor.name) names.push({ text: actor.name_ar, lang: "ar", dir: "rtl" });
  if (actor.name_en && actor.name_en !== actor.name) names.push({ text: actor.name_en, lang: "en", dir: "ltr" });
  return names;
}

type RowActions = { onOpen: (a: ActorChoice) => void; onDetails: (id: number) => void };

function ActorRow({ actor, top, onOpen, onDetails }: { actor: ActorSummary; top: number } & RowActions) {
  const { t, locale } = useI18n();
  return (
    <div
      role="listitem"
      className="virtual-row actor-row-wrap"
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <button
        type="button"
        className="actor-row"
        data-testid="actor-row"
        title={t("actors.open", { name: actor.name })}
        onClick={() => onOpen({ id: actor.id, name: actor.name })}
      >
        <span className="entry-head">
          <bdi className="item-name" data-testid="actor-name">
            {actor.name}
          </bdi>
          {otherNames(actor).map((name) => (
            <bdi key={name.lang} lang={name.lang} dir={name.dir} className="muted">
              {name.text}
            </bdi>
          ))}
          <span className="badge">{t(`kind.${actor.kind}`)}</span>
        </span>
        <span className="entry-meta">
          {t("actors.stats", {
            articles: formatNumber(actor.article_count, locale),
            statements: formatNumber(actor.statement_count, locale),
            figures: formatNumber(actor.figure_count, locale),
          })}
        </span>
      </button>
      <button
        type="button"
        className="button subtle small"
        data-testid="actor-details"
        title={t("actors.detailsOf", { name: actor.name })}
        onClick={() => onDetails(actor.id)}
      >
        {t("actors.details")}
      </button>
    </div>
  );
}

function ActorList({ actors, onOpen, onDetails }: { actors: readonly ActorSummary[] } & RowActions) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: actors.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => actors[index]?.id ?? index,
  });
  return (
    <div className="list-scroll" ref={scrollRef}>
      <div role="list" className="virtual-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const actor = actors[row.index];
          return actor ? (
            <ActorRow key={row.key} actor={actor} top={row.start} onOpen={onOpen} onDetails={onDetails} />
          ) : null;
        })}
      </div>
    </div>
  );
}

type ActorsViewProps = {
  query: ActorsQuery;
  onQueryChange: (query: ActorsQuery) => void;
  onOpenActor: (actor: ActorChoice) => void;
};

/** Imports a watchlist (CSV or JSON) chosen in the file dialog, and says what it did. */
function WatchlistImport({ onImported }: { onImported: () => void }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActorListReport | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const choose = async () => {
    setFailure(null);
    try {
      const path = await open({
        title: t("actors.importList"),
        multiple: false,
        directory: false,
        filters: [{ name: t("actors.listFilter"), extensions: ["csv", "tsv", "json", "jsonl"] }],
      });
      if (typeof path !== "string") return;
      setBusy(true);
      setResult(await api.importActorList(path));
      onImported();
    } catch (e) {
      setFailure(toAppError(e));
    } finally {
      setBusy(false);
    }
  };
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <button type="button" className="button" data-testid="actors-import" disabled={busy} onClick={() => void choose()}>
        {t("actors.importList")}
      </button>
      {result && (
        <span className="view-count" role="status" data-testid="actors-import-result" title={result.rejected.join("\n")}>
          {t("actors.imported", { created: n(result.created), updated: n(result.updated), rejected: n(result.rejected.length) })}
        </span>
      )}
      {failure && <ErrorMessage error={failure} />}
    </>
  );
}

export function ActorsView({ query, onQueryChange, onOpenActor }: ActorsViewProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const text = useDebounced(query.text.trim(), 200);
  const [listVersion, setListVersion] = useState(0);
  const { data, error } = useApiQuery(
    () => api.listActors({ search: text || null, kind: query.kind === "all" ? null : query.kind, limit: ACTOR_LIMIT }),
    [text, query.kind, listVersion],
  );
  const actors = useMemo(() => sortActors(data ?? [], query.sort, locale), [data, query.sort, locale]);
  const [shown, setShown] = useState<number | null>(null);

  if (shown !== null) {
    return (
      <ActorPage
        key={shown}
        id={shown}
        onClose={() => setShown(null)}
        onOpenTimeline={onOpenActor}
        onShowActor={setShown}
        onChanged={() => setListVersion((v) => v + 1)}
      />
    );
  }

  return (
    <section className="view actors" aria-labelledby={`${id}-heading`}>
      <div className="view-toolbar">
        <h2 id={`${id}-heading`} className="view-title">
          {t("actors.title")}
        </h2>
        <input
          type="search"
          className="filter-input"
          dir="auto"
          data-testid="actors-search"
          aria-label={t("actors.search")}
          placeholder={t("actors.searchPlaceholder")}
          value={query.text}
          onChange={(e) => onQueryChange({ ...query, text: e.target.value })}
        />
        <select
          aria-label={t("actors.kind")}
          data-testid="actors-kind"
          value={query.kind}
          onChange={(e) => onQueryChange({ ...query, kind: e.target.value as ActorsQuery["kind"] })}
        >
          <option value="all">{t("actors.allKinds")}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t("actors.sort")}
          data-testid="actors-sort"
          value={query.sort}
          onChange={(e) => onQueryChange({ ...query, sort: e.target.value as ActorSort })}
        >
          <option value="activity">{t("actors.sortActivity")}</option>
          <option value="name">{t("actors.sortName")}</option>
        </select>
        {data && (
          <span className="view-count" data-testid="actors-count">
            {t("actors.count", { count: formatNumber(actors.length, locale) })}
          </span>
        )}
        <WatchlistImport onImported={() => setListVersion((v) => v + 1)} />
      </div>
      <SuggestionsPanel onChanged={() => setListVersion((v) => v + 1)} />
      {error && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}
      {!data && !error && <p className="muted padded">{t("common.loading")}</p>}
      {data && actors.length === 0 && <p className="empty-state">{t("actors.none")}</p>}
      {actors.length > 0 && <ActorList actors={actors} onOpen={onOpenActor} onDetails={setShown} />}
    </section>
  );
}
