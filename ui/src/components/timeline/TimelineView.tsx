import { useCallback, useId, useMemo } from "react";
import { api, type Language, type ReviewState, type Stance, type TimelineItem, type TimelineQuery } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { dateInputToQuery } from "../../lib/dates";
import { describeFigure, formatDate, formatNumber } from "../../lib/format";
import { FILTERABLE_REVIEW_STATES, reviewFilter } from "../../lib/review";
import { axisData, sortTimeline, timelineKey } from "../../lib/timeline";
import type { ActorChoice, ReaderFocus } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { ActorPicker } from "../actors/ActorPicker";
import { CheckMenu } from "../common/CheckMenu";
import { STANCES } from "../review/EditDialog";
import { ShowRejectedToggle } from "../review/ReviewActions";
import { useReview } from "../review/ReviewProvider";
import { TimelineAxis } from "./TimelineAxis";
import { TimelineList } from "./TimelineList";

export type TimelineFilters = {
  from: string;
  to: string;
  stances: Stance[];
  outlets: string[];
  languages: Language[];
  review: ReviewState[];
  /** Only items carrying this tag; "" for any. */
  tag: string;
};

export type TimelineState = { actors: ActorChoice[]; filters: TimelineFilters };

export const INITIAL_TIMELINE: TimelineState = {
  actors: [],
  filters: { from: "", to: "", stances: [], outlets: [], languages: [], review: [], tag: "" },
};

const LANGUAGES: Language[] = ["ar", "en", "other"];

export function timelineQuery(state: TimelineState, showRejected: boolean): TimelineQuery {
  const { filters } = state;
  return {
    actor_ids: state.actors.map((actor) => actor.id),
    from: dateInputToQuery(filters.from),
    to: dateInputToQuery(filters.to),
    stances: filters.stances,
    outlets: filters.outlets,
    languages: filters.languages,
    review: reviewFilter(filters.review, showRejected),
    tag: filters.tag === "" ? null : filters.tag,
  };
}

type TimelineViewProps = {
  state: TimelineState;
  onStateChange: (state: TimelineState) => void;
  /** Outlets known in the workspace, for the outlet filter. */
  outlets: readonly string[];
  onOpenReader: (articleId: number, focus: ReaderFocus) => void;
};

/** Chooses one of the workspace's tags (with how many things carry it), or any. */
function TagFilter({ value, onChange }: { value: string; onChange: (tag: string) => void }) {
  const { t, locale } = useI18n();
  const { version } = useReview();
  const { data } = useApiQuery(() => api.listTags(), [version]);
  const tags = Array.isArray(data) ? data : [];
  return (
    <label className="inline-field">
      <span>{t("timeline.tag")}</span>
      <select data-testid="timeline-tag" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("timeline.anyTag")}</option>
        {value !== "" && !tags.some((tag) => tag.name === value) && <option value={value}>{value}</option>}
        {tags.map((tag) => (
          <option key={tag.name} value={tag.name}>
            {`${tag.name} (${formatNumber(tag.count, locale)})`}
          </option>
        ))}
      </select>
    </label>
  );
}

function Suggestions({ onPick }: { onPick: (actor: ActorChoice) => void }) {
  const { t } = useI18n();
  const { data } = useApiQuery(() => api.listActors({ search: null, kind: null, limit: 8 }), []);
  if (!data || data.length === 0) return null;
  return (
    <div className="suggestions">
      <span className="muted">{t("timeline.suggestions")}</span>
      {data.map((actor) => (
        <button
          key={actor.id}
          type="button"
          className="button small"
          data-testid="suggested-actor"
          onClick={() => onPick({ id: actor.id, name: actor.name })}
        >
          <bdi>{actor.name}</bdi>
        </button>
      ))}
    </div>
  );
}

export function TimelineView({ state, onStateChange, outlets, onOpenReader }: TimelineViewProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const { version, showRejected } = useReview();
  const query = timelineQuery(state, showRejected);
  const queryKey = JSON.stringify(query);
  const { data, error, loading } = useApiQuery(
    query.actor_ids.length > 0 ? () => api.timeline(query) : null,
    [queryKey, version],
  );
  const items = useMemo(() => sortTimeline(data ?? []), [data]);
  const axis = useMemo(
    () =>
      axisData(items, state.actors, (item) => {
        const headline = item.kind === "figure" ? describeFigure(item, locale, t) : item.text;
        const stance = item.stance ? t(`stance.${item.stance}`) : t("timeline.figure");
        return {
          text: headline,
          title: `${item.actor_name} — ${stance} — ${formatDate(item.date, locale)}\n${item.text}`,
        };
      }),
    [items, state.actors, locale, t],
  );

  const setFilters = (filters: Partial<TimelineFilters>) =>
    onStateChange({ ...state, filters: { ...state.filters, ...filters } });
  const open = useCallback(
    (item: TimelineItem) => onOpenReader(item.article_id, { itemKey: timelineKey(item), span: item.span }),
    [onOpenReader],
  );
  const openById = useCallback(
    (key: string) => {
      const item = items.find((candidate) => timelineKey(candidate) === key);
      if (item) open(item);
    },
    [items, open],
  );

  const { filters } = state;
  return (
    <section className="view timeline" aria-labelledby={`${id}-heading`}>
      <div className="view-toolbar">
        <h2 id={`${id}-heading`} className="view-title">
          {t("timeline.title")}
        </h2>
        <ActorPicker
          selected={state.actors}
          onChange={(actors) => onStateChange({ ...state, actors })}
          label={t("picker.add")}
        />
      </div>
      <div className="view-toolbar filters" data-testid="timeline-filters">
        <label className="inline-field">
          <span>{t("common.from")}</span>
          <input
            type="date"
            data-testid="timeline-from"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => setFilters({ from: e.target.value })}
          />
        </label>
        <label className="inline-field">
          <span>{t("common.to")}</span>
          <input
            type="date"
            data-testid="timeline-to"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => setFilters({ to: e.target.value })}
          />
        </label>
        <CheckMenu
          label={t("timeline.stance")}
          testId="filter-stance"
          options={STANCES.map((stance) => ({ value: stance, label: t(`stance.${stance}`) }))}
          selected={filters.stances}
          onChange={(stances) => setFilters({ stances })}
        />
        <CheckMenu
          label={t("timeline.outlet")}
          testId="filter-outlet"
          options={outlets.map((outlet) => ({ value: outlet, label: <bdi>{outlet}</bdi> }))}
          selected={filters.outlets}
          onChange={(selected) => setFilters({ outlets: selected })}
        />
        <CheckMenu
          label={t("timeline.language")}
          testId="filter-language"
          options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          selected={filters.languages}
          onChange={(languages) => setFilters({ languages })}
        />
        <CheckMenu
          label={t("timeline.review")}
          testId="filter-review"
          options={FILTERABLE_REVIEW_STATES.map((review) => ({ value: review, label: t(`review.${review}`) }))}
          selected={filters.review}
          onChange={(review) => setFilters({ review })}
        />
        <TagFilter value={filters.tag} onChange={(tag) => setFilters({ tag })} />
        <ShowRejectedToggle />
        {data && (
          <span className="view-count" data-testid="timeline-count" aria-live="polite">
            {t("timeline.count", { count: formatNumber(items.length, locale) })}
            {axis.undated > 0 && ` · ${t("timeline.undated", { count: formatNumber(axis.undated, locale) })}`}
          </span>
        )}
        {loading && <span className="muted">{t("common.loading")}</span>}
      </div>
      {error && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}
      {state.actors.length === 0 ? (
        <div className="empty-state">
          <p>{t("timeline.choose")}</p>
          <Suggestions onPick={(actor) => onStateChange({ ...state, actors: [actor] })} />
        </div>
      ) : (
        <div className="timeline-panes">
          <TimelineAxis groups={axis.groups} items={axis.items} onSelect={openById} />
          {data && items.length === 0 ? (
            <p className="empty-state">{t("timeline.none")}</p>
          ) : (
            <TimelineList items={items} onOpen={open} />
          )}
        </div>
      )}
    </section>
  );
}
