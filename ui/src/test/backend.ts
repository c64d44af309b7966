import { mockIPC } from "@tauri-apps/api/mocks";
import { vi } from "vitest";
import type { ArticleDetail, ArticleSummary, Overview } from "../api";
import type { Desk } from "./desk";

type Handler = (args: Record<string, unknown>) => unknown;

/**
 * A fake backend: a command table over mockIPC. Handlers that throw reject the
 * invoke (as a Rust `Err(AppError)` would). Every call is recorded.
 */
export function mockBackend(options: {
  articles?: ArticleSummary[];
  details?: Record<number, ArticleDetail>;
  handlers?: Record<string, Handler>;
  /** The analysis commands (actors, timeline, figures, search, review, undo), stateful. */
  desk?: Desk;
  mockEvents?: boolean;
}) {
  let articles = options.articles ?? [];
  const calls = vi.fn<(cmd: string, args: Record<string, unknown>) => void>();
  const table: Record<string, Handler> = {
    workspace_info: () => ({
      db_path: "/home/analyst/marsad.db",
      article_count: articles.length,
      outlets: [...new Set(articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))],
    }),
    list_articles: () => articles,
    get_article: (args) => {
      const detail = options.details?.[args.id as number];
      if (!detail) throw { code: "not_found", message: `article ${String(args.id)}` };
      return detail;
    },
    overview: (): Overview => ({
      article_count: articles.length,
      actor_count: 0,
      statement_count: 0,
      figure_count: 0,
      top_actors: [],
      recent_statements: [],
      latest_figures: [],
      awaiting_review: [],
    }),
    ...options.desk?.handlers,
    ...options.handlers,
  };
  mockIPC((cmd, args) => {
    calls(cmd, (args ?? {}) as Record<string, unknown>);
    const handler = table[cmd];
    if (!handler) return undefined;
    return handler((args ?? {}) as Record<string, unknown>);
  }, { shouldMockEvents: options.mockEvents ?? false });
  return {
    calls,
    setArticles: (next: ArticleSummary[]) => {
      articles = next;
    },
    callsTo: (cmd: string) => calls.mock.calls.filter(([name]) => name === cmd).map(([, args]) => args),
  };
}
