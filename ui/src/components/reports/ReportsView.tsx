import { useCallback, useId, useMemo, useState } from "react";
import { api, toAppError, type AppError, type ReportDefinition, type ReportRun, type ReviewState } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useDebounced } from "../../hooks/useDebounced";
import { useReportWriter } from "../../hooks/useReportWriter";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";
import { FILTERABLE_REVIEW_STATES } from "../../lib/review";
import { definitionOf, draftOf, REPORT_FORMATS, scopeIsEmpty, type ReportDraft } from "../../lib/reports";
import { ErrorMessage } from "../ErrorBanner";
import { ActorPicker } from "../actors/ActorPicker";
import { CheckMenu } from "../common/CheckMenu";
import { useReview } from "../review/ReviewProvider";
import { BriefingPreview } from "./BriefingPreview";

type ReportsViewProps = {
  draft: ReportDraft;
  onDraftChange: (draft: ReportDraft) => void;
};

/** Briefing reports: the scope and content, a live preview, export with progress, saved definitions and history. */
export function ReportsView({ draft, onDraftChange }: ReportsViewProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const { version } = useReview();
  const [historyVersion, setHistoryVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const refreshLists = useCallback(() => setHistoryVersion((n) => n + 1), []);
  const writer = useReportWriter(refreshLists);

  const set = (patch: Partial<ReportDraft>) => onDraftChange({ ...draft, ...patch });
  const fallbackTitle = t(draft.language === "ar" ? "briefing.defaultTitleAr" : "briefing.defaultTitleEn");
  const definition = useMemo(() => definitionOf(draft, fallbackTitle), [draft, fallbackTitle]);
  const previewKey = useDebounced(JSON.stringify(definition), 300);
  const empty = scopeIsEmpty(draft);
  const preview = useApiQuery(
    empty ? null : () => api.reportPreview(JSON.parse(previewKey) as ReportDefinition),
    [previewKey, version, empty],
  );
  const briefing = preview.data;
  const nothing = briefing !== null && briefing.actors.every((a) => a.statements.length === 0) && briefing.figures.length === 0;

  const tags = useApiQuery(() => api.listTags(), [version]);
  const saved = useApiQuery(() => api.listReportDefinitions(), [historyVersion]);
  const runs = useApiQuery(() => api.listReportRuns(), [historyVersion]);

  const saveDefinition = async () => {
    setActionError(null);
    try {
      await api.saveReportDefinition(definition);
      setMessage(t("briefing.saved", { name: definition.name }));
      refreshLists();
    } catch (e) {
      setActionError(toAppError(e));
    }
  };

  const load = async (saved: ReportDefinition) => {
    setActionError(null);
    let names = new Map<number, string>();
    try {
      const b = await api.reportPreview(saved);
      names = new Map(b.actors.map((a) => [a.id, a.name]));
    } catch {
      // The names stay as ids; the preview below shows why.
    }
    onDraftChange(draftOf(saved, names));
  };

  const remove = async (name: string) => {
    setActionError(null);
    try {
      await api.deleteReportDefinition(name);
      refreshLists();
    } catch (e) {
      setActionError(toAppError(e));
    }
  };

  const reviewOptions = FILTERABLE_REVIEW_STATES.map((state: ReviewState) => ({ value: state, label: t(`review.${state}`) }));
  const tagNames = Array.isArray(tags.data) ? tags.data.map((tag) => tag.name) : [];

  return (
    <section className="view reports" aria-labelledby={`${id}-heading`}>
      <div className="view-toolbar">
        <h2 id={`${id}-heading`} className="view-title">
          {t("briefing.title")}
        </h2>
      </div>
      <div className="reports-body">
        <form className="report-form" onSubmit={(e) => e.preventDefault()} data-testid="report-form">
          <fieldset>
            <legend>{t("briefing.scope")}</legend>
            <ActorPicker selected={draft.actors} onChange={(actors) => set({ actors })} label={t("briefing.actors")} testId="report-actors" />
            <div className="view-toolbar filters">
              <CheckMenu
                label={t("briefing.tags")}
                testId="report-tags"
                options={[...new Set([...tagNames, ...draft.tags])].map((tag) => ({ value: tag, label: <bdi>{tag}</bdi> }))}
                selected={draft.tags}
                onChange={(selected) => set({ tags: selected })}
              />
              <CheckMenu
                label={t("timeline.review")}
                testId="report-review"
                options={reviewOptions}
                selected={draft.review}
                onChange={(review) => set({ review })}
              />
            </div>
            <label className="field">
              <span>{t("briefing.search")}</span>
              <input dir="auto" data-testid="report-search" value={draft.search} onChange={(e) => set({ search: e.target.value })} />
            </label>
            <div className="view-toolbar filters">
              <label className="inline-field">
                <span>{t("common.from")}</span>
                <input type="date" data-testid="report-from" value={draft.from} max={draft.to || undefined} onChange={(e) => set({ from: e.target.value })} />
              </label>
              <label className="inline-field">
                <span>{t("common.to")}</span>
                <input type="date" data-testid="report-to" value={draft.to} min={draft.from || undefined} onChange={(e) => set({ to: e.target.value })} />
              </label>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t("briefing.content")}</legend>
            <label className="field">
              <span>{t("briefing.reportTitle")}</span>
              <input dir="auto" data-testid="report-title" value={draft.title} placeholder={fallbackTitle} onChange={(e) => set({ title: e.target.value })} />
            </label>
            <label className="field">
              <span>{t("briefing.author")}</span>
              <input dir="auto" data-testid="report-author" value={draft.author} onChange={(e) => set({ author: e.target.value })} />
            </label>
            <div className="view-toolbar filters" role="radiogroup" aria-label={t("briefing.language")}>
              <span>{t("briefing.language")}</span>
              {(["ar", "en"] as const).map((language) => (
                <label key={language} className="inline-field">
                  <input
                    type="radio"
                    name={`${id}-language`}
                    data-testid={`report-language-${language}`}
                    checked={draft.language === language}
                    onChange={() => set({ language })}
                  />
                  <span>{t(`language.${language}`)}</span>
                </label>
              ))}
            </div>
            <label className="field">
              <span>{t("briefing.keyJudgements")}</span>
              <textarea
                dir="auto"
                rows={5}
                data-testid="report-judgements"
                value={draft.keyJudgements}
                placeholder={t("briefing.keyJudgementsHint")}
                onChange={(e) => set({ keyJudgements: e.target.value })}
              />
            </label>
          </fieldset>
          <fieldset>
            <legend>{t("briefing.export")}</legend>
            <div className="view-toolbar">
              {REPORT_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button primary"
                  data-testid={`report-export-${format}`}
                  disabled={empty || nothing || writer.busy}
                  onClick={() => void writer.write(definition, format)}
                >
                  {t(`briefing.format.${format}`)}
                </button>
              ))}
            </div>
            {writer.busy && (
              <div className="report-progress" data-testid="report-progress" role="status">
                <progress
                  max={writer.progress && writer.progress.total > 0 ? writer.progress.total : undefined}
                  value={writer.progress && writer.progress.total > 0 ? writer.progress.done : undefined}
                />
                <span>{t(`briefing.stage.${writer.progress?.stage === "rendering" || writer.progress?.stage === "writing" ? writer.progress.stage : "gathering"}`)}</span>
                <button type="button" className="button subtle small" data-testid="report-cancel" onClick={writer.cancel}>
                  {t("common.cancel")}
                </button>
              </div>
            )}
            {writer.written && (
              <div className="report-written" data-testid="report-written" role="status">
                <span>
                  {t("briefing.written", { count: formatNumber(writer.written.statement_count, locale) })} <bdi dir="ltr">{writer.written.path}</bdi>
                </span>
                <button type="button" className="button small" data-testid="report-open" onClick={() => writer.written && void writer.open(writer.written)}>
                  {t("briefing.openFile")}
                </button>
                <button type="button" className="button subtle small" onClick={writer.dismiss}>
                  {t("common.dismiss")}
                </button>
              </div>
            )}
            {writer.error && <ErrorMessage error={writer.error} />}
            <div className="view-toolbar">
              <label className="inline-field">
                <span>{t("briefing.name")}</span>
                <input dir="auto" data-testid="report-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
              </label>
              <button type="button" className="button" data-testid="report-save" disabled={draft.name.trim() === "" || empty} onClick={() => void saveDefinition()}>
                {t("briefing.save")}
              </button>
            </div>
            {message && <p className="muted" role="status">{message}</p>}
            {actionError && <ErrorMessage error={actionError} />}
          </fieldset>
          <SavedDefinitions definitions={saved.data ?? []} onLoad={(d) => void load(d)} onDelete={(n) => void remove(n)} />
          <History runs={runs.data ?? []} onOpen={(run) => void writer.open(run)} />
        </form>
        <div className="report-preview-pane" aria-label={t("briefing.preview")}>
          {empty && <p className="muted padded">{t("briefing.emptyScope")}</p>}
          {!empty && preview.error && <ErrorMessage error={preview.error} />}
          {!empty && nothing && <p className="muted padded" data-testid="report-nothing">{t("briefing.nothing")}</p>}
          {!empty && briefing && !nothing && <BriefingPreview briefing={briefing} />}
        </div>
      </div>
    </section>
  );
}

function SavedDefinitions({
  definitions,
  onLoad,
  onDelete,
}: {
  definitions: ReportDefinition[];
  onLoad: (definition: ReportDefinition) => void;
  onDelete: (name: string) => void;
}) {
  const { t } = useI18n();
  if (definitions.length === 0) return null;
  return (
    <fieldset>
      <legend>{t("briefing.savedDefinitions")}</legend>
      <ul className="plain-list" data-testid="report-definitions">
        {definitions.map((d) => (
          <li key={d.name}>
            <bdi>{d.name}</bdi> — <bdi>{d.title}</bdi>{" "}
            <button type="button" className="button subtle small" onClick={() => onLoad(d)}>
              {t("briefing.load")}
            </button>
            <button type="button" className="button subtle small" onClick={() => onDelete(d.name)}>
              {t("briefing.delete")}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function History({ runs, onOpen }: { runs: ReportRun[]; onOpen: (run: ReportRun) => void }) {
  const { t, locale } = useI18n();
  if (runs.length === 0) return null;
  return (
    <fieldset>
      <legend>{t("briefing.history")}</legend>
      <ul className="plain-list" data-testid="report-history">
        {runs.map((run) => (
          <li key={run.id}>
            <bdi>{run.generated_at.slice(0, 16).replace("T", " ")}</bdi> · {t(`briefing.format.${run.format}`)} · <bdi>{run.title}</bdi> ·{" "}
            {t("briefing.statementCount", { count: formatNumber(run.statement_count, locale) })}{" "}
            <button type="button" className="button subtle small" onClick={() => onOpen(run)}>
              {t("common.open")}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
