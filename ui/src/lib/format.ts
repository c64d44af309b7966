import type { Language, Qualifier } from "../api";
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

/** What every kind of figure row shares. */
export type FigureLike = {
  value: number | null;
  value_max: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  text: string;
};

/** e.g. "more than 15,000", "about 300", "70–80"; null when the value is unknown. */
export function describeAmount(figure: FigureLike, locale: string, t: Translate): string | null {
  if (figure.value === null) return null;
  const value = formatNumber(figure.value, locale);
  const max = figure.value_max === null ? value : formatNumber(figure.value_max, locale);
  const stated = figure.qualifier ?? "exact";
  const qualifier = stated === "range" && figure.value_max === null ? "exact" : stated;
  return t(`qualifier.${qualifier}`, { value, max });
}

/** e.g. "more than 15,000 fighters"; falls back to the article's own wording. */
export function describeFigure(figure: FigureLike, locale: string, t: Translate): string {
  const amount = describeAmount(figure, locale, t);
  if (amount === null) return figure.text;
  return figure.unit ? `${amount} ${figure.unit}` : amount;
}

/** "March 2024" / "مارس 2024" for a "2024-03" period, or a full date for "2024-03-02". */
export function formatPeriod(period: string, locale: string): string {
  if (/^\d{4}-\d{2}$/.test(period)) {
    const formatter = cached(
      `month|${locale}`,
      () => new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }),
    );
    return formatter.format(Date.parse(`${period}-01`));
  }
  return formatDate(period, locale);
}

const DIGITS: Record<string, string> = {};
["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"].forEach((set) =>
  Array.from(set).forEach((digit, i) => {
    DIGITS[digit] = String(i);
  }),
);

/**
 * Reads a number typed by the analyst in either script: Arabic-Indic and
 * Persian digits, the Arabic decimal (٫) and thousands (٬) separators, Latin
 * commas and spaces as grouping. Null when it is not a number.
 */
export function parseLocalizedNumber(input: string): number | null {
  const normalised = Array.from(input.trim())
    .map((c) => DIGITS[c] ?? c)
    .join("")
    .replace(/[\s,\u066C\u00A0\u202F']/g, "")
    .replace(/\u066B/g, ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

export function formatPercent(value: number, locale: string): string {
  return cached(
    `percent|${locale}`,
    () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
  ).format(value);
}
