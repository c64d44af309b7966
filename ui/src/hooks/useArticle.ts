import { useEffect, useRef, useState } from "react";
import { api, toAppError, type AppError, type ArticleDetail } from "../api";

export type ArticleState =
  | { status: "loading" }
  | { status: "ready"; article: ArticleDetail }
  | { status: "failed"; error: AppError };

/**
 * Loads an article, and reloads it when `version` changes (after a review or
 * an edit) while keeping the current text on screen.
 */
export function useArticle(id: number, version = 0): ArticleState {
  const [state, setState] = useState<ArticleState>({ status: "loading" });
  const shownId = useRef(id);

  useEffect(() => {
    let current = true;
    if (shownId.current !== id) {
      shownId.current = id;
      setState({ status: "loading" });
    }
    api.getArticle(id).then(
      (article) => current && setState({ status: "ready", article }),
      (error: unknown) => current && setState({ status: "failed", error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [id, version]);

  return state;
}
