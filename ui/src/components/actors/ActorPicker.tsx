import { useId, useState, type KeyboardEvent } from "react";
import { api } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useDebounced } from "../../hooks/useDebounced";
import { useI18n } from "../../i18n/I18nProvider";
import type { ActorChoice } from "../../lib/views";
import { otherNames } from "./ActorsView";

type ActorPickerProps = {
  selected: readonly ActorChoice[];
  onChange: (actors: ActorChoice[]) => void;
  /** One actor at a time (a new choice replaces the old) instead of several. */
  single?: boolean;
  label: string;
  testId?: string;
};

const SUGGESTIONS = 12;

/** Search-as-you-type in either script; chosen actors are shown as removable chips. */
export function ActorPicker({ selected, onChange, single = false, label, testId = "actor-picker" }: ActorPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const search = useDebounced(text.trim(), 150);
  const { data } = useApiQuery(
    search ? () => api.listActors({ search, kind: null, limit: SUGGESTIONS + selected.length }) : null,
    [search],
  );
  const chosen = new Set(selected.map((actor) => actor.id));
  const options = (data ?? []).filter((actor) => !chosen.has(actor.id)).slice(0, SUGGESTIONS);
  const expanded = open && search !== "" && text.trim() !== "";

  const choose = (actor: ActorChoice) => {
    onChange(single ? [actor] : [...selected, actor]);
    setText("");
    setOpen(false);
    setHighlight(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) {
        const step = event.key === "ArrowDown" ? 1 : -1;
        setHighlight((h) => (h + step + options.length) % options.length);
      }
    } else if (event.key === "Enter") {
      const option = options[highlight];
      if (expanded && option) {
        event.preventDefault();
        choose({ id: option.id, name: option.name });
      }
    } else if (event.key === "Escape" && expanded) {
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === "Backspace" && text === "" && selected.length > 0 && !single) {
      onChange(selected.slice(0, -1));
    }
  };

  return (
    <div className="actor-picker" data-testid={testId}>
      {selected.map((actor) => (
        <span key={actor.id} className="chip" data-testid="picked-actor">
          <bdi>{actor.name}</bdi>
          <button
            type="button"
            className="chip-remove"
            aria-label={t("picker.remove", { name: actor.name })}
            onClick={() => onChange(selected.filter((a) => a.id !== actor.id))}
          >
            ×
          </button>
        </span>
      ))}
      <div className="combo">
        <input
          type="text"
          role="combobox"
          dir="auto"
          className="combo-input"
          data-testid={`${testId}-input`}
          aria-label={label}
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && options[highlight] ? `${id}-option-${highlight}` : undefined}
          placeholder={t("picker.placeholder")}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setHighlight(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {expanded && (
          <ul className="combo-list" role="listbox" id={`${id}-listbox`} aria-label={t("picker.choose")}>
            {data && options.length === 0 && <li className="combo-empty muted">{t("picker.noMatch")}</li>}
            {options.map((actor, index) => (
              <li
                key={actor.id}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === highlight}
                className={`combo-option${index === highlight ? " is-highlighted" : ""}`}
                data-testid="actor-option"
                // mousedown, not click: keeps the input from losing focus (and closing) first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose({ id: actor.id, name: actor.name });
                }}
              >
                <bdi className="item-name">{actor.name}</bdi>
                {otherNames(actor).map((name) => (
                  <bdi key={name.lang} lang={name.lang} dir={name.dir} className="muted">
                    {name.text}
                  </bdi>
                ))}
                <span className="badge">{t(`kind.${actor.kind}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
