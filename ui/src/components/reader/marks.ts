import type { ArticleDetail } from "../../api";
import type { Translate } from "../../i18n/I18nProvider";
import { describeFigure } from "../../lib/format";
import type { Mark } from "../../lib/segments";

export const actorKey = (id: number) => `actor-${id}`;
export const statementKey = (id: number) => `statement-${id}`;
export const figureKey = (id: number) => `figure-${id}`;

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
