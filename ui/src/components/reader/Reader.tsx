import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ArticleDetail, Span } from "../../api";
import { useArticle } from "../../hooks/useArticle";
import { isDialogOpen, isEditableTarget, letterOf } from "../../hooks/useShortcuts";
import { useI18n } from "../../i18n/I18nProvider";
import { formatDate, languageName } from "../../lib/format";
import { isShown, parseItemKey } from "../../lib/review";
import type { Mark } from "../../lib/segments";
import { selectionSpan } from "../../lib/selection";
import { codePoints, trimSpan } from "../../lib/text";
import type { ReaderFocus } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { AddItemDialog, type AddTarget } from "../curation/AddItemDialog";
import { TagEditor } from "../curation/TagEditor";
import { ShowRejectedToggle } from "../review/ReviewActions";
import { useReview } from "../review/ReviewProvider";
import { ExtractionPanels } from "./ExtractionPanels";
import { buildMarks, figureKey, resolveFocus, statementKey } from "./marks";
import { ReaderBody } from "./ReaderBody";

type ReaderProps = {
  articleId: number;
  /** The item or span to scroll to and highlight on opening. */
  focus?: ReaderFocus | null;
  backLabel: string;
  onBack: () => void;
};

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
        {article.same_story.length > 0 && (
          <MetaItem label={t("reader.sameStory")}>
            <span data-testid="same-story">
              {article.same_story.map((other, i) => (
                <span key={other.id} title={other.title}>
                  {i > 0 && " · "}
                  <bdi>{other.outlet ?? other.title}</bdi>
                  {other.published && ` (${formatDate(other.published, locale)})`}
                </span>
              ))}
            </span>
          </MetaItem>
        )}
      </dl>
      <TagEditor target={{ kind: "article", id: summary.id }} className="reader-tags" />
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
      <span className="legend-hint muted">{t("add.hint")}</span>
    </div>
  );
}

/** Where the analyst selected text, and where to float the toolbar (px in the wrapper). */
type TextSelection = { span: Span; top: number | null; left: number | null };

function SelectionToolbar({ selection, onAdd }: { selection: TextSelection; onAdd: (kind: AddTarget["kind"]) => void }) {
  const { t } = useI18n();
  const placed = selection.top !== null && selection.left !== null;
  return (
    <div
      className={`selection-toolbar${placed ? " is-floating" : ""}`}
      role="toolbar"
      aria-label={t("add.toolbar")}
      data-testid="selection-toolbar"
      style={placed ? { top: selection.top!, left: selection.left! } : undefined}
      // Keep the selection while the buttons are pressed.
      onMouseDown={(e) => e.preventDefault()}
    >
      <button type="button" className="button small" data-testid="add-statement" onClick={() => onAdd("statement")}>
        {t("add.statement")}
      </button>
      <button type="button" className="button small" data-testid="add-figure" onClick={() => onAdd("figure")}>
        {t("add.figure")}
      </button>
    </div>
  );
}

/** The floating toolbar's place: under the selection, inside the wrapper. */
function toolbarPlace(range: Range, wrapper: HTMLElement | null): { top: number | null; left: number | null } {
  if (!wrapper || typeof range.getBoundingClientRect !== "function") return { top: null, left: null };
  const rect = range.getBoundingClientRect();
  const box = wrapper.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return { top: null, left: null };
  const left = Math.max(0, Math.min(rect.left - box.left, box.width - 240));
  return { top: rect.bottom - box.top + 6, left };
}

/** Statements and figures in reading order: what j/k step through. */
type Stop = { key: string; start: number };

function reviewStops(article: ArticleDetail): Stop[] {
  return [
    ...article.statements.map((s) => ({ key: statementKey(s.id), start: s.span.start })),
    ...article.figures.map((f) => ({ key: figureKey(f.id), start: f.span.start })),
  ].sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

function scrollToItem(root: HTMLElement | null, itemKey: string) {
  const targets = [
    root?.querySelector(`[data-item="${itemKey}"]`),
    document.querySelector(`[data-panel-item="${itemKey}"]`),
  ];
  for (const target of targets) {
    if (target && typeof target.scrollIntoView === "function") {
      target.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }
}

function ArticleView({ article, focus }: { article: ArticleDetail; focus: ReaderFocus | null }) {
  const { t, locale } = useI18n();
  const { showRejected, setReview } = useReview();
  const bodyRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [adding, setAdding] = useState<AddTarget | null>(null);
  /** An item just added: scrolled to once the reloaded article has it. */
  const added = useRef<string | null>(null);
  const bodyChars = useMemo(() => codePoints(article.body), [article.body]);

  const visible = useMemo<ArticleDetail>(
    () => ({
      ...article,
      statements: article.statements.filter((s) => isShown(s.review, showRejected)),
      figures: article.figures.filter((f) => isShown(f.review, showRejected)),
    }),
    [article, showRejected],
  );
  const itemMarks = useMemo(() => buildMarks(visible, t, locale), [visible, t, locale]);
  // Resolved once, on the article as first shown.
  const [initial] = useState(() => resolveFocus(itemMarks, focus, t("reader.hitTitle")));
  const marks = useMemo<Mark[]>(
    () => (initial.extra ? [...itemMarks, initial.extra] : itemMarks),
    [itemMarks, initial.extra],
  );
  const [activeKey, setActiveKey] = useState<string | null>(initial.activeKey);
  /** Where the focus is in the text, so j/k still work after the item is hidden. */
  const anchor = useRef<number>(initial.extra?.start ?? focus?.span?.start ?? -1);
  const stops = useMemo(() => reviewStops(visible), [visible]);

  useEffect(() => {
    if (initial.activeKey) scrollToItem(bodyRef.current, initial.activeKey);
  }, [initial.activeKey]);

  const focusItem = useCallback(
    (itemKey: string) => {
      setActiveKey(itemKey);
      const mark = marks.find((m) => m.itemKey === itemKey);
      if (mark) anchor.current = mark.start;
      scrollToItem(bodyRef.current, itemKey);
    },
    [marks],
  );

  const select = useCallback(
    (itemKey: string) => {
      if (itemKey === activeKey) setActiveKey(null);
      else focusItem(itemKey);
    },
    [activeKey, focusItem],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      if (stops.length === 0) return;
      const index = stops.findIndex((stop) => stop.key === activeKey);
      let next: Stop | undefined;
      if (index >= 0) next = stops[index + direction];
      else if (direction === 1) next = stops.find((stop) => stop.start >= anchor.current && stop.start >= 0) ?? stops[0];
      else next = [...stops].reverse().find((stop) => stop.start < anchor.current) ?? stops[stops.length - 1];
      if (next) focusItem(next.key);
    },
    [stops, activeKey, focusItem],
  );

  /** Reads the reader's text selection, as a code point span of the body. */
  const readSelection = useCallback(() => {
    const root = bodyRef.current;
    const current = window.getSelection();
    const raw = root ? selectionSpan(root, current) : null;
    const span = raw ? trimSpan(bodyChars, raw) : null;
    if (!span || !current) return setSelection(null);
    setSelection({ span, ...toolbarPlace(current.getRangeAt(0), wrapperRef.current) });
  }, [bodyChars]);

  const startAdd = useCallback(
    (kind: AddTarget["kind"]) => {
      if (!selection) return;
      setAdding({ kind, span: selection.span });
      setSelection(null);
    },
    [selection],
  );

  const onAdded = useCallback((itemKey: string) => {
    window.getSelection()?.removeAllRanges();
    added.current = itemKey;
    setActiveKey(itemKey);
  }, []);

  useEffect(() => {
    const key = added.current;
    const mark = key ? marks.find((m) => m.itemKey === key) : undefined;
    if (!key || !mark) return;
    added.current = null;
    anchor.current = mark.start;
    scrollToItem(bodyRef.current, key);
  }, [marks]);

  // Keyboard selections (Shift+arrows, caret browsing) end with a key release.
  useEffect(() => {
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key === "Escape") return setSelection(null);
      if (isEditableTarget(event.target) || isDialogOpen()) return;
      readSelection();
    };
    window.addEventListener("keyup", onKeyUp);
    return () => window.removeEventListener("keyup", onKeyUp);
  }, [readSelection]);

  const reviewActive = useCallback(
    async (state: "accepted" | "rejected") => {
      const item = parseItemKey(activeKey);
      if (!item) return;
      if (await setReview(item, state)) step(1);
    },
    [activeKey, setReview, step],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditableTarget(event.target) || isDialogOpen()) return;
      const key = letterOf(event);
      if (key === "j" || event.key === "ArrowDown") {
        event.preventDefault();
        step(1);
      } else if (key === "k" || event.key === "ArrowUp") {
        event.preventDefault();
        step(-1);
      } else if (key === "a" || key === "r") {
        if (!parseItemKey(activeKey)) return;
        event.preventDefault();
        void reviewActive(key === "a" ? "accepted" : "rejected");
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [step, reviewActive, activeKey]);

  return (
    <div className="reader-layout">
      <article className="reader-main">
        <ArticleHeader article={article} />
        <Legend />
        <div className="reader-body-wrap" ref={wrapperRef}>
          <ReaderBody
            ref={bodyRef}
            body={article.body}
            language={article.summary.language}
            marks={marks}
            activeKey={activeKey}
            onSelectionEnd={readSelection}
          />
          {selection && <SelectionToolbar selection={selection} onAdd={startAdd} />}
        </div>
      </article>
      <ExtractionPanels
        articleId={article.summary.id}
        actors={visible.actors}
        statements={visible.statements}
        figures={visible.figures}
        activeKey={activeKey}
        onSelect={select}
      />
      {adding && (
        <AddItemDialog article={article} target={adding} onClose={() => setAdding(null)} onAdded={onAdded} />
      )}
    </div>
  );
}

export function Reader({ articleId, focus = null, backLabel, onBack }: ReaderProps) {
  const { t } = useI18n();
  const { version } = useReview();
  const state = useArticle(articleId, version);
  return (
    <section className="reader">
      <div className="reader-toolbar">
        <button type="button" className="button subtle back-button" onClick={onBack}>
          <span className="back-arrow" aria-hidden="true">←</span> {backLabel}
        </button>
        <ShowRejectedToggle />
      </div>
      {state.status === "loading" && <p className="muted padded">{t("common.loading")}</p>}
      {state.status === "failed" && (
        <div className="error-banner inline" role="alert">
          <ErrorMessage error={state.error} />
        </div>
      )}
      {state.status === "ready" && <ArticleView article={state.article} focus={focus} />}
    </section>
  );
}
