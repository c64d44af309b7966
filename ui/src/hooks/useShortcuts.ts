import { useEffect, useRef } from "react";
import { G_KEYS, VIEW_NAMES, type ViewName } from "../lib/views";

export type ShortcutActions = {
  focusSearch: () => void;
  go: (view: ViewName) => void;
  help: () => void;
  undo: () => void;
  escape: () => void;
};

const TEXT_INPUT = /^(?:text|search|email|url|tel|number|password|date|datetime-local|month|week|time)$/;

/** Typing into a field must never trigger a shortcut. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT.test(target.type || "text");
}

export function isDialogOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

/**
 * The Latin letter of a key press, from its physical key when there is one,
 * so the shortcuts also work with an Arabic keyboard layout.
 */
export function letterOf(event: KeyboardEvent): string {
  const match = /^Key([A-Z])$/.exec(event.code);
  if (match) return match[1]!.toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}

function digitOf(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)(\d)$/.exec(event.code) ?? /^(\d)$/.exec(event.key);
  return match ? Number(match[1]) : null;
}

const SEQUENCE_MS = 1500;

/**
 * Application-wide keys. Listens in the capture phase so it sees a key before
 * views do; a key it uses is marked with preventDefault, and views ignore
 * such keys (the "a" of "g a" does not also accept an item in the reader).
 */
export function useGlobalShortcuts(actions: ShortcutActions) {
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    let gPressedAt = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const act = latest.current;
      const editable = isEditableTarget(event.target);
      const command = event.ctrlKey || event.metaKey;
      const letter = letterOf(event);

      if (event.key === "Escape") {
        act.escape();
        return;
      }
      if (command && !event.altKey && letter === "k") {
        event.preventDefault();
        act.focusSearch();
        return;
      }
      if (command && !event.altKey && !event.shiftKey && letter === "z") {
        if (editable) return; // the field's own undo
        event.preventDefault();
        act.undo();
        return;
      }
      if (event.altKey && !command) {
        const digit = digitOf(event);
        const view = digit === null ? undefined : VIEW_NAMES[digit - 1];
        if (view && !isDialogOpen()) {
          event.preventDefault();
          act.go(view);
        }
        return;
      }
      if (editable || command || isDialogOpen()) return;

      const slash = event.key === "/" || (event.code === "Slash" && !event.shiftKey);
      const question = event.key === "?" || (event.code === "Slash" && event.shiftKey);
      if (question) {
        event.preventDefault();
        act.help();
        return;
      }
      if (slash) {
        event.preventDefault();
        act.focusSearch();
        return;
      }
      const now = Date.now();
      if (gPressedAt > 0 && now - gPressedAt < SEQUENCE_MS) {
        gPressedAt = 0;
        const view = G_KEYS[letter];
        if (view) {
          event.preventDefault();
          act.go(view);
        }
        return;
      }
      if (letter === "g" && !event.shiftKey) {
        gPressedAt = now;
        event.preventDefault();
      }
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, []);
}
