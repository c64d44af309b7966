import type { ReactNode } from "react";
import { api, type ActorSummary, type ArticleSummary, type FigureRow, type TimelineItem } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { detectDirection } from "../../lib/bidi";
import { describeFigure, formatDate, formatNumber } from "../../lib/format";
import type { ActorChoice, ReaderFocus } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { ReviewBadge } from "../review/ReviewActions";
import { useReview } from "../review/ReviewProvider";

type OverviewProps = {
  articleCount: number;
  onOpenReader: (articleId: number, focus: ReaderFocus | null) => void;
  onOpenActor: (actor: ActorChoice) => void;
};

function Stat({ id, label, value }: { id: string; label: string; value: number }) {
  const { locale } = useI18n();
  return (
    <div className="stat" data-testid={`overview-count-${id}`}>
      <div className="stat-value">{formatNumber(value, locale)}</div>
      <div className="stat-label">{label}</div>
    </div>
  );
}

function Panel({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="overview-panel">
      <h3 className="panel-title">{title}</h3>
      {count === 0 ? <p className="muted">{t("overview.nothing")}</p> : <ul className="overview-list">{children}</ul>}
    </section>
  );
}

function ActorEntry({ actor, onOpen }: { actor: ActorSummary; onOpen: (actor: ActorChoice) => void }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <button
        type="button"
        className="overview-entry"
        data-testid="overview-actor"
        title={t("actors.open", { name: actor.name })}
        onClick={() => onOpen({ id: actor.id, name: actor.name })}
      >
        <span className="entry-head">
          <bdi className="item-name">{actor.name}</bdi>
          <span className="badge">{t(`kind.${actor.kind}`)}</span>
        </span>
        <span className="entry-meta">
          {t("overview.actorActivity", {
            statements: formatNumber(actor.statement_count, locale),
            figures: formatNumber(actor.figure_count, locale),
          })}
        </span>
      </button>
    </li>
  );
}

function StatementEntry({ item, onOpen }: { item: TimelineItem; onOpen: OverviewProps["onOpenReader"] }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <button
        type="button"
        className="overview-entry"
        data-testid="overview-statement"
        onClick={() => onOpen(item.article_id, { itemKey: `${item.kind}-${item.id}`, span: item.span })}
      >
        <span className="entry-head">
          <bdi className="item-name">{item.actor_name}</bdi>
          {item.stance && <span className={`badge stance stance-${item.stance}`}>{t(`stance.${item.stance}`)}</span>}
          <ReviewBadge review={item.review} />
        </span>
        <span className="entry-text" dir={detectDirection(item.text)}>
          {item.text}
        </span>
        <span className="entry-meta">
          {item.date && <span>{formatDate(item.date, locale)}</span>}
          {item.outlet && <bdi>{item.outlet}</bdi>}
        </span>
      </button>
    </li>
  );
}

function FigureEntry({ figure, onOpen }: { figure: FigureRow; onOpen: OverviewProps["onOpenReader"] }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <button
        type="button"
        className="overview-entry"
        data-testid="overview-figure"
        onClick={() => onOpen(figure.article_id, { itemKey: `figure-${figure.id}`, span: figure.span })}
      >
        <span className="entry-head">
          <bdi className="item-name">{describeFigure(figure, locale, t)}</bdi>
          <ReviewBadge review={figure.review} />
        </span>
        <span className="entry-meta">
          {figure.source_name ? <bdi>{figure.source_name}</bdi> : <span>{t("figures.noSource")}</span>}
          {figure.date && <span>{formatDate(figure.date, locale)}</span>}
          {figure.outlet && <bdi>{figure.outlet}</bdi>}
        </span>
      </button>
    </li>
  );
}

function ArticleEntry({ article, onOpen }: { article: ArticleSummary; onOpen: OverviewProps["onOpenReader"] }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <button type="button" className="overview-entry" data-testid="overview-article" onClick={() => onOpen(article.id, null)}>
        <span className="entry-head" dir="auto">
          <bdi className="item-name" lang={article.language === "other" ? undefined : article.language}>
            {article.title}
          </bdi>
        </span>
        <span className="entry-meta">
          {article.outlet && <bdi>{article.outlet}</bdi>}
          {article.published && <span>{formatDate(article.published, locale)}</span>}
          <span>
            {t("overview.articleItems", {
              statements: formatNumber(article.statement_count, locale),
              figures: formatNumber(article.figure_count, locale),
            })}
          </span>
        </span>
      </button>
    </li>
  );
}

/** The landing view: counts and what deserves attention first. */
export function Overview({ articleCount, onOpenReader, onOpenActor }: OverviewProps) {
  const { t } = useI18n();
  const { version } = useReview();
  const { data, error } = useApiQuery(() => api.overview(), [version, articleCount]);

  return (
    <section className="view overview" aria-labelledby="overview-heading">
      <div className="view-toolbar">
        <h2 id="overview-heading" className="view-title">
          {t("overview.title")}
        </h2>
      </div>
      {error && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}
      {!data && !error && <p className="muted padded">{t("common.loading")}</p>}
      {data && (
        <div className="view-scroll">
          <div className="stats">
            <Stat id="articles" label={t("overview.articles")} value={data.article_count} />
            <Stat id="actors" label={t("overview.actors")} value={data.actor_count} />
            <Stat id="statements" label={t("overview.statements")} value={data.statement_count} />
            <Stat id="figures" label={t("overview.figures")} value={data.figure_count} />
          </div>
          <div className="overview-grid">
            <Panel title={t("overview.topActors")} count={data.top_actors.length}>
              {data.top_actors.map((actor) => (
                <ActorEntry key={actor.id} actor={actor} onOpen={onOpenActor} />
              ))}
            </Panel>
            <Panel title={t("overview.awaitingReview")} count={data.awaiting_review.length}>
              {data.awaiting_review.map((article) => (
                <ArticleEntry key={article.id} article={article} onOpen={onOpenReader} />
              ))}
            </Panel>
            <Panel title={t("overview.recentStatements")} count={data.recent_statements.length}>
              {data.recent_statements.map((item) => (
                <StatementEntry key={`${item.kind}-${item.id}`} item={item} onOpen={onOpenReader} />
              ))}
            </Panel>
            <Panel title={t("overview.latestFigures")} count={data.latest_figures.length}>
              {data.latest_figures.map((figure) => (
                <FigureEntry key={figure.id} figure={figure} onOpen={onOpenReader} />
              ))}
            </Panel>
          </div>
        </div>
      )}
    </section>
  );
}
