// A stateful fake of the analysis commands, over the fixtures: reviews and
// edits change what later queries return, and undo puts them back, as the
// backend does.

import type {
  ActorQuery,
  ActorSummary,
  ArticleDetail,
  EditEntry,
  FigureEdit,
  FigureQuery,
  FigureRow,
  ItemRef,
  NewFigure,
  NewStatement,
  Note,
  Overview,
  ReviewState,
  SearchHit,
  SearchQuery,
  StatementEdit,
  TagCount,
  TagTarget,
  TimelineItem,
  TimelineQuery,
} from "../api";
import { foldForSearch } from "../lib/search";
import { ARABIC_LINE, ARTICLES, DETAIL, spanOf } from "./fixtures";

export const ACTORS: ActorSummary[] = [
  { id: 10, kind: "person", name: "Vladimir Putin", name_ar: "فلاديمير بوتين", name_en: "Vladimir Putin", article_count: 5, statement_count: 7, figure_count: 1 },
  { id: 11, kind: "person", name: "Andrei Belousov", name_ar: "أندريه بيلوسوف", name_en: "Andrei Belousov", article_count: 2, statement_count: 3, figure_count: 4 },
  { id: 12, kind: "organization", name: "حماس", name_ar: "حماس", name_en: "Hamas", article_count: 4, statement_count: 2, figure_count: 6 },
  { id: 13, kind: "location", name: "إدلب", name_ar: "إدلب", name_en: "Idlib", article_count: 3, statement_count: 0, figure_count: 0 },
  { id: 14, kind: "organization", name: "UNHCR", name_ar: "المفوضية السامية للاجئين", name_en: "UNHCR", article_count: 1, statement_count: 1, figure_count: 3 },
];

const [A1, A2, A3] = [ARTICLES[0]!, ARTICLES[1]!, ARTICLES[2]!];
const S20 = DETAIL.statements[0]!;
const F30 = DETAIL.figures[0]!;

export const TIMELINE: TimelineItem[] = [
  {
    kind: "statement", id: 21, article_id: 2, article_title: A2.title, outlet: A2.outlet, language: "ar",
    actor_id: 10, actor_name: "Vladimir Putin", date: "2024-03-05", date_is_publication: false,
    stance: "warning", cue: "حذّر", text: "حذّر بوتين من أن الهجوم سيفشل", value: null, value_max: null,
    qualifier: null, unit: null, review: "accepted", span: { start: 0, end: 12 },
  },
  {
    kind: "statement", id: 20, article_id: 1, article_title: A1.title, outlet: A1.outlet, language: "en",
    actor_id: 11, actor_name: "Andrei Belousov", date: "2024-03-02", date_is_publication: true,
    stance: "claim", cue: "said", text: S20.content, value: null, value_max: null,
    qualifier: null, unit: null, review: "pending", span: S20.span,
  },
  {
    kind: "figure", id: 30, article_id: 1, article_title: A1.title, outlet: A1.outlet, language: "en",
    actor_id: 11, actor_name: "Andrei Belousov", date: "2024-03-02", date_is_publication: true,
    stance: null, cue: null, text: F30.text, value: 15000, value_max: null,
    qualifier: "more_than", unit: "fighters", review: "pending", span: F30.span,
  },
  {
    kind: "statement", id: 22, article_id: 3, article_title: A3.title, outlet: A3.outlet, language: "en",
    actor_id: 10, actor_name: "Vladimir Putin", date: null, date_is_publication: false,
    stance: "denial", cue: "denied", text: "Russia denied any role", value: null, value_max: null,
    qualifier: null, unit: null, review: "rejected", span: { start: 0, end: 22 },
  },
];

function figure(row: Partial<FigureRow> & Pick<FigureRow, "id" | "article_id" | "value" | "qualifier" | "unit" | "text">): FigureRow {
  const article = ARTICLES.find((a) => a.id === row.article_id)!;
  return {
    article_title: article.title,
    outlet: article.outlet,
    date: article.published,
    value_max: null,
    source_id: null,
    source_name: null,
    about: [],
    review: "pending",
    span: { start: 0, end: 5 },
    story_id: row.article_id,
    repeated_in: [],
    ...row,
  };
}

export const FIGURES: FigureRow[] = [
  figure({ id: 30, article_id: 1, date: "2024-03-02", value: 15000, qualifier: "more_than", unit: "fighters", source_id: 11, source_name: "Belousov", about: ["Wagner"], text: F30.text, span: F30.span }),
  figure({ id: 31, article_id: 2, date: "2024-03-05", value: 12000, qualifier: "about", unit: "fighters", source_id: 12, source_name: "حماس", about: ["إدلب"], text: "نحو 12 ألف مقاتل", repeated_in: ["Wire copy", "Other daily"] }),
  figure({ id: 32, article_id: 3, date: "2024-03-20", value: 70, value_max: 80, qualifier: "range", unit: "fighters", text: "70 to 80 fighters" }),
  figure({ id: 33, article_id: 2, date: "2024-02-10", value: 1000, qualifier: "more_than", unit: "displaced", source_id: 14, source_name: "UNHCR", text: "أكثر من ألف نازح" }),
  figure({ id: 34, article_id: 3, date: "2024-03-11", value: 9000, qualifier: "exact", unit: "fighters", source_id: 12, source_name: "حماس", text: "9,000 fighters", review: "rejected" }),
];

export const SEARCH_HITS: SearchHit[] = [
  {
    kind: "article", id: 1, article_id: 1, title: A1.title, language: "en", date: "2024-03-02",
    snippet: [{ text: "📰 قال بوتين إن ", hit: false }, { text: "Wagner", hit: true }, { text: " انسحبت.", hit: false }],
    span: spanOf(ARABIC_LINE, 0, "Wagner"),
  },
  {
    kind: "statement", id: 20, article_id: 1, title: "Andrei Belousov", language: "en", date: "2024-03-02",
    snippet: [{ text: "Belousov said ", hit: false }, { text: "more than 15,000", hit: true }, { text: " fighters died", hit: false }],
    span: S20.span,
  },
  {
    kind: "actor", id: 10, article_id: null, title: "Vladimir Putin", language: null, date: null,
    snippet: [{ text: "فلاديمير ", hit: false }, { text: "بوتين", hit: true }], span: null,
  },
];

const clone = <T>(value: T): T => structuredClone(value);
const inRange = (date: string | null, from: string | null, to: string | null) =>
  (!from && !to) || (date !== null && (!from || date >= from) && (!to || date <= to));
const reviewMatches = (review: ReviewState, wanted: readonly ReviewState[]) =>
  wanted.length === 0 ? review !== "rejected" : wanted.includes(review);

export type Desk = ReturnType<typeof createDesk>;

export function createDesk(options: { details?: Record<number, ArticleDetail> } = {}) {
  const timeline = clone(TIMELINE);
  const figures = clone(FIGURES);
  const details: Record<number, ArticleDetail> = clone(options.details ?? { 1: DETAIL });
  const log: EditEntry[] = [];
  const undoStack: { entry: EditEntry; restore: () => void }[] = [];
  /** Tags and notes by target ("statement-20"), as the backend keeps them. */
  const tags = new Map<string, string[]>();
  const notes = new Map<string, Note>();
  let nextId = 100;
  const targetKey = (target: TagTarget) => `${target.kind}-${target.id}`;
  const tagsOf = (target: TagTarget) => tags.get(targetKey(target)) ?? [];

  /** Every copy of an item: timeline rows, figure rows, article details. */
  function copies(item: ItemRef): { review: ReviewState }[] {
    const found: { review: ReviewState }[] = timeline.filter((t) => t.kind === item.kind && t.id === item.id);
    if (item.kind === "figure") found.push(...figures.filter((f) => f.id === item.id));
    for (const detail of Object.values(details)) {
      const list: { id: number; review: ReviewState }[] = item.kind === "statement" ? detail.statements : detail.figures;
      found.push(...list.filter((x) => x.id === item.id));
    }
    return found;
  }

  function record(action: string, item: { kind: string; id: number }, summary: string, restore: () => void) {
    const entry: EditEntry = { id: log.length + 1, at: "2024-05-01T10:00:00Z", action, item_kind: item.kind, item_id: item.id, summary, undone: false };
    log.push(entry);
    undoStack.push({ entry, restore });
  }

  function snapshot(item: ItemRef) {
    const saved = copies(item).map((copy) => [copy, clone(copy)] as const);
    return () => saved.forEach(([copy, before]) => Object.assign(copy, before));
  }

  const handlers: Record<string, (args: Record<string, unknown>) => unknown> = {
    get_article: (args) => {
      const detail = details[args.id as number];
      if (!detail) throw { code: "not_found", message: `article ${String(args.id)}` };
      return clone(detail);
    },
    list_actors: (args) => {
      const query = args.query as ActorQuery;
      const terms = foldForSearch(query.search ?? "").split(" ").filter(Boolean);
      const matches = ACTORS.filter((actor) => {
        const key = foldForSearch([actor.name, actor.name_ar, actor.name_en].join(" "));
        return (query.kind === null || actor.kind === query.kind) && terms.every((term) => key.includes(term));
      });
      return clone(matches.slice(0, query.limit ?? undefined));
    },
    timeline: (args) => {
      const q = args.query as TimelineQuery;
      return clone(
        timeline.filter(
          (item) =>
            q.actor_ids.includes(item.actor_id) &&
            inRange(item.date, q.from, q.to) &&
            (q.stances.length === 0 || (item.stance !== null && q.stances.includes(item.stance))) &&
            (q.outlets.length === 0 || (item.outlet !== null && q.outlets.includes(item.outlet))) &&
            (q.languages.length === 0 || q.languages.includes(item.language)) &&
            (q.tag === null || q.tag === undefined || tagsOf({ kind: item.kind, id: item.id }).includes(q.tag)) &&
            reviewMatches(item.review, q.review),
        ),
      );
    },
    list_figures: (args) => {
      const q = args.query as FigureQuery;
      return clone(
        figures.filter(
          (row) =>
            (q.actor_id === null || row.source_id === q.actor_id) &&
            (q.unit === null || row.unit === q.unit) &&
            inRange(row.date, q.from, q.to) &&
            reviewMatches(row.review, q.review),
        ),
      );
    },
    search: (args) => {
      const q = args.query as SearchQuery;
      const hits = SEARCH_HITS.filter((hit) => q.kinds.length === 0 || q.kinds.includes(hit.kind));
      return clone({ hits, total: hits.length, elapsed_ms: 3 });
    },
    set_review: (args) => {
      const item = args.item as ItemRef;
      const state = args.state as ReviewState;
      const found = copies(item);
      if (found.length === 0) throw { code: "not_found", message: `${item.kind} ${item.id}` };
      const restore = snapshot(item);
      found.forEach((copy) => {
        copy.review = state;
      });
      record("review", item, `${state === "rejected" ? "Rejected" : "Accepted"} ${item.kind} ${item.id}`, restore);
      return null;
    },
    edit_statement: (args) => {
      const id = args.id as number;
      const edit = args.edit as StatementEdit;
      const item: ItemRef = { kind: "statement", id };
      const restore = snapshot(item);
      for (const row of timeline.filter((t) => t.kind === "statement" && t.id === id)) {
        if (edit.stance) row.stance = edit.stance;
        if (edit.speaker_id !== null) row.actor_id = edit.speaker_id;
        row.review = "edited";
      }
      for (const detail of Object.values(details)) {
        for (const statement of detail.statements.filter((s) => s.id === id)) {
          if (edit.stance) statement.stance = edit.stance;
          if (edit.speaker_id !== null) {
            statement.speaker_id = edit.speaker_id;
            statement.speaker_name = detail.actors.find((a) => a.actor_id === edit.speaker_id)?.name ?? null;
          }
          statement.review = "edited";
        }
      }
      record("edit", item, `Edited statement ${id}`, restore);
      return null;
    },
    edit_figure: (args) => {
      const id = args.id as number;
      const edit = args.edit as FigureEdit;
      const item: ItemRef = { kind: "figure", id };
      const restore = snapshot(item);
      const apply = (row: { value: number | null; value_max: number | null; qualifier: unknown; unit: unknown; review: ReviewState }) => {
        if (edit.value !== null) row.value = edit.value;
        if (edit.value_max !== null) row.value_max = edit.value_max;
        if (edit.qualifier !== null) row.qualifier = edit.qualifier;
        if (edit.unit !== null) row.unit = edit.unit;
        row.review = "edited";
      };
      figures.filter((f) => f.id === id).forEach(apply);
      timeline.filter((t) => t.kind === "figure" && t.id === id).forEach(apply);
      Object.values(details).forEach((d) => d.figures.filter((f) => f.id === id).forEach(apply));
      record("edit", item, `Edited figure ${id}`, restore);
      return null;
    },
    add_statement: (args) => {
      const item = args.item as NewStatement;
      const detail = details[item.article_id];
      if (!detail) throw { code: "not_found", message: `article ${item.article_id}` };
      const id = nextId++;
      detail.statements.push({
        id,
        speaker_id: item.speaker_id,
        speaker_name: detail.actors.find((a) => a.actor_id === item.speaker_id)?.name ?? null,
        cue: item.cue,
        stance: item.stance,
        span: item.span,
        content: Array.from(detail.body).slice(item.span.start, item.span.end).join(""),
        date: null,
        confidence: 1,
        review: "accepted",
      });
      record("add", { kind: "statement", id }, `Added statement ${id}`, () => {
        detail.statements = detail.statements.filter((s) => s.id !== id);
      });
      return id;
    },
    add_figure: (args) => {
      const item = args.item as NewFigure;
      const detail = details[item.article_id];
      if (!detail) throw { code: "not_found", message: `article ${item.article_id}` };
      const id = nextId++;
      detail.figures.push({
        id,
        value: item.value,
        value_max: item.value_max,
        qualifier: item.qualifier,
        unit: item.unit,
        source_id: item.source_id,
        source_name: detail.actors.find((a) => a.actor_id === item.source_id)?.name ?? null,
        span: item.span,
        text: Array.from(detail.body).slice(item.span.start, item.span.end).join(""),
        date: null,
        review: "accepted",
      });
      record("add", { kind: "figure", id }, `Added figure ${id}`, () => {
        detail.figures = detail.figures.filter((f) => f.id !== id);
      });
      return id;
    },
    add_tag: (args) => {
      const target = args.target as TagTarget;
      const name = args.name as string;
      const before = tagsOf(target);
      if (!before.includes(name)) tags.set(targetKey(target), [...before, name]);
      record("tag", target, `Tagged ${target.kind} ${target.id} “${name}”`, () => tags.set(targetKey(target), before));
      return null;
    },
    remove_tag: (args) => {
      const target = args.target as TagTarget;
      const name = args.name as string;
      const before = tagsOf(target);
      tags.set(targetKey(target), before.filter((tag) => tag !== name));
      record("untag", target, `Untagged ${target.kind} ${target.id} “${name}”`, () => tags.set(targetKey(target), before));
      return null;
    },
    tags_of: (args) => clone(tagsOf(args.target as TagTarget)),
    list_tags: (): TagCount[] => {
      const counts = new Map<string, number>();
      for (const list of tags.values()) list.forEach((name) => counts.set(name, (counts.get(name) ?? 0) + 1));
      return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
    },
    save_note: (args) => {
      const target = args.target as TagTarget;
      const body = args.body as string;
      const key = targetKey(target);
      const before = notes.get(key);
      if (body === "") notes.delete(key);
      else {
        const at = `2024-05-0${Math.min(9, log.length + 2)}T09:30:00Z`;
        notes.set(key, { id: before?.id ?? nextId++, target, body, created_at: before?.created_at ?? at, updated_at: at });
      }
      record("note", target, `Note on ${target.kind} ${target.id}`, () => {
        if (before) notes.set(key, before);
        else notes.delete(key);
      });
      return null;
    },
    note_of: (args) => clone(notes.get(targetKey(args.target as TagTarget)) ?? null),
    undo: () => {
      const last = undoStack.pop();
      if (!last) return null;
      last.restore();
      last.entry.undone = true;
      return clone(last.entry);
    },
    edit_log: (args) => clone(log.slice(-(args.limit as number)).reverse()),
    overview: (): Overview => {
      const statements = timeline.filter((t) => t.kind === "statement" && t.review !== "rejected");
      const shownFigures = figures.filter((f) => f.review !== "rejected");
      return clone({
        article_count: ARTICLES.length,
        actor_count: ACTORS.length,
        statement_count: 9,
        figure_count: 12,
        top_actors: [ACTORS[1]!, ACTORS[0]!, ACTORS[2]!],
        recent_statements: statements.slice(0, 3),
        latest_figures: shownFigures.slice(0, 3),
        awaiting_review: [A2, A1],
      });
    },
  };

  return { handlers, timeline, figures, details, log, tags, notes };
}
