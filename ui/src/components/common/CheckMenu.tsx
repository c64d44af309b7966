import { useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { useI18n } from "../../i18n/I18nProvider";

type CheckMenuProps<T extends string> = {
  label: string;
  options: readonly { value: T; label: ReactNode }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  testId: string;
};

/** A compact multi-choice filter; nothing chosen means "any". */
export function CheckMenu<T extends string>({ label, options, selected, onChange, testId }: CheckMenuProps<T>) {
  const { t } = useI18n();
  const ref = useRef<HTMLDetailsElement>(null);
  const chosen = new Set(selected);

  // Behave like a menu: a click elsewhere or Escape closes it.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const details = ref.current;
      if (details?.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const details = ref.current;
    if (event.key === "Escape" && details?.open) {
      details.open = false;
      details.querySelector("summary")?.focus();
    }
  };

  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v))));
  return (
    <details className="check-menu" data-testid={testId} ref={ref} onKeyDown={onKeyDown}>
      <summary className={`button small${selected.length > 0 ? " is-filtering" : ""}`}>
        {selected.length > 0 ? t("common.filterCount", { label, count: selected.length }) : label}
      </summary>
      <div className="check-menu-body" role="group" aria-label={label}>
        {options.length === 0 && <span className="muted">{t("common.any")}</span>}
        {options.map((option) => (
          <label key={option.value} className="check-option">
            <input
              type="checkbox"
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
        {selected.length > 0 && (
          <button type="button" className="button subtle small" onClick={() => onChange([])}>
            {t("common.any")}
          </button>
        )}
      </div>
    </details>
  );
}
