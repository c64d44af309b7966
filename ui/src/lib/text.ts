// Article bodies are addressed in Unicode code points (what the Rust backend
// counts with `chars()`), not UTF-16 units. Everything here works on arrays of
// code points produced by Array.from(string).

import type { Span } from "../api";

export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Text between two code point offsets. */
export function sliceCodePoints(chars: readonly string[], start: number, end: number): string {
  return chars.slice(start, end).join("");
}

export type Paragraph = {
  /** Code point offset of the first character in the whole body. */
  start: number;
  /** Code point offset one past the last character in the whole body. */
  end: number;
  chars: string[];
};

/** Splits on line breaks, keeping body offsets; blank lines are dropped. */
export function splitParagraphs(body: string): Paragraph[] {
  const chars = codePoints(body);
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const flush = (end: number) => {
    let last = end;
    while (last > start && chars[last - 1] === "\r") last -= 1;
    const slice = chars.slice(start, last);
    if (slice.some((c) => c.trim() !== "")) paragraphs.push({ start, end: last, chars: slice });
  };
  chars.forEach((char, i) => {
    if (char === "\n" || char === "\u2029") {
      flush(i);
      start = i + 1;
    }
  });
  flush(chars.length);
  return paragraphs;
}

/** Clips a body span to a paragraph, returning paragraph-relative offsets. */
export function clipSpan(span: Span, paragraph: Paragraph): Span | null {
  const start = Math.max(span.start, paragraph.start);
  const end = Math.min(span.end, paragraph.end);
  if (end <= start) return null;
  return { start: start - paragraph.start, end: end - paragraph.start };
}

/** Drops white space at both ends of a span; null when nothing else is left. */
export function trimSpan(chars: readonly string[], span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, start);
  end = Math.min(chars.length, end);
  while (start < end && (chars[start] ?? "").trim() === "") start += 1;
  while (end > start && (chars[end - 1] ?? "").trim() === "") end -= 1;
  return end > start ? { start, end } : null;
}
