// From the edit dialog's fields to the StatementEdit / FigureEdit the backend
// takes. A null field means "leave as it is", so only changes are sent.

import type { ArticleFigure, ArticleStatement, FigureEdit, NewFigure, Qualifier, Span, Stance, StatementEdit } from "../api";
import type { MessageKey } from "../i18n/messages";
import { parseLocalizedNumber } from "./format";

export type StatementFields = { speakerId: string; stance: Stance };

export function statementFields(statement: ArticleStatement): StatementFields {
  return { speakerId: statement.speaker_id === null ? "" : String(statement.speaker_id), stance: statement.stance };
}

/** The changes, or null when nothing changed. */
export function statementEdit(original: ArticleStatement, fields: StatementFields): StatementEdit | null {
  const speaker = fields.speakerId === "" ? null : Number(fields.speakerId);
  const edit: StatementEdit = {
    speaker_id: speaker !== null && speaker !== original.speaker_id ? speaker : null,
    stance: fields.stance !== original.stance ? fields.stance : null,
    span: null,
  };
  return edit.speaker_id === null && edit.stance === null ? null : edit;
}

export type FigureFields = {
  value: string;
  valueMax: string;
  qualifier: Qualifier;
  unit: string;
  sourceId: string;
};

export function figureFields(figure: ArticleFigure, formatValue: (value: number) => string = String): FigureFields {
  return {
    value: figure.value === null ? "" : formatValue(figure.value),
    valueMax: figure.value_max === null ? "" : formatValue(figure.value_max),
    qualifier: figure.qualifier,
    unit: figure.unit,
    sourceId: figure.source_id === null ? "" : String(figure.source_id),
  };
}

export type FigureEditResult =
  | { ok: true; edit: FigureEdit | null }
  | { ok: false; problem: MessageKey; field?: MessageKey };

function readNumber(text: string): { value: number | null; invalid: boolean } {
  if (text.trim() === "") return { value: null, invalid: false };
  const value = parseLocalizedNumber(text);
  return { value, invalid: value === null };
}

/** Validates the fields and returns the changes (null when nothing changed). */
export function figureEdit(original: ArticleFigure, fields: FigureFields): FigureEditResult {
  const value = readNumber(fields.value);
  if (value.invalid) return { ok: false, problem: "edit.invalidNumber", field: "edit.value" };
  const max = readNumber(fields.valueMax);
  if (max.invalid) return { ok: false, problem: "edit.invalidNumber", field: "edit.valueMax" };

  const newValue = value.value ?? original.value;
  const newMax = max.value ?? original.value_max;
  if (fields.qualifier === "range" && newMax === null) return { ok: false, problem: "edit.rangeNeedsMax" };
  if (newValue !== null && newMax !== null && newMax < newValue) return { ok: false, problem: "edit.rangeOrder" };

  const unit = fields.unit.trim();
  const source = fields.sourceId === "" ? null : Number(fields.sourceId);
  const edit: FigureEdit = {
    value: value.value !== null && value.value !== original.value ? value.value : null,
    value_max: max.value !== null && max.value !== original.value_max ? max.value : null,
    qualifier: fields.qualifier !== original.qualifier ? fields.qualifier : null,
    unit: unit !== "" && unit !== original.unit ? unit : null,
    source_id: source !== null && source !== original.source_id ? source : null,
    span: null,
  };
  const changed = Object.values(edit).some((field) => field !== null);
  return { ok: true, edit: changed ? edit : null };
}

export type NewFigureFields = FigureFields;

export const EMPTY_FIGURE_FIELDS: NewFigureFields = { value: "", valueMax: "", qualifier: "exact", unit: "", sourceId: "" };

export type NewFigureResult =
  | { ok: true; item: NewFigure }
  | { ok: false; problem: MessageKey; field?: MessageKey };

/** Validates the add-figure dialog: numbers in either script, ranges in order, a unit. */
export function newFigure(articleId: number, span: Span, fields: NewFigureFields): NewFigureResult {
  const value = readNumber(fields.value);
  if (value.invalid) return { ok: false, problem: "edit.invalidNumber", field: "edit.value" };
  const max = readNumber(fields.valueMax);
  if (max.invalid) return { ok: false, problem: "edit.invalidNumber", field: "edit.valueMax" };
  if (fields.qualifier === "range" && max.value === null) return { ok: false, problem: "edit.rangeNeedsMax" };
  if (value.value !== null && max.value !== null && max.value < value.value) return { ok: false, problem: "edit.rangeOrder" };
  const unit = fields.unit.trim();
  if (unit === "") return { ok: false, problem: "add.unitRequired" };
  return {
    ok: true,
    item: {
      article_id: articleId,
      value: value.value,
      value_max: max.value,
      qualifier: fields.qualifier,
      unit,
      source_id: fields.sourceId === "" ? null : Number(fields.sourceId),
      span,
    },
  };
}

/** A tag as stored: trimmed, inner white space collapsed; null when empty. */
export function normaliseTag(input: string): string | null {
  const name = input.trim().replace(/\s+/gu, " ");
  return name === "" ? null : name;
}
