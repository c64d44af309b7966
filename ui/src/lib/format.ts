import type { ArticleFigure, Language } from "../api";
import type { Translate } from "../i18n/I18nProvider";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Intl formatters are costly to build and the library formats many cells.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/** Formats an ISO date or date-time; unparseable values are shown as given. */
export function formatDate(value: string | null, locale: string, withTime = false): string {
  if (!value) return "";
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const dateOnly = DATE_ONLY.test(value);
  const showTime = withTime && !dateOnly;
  const formatter = cached(
    `date|${locale}|${showTime}|${dateOnly}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: showTime ? "short" : undefined,
        timeZone: dateOnly ? "UTC" : undefined,
      }),
  );
  return formatter.format(time);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function languageName(language: Language, t: Translate): string {
  return t(`language.${language}`);
}

/** e.g. "more than 15,000 fighters"; falls back to the article's own wording. */
export function describeFigure(figure: ArticleFigure, locale: string, t: Translate): string {
  if (figure.value === null) return figure.text;
  const value = formatNumber(figure.value, locale);
  const max = figure.value_max === null ? value : formatNumber(figure.value_max, locale);
  const qualifier = figure.qualifier === "range" && figure.value_max === null ? "exact" : figure.qualifier;
  const amount = t(`qualifier.${qualifier}`, { value, max });
  return figure.unit ? `${amount} ${figure.unit}` : amount;
}

export function formatPercent(value: number, locale: string): string {
  return cached(
    `percent|${locale}`,
    () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
  ).format(value);
}
