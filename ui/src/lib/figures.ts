// Figures: the units present, the chart series (one per source) and the
// side-by-side comparison of sources per period.

import type { FigureRow, Span } from "../api";
import { parseIsoDate, periodKey } from "./dates";

export type UnitCount = { unit: string; count: number };

/** Units by how often they occur, then alphabetically. */
export function unitCounts(figures: readonly FigureRow[]): UnitCount[] {
  const counts = new Map<string, number>();
  for (const figure of figures) counts.set(figure.unit, (counts.get(figure.unit) ?? 0) + 1);
  return [...counts]
    .map(([unit, count]) => ({ unit, count }))
    .sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit));
}

/** Latest first; undated figures last. */
export function sortFiguresByDate(figures: readonly FigureRow[]): FigureRow[] {
  return [...figures].sort((a, b) => {
    const x = parseIsoDate(a.date);
    const y = parseIsoDate(b.date);
    if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
    return y - x || a.id - b.id;
  });
}

export function sourceLabel(figure: FigureRow, noSource: string): string {
  return figure.source_name?.trim() || noSource;
}

export type ChartPoint = {
  id: number;
  articleId: number;
  span: Span;
  date: Date;
  value: number;
  /** Upper end of a range, drawn as a vertical bar. */
  valueMax: number | null;
  series: string;
  /** "more than 15,000 fighters — Belousov, 2 Mar 2024" */
  label: string;
};

export type ChartData = {
  points: ChartPoint[];
  /** One series per source, the busiest first. */
  series: string[];
  /** Figures left out because they have no date or no value. */
  skipped: number;
};

/** Chart points of one unit: dated figures with a value, one series per source. */
export function chartData(
  figures: readonly FigureRow[],
  options: { noSource: string; label: (figure: FigureRow) => string },
): ChartData {
  const points: ChartPoint[] = [];
  let skipped = 0;
  const perSeries = new Map<string, number>();
  for (const figure of figures) {
    const time = parseIsoDate(figure.date);
    if (time === null || figure.value === null) {
      skipped += 1;
      continue;
    }
    const series = sourceLabel(figure, options.noSource);
    perSeries.set(series, (perSeries.get(series) ?? 0) + 1);
    points.push({
      id: figure.id,
      articleId: figure.article_id,
      span: figure.span,
      date: new Date(time),
      value: figure.value,
      valueMax: figure.value_max !== null && figure.value_max !== figure.value ? figure.value_max : null,
      series,
      label: options.label(figure),
    });
  }
  points.sort((a, b) => a.date.getTime() - b.date.getTime() || a.id - b.id);
  const series = [...perSeries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  return { points, series, skipped };
}

/**
 * The interval a hedged figure allows: "more than 15,000" is (15,000, ∞),
 * "about 300" is taken as ±10 %, "70–80" is [70, 80].
 */
export function figureInterval(figure: FigureRow): [number, number] | null {
  const { value, value_max: max } = figure;
  if (value === null) return null;
  switch (figure.qualifier) {
    case "more_than":
    case "at_least":
      return [value, Infinity];
    case "less_than":
    case "at_most":
      return [-Infinity, value];
    case "about": {
      const spread = Math.abs(value) / 10;
      return [value - spread, value + spread];
    }
    case "range":
      return max === null ? [value, value] : [Math.min(value, max), Math.max(value, max)];
    default:
      return [value, value];
  }
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export type Granularity = "day" | "month";

export type ConflictRow = {
  period: string;
  /** Figures of the period by source label. */
  cells: Record<string, FigureRow[]>;
  sourceCount: number;
  /** Two sources give figures that cannot both be true. */
  disagree: boolean;
};

export type ConflictTable = { sources: string[]; rows: ConflictRow[]; undated: number };

/** Figures side by side: a row per period (latest first), a column per source. */
export function conflictTable(
  figures: readonly FigureRow[],
  options: { granularity: Granularity; noSource: string; onlyShared: boolean },
): ConflictTable {
  const byPeriod = new Map<string, Record<string, FigureRow[]>>();
  const sourceTotals = new Map<string, number>();
  let undated = 0;
  for (const figure of figures) {
    const period = figure.date ? periodKey(figure.date, options.granularity) : null;
    if (period === null) {
      undated += 1;
      continue;
    }
    const source = sourceLabel(figure, options.noSource);
    const cells = byPeriod.get(period) ?? {};
    (cells[source] ??= []).push(figure);
    byPeriod.set(period, cells);
  }
  const rows: ConflictRow[] = [];
  for (const [period, cells] of byPeriod) {
    const sources = Object.keys(cells);
    if (options.onlyShared && sources.length < 2) continue;
    for (const source of sources) sourceTotals.set(source, (sourceTotals.get(source) ?? 0) + 1);
    rows.push({ period, cells, sourceCount: sources.length, disagree: sourcesDisagree(cells) });
  }
  rows.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  const sources = [...sourceTotals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  return { sources, rows, undated };
}

function sourcesDisagree(cells: Record<string, FigureRow[]>): boolean {
  const perSource = Object.values(cells).map((rows) =>
    rows.map(figureInterval).filter((interval): interval is [number, number] => interval !== null),
  );
  for (let i = 0; i < perSource.length; i += 1) {
    for (let j = i + 1; j < perSource.length; j += 1) {
      const a = perSource[i]!;
      const b = perSource[j]!;
      // Disagreement: no figure of one source is compatible with any of the other.
      if (a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => overlaps(x, y)))) return true;
    }
  }
  return false;
}
