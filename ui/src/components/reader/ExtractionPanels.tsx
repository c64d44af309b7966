import type { ReactNode } from "react";
import type { ArticleActor, ArticleFigure, ArticleStatement } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { describeFigure, formatDate, formatPercent } from "../../lib/format";
import { NoteButton, NoteEditor } from "../curation/NoteEditor";
import { TagEditor } from "../curation/TagEditor";
import { ReviewActions, ReviewBadge } from "../review/ReviewActions";
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
  footer,
  rejected = false,
}: SelectProps & {
  itemKey: string;
  kind: string;
  testId: string;
  children: ReactNode;
  footer?: ReactNode;
  rejected?: boolean;
}) {
  const active = itemKey === activeKey;
  return (
    <li className={`panel-entry${active ? " is-active" : ""}${rejected ? " is-rejected" : ""}`} data-panel-item={itemKey}>
      <button
        type="button"
        className={`panel-item item-${kind}${active ? " is-active" : ""}`}
        data-testid={testId}
        aria-pressed={active}
        onClick={() => onSelect(itemKey)}
      >
        {children}
      </button>
      {footer}
    </li>
  );
}

/** Review, note and tags under a statement or figure. */
function ItemTools({
  kind,
  id,
  articleId,
  review,
  label,
}: {
  kind: "statement" | "figure";
  id: number;
  articleId: number;
  review: ArticleStatement["review"];
  label: string;
}) {
  return (
    <div className="item-tools">
      <span className="item-tools-row">
        <ReviewActions kind={kind} id={id} articleId={articleId} review={review} label={label} />
        <NoteButton target={{ kind, id }} />
      </span>
      <TagEditor target={{ kind, id }} />
    </div>
  );
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

function StatementItem({ statement, articleId, ...select }: SelectProps & { statement: ArticleStatement; articleId: number }) {
  const { t, locale } = useI18n();
  const speaker = statement.speaker_name ?? t("reader.unattributed");
  return (
    <PanelItem
      itemKey={statementKey(statement.id)}
      kind="statement"
      testId="statement-item"
      rejected={statement.review === "rejected"}
      footer={<ItemTools kind="statement" id={statement.id} articleId={articleId} review={statement.review} label={speaker} />}
      {...select}
    >
      <span className="item-head">
        <bdi className="item-name">{speaker}</bdi>
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

function FigureItem({ figure, articleId, ...select }: SelectProps & { figure: ArticleFigure; articleId: number }) {
  const { t, locale } = useI18n();
  return (
    <PanelItem
      itemKey={figureKey(figure.id)}
      kind="figure"
      testId="figure-item"
      rejected={figure.review === "rejected"}
      footer={
        <ItemTools
          kind="figure"
          id={figure.id}
          articleId={articleId}
          review={figure.review}
          label={describeFigure(figure, locale, t)}
        />
      }
      {...select}
    >
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
  articleId: number;
  actors: readonly ArticleActor[];
  statements: readonly ArticleStatement[];
  figures: readonly ArticleFigure[];
};

const byMentions = (a: ArticleActor, b: ArticleActor) => b.mentions.length - a.mentions.length;
const bySpan = (a: { span: { start: number } }, b: { span: { start: number } }) => a.span.start - b.span.start;

export function ExtractionPanels({ articleId, actors, statements, figures, ...select }: ExtractionPanelsProps) {
  const { t } = useI18n();
  return (
    <aside className="reader-panels">
      <section className="panel-section notes-section">
        <h3 className="panel-title">{t("notes.title")}</h3>
        <NoteEditor target={{ kind: "article", id: articleId }} label={t("notes.article")} />
      </section>
      <PanelSection title={t("reader.actors")} count={actors.length}>
        {[...actors].sort(byMentions).map((actor) => (
          <ActorItem key={actor.actor_id} actor={actor} {...select} />
        ))}
      </PanelSection>
      <PanelSection title={t("reader.statements")} count={statements.length}>
        {[...statements].sort(bySpan).map((statement) => (
          <StatementItem key={statement.id} statement={statement} articleId={articleId} {...select} />
        ))}
      </PanelSection>
      <PanelSection title={t("reader.figures")} count={figures.length}>
        {[...figures].sort(bySpan).map((figure) => (
          <FigureItem key={figure.id} figure={figure} articleId={articleId} {...select} />
        ))}
      </PanelSection>
    </aside>
  );
}
