import { useCallback, useId, useMemo } from "react";
import { api, type FigureRow, type ReviewState } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { dateInputToQuery } from "../../lib/dates";
import { sortFiguresByDate, unitCounts, type Granularity } from "../../lib/figures";
import { formatNumber } from "../../lib/format";
import { FILTERABLE_REVIEW_STATES, reviewFilter } from "../../lib/review";
import type { ActorChoice, ReaderFocus } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { ActorPicker } from "../actors/ActorPicker";
import { CheckMenu } from "../common/CheckMenu";
import { ShowRejectedToggle } from "../review/ReviewActions";
import { useReview } from "../review/ReviewProvider";
import { ConflictsView } from "./ConflictsView";
import { FiguresChart } from "./FiguresChart";
import { FiguresTable } from "./FiguresTable";

export type FiguresState = {
  actor: ActorChoice | null;
  /** undefined: the most frequent unit; null: all units. */
  unit: string | null | undefined;
  from: string;
  to: string;
  review: ReviewState[];
  mode: "table" | "conflicts";
  granularity: Granularity;
  onlyShared: boolean;
};

export const INITIAL_FIGURES: FiguresState = {
  actor: null,
  unit: undefined,
  from: "",
  to: "",
  review: [],
  mode: "table",
  granularity: "month",
  onlyShared: true,
};

export const FIGURE_LIMIT = 10_000;
const ALL_UNITS = "\u0000all";

type FiguresViewProps = {
  state: FiguresState;
  onStateChange: (state: FiguresState) => void;
  onOpenReader: (articleId: number, focus: ReaderFocus) => void;
};

export function FiguresView({ state, onStateChange, onOpenReader }: FiguresViewProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const { version, showRejected } = useReview();
  const query = {
    actor_id: state.actor?.id ?? null,
    unit: null,
    from: dateInputToQuery(state.from),
    to: dateInputToQuery(state.to),
    review: reviewFilter(state.review, showRejected),
    limit: FIGURE_LIMIT,
  };
  const { data, error, loading } = useApiQuery(() => api.listFigures(query), [JSON.stringify(query), version]);

  const units = useMemo(() => unitCounts(data ?? []), [data]);
  const unit = state.unit === undefined ? (units[0]?.unit ?? null) : state.unit;
  const figures = useMemo(
    () => sortFiguresByDate((data ?? []).filter((figure) => unit === null || figure.unit === unit)),
    [data, unit],
  );
  const set = (patch: Partial<FiguresState>) => onStateChange({ ...state, ...patch });
  const open = useCallback(
    (figure: FigureRow) => onOpenReader(figure.article_id, { itemKey: `figure-${figure.id}`, span: figure.span }),
    [onOpenReader],
  );

  return (
    <section className="view figures" aria-labelledby={`${id}-heading`}>
      <div className="view-toolbar">
        <h2 id={`${id}-heading`} className="view-title">
          {t("figures.title")}
        </h2>
        <ActorPicker
          single
          testId="figures-actor"
          selected={state.actor ? [state.actor] : []}
          onChange={(actors) => set({ actor: actors[0] ?? null })}
          label={t("figures.actor")}
        />
        <label className="inline-field">
          <span>{t("figures.unit")}</span>
          <select
            data-testid="figures-unit"
            value={unit ?? ALL_UNITS}
            onChange={(e) => set({ unit: e.target.value === ALL_UNITS ? null : e.target.value })}
          >
            <option value={ALL_UNITS}>{t("figures.allUnits")}</option>
            {unit !== null && !units.some((u) => u.unit === unit) && <option value={unit}>{unit}</option>}
            {units.map((u) => (
              <option key={u.unit} value={u.unit}>
                {t("common.filterCount", { label: u.unit, count: formatNumber(u.count, locale) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="view-toolbar filters">
        <label className="inline-field">
          <span>{t("common.from")}</span>
          <input type="date" data-testid="figures-from" value={state.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label className="inline-field">
          <span>{t("common.to")}</span>
          <input type="date" data-testid="figures-to" value={state.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <CheckMenu
          label={t("timeline.review")}
          testId="figures-review"
          options={FILTERABLE_REVIEW_STATES.map((review) => ({ value: review, label: t(`review.${review}`) }))}
          selected={state.review}
          onChange={(review) => set({ review })}
        />
        <ShowRejectedToggle />
        <div className="segmented" role="radiogroup" aria-label={t("figures.show")}>
          {(["table", "conflicts"] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="radio"
              aria-checked={state.mode === mode}
              className={`segment${state.mode === mode ? " is-active" : ""}`}
              data-testid={`figures-mode-${mode}`}
              onClick={() => set({ mode })}
            >
              {t(mode === "table" ? "figures.table" : "figures.conflicts")}
            </button>
          ))}
        </div>
        {state.mode === "conflicts" && (
          <>
            <label className="inline-field">
              <span>{t("figures.groupBy")}</span>
              <select
                data-testid="figures-granularity"
                value={state.granularity}
                onChange={(e) => set({ granularity: e.target.value as Granularity })}
              >
                <option value="month">{t("figures.byMonth")}</option>
                <option value="day">{t("figures.byDay")}</option>
              </select>
            </label>
            <label className="toggle">
              <input
                type="checkbox"
                data-testid="figures-only-shared"
                checked={state.onlyShared}
                onChange={(e) => set({ onlyShared: e.target.checked })}
              />
              <span>{t("figures.onlyShared")}</span>
            </label>
          </>
        )}
        {data && (
          <span className="view-count" data-testid="figures-count">
            {t("figures.count", { count: formatNumber(figures.length, locale) })}
          </span>
        )}
        {loading && <span className="muted">{t("common.loading")}</span>}
      </div>
      {error && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}
      {!data && !error && <p className="muted padded">{t("common.loading")}</p>}
      {data && (
        <div className="figures-body">
          {unit === null ? (
            <p className="muted chart-hint">{t("figures.chartPickUnit")}</p>
          ) : (
            <FiguresChart figures={figures} unit={unit} onOpen={open} />
          )}
          {state.mode === "conflicts" ? (
            unit === null ? (
              <p className="empty-state">{t("figures.pickUnitForConflicts")}</p>
            ) : (
              <ConflictsView figures={figures} granularity={state.granularity} onlyShared={state.onlyShared} onOpen={open} />
            )
          ) : figures.length === 0 ? (
            <p className="empty-state">{t("figures.none")}</p>
          ) : (
            <FiguresTable figures={figures} onOpen={open} />
          )}
        </div>
      )}
    </section>
  );
}
