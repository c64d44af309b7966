import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { FigureRow } from "../api";
import { FiguresChart } from "../components/figures/FiguresChart";
import { I18nProvider } from "../i18n/I18nProvider";
import { formatDate } from "../lib/format";
import { createDesk, FIGURES } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

const amounts = () => screen.queryAllByTestId("figure-amount").map((el) => el.textContent);

async function openFigures() {
  const backend = mockBackend({ articles: ARTICLES, desk: createDesk() });
  const { user } = renderApp();
  await user.click(await screen.findByTestId("nav-figures"));
  await waitFor(() => expect(screen.queryAllByTestId("figure-row").length).toBeGreaterThan(0));
  return { backend, user };
}

describe("figures", () => {
  it("tables the figures of the most frequent unit, latest first, with their qualifiers", async () => {
    const { backend } = await openFigures();
    expect(backend.callsTo("list_figures")[0]).toEqual({
      query: { actor_id: null, unit: null, from: null, to: null, review: [], limit: 10000 },
    });
    expect(screen.getByTestId("figures-unit")).toHaveValue("fighters");
    // The rejected "9,000 fighters" is hidden.
    expect(amounts()).toEqual(["70–80 fighters", "about 12,000 fighters", "more than 15,000 fighters"]);
    const row = screen.getAllByTestId("figure-row")[2]!;
    const cells = within(row).getAllByRole("cell").map((cell) => cell.textContent);
    expect(cells.slice(0, 5)).toEqual([
      "2 Mar 2024",
      "more than 15,000 fighters",
      "Belousov",
      "Wagner",
      "Belousov: more than 15,000 fighters · Reuters",
    ]);
    expect(within(screen.getAllByTestId("figure-row")[0]!).getAllByRole("cell")[2]).toHaveTextContent("No source given");
  });

  it("shows a figure repeated within its story as one claim with its other sources", async () => {
    await openFigures();
    const repeated = await screen.findByTestId("figure-repeated");
    expect(repeated).toHaveTextContent("repeated by 2 more");
    expect(repeated).toHaveAttribute("title", "Wire copy · Other daily");
  });

  it("switches unit, and filters by actor through the picker", async () => {
    const { backend, user } = await openFigures();
    await user.selectOptions(screen.getByTestId("figures-unit"), "displaced");
    expect(amounts()).toEqual(["more than 1,000 displaced"]);

    await user.type(screen.getByTestId("figures-actor-input"), "حماس");
    await user.click(await screen.findByRole("option", { name: /حماس/ }));
    await waitFor(() => expect(backend.callsTo("list_figures").at(-1)).toMatchObject({ query: { actor_id: 12 } }));
    await user.selectOptions(screen.getByTestId("figures-unit"), "fighters");
    await waitFor(() => expect(amounts()).toEqual(["about 12,000 fighters"]));
  });

  it("charts the unit over time with one series per source", async () => {
    await openFigures();
    const chart = screen.getByTestId("figures-chart");
    await waitFor(() => expect(chart.querySelector("svg")).not.toBeNull());
    expect(within(chart).getAllByTestId("chart-series").map((el) => el.textContent)).toEqual([
      "Belousov",
      "No source given",
      "حماس",
    ]);
    expect(chart.querySelectorAll('g[aria-label="line"] path')).toHaveLength(3);
    const titles = [...chart.querySelectorAll('g[aria-label="dot"] title')].map((el) => el.textContent);
    expect(titles).toContain("more than 15,000 fighters — Belousov — 2 Mar 2024");
    expect(titles).toContain("70–80 fighters — No source given — 20 Mar 2024");
    // The 70–80 range is drawn as a bar from 70 to 80.
    expect(chart.querySelectorAll('g[aria-label="rule"] line')).toHaveLength(1);
  });

  it("compares sources side by side per month and flags disagreement", async () => {
    const { user } = await openFigures();
    await user.click(screen.getByTestId("figures-mode-conflicts"));
    const rows = screen.getAllByTestId("conflict-row");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("March 2024");
    expect(within(rows[0]!).getByTestId("disagree")).toHaveTextContent("Sources disagree");
    const header = screen.getAllByRole("columnheader").map((th) => th.textContent);
    expect(header).toEqual(["Period", "Belousov", "No source given", "حماس"]);
    expect(within(rows[0]!).getAllByRole("cell").map((td) => td.textContent)).toEqual([
      "more than 15,000 fighters",
      "70–80 fighters",
      "about 12,000 fighters",
    ]);
  });

  it("opens the reader at a figure's span from the table", async () => {
    const { user } = await openFigures();
    await user.click(screen.getAllByTestId("figure-row")[2]!);
    expect(await screen.findByTestId("reader-focus")).toHaveTextContent(/^more than 15,000 fighters$/);
    expect(screen.getByRole("button", { name: /Back to figures/ })).toBeInTheDocument();
  });

  it("rejects a figure from the table without opening it", async () => {
    const { backend, user } = await openFigures();
    await user.click(within(screen.getAllByTestId("figure-row")[1]!).getByTestId("reject-item"));
    await waitFor(() => expect(amounts()).toEqual(["70–80 fighters", "more than 15,000 fighters"]));
    expect(backend.callsTo("set_review")).toEqual([{ item: { kind: "figure", id: 31 }, state: "rejected" }]);
    expect(backend.callsTo("get_article")).toHaveLength(0);
  });
});

describe("figures chart", () => {
  const fighters = FIGURES.filter((f) => f.unit === "fighters" && f.review !== "rejected");

  it("mirrors in Arabic: time runs right to left, values on the right, Arabic labels", async () => {
    localStorage.setItem("marsad.uiLanguage", "ar");
    render(
      <I18nProvider>
        <FiguresChart figures={fighters} unit="مقاتل" onOpen={() => {}} />
      </I18nProvider>,
    );
    const chart = screen.getByTestId("figures-chart");
    await waitFor(() => expect(chart.querySelector("svg")).not.toBeNull());
    expect(chart).toHaveTextContent("مقاتل عبر الزمن حسب المصدر");
    expect(within(chart).getAllByTestId("chart-series").map((el) => el.textContent)).toContain("دون مصدر");
    const number = (value: number) => new Intl.NumberFormat("ar").format(value);
    const dots = [...chart.querySelectorAll('g[aria-label="dot"] circle')];
    const x = (text: string) => Number(dots.find((d) => d.textContent?.includes(text))!.getAttribute("cx"));
    expect(dots.map((d) => d.textContent)).toContain(`أكثر من ${number(15000)} fighters — Belousov — ${formatDate("2024-03-02", "ar")}`);
    // Time runs right to left: 2 March lies to the right of 20 March.
    expect(x(number(15000))).toBeGreaterThan(x(number(70)));
    // The value axis is on the right.
    const yTicks = chart.querySelector('g[aria-label="y-axis tick"]')!;
    const width = Number(chart.querySelector("svg")!.getAttribute("width"));
    expect(Number(yTicks.querySelector("path, line")?.getAttribute("transform")?.match(/translate\(([\d.]+)/)?.[1])).toBeGreaterThan(width / 2);
  });

  it("opens a figure when its dot is clicked", async () => {
    const onOpen = vi.fn<(figure: FigureRow) => void>();
    render(
      <I18nProvider>
        <FiguresChart figures={fighters} unit="fighters" onOpen={onOpen} />
      </I18nProvider>,
    );
    const chart = screen.getByTestId("figures-chart");
    await waitFor(() => expect(chart.querySelector("circle")).not.toBeNull());
    const dot = [...chart.querySelectorAll("circle")].find((c) => c.textContent?.includes("about 12,000"))!;
    dot.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 31 }));
  });
});
