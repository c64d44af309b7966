// Briefing report drafts: what the analyst fills in, and the definition the
// backend runs.

import type { Language, ReportDefinition, ReportFormat, ReviewState } from "../api";
import { dateInputToQuery } from "./dates";
import type { ActorChoice } from "./views";

export type ReportDraft = {
  /** Name to save the definition under ("" = not saved). */
  name: string;
  title: string;
  author: string;
  language: Extract<Language, "ar" | "en">;
  actors: ActorChoice[];
  tags: string[];
  search: string;
  from: string;
  to: string;
  /** Review states to include; empty = all but rejected. */
  review: ReviewState[];
  keyJudgements: string;
};

export const INITIAL_REPORT: ReportDraft = {
  name: "",
  title: "",
  author: "",
  language: "en",
  actors: [],
  tags: [],
  search: "",
  from: "",
  to: "",
  review: [],
  keyJudgements: "",
};

export const REPORT_FORMATS: readonly ReportFormat[] = ["pdf", "docx", "md", "html"];

/** True when the draft covers nothing: no actors, tags or search. */
export function scopeIsEmpty(draft: ReportDraft): boolean {
  return draft.actors.length === 0 && draft.tags.length === 0 && draft.search.trim() === "";
}

export function definitionOf(draft: ReportDraft, fallbackTitle: string): ReportDefinition {
  return {
    name: draft.name.trim(),
    title: draft.title.trim() || fallbackTitle,
    author: draft.author.trim(),
    language: draft.language,
    scope: {
      actor_ids: draft.actors.map((actor) => actor.id),
      tags: draft.tags,
      search: draft.search.trim() === "" ? null : draft.search.trim(),
      from: dateInputToQuery(draft.from),
      to: dateInputToQuery(draft.to),
      review: draft.review,
    },
    key_judgements: draft.keyJudgements,
  };
}

/** A draft from a saved definition; actor names come from `names` (id → name). */
export function draftOf(definition: ReportDefinition, names: ReadonlyMap<number, string>): ReportDraft {
  return {
    name: definition.name,
    title: definition.title,
    author: definition.author,
    language: definition.language === "ar" ? "ar" : "en",
    actors: definition.scope.actor_ids.map((id) => ({ id, name: names.get(id) ?? `#${id}` })),
    tags: definition.scope.tags,
    search: definition.scope.search ?? "",
    from: definition.scope.from ?? "",
    to: definition.scope.to ?? "",
    review: definition.scope.review,
    keyJudgements: definition.key_judgements,
  };
}

/** A file name for the report: its title with unsafe characters dropped, and the format's extension. */
export function reportFileName(title: string, format: ReportFormat): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 80);
  return `${base || "briefing"}.${format}`;
}
