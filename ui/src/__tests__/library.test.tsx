import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ARTICLES, summary } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderLibrary } from "../test/render";

const titles = () => screen.getAllByTestId("article-title").map((el) => el.textContent);

describe("library", () => {
  it("lists articles with outlet, language and counts, newest first", async () => {
    mockBackend({ articles: ARTICLES });
    await renderLibrary();
    const rows = await screen.findAllByTestId("article-row");
    expect(rows).toHaveLength(3);
    expect(titles()).toEqual([ARTICLES[1]!.title, ARTICLES[0]!.title, ARTICLES[2]!.title]);

    const cells = within(rows[0]!).getAllByRole("cell").map((cell) => cell.textContent);
    expect(cells).toEqual(["أكثر من ألف نازح في إدلب", "الجزيرة", "5 Mar 2024", "Arabic", "1", "4", "2"]);
  });

  it("isolates title direction so Arabic titles render right-to-left", async () => {
    mockBackend({ articles: ARTICLES });
    await renderLibrary();
    const title = (await screen.findAllByTestId("article-title"))[0]!;
    expect(title.tagName).toBe("BDI");
    expect(title.closest("[dir]")).toHaveAttribute("dir", "auto");
  });

  it("sorts by clicking column headers", async () => {
    mockBackend({ articles: ARTICLES });
    const { user } = await renderLibrary();
    await screen.findAllByTestId("article-row");

    await user.click(screen.getByTestId("sort-title"));
    expect(titles()).toEqual(["Belousov: more than 15,000 fighters", "Ceasefire talks stall", "أكثر من ألف نازح في إدلب"]);
    expect(screen.getByTestId("sort-title").closest("[role=columnheader]")).toHaveAttribute("aria-sort", "ascending");

    await user.click(screen.getByTestId("sort-title"));
    expect(titles()).toEqual(["أكثر من ألف نازح في إدلب", "Ceasefire talks stall", "Belousov: more than 15,000 fighters"]);

    await user.click(screen.getByTestId("sort-actor_count"));
    expect(titles()[0]).toBe("Ceasefire talks stall");
  });

  it("filters Arabic titles ignoring hamza and diacritics", async () => {
    mockBackend({ articles: ARTICLES });
    const { user } = await renderLibrary();
    await screen.findAllByTestId("article-row");

    // "اكثر" without hamza, "ادلب" without hamza, with a stray fatha.
    await user.type(screen.getByTestId("library-filter"), "اَكثر ادلب");
    await waitFor(() => expect(titles()).toEqual(["أكثر من ألف نازح في إدلب"]));

    await user.clear(screen.getByTestId("library-filter"));
    await user.type(screen.getByTestId("library-filter"), "reuters");
    await waitFor(() => expect(titles()).toEqual(["Belousov: more than 15,000 fighters"]));

    await user.clear(screen.getByTestId("library-filter"));
    await user.type(screen.getByTestId("library-filter"), "nothing like this");
    await waitFor(() => expect(screen.queryAllByTestId("article-row")).toHaveLength(0));
    expect(screen.getByText("No articles match the filter.")).toBeInTheDocument();
  });

  it("filters by language", async () => {
    mockBackend({ articles: ARTICLES });
    const { user } = await renderLibrary();
    await screen.findAllByTestId("article-row");
    await user.selectOptions(screen.getByTestId("library-language"), "ar");
    await waitFor(() => expect(titles()).toEqual(["أكثر من ألف نازح في إدلب"]));
    await user.selectOptions(screen.getByTestId("library-language"), "en");
    await waitFor(() => expect(titles()).toHaveLength(2));
  });

  it("renders only the visible rows of a 100,000-article library", async () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      summary({ id: i + 1, title: `Article ${i + 1}`, published: "2024-01-01" }),
    );
    mockBackend({ articles: many });
    await renderLibrary();
    await waitFor(() => expect(screen.getByTestId("library-count")).toHaveTextContent("100,000 of 100,000"));
    const rendered = screen.getAllByTestId("article-row").length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
  });

  it("says when only the newest articles are listed, and counts them all", async () => {
    mockBackend({
      articles: ARTICLES,
      handlers: {
        workspace_info: () => ({ db_path: "/w.db", article_count: 300_585, outlets: ["الجزيرة"] }),
      },
    });
    await renderLibrary();
    await screen.findAllByTestId("article-row");
    expect(screen.getByTestId("library-count")).toHaveTextContent("3 of 300,585");
    expect(screen.getByTestId("library-newest-only")).toHaveTextContent(
      "The newest 3 of 300,585 articles are listed here; Search finds any article.",
    );
  });

  it("lists the whole workspace without a note when it is small", async () => {
    mockBackend({ articles: ARTICLES });
    await renderLibrary();
    await screen.findAllByTestId("article-row");
    expect(screen.queryByTestId("library-newest-only")).not.toBeInTheDocument();
  });
});
