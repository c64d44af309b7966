import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { toAppError, type AppError, type Language, type PastedArticle } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { ErrorMessage } from "../ErrorBanner";

type PasteDialogProps = {
  busy: boolean;
  onSubmit: (article: PastedArticle) => Promise<unknown>;
  onClose: () => void;
};

type Fields = {
  title: string;
  body: string;
  outlet: string;
  url: string;
  published: string;
  language: Language | "auto";
};

const EMPTY: Fields = { title: "", body: "", outlet: "", url: "", published: "", language: "auto" };

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function toPastedArticle(fields: Fields): PastedArticle {
  return {
    title: fields.title.trim(),
    body: fields.body,
    language: fields.language === "auto" ? null : fields.language,
    outlet: optional(fields.outlet),
    url: optional(fields.url),
    published: optional(fields.published),
  };
}

export function PasteDialog({ busy, onSubmit, onClose }: PasteDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [problem, setProblem] = useState<AppError | "required" | null>(null);

  useEffect(() => {
    const previous = document.activeElement;
    titleRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  const set = <K extends keyof Fields>(key: K) => (value: Fields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (fields.title.trim() === "" || fields.body.trim() === "") {
      setProblem("required");
      return;
    }
    setProblem(null);
    try {
      await onSubmit(toPastedArticle(fields));
      onClose();
    } catch (error) {
      setProblem(toAppError(error));
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !busy) onClose();
  };

  return (
    <div className="modal-backdrop" onKeyDown={onKeyDown}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-heading`}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <h2 id={`${id}-heading`}>{t("paste.title")}</h2>
        <label className="field">
          <span>{t("paste.fieldTitle")}</span>
          <input
            ref={titleRef}
            data-testid="paste-title"
            dir="auto"
            required
            value={fields.title}
            onChange={(e) => set("title")(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("paste.fieldBody")}</span>
          <textarea
            data-testid="paste-body"
            dir="auto"
            rows={10}
            required
            value={fields.body}
            onChange={(e) => set("body")(e.target.value)}
          />
        </label>
        <div className="field-row">
          <label className="field">
            <span>{t("paste.fieldOutlet")}</span>
            <input data-testid="paste-outlet" dir="auto" value={fields.outlet} onChange={(e) => set("outlet")(e.target.value)} />
          </label>
          <label className="field">
            <span>{t("paste.fieldUrl")}</span>
            <input
              data-testid="paste-url"
              dir="ltr"
              type="url"
              inputMode="url"
              value={fields.url}
              onChange={(e) => set("url")(e.target.value)}
            />
          </label>
        </div>
        <div className="field-row">
          <label className="field">
            <span>{t("paste.fieldDate")}</span>
            <input
              data-testid="paste-date"
              type="date"
              value={fields.published}
              onChange={(e) => set("published")(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t("paste.fieldLanguage")}</span>
            <select
              data-testid="paste-language"
              value={fields.language}
              onChange={(e) => set("language")(e.target.value as Fields["language"])}
            >
              <option value="auto">{t("paste.languageAuto")}</option>
              <option value="ar">{t("language.ar")}</option>
              <option value="en">{t("language.en")}</option>
              <option value="other">{t("language.other")}</option>
            </select>
          </label>
        </div>
        {problem && (
          <div className="form-problem" role="alert">
            {problem === "required" ? t("paste.required") : <ErrorMessage error={problem} />}
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="button subtle" onClick={onClose} disabled={busy}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button primary" data-testid="paste-submit" disabled={busy}>
            {busy ? t("import.busy") : t("paste.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
