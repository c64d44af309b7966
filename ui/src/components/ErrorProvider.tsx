import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { toAppError, type AppError } from "../api";

type ReportedError = AppError & { id: number };

type ErrorsValue = {
  errors: ReportedError[];
  /** Accepts anything thrown by the API layer. */
  report: (error: unknown) => void;
  dismiss: (id: number) => void;
};

const ErrorsContext = createContext<ErrorsValue | null>(null);

const MAX_VISIBLE = 3;
let nextId = 1;

export function ErrorProvider({ children }: { children: ReactNode }) {
  const [errors, setErrors] = useState<ReportedError[]>([]);

  const report = useCallback((error: unknown) => {
    const entry = { ...toAppError(error), id: nextId++ };
    setErrors((current) => [...current, entry].slice(-MAX_VISIBLE));
  }, []);

  const dismiss = useCallback((id: number) => {
    setErrors((current) => current.filter((e) => e.id !== id));
  }, []);

  const value = useMemo(() => ({ errors, report, dismiss }), [errors, report, dismiss]);
  return <ErrorsContext.Provider value={value}>{children}</ErrorsContext.Provider>;
}

export function useErrors(): ErrorsValue {
  const value = useContext(ErrorsContext);
  if (!value) throw new Error("useErrors must be used inside <ErrorProvider>");
  return value;
}
