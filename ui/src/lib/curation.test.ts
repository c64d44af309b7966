import { describe, expect, it } from "vitest";
import { EMPTY_FIGURE_FIELDS, newFigure, normaliseTag } from "./edits";
import { codePoints, trimSpan } from "./text";

describe("trimSpan", () => {
  it("drops white space at both ends, counting code points", () => {
    const chars = codePoints("📰  said 𝐍 ");
    expect(trimSpan(chars, { start: 1, end: chars.length })).toEqual({ start: 3, end: 9 });
    expect(trimSpan(chars, { start: 1, end: 3 })).toBeNull();
  });
});

describe("newFigure", () => {
  const span = { start: 4, end: 9 };
  it("reads Arabic-Indic digits and keeps the unit and source", () => {
    expect(newFigure(7, span, { ...EMPTY_FIGURE_FIELDS, value: "١٢٬٠٠٠", qualifier: "about", unit: " fighters ", sourceId: "12" })).toEqual({
      ok: true,
      item: { article_id: 7, value: 12000, value_max: null, qualifier: "about", unit: "fighters", source_id: 12, span },
    });
  });
  it("rejects bad numbers, ranges without or below their upper value, and a missing unit", () => {
    expect(newFigure(1, span, { ...EMPTY_FIGURE_FIELDS, value: "many", unit: "x" })).toMatchObject({ ok: false, problem: "edit.invalidNumber", field: "edit.value" });
    expect(newFigure(1, span, { ...EMPTY_FIGURE_FIELDS, value: "5", qualifier: "range", unit: "x" })).toMatchObject({ ok: false, problem: "edit.rangeNeedsMax" });
    expect(newFigure(1, span, { ...EMPTY_FIGURE_FIELDS, value: "5", valueMax: "3", unit: "x" })).toMatchObject({ ok: false, problem: "edit.rangeOrder" });
    expect(newFigure(1, span, { ...EMPTY_FIGURE_FIELDS, value: "5" })).toMatchObject({ ok: false, problem: "add.unitRequired" });
  });
});

describe("normaliseTag", () => {
  it("trims and collapses white space", () => {
    expect(normaliseTag("  حرب   المدن ")).toBe("حرب المدن");
    expect(normaliseTag("   ")).toBeNull();
  });
});
