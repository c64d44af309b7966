import { useEffect, useId, useRef, useState } from "react";
import { api, toAppError, type AppError, type TagTarget } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { formatDate } from "../../lib/format";
import { ErrorMessage } from "../ErrorBanner";
import { Modal } from "../common/Modal";
import { useReview } from "../review/ReviewProvider";

type NoteEditorProps = {
  target: TagTarget;
  label: string;
  autoFocus?: boolean;
};

/**
 * The analyst's note on one target. Saved on blur or with the button (an
 * empty note deletes it); shows when it was last saved.
 */
export function NoteEditor({ target, label, autoFocus = false }: NoteEditorProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const { version, saveNote } = useReview();
  const { data } = useApiQuery(() => api.noteOf(target), [target.kind, target.id, version]);
  const note = data ?? null;
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<AppError | null>(null);
  /** The text differs from the stored note: not overwritten by reloads. */
  const dirty = useRef(false);
  const savingRef = useRef(false);
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => {
    if (!dirty.current) setText(note?.body ?? "");
  }, [note]);

  const save = async () => {
    if (!dirty.current || savingRef.current) return;
    const body = textRef.current;
    savingRef.current = true;
    setSaving(true);
    setProblem(null);
    try {
      await saveNote(target, body.trim() === "" ? "" : body);
      if (textRef.current === body) dirty.current = false;
    } catch (error) {
      setProblem(toAppError(error));
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  // Closing a dialog (Escape) removes the field without a blur: save then.
  useEffect(() => () => void saveRef.current(), []);

  const status = saving
    ? t("notes.saving")
    : dirty.current
      ? t("notes.unsaved")
      : note
        ? t("notes.saved", { time: formatDate(note.updated_at, locale, true) })
        : null;

  return (
    <div className="note-box">
      <label className="note-label" htmlFor={`${id}-note`}>
        {label}
      </label>
      <textarea
        id={`${id}-note`}
        className="note-text"
        data-testid="note-editor"
        dir="auto"
        rows={4}
        value={text}
        placeholder={t("notes.placeholder")}
        autoFocus={autoFocus}
        onChange={(e) => {
          dirty.current = true;
          setText(e.target.value);
        }}
        onBlur={() => void save()}
      />
      <div className="note-footer">
        <span className="muted note-status" data-testid="note-updated" aria-live="polite">
          {status}
        </span>
        <button
          type="button"
          className="button small"
          data-testid="note-save"
          disabled={saving}
          onClick={() => void save()}
        >
          {t("notes.save")}
        </button>
      </div>
      {problem && (
        <div className="form-problem" role="alert">
          <ErrorMessage error={problem} />
        </div>
      )}
    </div>
  );
}

/** A "Note" button that opens the note on a statement or figure in a dialog. */
export function NoteButton({ target }: { target: TagTarget & { kind: "statement" | "figure" } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const title = t(target.kind === "statement" ? "notes.statementTitle" : "notes.figureTitle");
  return (
    <>
      <button type="button" className="button small review-button" data-testid="note-item" onClick={() => setOpen(true)}>
        {t("notes.button")}
      </button>
      {open && (
        <Modal title={title} onClose={() => setOpen(false)} testId="note-dialog">
          <NoteEditor target={target} label={title} autoFocus />
          <div className="modal-actions">
            <button type="button" className="button subtle" data-testid="note-close" onClick={() => setOpen(false)}>
              {t("common.close")}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
