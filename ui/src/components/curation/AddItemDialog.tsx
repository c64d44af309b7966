import { useId, useMemo, useState, type FormEvent } from "react";
import { toAppError, type ArticleDetail, type Qualifier, type Span, type Stance } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { EMPTY_FIGURE_FIELDS, newFigure, type NewFigureFields } from "../../lib/edits";
import { codePoints, sliceCodePoints } from "../../lib/text";
import { COMMON_UNITS } from "../../lib/units";
import { Modal } from "../common/Modal";
import { figureKey, statementKey } from "../reader/marks";
import { ActorOptions, ProblemView, QUALIFIERS, Quote, STANCES, type Problem } from "../review/EditDialog";
import { useReview } from "../review/ReviewProvider";

/** What the analyst is adding, and where in the body. */
export type AddTarget = { kind: "statement" | "figure"; span: Span };

type AddItemDialogProps = {
  article: ArticleDetail;
  target: AddTarget;
  onClose: () => void;
  /** Called with the new item's key (e.g. "statement-42") once it is saved. */
  onAdded: (itemKey: string) => void;
};

/** The first actor mentioned inside the selection: a likely speaker or source. */
function mentionedActor(article: ArticleDetail, span: Span): string {
  const actor = article.actors.find((a) => a.mentions.some((m) => m.start < span.end && m.end > span.start));
  return actor ? String(actor.actor_id) : "";
}

function Actions({ busy, onClose }: { busy: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className="modal-actions">
      <button type="button" className="button subtle" onClick={onClose} disabled={busy}>
        {t("common.cancel")}
      </button>
      <button type="submit" className="button primary" data-testid="add-save" disabled={busy}>
        {t("add.save")}
      </button>
    </div>
  );
}

type FormProps = { article: ArticleDetail; span: Span; onClose: () => void; onAdded: (itemKey: string) => void };

function StatementForm({ article, span, onClose, onAdded }: FormProps) {
  const { t } = useI18n();
  const { addStatement } = useReview();
  const [speakerId, setSpeakerId] = useState(() => mentionedActor(article, span));
  const [cue, setCue] = useState("");
  const [stance, setStance] = useState<Stance>("claim");
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const id = await addStatement({
        article_id: article.summary.id,
        speaker_id: speakerId === "" ? null : Number(speakerId),
        cue: cue.trim(),
        stance,
        span,
      });
      onAdded(statementKey(id));
      onClose();
    } catch (error) {
      setProblem(toAppError(error));
      setBusy(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field-row">
        <label className="field">
          <span>{t("edit.speaker")}</span>
          <select data-testid="add-speaker" autoFocus value={speakerId} onChange={(e) => setSpeakerId(e.target.value)}>
            <option value="">{t("edit.notSet")}</option>
            <ActorOptions actors={article.actors} />
          </select>
        </label>
        <label className="field">
          <span>{t("add.cue")}</span>
          <input data-testid="add-cue" dir="auto" value={cue} onChange={(e) => setCue(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("edit.stance")}</span>
          <select data-testid="add-stance" value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((value) => (
              <option key={value} value={value}>
                {t(`stance.${value}`)}
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

function FigureForm({ article, span, onClose, onAdded }: FormProps) {
  const { t } = useI18n();
  const { addFigure } = useReview();
  const unitsId = useId();
  const [fields, setFields] = useState<NewFigureFields>(() => ({
    ...EMPTY_FIGURE_FIELDS,
    sourceId: mentionedActor(article, span),
  }));
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof NewFigureFields>(key: K, value: NewFigureFields[K]) => setFields({ ...fields, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = newFigure(article.summary.id, span, fields);
    if (!result.ok) return setProblem({ key: result.problem, field: result.field });
    setBusy(true);
    setProblem(null);
    try {
      const id = await addFigure(result.item);
      onAdded(figureKey(id));
      onClose();
    } catch (error) {
      setProblem(toAppError(error));
      setBusy(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field-row">
        <label className="field">
          <span>{t("edit.qualifier")}</span>
          <select
            data-testid="add-qualifier"
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
            data-testid="add-value"
            inputMode="decimal"
            dir="ltr"
            value={fields.value}
            onChange={(e) => set("value", e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("edit.valueMax")}</span>
          <input
            data-testid="add-value-max"
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
          <input
            data-testid="add-unit"
            dir="auto"
            list={unitsId}
            value={fields.unit}
            onChange={(e) => set("unit", e.target.value)}
          />
          <datalist id={unitsId}>
            {COMMON_UNITS.map((unit) => (
              <option key={unit} value={unit} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>{t("edit.source")}</span>
          <select data-testid="add-source" value={fields.sourceId} onChange={(e) => set("sourceId", e.target.value)}>
            <option value="">{t("edit.notSet")}</option>
            <ActorOptions actors={article.actors} />
          </select>
        </label>
      </div>
      <ProblemView problem={problem} />
      <Actions busy={busy} onClose={onClose} />
    </form>
  );
}

/** Adds a statement or figure the extraction missed, on the analyst's selection. */
export function AddItemDialog({ article, target, onClose, onAdded }: AddItemDialogProps) {
  const { t } = useI18n();
  const quote = useMemo(
    () => sliceCodePoints(codePoints(article.body), target.span.start, target.span.end),
    [article.body, target.span],
  );
  const props = { article, span: target.span, onClose, onAdded };
  return (
    <Modal
      title={t(target.kind === "statement" ? "add.statementTitle" : "add.figureTitle")}
      onClose={onClose}
      testId="add-dialog"
    >
      <Quote text={quote} />
      {target.kind === "statement" ? <StatementForm {...props} /> : <FigureForm {...props} />}
    </Modal>
  );
}
