import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

function setup() {
  const desk = createDesk();
  const backend = mockBackend({ articles: ARTICLES, desk });
  return { backend, ...renderApp() };
}

describe("overview", () => {
  it("is the landing view and shows the counts and the four lists", async () => {
    setup();
    expect(await screen.findByTestId("overview-count-articles")).toHaveTextContent(/^3Articles$/);
    expect(screen.getByTestId("overview-count-actors")).toHaveTextContent(/^5Actors$/);
    expect(screen.getByTestId("overview-count-statements")).toHaveTextContent(/^9Statements$/);
    expect(screen.getByTestId("overview-count-figures")).toHaveTextContent(/^12Figures$/);

    expect(screen.getAllByTestId("overview-actor").map((el) => el.querySelector("bdi")?.textContent)).toEqual([
      "Andrei Belousov",
      "Vladimir Putin",
      "حماس",
    ]);
    expect(screen.getAllByTestId("overview-actor")[0]).toHaveTextContent("Statements: 3 · Figures: 4");

    const statements = screen.getAllByTestId("overview-statement");
    expect(statements[0]).toHaveTextContent("Vladimir Putin");
    expect(statements[0]).toHaveTextContent("Warning");
    expect(statements[0]).toHaveTextContent("5 Mar 2024");

    const figures = screen.getAllByTestId("overview-figure");
    expect(figures[0]).toHaveTextContent("more than 15,000 fighters");
    expect(figures[0]).toHaveTextContent("Belousov");
    expect(figures[1]).toHaveTextContent("about 12,000 fighters");

    expect(screen.getAllByTestId("overview-article").map((el) => el.querySelector("bdi")?.textContent)).toEqual([
      "أكثر من ألف نازح في إدلب",
      "Belousov: more than 15,000 fighters",
    ]);
  });

  it("opens an active actor's timeline", async () => {
    const { backend, user } = setup();
    await user.click((await screen.findAllByTestId("overview-actor"))[0]!);
    expect(await screen.findByTestId("picked-actor")).toHaveTextContent("Andrei Belousov");
    expect(screen.getByRole("button", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
    await waitFor(() => expect(backend.callsTo("timeline").at(-1)).toMatchObject({ query: { actor_ids: [11] } }));
  });

  it("opens an article awaiting review in the reader, and a figure at its span", async () => {
    const { backend, user } = setup();
    await user.click((await screen.findAllByTestId("overview-article"))[1]!);
    expect(await screen.findByTestId("reader-title")).toHaveTextContent("Belousov: more than 15,000 fighters");
    expect(backend.callsTo("get_article")).toEqual([{ id: 1 }]);
    expect(screen.queryByTestId("reader-focus")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /Back to overview/ }));
    await user.click((await screen.findAllByTestId("overview-figure"))[0]!);
    const focus = await screen.findByTestId("reader-focus");
    expect(focus).toHaveTextContent(/^more than 15,000 fighters$/);
    expect(within(screen.getByTestId("figure-item").closest("li")!).getByTestId("figure-item")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
  });
});
