import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import {
  api,
  type EditEntry,
  type FigureEdit,
  type ItemKind,
  type ItemRef,
  type NewFigure,
  type NewStatement,
  type ReviewState,
  type StatementEdit,
  type TagTarget,
} from "../../api";
import { useErrors } from "../ErrorProvider";

/** The item the edit dialog is open on. */
export type EditTarget = { kind: ItemKind; id: number; articleId: number };

export type UndoNotice = { id: number; entry: EditEntry | null };

type ReviewValue = {
  /** Bumped after every change to the analyst's review; data views reload on it. */
  version: number;
  /** Bumps `version` after an edit made elsewhere (a merge accepted from a suggestion). */
  refresh: () => void;
  showRejected: boolean;
  setShowRejected: (show: boolean) => void;
  /** Reports failures in the error banner; resolves true when saved. */
  setReview: (item: ItemRef, state: ReviewState) => Promise<boolean>;
  /** Reject with the API error so the edit dialog can show it in place. */
  saveStatement: (id: number, edit: StatementEdit) => Promise<void>;
  saveFigure: (id: number, edit: FigureEdit) => Promise<void>;
  /**
   * The analyst's own additions: items the machine missed, tags and notes.
   * Logged and undoable like reviews; they reject with the API error so the
   * caller can show it in place. Each bumps `version`.
   */
  addStatement: (item: NewStatement) => Promise<number>;
  addFigure: (item: NewFigure) => Promise<number>;
  addTag: (target: TagTarget, name: string) => Promise<void>;
  removeTag: (target: TagTarget, name: string) => Promise<void>;
  saveNote: (target: TagTarget, body: string) => Promise<void>;
  undo: () => Promise<void>;
  undoNotice: UndoNotice | null;
  dismissUndoNotice: () => void;
  editing: EditTarget | null;
  startEdit: (target: EditTarget) => void;
  stopEdit: () => void;
};

const ReviewContext = createContext<ReviewValue | null>(null);

export function ReviewProvider({ children }: { children: ReactNode }) {
  const { report } = useErrors();
  const [version, setVersion] = useState(0);
  const [showRejected, setShowRejected] = useState(false);
  const [undoNotice, setUndoNotice] = useState<UndoNotice | null>(null);
  const [editing, setEditing] = useState<EditTarget | null>(null);
  const undoing = useRef(false);
  const noticeId = useRef(0);

  const changed = useCallback(() => setVersion((v) => v + 1), []);

  const setReview = useCallback(
    async (item: ItemRef, state: ReviewState) => {
      try {
        await api.setReview(item, state);
        changed();
        return true;
      } catch (error) {
        report(error);
        return false;
      }
    },
    [changed, report],
  );

  const saveStatement = useCallback(
    async (id: number, edit: StatementEdit) => {
      await api.editStatement(id, edit);
      changed();
    },
    [changed],
  );

  const saveFigure = useCallback(
    async (id: number, edit: FigureEdit) => {
      await api.editFigure(id, edit);
      changed();
    },
    [changed],
  );

  const addStatement = useCallback(
    async (item: NewStatement) => {
      const id = await api.addStatement(item);
      changed();
      return id;
    },
    [changed],
  );

  const addFigure = useCallback(
    async (item: NewFigure) => {
      const id = await api.addFigure(item);
      changed();
      return id;
    },
    [changed],
  );

  const addTag = useCallback(
    async (target: TagTarget, name: string) => {
      await api.addTag(target, name);
      changed();
    },
    [changed],
  );

  const removeTag = useCallback(
    async (target: TagTarget, name: string) => {
      await api.removeTag(target, name);
      changed();
    },
    [changed],
  );

  const saveNote = useCallback(
    async (target: TagTarget, body: string) => {
      await api.saveNote(target, body);
      changed();
    },
    [changed],
  );

  const undo = useCallback(async () => {
    if (undoing.current) return;
    undoing.current = true;
    try {
      const entry = await api.undo();
      noticeId.current += 1;
      setUndoNotice({ id: noticeId.current, entry });
      if (entry) changed();
    } catch (error) {
      report(error);
    } finally {
      undoing.current = false;
    }
  }, [changed, report]);

  const dismissUndoNotice = useCallback(() => setUndoNotice(null), []);
  const startEdit = useCallback((target: EditTarget) => setEditing(target), []);
  const stopEdit = useCallback(() => setEditing(null), []);

  const value = useMemo<ReviewValue>(
    () => ({
      version,
      refresh: changed,
      showRejected,
      setShowRejected,
      setReview,
      saveStatement,
      saveFigure,
      addStatement,
      addFigure,
      addTag,
      removeTag,
      saveNote,
      undo,
      undoNotice,
      dismissUndoNotice,
      editing,
      startEdit,
      stopEdit,
    }),
    [
      version,
      changed,
      showRejected,
      setReview,
      saveStatement,
      saveFigure,
      addStatement,
      addFigure,
      addTag,
      removeTag,
      saveNote,
      undo,
      undoNotice,
      dismissUndoNotice,
      editing,
      startEdit,
      stopEdit,
    ],
  );
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}

export function useReview(): ReviewValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error("useReview must be used inside <ReviewProvider>");
  return value;
}
