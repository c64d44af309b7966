import { memo, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { TimelineItem } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { detectDirection } from "../../lib/bidi";
import { describeFigure, formatDate } from "../../lib/format";
import { timelineKey } from "../../lib/timeline";
import { NoteButton } from "../curation/NoteEditor";
import { TagEditor } from "../curation/TagEditor";
import { ReviewActions, ReviewBadge } from "../review/ReviewActions";

const ROW_HEIGHT = 140;

type RowProps = { item: TimelineItem; top: number; onOpen: (item: TimelineItem) => void };

const TimelineRow = memo(function TimelineRow({ item, top, onOpen }: RowProps) {
  const { t, locale } = useI18n();
  const isFigure = item.kind === "figure";
  const tone = isFigure ? "figure" : `stance-${item.stance ?? "claim"}`;
  const fallback = item.language === "ar" ? "rtl" : "ltr";
  return (
    <div
      role="listitem"
      className={`virtual-row timeline-row tone-${tone}${item.review === "rejected" ? " is-rejected" : ""}`}
      data-testid="timeline-item"
      data-item={timelineKey(item)}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <button
        type="button"
        className="timeline-open"
        data-testid="timeline-open"
        title={t("timeline.open", { title: item.article_title })}
        onClick={() => onOpen(item)}
      >
        <span className="entry-head">
          <span className="tl-date" data-testid="timeline-date">
            {item.date ? formatDate(item.date, locale) : t("timeline.noDate")}
          </span>
          {item.date && item.date_is_publication && (
            <span className="badge pub-date" data-testid="publication-date" title={t("timeline.publicationDateHint")}>
              {t("timeline.publicationDate")}
            </span>
          )}
          <bdi className="item-name">{item.actor_name}</bdi>
          {isFigure ? (
            <span className="badge tone-badge tone-figure">{t("timeline.figure")}</span>
          ) : (
            item.stance && (
              <span className={`badge stance stance-${item.stance}`} data-testid="timeline-stance">
                {t(`stance.${item.stance}`)}
              </span>
            )
          )}
          {item.cue && <bdi className="cue">{item.cue}</bdi>}
          {isFigure && <bdi className="figure-amount">{describeFigure(item, locale, t)}</bdi>}
        </span>
        <span className="entry-text" dir={detectDirection(item.text, fallback)}>
          {item.text}
        </span>
        <span className="entry-meta">
          {item.outlet && <bdi className="outlet">{item.outlet}</bdi>}
          <bdi className="article-title">{item.article_title}</bdi>
        </span>
      </button>
      <span className="row-side">
        <ReviewBadge review={item.review} />
        <ReviewActions
          kind={item.kind}
          id={item.id}
          articleId={item.article_id}
          review={item.review}
          label={item.actor_name}
        />
        <span className="row-tools">
          <NoteButton target={{ kind: item.kind, id: item.id }} />
          <TagEditor target={{ kind: item.kind, id: item.id }} className="compact" />
        </span>
      </span>
    </div>
  );
});

/** Virtualised: only the rows in view are in the DOM. */
export function TimelineList({ items, onOpen }: { items: readonly TimelineItem[]; onOpen: (item: TimelineItem) => void }) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => {
      const item = items[index];
      return item ? timelineKey(item) : index;
    },
  });
  return (
    <div className="list-scroll timeline-list" ref={scrollRef}>
      <div role="list" aria-label={t("timeline.list")} className="virtual-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          return item ? <TimelineRow key={row.key} item={item} top={row.start} onOpen={onOpen} /> : null;
        })}
      </div>
    </div>
  );
}
