import type { AppError } from "../api";
import { useI18n } from "../i18n/I18nProvider";
import { errorDetails, errorSummary } from "../lib/errors";
import { useErrors } from "./ErrorProvider";

export function ErrorMessage({ error }: { error: AppError }) {
  const { t } = useI18n();
  const details = errorDetails(error, t);
  return (
    <div className="error-message">
      <p className="error-summary">{errorSummary(error, t)}</p>
      {details && (
        <p className="error-details" dir="auto">
          {details}
        </p>
      )}
    </div>
  );
}

export function ErrorBanner() {
  const { errors, dismiss } = useErrors();
  const { t } = useI18n();
  if (errors.length === 0) return null;
  return (
    <div className="error-stack">
      {errors.map((error) => (
        <div key={error.id} className="error-banner" role="alert" data-testid="error-banner">
          <span className="error-icon" aria-hidden="true">!</span>
          <ErrorMessage error={error} />
          <button type="button" className="button subtle" onClick={() => dismiss(error.id)}>
            {t("common.dismiss")}
          </button>
        </div>
      ))}
    </div>
  );
}
