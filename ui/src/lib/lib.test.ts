import { describe, expect, it } from "vitest";
import { detectDirection, oppositeRuns } from "./bidi";
import { foldForSearch } from "./search";
import { segmentParagraph, type Mark, type SegmentNode } from "./segments";
import { clipSpan, codePoints, splitParagraphs } from "./text";

describe("foldForSearch", () => {
  it("folds hamza carriers, alef forms, diacritics, tatweel and case", () => {
    expect(foldForSearch("أإآٱ")).toBe("اااا");
    expect(foldForSearch("مُؤتَمَر")).toBe(foldForSearch("موتمر"));
    expect(foldForSearch("رئيس")).toBe(foldForSearch("رييس"));
    expect(foldForSearch("مـدرسة")).toBe(foldForSearch("مدرسه"));
    expect(foldForSearch("مستشفى")).toBe(foldForSearch("مستشفي"));
    expect(foldForSearch("Café  RÉSUMÉ")).toBe("cafe resume");
  });
});

describe("direction", () => {
  it("uses the first strong character, skipping digits, punctuation and emoji", () => {
    expect(detectDirection("2024 — 📰 «قال» Putin")).toBe("rtl");
    expect(detectDirection("(Reuters) قال")).toBe("ltr");
    expect(detectDirection("١٢٣ 456", "rtl")).toBe("rtl");
    expect(detectDirection("...")).toBe("ltr");
  });

  it("finds opposite-direction runs including their inner spaces", () => {
    const chars = codePoints("قال Vladimir Putin إن");
    expect(oppositeRuns(chars, "rtl")).toEqual([{ start: 4, end: 18, dir: "ltr" }]);
  });
});

describe("paragraphs", () => {
  it("splits on newlines, drops blank lines and keeps code point offsets", () => {
    const body = "😀 one\r\n\r\n  \ntwo";
    const paragraphs = splitParagraphs(body);
    expect(paragraphs.map((p) => p.chars.join(""))).toEqual(["😀 one", "two"]);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([[0, 5], [12, 15]]);
    expect(clipSpan({ start: 3, end: 13 }, paragraphs[1]!)).toEqual({ start: 0, end: 1 });
    expect(clipSpan({ start: 5, end: 12 }, paragraphs[1]!)).toBeNull();
  });
});

function render(nodes: SegmentNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return node.text;
      const inner = render(node.children);
      return node.type === "mark" ? `[${node.mark.kind[0]}:${inner}]` : `<${node.dir}:${inner}>`;
    })
    .join("");
}

const mark = (kind: Mark["kind"], start: number, end: number): Mark => ({
  kind,
  start,
  end,
  itemKey: `${kind}-${start}`,
  label: kind,
});

describe("segmentParagraph", () => {
  it("nests contained marks and splits crossing ones without losing text", () => {
    const chars = codePoints("abcdefghij");
    const nodes = segmentParagraph(chars, [mark("statement", 0, 6), mark("figure", 4, 9), mark("actor", 1, 3)], []);
    expect(render(nodes)).toBe("[s:a[a:bc]d[f:ef]][f:ghi]j");
  });

  it("never splits an isolate; marks are split around it instead", () => {
    const chars = codePoints("قال Vladimir Putin اليوم");
    const runs = oppositeRuns(chars, "rtl");
    // The actor mark covers "Putin اليوم" and crosses the end of the Latin run.
    const nodes = segmentParagraph(chars, [mark("actor", 13, 24)], runs);
    expect(render(nodes)).toBe("قال <ltr:Vladimir [a:Putin]>[a: اليوم]");
  });

  it("ignores empty or out-of-range spans", () => {
    const chars = codePoints("abc");
    expect(render(segmentParagraph(chars, [mark("actor", 2, 2), mark("figure", 5, 9)], []))).toBe("abc");
  });
});
