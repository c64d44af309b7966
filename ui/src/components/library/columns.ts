import type { MessageKey } from "../../i18n/messages";
import type { SortKey } from "../../lib/library";

export type Column = { key: SortKey; label: MessageKey; numeric?: boolean };

export const COLUMNS: readonly Column[] = [
  { key: "title", label: "library.col.title" },
  { key: "outlet", label: "library.col.outlet" },
  { key: "published", label: "library.col.published" },
  { key: "language", label: "library.col.language" },
  { key: "actor_count", label: "library.col.actors", numeric: true },
  { key: "statement_count", label: "library.col.statements", numeric: true },
  { key: "figure_count", label: "library.col.figures", numeric: true },
];

export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 36;
