import type { ReactNode } from "react";
import type { ArticleActor, ArticleFigure, ArticleStatement, ReviewState } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { describeFigure, formatDate, formatPercent } from "../../lib/format";
import { actorKey, figureKey, statementKey } from "./marks";

type SelectProps = { activeKey: string | null; onSelect: (itemKey: string) => void };

function PanelSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="panel-section">
      <h3 className="panel-title">
        {title} <span className="panel-count">{count}</span>
      </h3>
      {count === 0 ? <p className="muted">{t("reader.noneFound")}</p> : <ul className="panel-list">{children}</ul>}
    </section>
  );
}

function PanelItem({
  itemKey,
  activeKey,
  onSelect,
  kind,
  testId,
  children,
}: SelectProps & { itemKey: string; kind: string; testId: string; children: ReactNode }) {
  return (
    <li>
      <button
        type="button"
        className={`panel-item item-${kind}${itemKey === activeKey ? " is-active" : ""}`}
        data-testid={testId}
        aria-pressed={itemKey === activeKey}
        onClick={() => onSelect(itemKey)}
      >
        {children}
      </button>
    </li>
  );
}

function ReviewBadge({ review }: { review: ReviewState }) {
  const { t } = useI18n();
  if (review === "pending") return null;
  return <span className={`badge review-${review}`}>{t(`review.${review}`)}</span>;
}

function ActorItem({ actor, ...select }: SelectProps & { actor: ArticleActor }) {
  const { t } = useI18n();
  const otherNames: { text: string; lang: string; dir: "rtl" | "ltr" }[] = [];
  if (actor.name_ar && actor.name_ar !== actor.name) otherNames.push({ text: actor.name_ar, lang: "ar", dir: "rtl" });
  if (actor.name_en && actor.name_en !== actor.name) otherNames.push({ text: actor.name_en, lang: "en", dir: "ltr" });
  return (
    <PanelItem itemKey={actorKey(actor.actor_id)} kind="actor" testId="actor-item" {...select}>
      <span className="item-head">
        <bdi className="item-name">{actor.name}</bdi>
        <span className="badge">{t(`kind.${actor.kind}`)}</span>
      </span>
      {otherNames.length > 0 && (
        <span className="item-names">
          {otherNames.map((name) => (
            <bdi key={name.lang} lang={name.lang} dir={name.dir}>
              {name.text}
            </bdi>
          ))}
        </span>
      )}
      {actor.roles.length > 0 && (
        <span className="item-roles">
          {actor.roles.map((role) => (
            <bdi key={role} className="role">
              {role}
            </bdi>
          ))}
        </span>
      )}
      <span className="item-meta">{t("reader.mentions", { count: actor.mentions.length })}</span>
    </PanelItem>
  );
}

function StatementItem({ statement, ...select }: SelectProps & { statement: ArticleStatement }) {
  const { t, locale } = useI18n();
  return (
    <PanelItem itemKey={statementKey(statement.id)} kind="statement" testId="statement-item" {...select}>
      <span className="item-head">
        <bdi className="item-name">{statement.speaker_name ?? t("reader.unattributed")}</bdi>
        <bdi className="cue">{statement.cue}</bdi>
        <span className={`badge stance stance-${statement.stance}`}>{t(`stance.${statement.stance}`)}</span>
      </span>
      <span className="item-content" dir="auto">
        {statement.content}
      </span>
      <span className="item-meta">
        {statement.date && <span>{formatDate(statement.date, locale)}</span>}
        <span>{t("reader.confidence", { value: formatPercent(statement.confidence, locale) })}</span>
        <ReviewBadge review={statement.review} />
      </span>
    </PanelItem>
  );
}

function FigureItem({ figure, ...select }: SelectProps & { figure: ArticleFigure }) {
  const { t, locale } = useI18n();
  return (
    <PanelItem itemKey={figureKey(figure.id)} kind="figure" testId="figure-item" {...select}>
      <span className="item-head figure-line">
        <bdi className="item-name">{describeFigure(figure, locale, t)}</bdi>
        {" — "}
        {figure.source_name ? (
          <span>{t("reader.source", { name: "" })}<bdi>{figure.source_name}</bdi></span>
        ) : (
          <span className="muted">{t("reader.noSource")}</span>
        )}
      </span>
      <span className="item-quote" dir="auto">
        {figure.text}
      </span>
      <span className="item-meta">
        {figure.date && <span>{formatDate(figure.date, locale)}</span>}
        <ReviewBadge review={figure.review} />
      </span>
    </PanelItem>
  );
}

type ExtractionPanelsProps = SelectProps & {
  actors: readonly ArticleActor[];
  statements: readonly ArticleStatement[];
  figures: readonly ArticleFigure[];
};

const byMentions = (a: ArticleActor, b: ArticleActor) => b.mentions.length - a.mentions.length;
const bySpan = (a: { span: { start: number } }, b: { span: { start: number } }) => a.span.start - b.span.start;

export function ExtractionPanels({ actors, statements, figures, ...select }: ExtractionPanelsProps) {
  const { t } = useI18n();
  return (
    <aside className="reader-panels">
      <PanelSection title={t("reader.actors")} count={actors.length}>
        {[...actors].sort(byMentions).map((actor) => (
          <ActorItem key={actor.actor_id} actor={actor} {...select} />
        ))}
      </PanelSection>
      <PanelSection title={t("reader.statements")} count={statements.length}>
        {[...statements].sort(bySpan).map((statement) => (
          <StatementItem key={statement.id} statement={statement} {...select} />
        ))}
      </PanelSection>
      <PanelSection title={t("reader.figures")} count={figures.length}>
        {[...figures].sort(bySpan).map((figure) => (
          <FigureItem key={figure.id} figure={figure} {...select} />
        ))}
      </PanelSection>
    </aside>
  );
}
