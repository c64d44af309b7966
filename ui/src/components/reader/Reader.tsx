import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { ArticleDetail } from "../../api";
import { useArticle } from "../../hooks/useArticle";
import { useI18n } from "../../i18n/I18nProvider";
import { formatDate, languageName } from "../../lib/format";
import { ErrorMessage } from "../ErrorBanner";
import { ExtractionPanels } from "./ExtractionPanels";
import { buildMarks } from "./marks";
import { ReaderBody } from "./ReaderBody";

type ReaderProps = { articleId: number; onBack: () => void };

function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="meta-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ArticleHeader({ article }: { article: ArticleDetail }) {
  const { t, locale } = useI18n();
  const { summary } = article;
  return (
    <header className="reader-header">
      <h2 className="reader-title" dir="auto" data-testid="reader-title">
        {summary.title}
      </h2>
      <dl className="reader-meta">
        <MetaItem label={t("reader.outlet")}>
          {summary.outlet ? <bdi>{summary.outlet}</bdi> : t("reader.unknown")}
        </MetaItem>
        <MetaItem label={t("reader.published")}>
          {summary.published ? formatDate(summary.published, locale, true) : t("reader.unknown")}
        </MetaItem>
        <MetaItem label={t("library.col.language")}>{languageName(summary.language, t)}</MetaItem>
        {summary.url && (
          <MetaItem label={t("reader.url")}>
            {/* Plain, selectable text: a live link would navigate the webview away. */}
            <bdi dir="ltr" className="url-text" data-testid="reader-url">
              {summary.url}
            </bdi>
          </MetaItem>
        )}
      </dl>
    </header>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <div className="legend" aria-label={t("reader.legend")}>
      <span className="legend-item hl hl-actor">{t("reader.actors")}</span>
      <span className="legend-item hl hl-statement">{t("reader.statements")}</span>
      <span className="legend-item hl hl-figure">{t("reader.figures")}</span>
    </div>
  );
}

function ArticleView({ article }: { article: ArticleDetail }) {
  const { t, locale } = useI18n();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const marks = useMemo(() => buildMarks(article, t, locale), [article, t, locale]);

  const select = useCallback((itemKey: string) => {
    setActiveKey((current) => (current === itemKey ? null : itemKey));
    const target = bodyRef.current?.querySelector(`[data-item="${itemKey}"]`);
    if (target && typeof target.scrollIntoView === "function") {
      target.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }, []);

  return (
    <div className="reader-layout">
      <article className="reader-main">
        <ArticleHeader article={article} />
        <Legend />
        <ReaderBody
          ref={bodyRef}
          body={article.body}
          language={article.summary.language}
          marks={marks}
          activeKey={activeKey}
        />
      </article>
      <ExtractionPanels
        actors={article.actors}
        statements={article.statements}
        figures={article.figures}
        activeKey={activeKey}
        onSelect={select}
      />
    </div>
  );
}

export function Reader({ articleId, onBack }: ReaderProps) {
  const { t } = useI18n();
  const state = useArticle(articleId);
  return (
    <section className="reader">
      <div className="reader-toolbar">
        <button type="button" className="button subtle back-button" onClick={onBack}>
          <span className="back-arrow" aria-hidden="true">←</span> {t("reader.back")}
        </button>
      </div>
      {state.status === "loading" && <p className="muted padded">{t("common.loading")}</p>}
      {state.status === "failed" && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={state.error} />
        </div>
      )}
      {state.status === "ready" && <ArticleView article={state.article} />}
    </section>
  );
}
