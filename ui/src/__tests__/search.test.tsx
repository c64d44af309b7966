import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

async function searchFor(text: string) {
  const backend = mockBackend({ articles: ARTICLES, desk: createDesk() });
  const { user } = renderApp();
  await user.click(await screen.findByTestId("nav-search"));
  await user.type(screen.getByTestId("search-input"), text);
  await waitFor(() => expect(screen.getAllByTestId("search-hit")).toHaveLength(3));
  return { backend, user };
}

describe("search", () => {
  it("sends one query and shows results grouped by kind with marked snippets, total and time", async () => {
    const { backend } = await searchFor("Wagner");
    expect(backend.callsTo("search")).toEqual([
      { query: { text: "Wagner", kinds: ["article", "statement", "actor"], limit: 200 } },
    ]);
    expect(screen.getByTestId("search-summary")).toHaveTextContent("Results: 3 · 3 ms");

    const article = within(screen.getByTestId("search-group-article")).getByTestId("search-hit");
    expect(article).toHaveTextContent("Belousov: more than 15,000 fighters");
    const marks = article.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual(["Wagner"]);
    // The snippet is Arabic with a Latin word: it takes its own direction.
    expect(within(article).getByTestId("snippet")).toHaveAttribute("dir", "rtl");
    expect(within(article).getByTestId("snippet")).toHaveTextContent("📰 قال بوتين إن Wagner انسحبت.");

    const statement = within(screen.getByTestId("search-group-statement")).getByTestId("search-hit");
    expect(statement.querySelector("mark")).toHaveTextContent(/^more than 15,000$/);
    expect(within(screen.getByTestId("search-group-actor")).getByTestId("search-hit")).toHaveTextContent("Vladimir Putin");
  });

  it("filters by kind", async () => {
    const { backend, user } = await searchFor("Wagner");
    await user.click(screen.getByTestId("search-kind-actor"));
    await waitFor(() => expect(screen.getAllByTestId("search-hit")).toHaveLength(2));
    expect(backend.callsTo("search").at(-1)).toEqual({ query: { text: "Wagner", kinds: ["article", "statement"], limit: 200 } });
    expect(screen.queryByTestId("search-group-actor")).not.toBeInTheDocument();
  });

  it("opens an article hit in the reader with its code point span highlighted", async () => {
    const { user } = await searchFor("Wagner");
    await user.click(within(screen.getByTestId("search-group-article")).getByTestId("search-hit"));
    const focus = await screen.findByTestId("reader-focus");
    // After the astral 📰: code points, not UTF-16 units.
    expect(focus).toHaveTextContent(/^Wagner$/);
    expect(focus).toHaveAttribute("data-kind", "hit");

    await user.click(screen.getByRole("button", { name: /Back to search results/ }));
    expect(await screen.findByTestId("search-input")).toHaveValue("Wagner");
  });

  it("opens a statement hit at the statement, and an actor hit as a timeline", async () => {
    const { user } = await searchFor("Wagner");
    await user.click(within(screen.getByTestId("search-group-statement")).getByTestId("search-hit"));
    const focus = await screen.findByTestId("reader-focus");
    expect(focus).toHaveAttribute("data-item", "statement-20");
    expect(focus).toHaveTextContent(/^Belousov said more than 15,000 fighters died$/);

    await user.click(screen.getByRole("button", { name: /Back to search results/ }));
    await user.click(within(await screen.findByTestId("search-group-actor")).getByTestId("search-hit"));
    expect(await screen.findByTestId("picked-actor")).toHaveTextContent("Vladimir Putin");
  });

  it("is summoned with / and Ctrl+K from anywhere", async () => {
    mockBackend({ articles: ARTICLES, desk: createDesk() });
    const { user } = renderApp();
    await screen.findByTestId("overview-count-articles");
    await user.keyboard("/");
    expect(await screen.findByTestId("search-input")).toHaveFocus();

    await user.click(screen.getByTestId("nav-library"));
    await user.keyboard("{Control>}k{/Control}");
    expect(await screen.findByTestId("search-input")).toHaveFocus();
  });
});
