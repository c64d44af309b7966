import type { AppError } from "../api";
import type { Translate } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";

const KNOWN_CODES = ["not_found", "invalid_input", "io", "database", "internal"] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/** A friendly sentence for the error's code. */
export function errorSummary(error: AppError, t: Translate): string {
  const key: MessageKey = isKnownCode(error.code) ? `error.${error.code}` : "error.unknown";
  return t(key);
}

/** The backend's own message, when it adds something. */
export function errorDetails(error: AppError, t: Translate): string | null {
  const message = error.message.trim();
  return message ? t("error.details", { message }) : null;
}
