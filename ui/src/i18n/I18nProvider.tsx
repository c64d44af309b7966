import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { dictionaries, type MessageKey, type UiLanguage } from "./messages";

export const LANGUAGE_STORAGE_KEY = "marsad.uiLanguage";

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

type I18nValue = {
  language: UiLanguage;
  dir: "ltr" | "rtl";
  /** BCP 47 locale for Intl formatting. */
  locale: string;
  setLanguage: (language: UiLanguage) => void;
  t: Translate;
};

const I18nContext = createContext<I18nValue | null>(null);

function readStoredLanguage(): UiLanguage {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === "ar" ? "ar" : "en";
  } catch {
    return "en";
  }
}

function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A message in a given language, whatever the interface's (report previews follow the report's language). */
export function translateIn(language: UiLanguage, key: MessageKey, values?: Record<string, string | number>): string {
  return interpolate(dictionaries[language][key], values);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<UiLanguage>(readStoredLanguage);
  const dir = language === "ar" ? "rtl" : "ltr";

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
  }, [language, dir]);

  const setLanguage = useCallback((next: UiLanguage) => {
    setLanguageState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable; the choice then lasts for this session.
    }
  }, []);

  const value = useMemo<I18nValue>(() => {
    const messages = dictionaries[language];
    return {
      language,
      dir,
      locale: language === "ar" ? "ar" : "en-GB",
      setLanguage,
      t: (key, values) => interpolate(messages[key], values),
    };
  }, [language, dir, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
