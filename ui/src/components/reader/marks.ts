import type { ArticleDetail } from "../../api";
import type { Translate } from "../../i18n/I18nProvider";
import { describeFigure } from "../../lib/format";
import type { Mark } from "../../lib/segments";
import type { ReaderFocus } from "../../lib/views";

export const actorKey = (id: number) => `actor-${id}`;
export const statementKey = (id: number) => `statement-${id}`;
export const figureKey = (id: number) => `figure-${id}`;
/** A span the reader was opened on that is not one of the shown items (a search hit). */
export const HIT_KEY = "hit";

/** All highlightable spans of an article, in body code point offsets. */
export function buildMarks(article: ArticleDetail, t: Translate, locale: string): Mark[] {
  const actors = article.actors.flatMap((actor) =>
    actor.mentions.map(
      (span): Mark => ({
        ...span,
        kind: "actor",
        itemKey: actorKey(actor.actor_id),
        label: t("reader.actorTitle", { kind: t(`kind.${actor.kind}`), name: actor.name }),
      }),
    ),
  );
  const statements = article.statements.map(
    (statement): Mark => ({
      ...statement.span,
      kind: "statement",
      itemKey: statementKey(statement.id),
      label: t("reader.statementTitle", {
        stance: t(`stance.${statement.stance}`),
        speaker: statement.speaker_name ?? t("reader.unattributed"),
      }),
    }),
  );
  const figures = article.figures.map(
    (figure): Mark => ({
      ...figure.span,
      kind: "figure",
      itemKey: figureKey(figure.id),
      label: t("reader.figureTitle", { figure: describeFigure(figure, locale, t) }),
    }),
  );
  return [...statements, ...actors, ...figures];
}

/**
 * The item to focus when the reader opens: the requested item when it is
 * shown, else its span as a plain highlight (a search hit, or an item hidden
 * by the review filter), else nothing.
 */
export function resolveFocus(
  marks: readonly Mark[],
  focus: ReaderFocus | null,
  label: string,
): { activeKey: string | null; extra: Mark | null } {
  if (!focus) return { activeKey: null, extra: null };
  if (focus.itemKey && marks.some((mark) => mark.itemKey === focus.itemKey)) {
    return { activeKey: focus.itemKey, extra: null };
  }
  if (focus.span && focus.span.end > focus.span.start) {
    return { activeKey: HIT_KEY, extra: { ...focus.span, kind: "hit", itemKey: HIT_KEY, label } };
  }
  return { activeKey: null, extra: null };
}
