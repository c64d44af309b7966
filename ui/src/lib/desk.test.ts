import { describe, expect, it } from "vitest";
import type { TimelineItem } from "../api";
import { HIT_KEY, resolveFocus } from "../components/reader/marks";
import { dictionaries } from "../i18n/messages";
import { DETAIL } from "../test/fixtures";
import { FIGURES, TIMELINE } from "../test/desk";
import { periodKey } from "./dates";
import { figureEdit, figureFields, statementEdit, statementFields } from "./edits";
import { chartData, conflictTable, figureInterval, unitCounts } from "./figures";
import { describeFigure, parseLocalizedNumber } from "./format";
import { parseItemKey, reviewFilter } from "./review";
import type { Mark } from "./segments";
import { axisData, axisLabel, sortTimeline } from "./timeline";

const t = (key: keyof typeof dictionaries.en, values?: Record<string, string | number>) =>
  dictionaries.en[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole));

describe("review filter", () => {
  it("sends nothing by default (all but rejected) and everything when rejected items are shown", () => {
    expect(reviewFilter([], false)).toEqual([]);
    expect(reviewFilter([], true)).toEqual(["pending", "accepted", "edited", "rejected"]);
    expect(reviewFilter(["edited", "pending"], false)).toEqual(["pending", "edited"]);
    expect(reviewFilter(["accepted"], true)).toEqual(["accepted", "rejected"]);
  });

  it("reads item keys", () => {
    expect(parseItemKey("statement-20")).toEqual({ kind: "statement", id: 20 });
    expect(parseItemKey("figure-7")).toEqual({ kind: "figure", id: 7 });
    expect(parseItemKey("actor-10")).toBeNull();
    expect(parseItemKey(null)).toBeNull();
  });
});

describe("numbers typed in either script", () => {
  it("reads Arabic-Indic and Persian digits and both kinds of separators", () => {
    expect(parseLocalizedNumber("١٥٬٠٠٠")).toBe(15000);
    expect(parseLocalizedNumber("۱۲۰۰")).toBe(1200);
    expect(parseLocalizedNumber("٣٫٥")).toBe(3.5);
    expect(parseLocalizedNumber(" 15,000 ")).toBe(15000);
    expect(parseLocalizedNumber("-2.5")).toBe(-2.5);
    expect(parseLocalizedNumber("15 thousand")).toBeNull();
    expect(parseLocalizedNumber("")).toBeNull();
  });

  it("describes hedged figures", () => {
    const base = { unit: "fighters", text: "t", value_max: null };
    expect(describeFigure({ ...base, value: 15000, qualifier: "more_than" }, "en-GB", t)).toBe("more than 15,000 fighters");
    expect(describeFigure({ ...base, value: 300, qualifier: "about" }, "en-GB", t)).toBe("about 300 fighters");
    expect(describeFigure({ ...base, value: 70, value_max: 80, qualifier: "range" }, "en-GB", t)).toBe("70–80 fighters");
    expect(describeFigure({ ...base, value: 5, qualifier: null, unit: null }, "en-GB", t)).toBe("5");
    expect(describeFigure({ ...base, value: null, qualifier: "about", text: "dozens" }, "en-GB", t)).toBe("dozens");
  });
});

describe("edits", () => {
  const statement = DETAIL.statements[0]!;
  const figure = DETAIL.figures[0]!;

  it("sends only what changed in a statement", () => {
    const fields = statementFields(statement);
    expect(statementEdit(statement, fields)).toBeNull();
    expect(statementEdit(statement, { ...fields, stance: "denial" })).toEqual({ speaker_id: null, stance: "denial", span: null });
    expect(statementEdit(statement, { ...fields, speakerId: "10" })).toEqual({ speaker_id: 10, stance: null, span: null });
  });

  it("validates and diffs a figure", () => {
    const fields = figureFields(figure);
    expect(figureEdit(figure, fields)).toEqual({ ok: true, edit: null });
    expect(figureEdit(figure, { ...fields, value: "many" })).toEqual({ ok: false, problem: "edit.invalidNumber", field: "edit.value" });
    expect(figureEdit(figure, { ...fields, qualifier: "range" })).toEqual({ ok: false, problem: "edit.rangeNeedsMax" });
    expect(figureEdit(figure, { ...fields, qualifier: "range", valueMax: "100" })).toEqual({ ok: false, problem: "edit.rangeOrder" });
    expect(figureEdit(figure, { ...fields, qualifier: "range", valueMax: "١٦٠٠٠", unit: " militants ", sourceId: "10" })).toEqual({
      ok: true,
      edit: { value: null, value_max: 16000, qualifier: "range", unit: "militants", source_id: 10, span: null },
    });
  });
});

describe("timeline data", () => {
  it("orders items by date with undated last, and puts dated ones on the axis by actor", () => {
    const sorted = sortTimeline(TIMELINE);
    expect(sorted.map((i) => `${i.kind}-${i.id}`)).toEqual(["statement-20", "figure-30", "statement-21", "statement-22"]);
    const axis = axisData(sorted, [{ id: 10, name: "Putin" }], (item: TimelineItem) => ({ text: item.text, title: "" }));
    expect(axis.groups).toEqual([
      { id: 10, name: "Putin" },
      { id: 11, name: "Andrei Belousov" },
    ]);
    expect(axis.items.map((i) => [i.id, i.group, i.tone])).toEqual([
      ["statement-20", 11, "stance-claim"],
      ["figure-30", 11, "figure"],
      ["statement-21", 10, "stance-warning"],
    ]);
    expect(axis.undated).toBe(1);
  });

  it("labels the axis with Intl in the interface language", () => {
    const date = new Date(Date.UTC(2024, 2, 5, 12));
    expect(axisLabel(date, "month", "en-GB", false)).toBe("Mar");
    expect(axisLabel(date, "month", "en-GB", true)).toBe("2024");
    expect(axisLabel(date, "month", "ar", false)).toBe(new Intl.DateTimeFormat("ar", { month: "short" }).format(date));
    expect(axisLabel(date, "year", "en-GB", true)).toBe("");
  });
});

describe("figure charts and conflicts", () => {
  const fighters = FIGURES.filter((f) => f.unit === "fighters" && f.review !== "rejected");

  it("counts units", () => {
    expect(unitCounts(FIGURES)).toEqual([
      { unit: "fighters", count: 4 },
      { unit: "displaced", count: 1 },
    ]);
  });

  it("makes one series per source, in date order, leaving out undated figures", () => {
    const data = chartData([...fighters, { ...fighters[0]!, id: 99, date: null }], { noSource: "none", label: (f) => `#${f.id}` });
    expect(data.series).toEqual(["Belousov", "none", "حماس"]);
    expect(data.points.map((p) => [p.id, p.series, p.value, p.valueMax])).toEqual([
      [30, "Belousov", 15000, null],
      [31, "حماس", 12000, null],
      [32, "none", 70, 80],
    ]);
    expect(data.skipped).toBe(1);
  });

  it("reads what a hedged figure allows", () => {
    const [more, about, range] = [fighters[0]!, fighters[1]!, fighters[2]!];
    expect(figureInterval(more)).toEqual([15000, Infinity]);
    expect(figureInterval(about)).toEqual([10800, 13200]);
    expect(figureInterval(range)).toEqual([70, 80]);
  });

  it("puts sources side by side per period and flags periods where they cannot agree", () => {
    const table = conflictTable(fighters, { granularity: "month", noSource: "none", onlyShared: true });
    expect(table.sources).toEqual(["Belousov", "none", "حماس"]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.period).toBe("2024-03");
    expect(table.rows[0]!.disagree).toBe(true);

    // "more than 15,000" and "about 16,000" can both hold.
    const compatible = [fighters[0]!, { ...fighters[1]!, value: 16000 }];
    expect(conflictTable(compatible, { granularity: "month", noSource: "none", onlyShared: true }).rows[0]!.disagree).toBe(false);

    const byDay = conflictTable(fighters, { granularity: "day", noSource: "none", onlyShared: true });
    expect(byDay.rows).toHaveLength(0);
    expect(conflictTable(fighters, { granularity: "day", noSource: "none", onlyShared: false }).rows.map((r) => r.period)).toEqual([
      "2024-03-20",
      "2024-03-05",
      "2024-03-02",
    ]);
    expect(periodKey("2024-03-02T23:30:00Z", "month")).toBe("2024-03");
  });
});

describe("reader focus", () => {
  const marks: Mark[] = [{ start: 5, end: 9, kind: "statement", itemKey: "statement-1", label: "" }];

  it("focuses the item when it is shown, else highlights its span", () => {
    expect(resolveFocus(marks, { itemKey: "statement-1", span: { start: 5, end: 9 } }, "hit")).toEqual({
      activeKey: "statement-1",
      extra: null,
    });
    expect(resolveFocus(marks, { itemKey: "statement-2", span: { start: 1, end: 3 } }, "hit")).toEqual({
      activeKey: HIT_KEY,
      extra: { start: 1, end: 3, kind: "hit", itemKey: HIT_KEY, label: "hit" },
    });
    expect(resolveFocus(marks, { itemKey: null, span: null }, "hit")).toEqual({ activeKey: null, extra: null });
    expect(resolveFocus(marks, null, "hit")).toEqual({ activeKey: null, extra: null });
  });
});
