import { useCallback, useEffect, useState } from "react";
import { api, type ArticleSummary, type WorkspaceInfo } from "../api";
import { useErrors } from "../components/ErrorProvider";

export type WorkspaceState = {
  loading: boolean;
  info: WorkspaceInfo | null;
  articles: ArticleSummary[];
  refresh: () => Promise<void>;
};

/** Workspace facts and the article list, reloaded on demand. */
export function useWorkspace(): WorkspaceState {
  const { report } = useErrors();
  const [loading, setLoading] = useState(true);
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);

  const refresh = useCallback(async () => {
    const [infoResult, listResult] = await Promise.allSettled([api.workspaceInfo(), api.listArticles()]);
    if (infoResult.status === "fulfilled") setInfo(infoResult.value);
    else report(infoResult.reason);
    if (listResult.status === "fulfilled") setArticles(listResult.value);
    else report(listResult.reason);
    setLoading(false);
  }, [report]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { loading, info, articles, refresh };
}
