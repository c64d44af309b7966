import { useEffect, useRef, useState, type DependencyList } from "react";
import { toAppError, type AppError } from "../api";

export type QueryState<T> = {
  data: T | null;
  error: AppError | null;
  /** A request is in flight; `data` keeps the previous answer meanwhile. */
  loading: boolean;
};

/**
 * Runs an API call whenever `deps` change. Answers to superseded requests are
 * dropped, and the last data stays on screen while a new request runs, so
 * lists do not flash or lose their scroll position on refresh.
 */
export function useApiQuery<T>(load: (() => Promise<T>) | null, deps: DependencyList): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: null, loading: load !== null });
  const request = useRef(0);

  useEffect(() => {
    const id = ++request.current;
    if (!load) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    setState((current) => ({ ...current, loading: true }));
    load().then(
      (data) => {
        if (request.current === id) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (request.current === id) setState((current) => ({ ...current, error: toAppError(error), loading: false }));
      },
    );
    // `load` is recreated on every render; `deps` says when it really changed.
  }, deps);

  useEffect(
    () => () => {
      request.current += 1;
    },
    [],
  );

  return state;
}
