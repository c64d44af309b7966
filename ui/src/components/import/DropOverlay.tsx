import { useI18n } from "../../i18n/I18nProvider";

export function DropOverlay() {
  const { t } = useI18n();
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-live="polite">
      <div className="drop-target">
        <div className="drop-title">{t("import.dropTitle")}</div>
        <div className="drop-hint">{t("import.dropHint")}</div>
      </div>
    </div>
  );
}
