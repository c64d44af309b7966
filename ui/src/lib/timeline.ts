// Timeline items: ordering, the data the time axis draws, and its labels.

import type { TimelineItem } from "../api";
import { parseIsoDate } from "./dates";

export const timelineKey = (item: Pick<TimelineItem, "kind" | "id">) => `${item.kind}-${item.id}`;

/** Chronological, undated items last; ties by article then position. */
export function sortTimeline(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort((a, b) => {
    const x = parseIsoDate(a.date);
    const y = parseIsoDate(b.date);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return x - y;
    }
    return a.article_id - b.article_id || a.span.start - b.span.start || a.id - b.id;
  });
}

export type AxisGroup = { id: number; name: string };
export type AxisItem = {
  id: string;
  group: number;
  start: Date;
  /** stance-warning, figure, … (CSS class suffix). */
  tone: string;
  text: string;
  title: string;
};

/** Groups (one per actor, in the order chosen) and the dated items on them. */
export function axisData(
  items: readonly TimelineItem[],
  actors: readonly AxisGroup[],
  describe: (item: TimelineItem) => { text: string; title: string },
): { groups: AxisGroup[]; items: AxisItem[]; undated: number } {
  const groups = new Map<number, AxisGroup>(actors.map((actor) => [actor.id, actor]));
  const axisItems: AxisItem[] = [];
  let undated = 0;
  for (const item of items) {
    const time = parseIsoDate(item.date);
    if (time === null) {
      undated += 1;
      continue;
    }
    if (!groups.has(item.actor_id)) groups.set(item.actor_id, { id: item.actor_id, name: item.actor_name });
    const { text, title } = describe(item);
    axisItems.push({
      id: timelineKey(item),
      group: item.actor_id,
      start: new Date(time),
      tone: item.kind === "figure" ? "figure" : `stance-${item.stance ?? "claim"}`,
      text,
      title,
    });
  }
  return { groups: [...groups.values()], items: axisItems, undated };
}

type Scale = "millisecond" | "second" | "minute" | "hour" | "weekday" | "day" | "week" | "month" | "year";

const MINOR: Record<Scale, Intl.DateTimeFormatOptions> = {
  millisecond: { second: "2-digit", fractionalSecondDigits: 3 },
  second: { second: "2-digit" },
  minute: { hour: "2-digit", minute: "2-digit" },
  hour: { hour: "2-digit", minute: "2-digit" },
  weekday: { weekday: "short", day: "numeric" },
  day: { day: "numeric" },
  week: { day: "numeric" },
  month: { month: "short" },
  year: { year: "numeric" },
};

const MAJOR: Record<Scale, Intl.DateTimeFormatOptions | null> = {
  millisecond: { hour: "2-digit", minute: "2-digit", second: "2-digit" },
  second: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  minute: { weekday: "short", day: "numeric", month: "long" },
  hour: { weekday: "short", day: "numeric", month: "long" },
  weekday: { month: "long", year: "numeric" },
  day: { month: "long", year: "numeric" },
  week: { month: "long", year: "numeric" },
  month: { year: "numeric" },
  year: null,
};

const labelFormatters = new Map<string, Intl.DateTimeFormat>();

/** Axis labels in the interface language (the axis library only knows a few locales). */
export function axisLabel(date: Date, scale: string, locale: string, major: boolean): string {
  const options = (major ? MAJOR : MINOR)[scale as Scale];
  if (!options) return "";
  const key = `${locale}|${major}|${scale}`;
  let formatter = labelFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    labelFormatters.set(key, formatter);
  }
  return formatter.format(date);
}
