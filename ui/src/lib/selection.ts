// From a DOM selection in the reader to a code point span of the article body.
// The body is rendered paragraph by paragraph (each <p> carries the code point
// offsets it covers in data-start / data-end) with <mark> and <bdi> inside; a
// boundary's offset is its paragraph's start plus the code points of the
// paragraph's text before it. Text nodes count UTF-16 units, so the text is
// measured with Array.from, never with .length.

import type { Span } from "../api";

const PARAGRAPH = "[data-start]";

function paragraphStart(paragraph: Element): number {
  return Number((paragraph as HTMLElement).dataset.start);
}

function paragraphEnd(paragraph: Element): number {
  return Number((paragraph as HTMLElement).dataset.end);
}

/** The code point offset of a range boundary inside `root`, or null when it is elsewhere. */
export function boundaryOffset(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest(PARAGRAPH);
  if (paragraph && root.contains(paragraph)) {
    const before = (node.ownerDocument ?? document).createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    const counted = Array.from(before.toString()).length;
    return Math.min(paragraphStart(paragraph) + counted, paragraphEnd(paragraph));
  }
  // Between paragraphs: the boundary sits on the body (or a wrapper) itself.
  const paragraphs = Array.from(root.querySelectorAll(PARAGRAPH));
  if (paragraphs.length === 0) return null;
  const child = node.childNodes[offset];
  if (child) {
    const next = paragraphs.find((p) => p === child || child.contains(p) || (child.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    if (next) return paragraphStart(next);
  }
  const previous = paragraphs.filter((p) => node.contains(p) || (node.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
  const last = previous[previous.length - 1] ?? paragraphs[paragraphs.length - 1]!;
  return paragraphEnd(last);
}

/** The selected span of the body rendered in `root`; null when nothing in it is selected. */
export function selectionSpan(root: Element, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = boundaryOffset(root, range.startContainer, range.startOffset);
  const end = boundaryOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
