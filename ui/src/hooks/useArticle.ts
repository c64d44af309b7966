import { useEffect, useState } from "react";
import { api, toAppError, type AppError, type ArticleDetail } from "../api";

export type ArticleState =
  | { status: "loading" }
  | { status: "ready"; article: ArticleDetail }
  | { status: "failed"; error: AppError };

export function useArticle(id: number): ArticleState {
  const [state, setState] = useState<ArticleState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    api.getArticle(id).then(
      (article) => current && setState({ status: "ready", article }),
      (error: unknown) => current && setState({ status: "failed", error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [id]);

  return state;
}
