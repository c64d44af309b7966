import { useState, type FormEvent } from "react";
import {
  toAppError,
  type AppError,
  type ArticleActor,
  type ArticleDetail,
  type ArticleFigure,
  type ArticleStatement,
  type Qualifier,
  type Stance,
} from "../../api";
import { useArticle } from "../../hooks/useArticle";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import { figureEdit, figureFields, statementEdit, statementFields, type FigureFields, type StatementFields } from "../../lib/edits";
import { detectDirection } from "../../lib/bidi";
import { ErrorMessage } from "../ErrorBanner";
import { Modal } from "../common/Modal";
import { useReview, type EditTarget } from "./ReviewProvider";

export const STANCES: readonly Stance[] = [
  "claim",
  "warning",
  "accusation",
  "assessment",
  "denial",
  "threat",
  "disclosure",
  "announcement",
  "demand",
  "promise",
];

export const QUALIFIERS: readonly Qualifier[] = [
  "exact",
  "more_than",
  "less_than",
  "at_least",
  "at_most",
  "about",
  "range",
  "unspecified",
];

export type Problem = { key: MessageKey; field?: MessageKey } | AppError | null;

export function Quote({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <figure className="edit-quote">
      <figcaption>{t("edit.quote")}</figcaption>
      <blockquote dir={detectDirection(text)}>{text}</blockquote>
    </figure>
  );
}

export function ActorOptions({ actors }: { actors: readonly ArticleActor[] }) {
  return (
    <>
      {actors.map((actor) => (
        <option key={actor.actor_id} value={actor.actor_id}>
          {actor.name}
        </option>
      ))}
    </>
  );
}

export function ProblemView({ problem }: { problem: Problem }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <div className="form-problem" role="alert">
      {"key" in problem ? (
        t(problem.key, { field: problem.field ? t(problem.field) : "" })
      ) : (
        <ErrorMessage error={problem} />
      )}
    </div>
  );
}

type FormProps<T> = { article: ArticleDetail; item: T; onClose: () => void };

function Actions({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="modal-actions">
      <button type="button" className="button subtle" onClick={onClose} disabled={busy}>
        {t("common.cancel")}
      </button>
      <button type="submit" className="button primary" data-testid="edit-save" disabled={busy}>
        {t("edit.save")}
      </button>
    </div>
  );
}

function StatementForm({ article, item, onClose }: FormProps<ArticleStatement>) {
  const { t } = useI18n();
  const { saveStatement } = useReview();
  const [fields, setFields] = useState<StatementFields>(() => statementFields(item));
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const speakerKnown = item.speaker_id === null || article.actors.some((a) => a.actor_id === item.speaker_id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const edit = statementEdit(item, fields);
    if (!edit) return onClose();
    setBusy(true);
    try {
      await saveStatement(item.id, edit);
      onClose();
    } catch (error) {
      setProblem(toAppError(error));
      setBusy(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} noValidate>
      <Quote text={item.content} />
      <div className="field-row">
        <label className="field">
          <span>{t("edit.speaker")}</span>
          <select
            data-testid="edit-speaker"
            autoFocus
            value={fields.speakerId}
            onChange={(e) => setFields({ ...fields, speakerId: e.target.value })}
          >
            {item.speaker_id === null && <option value="">{t("edit.notSet")}</option>}
            {!speakerKnown && <option value={String(item.speaker_id)}>{item.speaker_name ?? String(item.speaker_id)}</option>}
            <ActorOptions actors={article.actors} />
          </select>
        </label>
        <label className="field">
          <span>{t("edit.stance")}</span>
          <select
            data-testid="edit-stance"
            value={fields.stance}
            onChange={(e) => setFields({ ...fields, stance: e.target.value as Stance })}
          >
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stance.${stance}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemView problem={problem} />
      <Actions busy={busy} onClose={onClose} />
    </form>
  );
}

function FigureForm({ article, item, onClose }: FormProps<ArticleFigure>) {
  const { t } = useI18n();
  const { saveFigure } = useReview();
  const [fields, setFields] = useState<FigureFields>(() => figureFields(item));
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof FigureFields>(key: K, value: FigureFields[K]) => setFields({ ...fields, [key]: value });
  const sourceKnown = item.source_id === null || article.actors.some((a) => a.actor_id === item.source_id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = figureEdit(item, fields);
    if (!result.ok) return setProblem({ key: result.problem, field: result.field });
    if (!result.edit) return onClose();
    setBusy(true);
    setProblem(null);
    try {
      await saveFigure(item.id, result.edit);
      onClose();
    } catch (error) {
      setProblem(toAppError(error));
      setBusy(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} noValidate>
      <Quote text={item.text} />
      <div className="field-row">
        <label className="field">
          <span>{t("edit.qualifier")}</span>
          <select
            data-testid="edit-qualifier"
            autoFocus
            value={fields.qualifier}
            onChange={(e) => set("qualifier", e.target.value as Qualifier)}
          >
            {QUALIFIERS.map((qualifier) => (
              <option key={qualifier} value={qualifier}>
                {t(`qualifierName.${qualifier}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("edit.value")}</span>
          <input
            data-testid="edit-value"
            inputMode="decimal"
            dir="ltr"
            value={fields.value}
            onChange={(e) => set("value", e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("edit.valueMax")}</span>
          <input
            data-testid="edit-value-max"
            inputMode="decimal"
            dir="ltr"
            value={fields.valueMax}
            onChange={(e) => set("valueMax", e.target.value)}
          />
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span>{t("edit.unit")}</span>
          <input data-testid="edit-unit" dir="auto" value={fields.unit} onChange={(e) => set("unit", e.target.value)} />
        </label>
        <label className="field">
          <span>{t("edit.source")}</span>
          <select data-testid="edit-source" value={fields.sourceId} onChange={(e) => set("sourceId", e.target.value)}>
            {item.source_id === null && <option value="">{t("edit.notSet")}</option>}
            {!sourceKnown && <option value={String(item.source_id)}>{item.source_name ?? String(item.source_id)}</option>}
            <ActorOptions actors={article.actors} />
          </select>
        </label>
      </div>
      <ProblemView problem={problem} />
      <Actions busy={busy} onClose={onClose} />
    </form>
  );
}

/** Edits one statement or figure; the choices come from its article. */
export function EditDialog({ target, onClose }: { target: EditTarget; onClose: () => void }) {
  const { t } = useI18n();
  const state = useArticle(target.articleId);
  const title = t(target.kind === "statement" ? "edit.statementTitle" : "edit.figureTitle");

  const form = (() => {
    if (state.status !== "ready") return null;
    const { article } = state;
    if (target.kind === "statement") {
      const item = article.statements.find((s) => s.id === target.id);
      return item ? <StatementForm article={article} item={item} onClose={onClose} /> : null;
    }
    const item = article.figures.find((f) => f.id === target.id);
    return item ? <FigureForm article={article} item={item} onClose={onClose} /> : null;
  })();

  return (
    <Modal title={title} onClose={onClose} testId="edit-dialog">
      {form}
      {state.status === "loading" && <p className="muted">{t("common.loading")}</p>}
      {state.status === "failed" && (
        <div className="form-problem" role="alert">
          <ErrorMessage error={state.error} />
        </div>
      )}
      {state.status === "ready" && !form && <p className="form-problem">{t("edit.missing")}</p>}
      {!form && (
        <div className="modal-actions">
          <button type="button" className="button subtle" onClick={onClose}>
            {t("common.close")}
          </button>
        </div>
      )}
    </Modal>
  );
}
