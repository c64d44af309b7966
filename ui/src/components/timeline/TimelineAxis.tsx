// The zoomable time axis. vis-timeline is loaded on first use (it is large)
// and is the only module here that touches it. Item and group labels are
// handed over as DOM nodes built with textContent: the library would insert
// strings as HTML.

import { useEffect, useRef, useState } from "react";
import type { DataGroup, DataItem, Timeline, TimelineOptions } from "vis-timeline/standalone";
import { useI18n } from "../../i18n/I18nProvider";
import { axisLabel, type AxisGroup, type AxisItem } from "../../lib/timeline";

type VisModule = typeof import("vis-timeline/standalone");
let visModule: Promise<VisModule> | null = null;

function loadVis(): Promise<VisModule> {
  visModule ??= import("vis-timeline/standalone").catch((error: unknown) => {
    visModule = null; // let a later visit try again
    throw error;
  });
  return visModule;
}

type TimelineAxisProps = {
  groups: readonly AxisGroup[];
  items: readonly AxisItem[];
  onSelect: (itemId: string) => void;
};

function textNode(tag: "span" | "bdi", text: string, className: string, title?: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  if (title) element.title = title;
  return element;
}

export function toVisGroups(groups: readonly AxisGroup[]): DataGroup[] {
  return groups.map((group, index) => ({
    id: group.id,
    order: index,
    content: textNode("bdi", group.name, "tl-group-name"),
  }));
}

export function toVisItems(items: readonly AxisItem[]): DataItem[] {
  return items.map((item) => {
    const content = textNode("span", item.text, "tl-item-text", item.title);
    content.dir = "auto";
    return {
      id: item.id,
      group: item.group,
      start: item.start,
      type: "point",
      className: `tl-item tl-${item.tone}`,
      // DataItem's type says string, but vis-timeline takes an Element as well.
      content: content as unknown as string,
    };
  });
}

const DAY = 24 * 60 * 60 * 1000;

export function TimelineAxis({ groups, items, onSelect }: TimelineAxisProps) {
  const { t, dir, locale } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading");
  const latest = useRef({ onSelect, locale });
  latest.current = { onSelect, locale };

  // vis-timeline takes `rtl` only when it is created.
  useEffect(() => {
    let disposed = false;
    setStatus("loading");
    loadVis().then(
      ({ Timeline: VisTimeline }) => {
        const container = containerRef.current;
        if (disposed || !container) return;
        const options: TimelineOptions = {
          rtl: dir === "rtl",
          locale: "en",
          stack: true,
          selectable: true,
          showCurrentTime: false,
          zoomKey: "ctrlKey",
          zoomMin: DAY,
          verticalScroll: true,
          maxHeight: 360,
          margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
          groupOrder: "order",
          format: {
            minorLabels: (date, scale) => axisLabel(new Date(date.valueOf()), scale, latest.current.locale, false),
            majorLabels: (date, scale) => axisLabel(new Date(date.valueOf()), scale, latest.current.locale, true),
          },
        };
        const timeline = new VisTimeline(container, [], [], options);
        timeline.on("select", (properties: { items: (string | number)[] }) => {
          const id = properties.items[0];
          if (id !== undefined) latest.current.onSelect(String(id));
        });
        timelineRef.current = timeline;
        setStatus("ready");
      },
      () => {
        if (!disposed) setStatus("failed");
      },
    );
    return () => {
      disposed = true;
      timelineRef.current?.destroy();
      timelineRef.current = null;
    };
  }, [dir]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (status !== "ready" || !timeline) return;
    timeline.setGroups(toVisGroups(groups));
    timeline.setItems(toVisItems(items));
    if (items.length > 0) timeline.fit({ animation: false });
  }, [status, groups, items]);

  useEffect(() => {
    // Labels are drawn with the locale of the moment; redraw in the new one.
    timelineRef.current?.redraw();
  }, [locale]);

  return (
    <div className="tl-axis" data-testid="timeline-axis" data-status={status}>
      <div className="tl-axis-tools" role="group" aria-label={t("timeline.axis")} hidden={status === "failed"}>
        <button
          type="button"
          className="button small"
          disabled={status !== "ready"}
          onClick={() => timelineRef.current?.zoomIn(0.5)}
        >
          {t("timeline.zoomIn")}
        </button>
        <button
          type="button"
          className="button small"
          disabled={status !== "ready"}
          onClick={() => timelineRef.current?.zoomOut(0.5)}
        >
          {t("timeline.zoomOut")}
        </button>
        <button
          type="button"
          className="button small"
          disabled={status !== "ready"}
          onClick={() => timelineRef.current?.fit()}
        >
          {t("timeline.fit")}
        </button>
        {status === "loading" && <span className="muted">{t("timeline.axisLoading")}</span>}
      </div>
      {status === "failed" && (
        <p className="axis-problem" role="status">
          {t("timeline.axisFailed")}
        </p>
      )}
      <div ref={containerRef} className="tl-axis-canvas" aria-label={t("timeline.axis")} hidden={status === "failed"} />
    </div>
  );
}
