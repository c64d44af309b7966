import { useEffect } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import type { ThemeChoice } from "../../hooks/useTheme";
import { Trans } from "../common/Trans";
import { useReview } from "../review/ReviewProvider";

const THEME_ICONS: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };
const NOTICE_MS = 8000;

type HeaderProps = { theme: ThemeChoice; onCycleTheme: () => void; onHelp: () => void };

function UndoControl() {
  const { t } = useI18n();
  const { undo, undoNotice, dismissUndoNotice } = useReview();

  useEffect(() => {
    if (!undoNotice) return;
    const timer = setTimeout(dismissUndoNotice, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [undoNotice, dismissUndoNotice]);

  return (
    <div className="undo-control">
      <span className="undo-status" role="status" data-testid="undo-status">
        {undoNotice &&
          (undoNotice.entry ? (
            <Trans text={t("undo.done")} values={{ summary: <bdi>{undoNotice.entry.summary}</bdi> }} />
          ) : (
            t("undo.nothing")
          ))}
      </span>
      <button
        type="button"
        className="button subtle"
        data-testid="undo"
        title={t("undo.title")}
        onClick={() => void undo()}
      >
        <span aria-hidden="true" className="undo-icon">↶</span> {t("undo.label")}
      </button>
    </div>
  );
}

export function Header({ theme, onCycleTheme, onHelp }: HeaderProps) {
  const { t, language, setLanguage } = useI18n();
  const themeLabel = t(`theme.${theme}` satisfies MessageKey);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <h1 className="brand-name">
          <bdi lang="en">Marsad</bdi> · <bdi lang="ar">مرصد</bdi>
        </h1>
        <span className="brand-tagline">{t("app.tagline")}</span>
      </div>
      <div className="header-actions">
        <UndoControl />
        <button
          type="button"
          className="button subtle icon-button"
          data-testid="help-open"
          onClick={onHelp}
          title={t("help.open")}
          aria-label={t("help.open")}
        >
          <span aria-hidden="true">?</span>
        </button>
        <button
          type="button"
          className="button subtle icon-button"
          onClick={onCycleTheme}
          title={themeLabel}
          aria-label={`${t("theme.label")}: ${themeLabel}`}
        >
          <span aria-hidden="true">{THEME_ICONS[theme]}</span>
        </button>
        <button
          type="button"
          className="button subtle lang-switch"
          data-testid="lang-switch"
          lang={language === "en" ? "ar" : "en"}
          aria-label={t("lang.switchLabel")}
          onClick={() => setLanguage(language === "en" ? "ar" : "en")}
        >
          {t("lang.switch")}
        </button>
      </div>
    </header>
  );
}
