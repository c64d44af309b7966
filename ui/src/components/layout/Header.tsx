import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import type { ThemeChoice } from "../../hooks/useTheme";

const THEME_ICONS: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };

type HeaderProps = { theme: ThemeChoice; onCycleTheme: () => void };

export function Header({ theme, onCycleTheme }: HeaderProps) {
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
