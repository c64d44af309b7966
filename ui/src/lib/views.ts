// Where the analyst is: the views of the workspace and how the reader is
// opened on one item of an article.

import type { Span } from "../api";

export const VIEW_NAMES = ["overview", "library", "actors", "timeline", "figures", "search", "reports"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** What the reader scrolls to and highlights when it opens. */
export type ReaderFocus = {
  /** A statement or figure key ("statement-20"), when the target is an extracted item. */
  itemKey: string | null;
  /** The code point span to highlight when the item itself is not shown. */
  span: Span | null;
};

export type View =
  | { name: ViewName }
  | { name: "reader"; articleId: number; focus: ReaderFocus | null; from: ViewName };

/** An actor as picked for a timeline or a figure filter. */
export type ActorChoice = { id: number; name: string };

/** `g` followed by one of these letters switches view. */
export const G_KEYS: Record<string, ViewName> = {
  o: "overview",
  l: "library",
  a: "actors",
  t: "timeline",
  f: "figures",
  s: "search",
  r: "reports",
};
