import type { ItemKind, ItemRef, ReviewState } from "../api";

export const REVIEW_STATES: readonly ReviewState[] = ["pending", "accepted", "edited", "rejected"];
/** The states offered as filters; rejected items have their own "show rejected" switch. */
export const FILTERABLE_REVIEW_STATES: readonly ReviewState[] = ["pending", "accepted", "edited"];

/**
 * The `review` list for timeline and figure queries. The backend reads an
 * empty list as "everything but rejected", which is the default view.
 */
export function reviewFilter(selected: readonly ReviewState[], showRejected: boolean): ReviewState[] {
  if (selected.length === 0) return showRejected ? [...REVIEW_STATES] : [];
  const wanted = new Set(selected);
  if (showRejected) wanted.add("rejected");
  return REVIEW_STATES.filter((state) => wanted.has(state));
}

export function isShown(review: ReviewState, showRejected: boolean): boolean {
  return showRejected || review !== "rejected";
}

export function itemKey(item: ItemRef): string {
  return `${item.kind}-${item.id}`;
}

/** "statement-20" → { kind: "statement", id: 20 }; anything else → null. */
export function parseItemKey(key: string | null): ItemRef | null {
  const match = key ? /^(statement|figure)-(\d+)$/.exec(key) : null;
  if (!match) return null;
  return { kind: match[1] as ItemKind, id: Number(match[2]) };
}
