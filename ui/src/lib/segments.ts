// Turns a paragraph plus highlight marks and bidi isolation runs into a tree
// of properly nested segments that can be rendered as React elements.
//
// Marks (actors, statements, figures) may overlap arbitrarily, so they are
// split where they cross. Isolation runs are never split: splitting an isolate
// would reverse the order of its pieces inside opposite-direction text.

import type { Direction, Run } from "./bidi";
import { sliceCodePoints } from "./text";

/** "hit": a span the reader was opened on (a search match) that is no extracted item. */
export type MarkKind = "actor" | "statement" | "figure" | "hit";

export type Mark = {
  start: number;
  end: number;
  kind: MarkKind;
  /** Identifies the extracted item, e.g. "statement-12". */
  itemKey: string;
  /** Hover text. */
  label: string;
};

export type SegmentNode =
  | { type: "text"; start: number; end: number; text: string }
  | { type: "mark"; start: number; end: number; mark: Mark; children: SegmentNode[] }
  | { type: "isolate"; start: number; end: number; dir: Direction; children: SegmentNode[] };

type Interval =
  | { type: "mark"; start: number; end: number; mark: Mark }
  | { type: "isolate"; start: number; end: number; dir: Direction };

type Branch = Exclude<SegmentNode, { type: "text" }>;

export function segmentParagraph(
  chars: readonly string[],
  marks: readonly Mark[],
  isolates: readonly Run[],
): SegmentNode[] {
  const length = chars.length;
  const intervals: Interval[] = [
    ...marks.map((mark): Interval => ({ type: "mark", start: mark.start, end: mark.end, mark })),
    ...isolates.map((run): Interval => ({ type: "isolate", start: run.start, end: run.end, dir: run.dir })),
  ]
    .map((iv) => ({ ...iv, start: Math.max(0, iv.start), end: Math.min(length, iv.end) }))
    .filter((iv) => iv.end > iv.start);

  const tree = nest(makeLaminar(intervals));
  return fillText(tree, 0, length, chars);
}

/** Splits crossing intervals until every pair is either nested or disjoint. */
function makeLaminar(input: Interval[]): Interval[] {
  const list = [...input];
  for (;;) {
    const crossing = findCrossing(list);
    if (!crossing) return list;
    const [i, j] = crossing;
    const first = list[i]!;
    const second = list[j]!;
    if (second.type === "mark") {
      list.splice(j, 1, { ...second, end: first.end }, { ...second, start: first.end });
    } else {
      list.splice(i, 1, { ...first, end: second.start }, { ...first, start: second.start });
    }
  }
}

/** Indexes [first, second] of a crossing pair where first starts earlier. */
function findCrossing(list: readonly Interval[]): [number, number] | null {
  for (let i = 0; i < list.length; i += 1) {
    for (let j = 0; j < list.length; j += 1) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.start < b.start && b.start < a.end && a.end < b.end) return [i, j];
    }
  }
  return null;
}

function compareIntervals(a: Interval, b: Interval): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  // Same range: highlight outside, isolate inside.
  if (a.type !== b.type) return a.type === "mark" ? -1 : 1;
  return 0;
}

function nest(intervals: Interval[]): Branch[] {
  const sorted = [...intervals].sort(compareIntervals);
  const roots: Branch[] = [];
  const stack: Branch[] = [];
  for (const iv of sorted) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= iv.start) stack.pop();
    const node: Branch = { ...iv, children: [] };
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function fillText(
  nodes: readonly Branch[],
  start: number,
  end: number,
  chars: readonly string[],
): SegmentNode[] {
  const out: SegmentNode[] = [];
  let cursor = start;
  const pushText = (to: number) => {
    if (to > cursor) out.push({ type: "text", start: cursor, end: to, text: sliceCodePoints(chars, cursor, to) });
  };
  for (const node of nodes) {
    pushText(node.start);
    out.push({ ...node, children: fillText(node.children as Branch[], node.start, node.end, chars) });
    cursor = node.end;
  }
  pushText(end);
  return out;
}
