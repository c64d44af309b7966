// Figures of one unit over time, one series (colour) per source, drawn with
// Observable Plot into an SVG. Plot is loaded on first use. The SVG is laid
// out left to right and mirrored through the scales in Arabic (time runs
// right to left, the value axis sits on the right), so that SVG text anchors
// are not flipped a second time by the page direction.

import { useEffect, useMemo, useRef, useState } from "react";
import type { FigureRow } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { chartData, type ChartData, type ChartPoint } from "../../lib/figures";
import { describeFigure, formatDate, formatNumber } from "../../lib/format";
import { Trans } from "../common/Trans";

type PlotModule = typeof import("@observablehq/plot");
let plotModule: Promise<PlotModule> | null = null;

function loadPlot(): Promise<PlotModule> {
  plotModule ??= import("@observablehq/plot").catch((error: unknown) => {
    plotModule = null;
    throw error;
  });
  return plotModule;
}

/** Readable on light and dark backgrounds; one per source, in order. */
export const SERIES_COLOURS = [
  "#3b82c4",
  "#e0832f",
  "#3a9a5b",
  "#c8463d",
  "#8b62c4",
  "#9a6b4f",
  "#d35fa6",
  "#7d8794",
  "#b5a22c",
  "#2aa6b8",
];

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

const MONTHS = 60 * 24 * 60 * 60 * 1000;

type ChartProps = { figures: readonly FigureRow[]; unit: string; onOpen: (figure: FigureRow) => void };

function drawChart(
  Plot: PlotModule,
  data: ChartData,
  options: { width: number; rtl: boolean; locale: string; unit: string },
): SVGSVGElement | HTMLElement {
  const { points, series } = data;
  const times = points.map((p) => p.date.getTime());
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  const tickFormat = new Intl.DateTimeFormat(
    options.locale,
    span > MONTHS ? { month: "short", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" },
  );
  const ranges = points.filter((p) => p.valueMax !== null);
  return Plot.plot({
    document,
    width: options.width,
    height: 280,
    marginLeft: options.rtl ? 20 : 64,
    marginRight: options.rtl ? 64 : 20,
    marginTop: 24,
    style: { background: "transparent", color: "currentColor", fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
    x: { type: "utc", reverse: options.rtl, label: null, tickFormat: (d: Date) => tickFormat.format(d), ticks: 6 },
    y: {
      label: options.unit,
      axis: options.rtl ? "right" : "left",
      grid: true,
      nice: true,
      tickFormat: (v: number) => formatNumber(v, options.locale),
    },
    color: { type: "ordinal", domain: series, range: series.map((_, i) => seriesColour(i)) },
    marks: [
      Plot.ruleX(ranges, { x: "date", y1: "value", y2: "valueMax", stroke: "series", strokeWidth: 3, strokeOpacity: 0.5 }),
      Plot.line(points, { x: "date", y: "value", z: "series", stroke: "series", strokeWidth: 1.5, strokeOpacity: 0.75 }),
      Plot.dot(points, { x: "date", y: "value", fill: "series", r: 4.5, title: (p: ChartPoint) => p.label }),
    ],
  });
}

export function FiguresChart({ figures, unit, onOpen }: ChartProps) {
  const { t, dir, locale } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading");
  const noSource = t("figures.noSource");
  const data = useMemo(
    () =>
      chartData(figures, {
        noSource,
        label: (figure) =>
          [describeFigure(figure, locale, t), figure.source_name ?? noSource, formatDate(figure.date, locale)].join(" — "),
      }),
    [figures, noSource, locale, t],
  );
  const byId = useMemo(() => new Map(figures.map((figure) => [figure.id, figure])), [figures]);
  const latest = useRef({ onOpen, byId });
  latest.current = { onOpen, byId };

  useEffect(() => {
    let disposed = false;
    const container = containerRef.current;
    if (!container) return;
    if (data.points.length === 0) {
      container.replaceChildren();
      return;
    }
    loadPlot().then(
      (Plot) => {
        if (disposed) return;
        const chart = drawChart(Plot, data, {
          width: Math.max(360, container.clientWidth || 720),
          rtl: dir === "rtl",
          locale,
          unit,
        });
        chart.addEventListener("click", (event) => {
          const target = event.target as (Element & { __data__?: unknown }) | null;
          const circle = target?.closest("circle") as (Element & { __data__?: unknown }) | null;
          const point = typeof circle?.__data__ === "number" ? data.points[circle.__data__] : undefined;
          const figure = point ? latest.current.byId.get(point.id) : undefined;
          if (figure) latest.current.onOpen(figure);
        });
        container.replaceChildren(chart);
        setStatus("ready");
      },
      () => {
        if (!disposed) setStatus("failed");
      },
    );
    return () => {
      disposed = true;
    };
  }, [data, dir, locale, unit]);

  return (
    <figure className="figures-chart" data-testid="figures-chart" data-status={status}>
      <figcaption className="chart-caption">
        <Trans text={t("figures.chartTitle")} values={{ unit: <bdi className="chart-unit">{unit}</bdi> }} />
      </figcaption>
      {data.series.length > 0 && (
        <ul className="chart-legend" aria-label={t("figures.col.source")}>
          {data.series.map((name, index) => (
            <li key={name} data-testid="chart-series">
              <span className="swatch" style={{ background: seriesColour(index) }} aria-hidden="true" />
              <bdi>{name}</bdi>
            </li>
          ))}
        </ul>
      )}
      {data.points.length === 0 && <p className="muted">{t("figures.chartEmpty")}</p>}
      {data.points.length > 0 && status === "loading" && <p className="muted">{t("figures.chartLoading")}</p>}
      {status === "failed" && <p className="axis-problem">{t("figures.chartFailed")}</p>}
      <div ref={containerRef} className="chart-canvas" dir="ltr" />
      {data.skipped > 0 && (
        <p className="muted chart-note">{t("figures.chartSkipped", { count: formatNumber(data.skipped, locale) })}</p>
      )}
    </figure>
  );
}
