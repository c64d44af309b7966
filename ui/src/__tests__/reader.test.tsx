import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ARTICLES, DETAIL } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderLibrary } from "../test/render";

async function openFirstEnglishArticle() {
  const backend = mockBackend({
    articles: ARTICLES,
    details: { 1: { ...DETAIL, summary: { ...DETAIL.summary, url: "https://example.org/a?b=1" } } },
  });
  const { user } = await renderLibrary();
  await user.click(await screen.findByText("Belousov: more than 15,000 fighters"));
  await screen.findByTestId("reader-body");
  return { backend, user };
}

describe("reader", () => {
  it("loads the article and shows title and metadata, the URL as plain text", async () => {
    const { backend } = await openFirstEnglishArticle();
    expect(backend.callsTo("get_article")).toEqual([{ id: 1 }]);
    expect(screen.getByTestId("reader-title")).toHaveTextContent("Belousov: more than 15,000 fighters");
    const url = screen.getByTestId("reader-url");
    expect(url).toHaveTextContent("https://example.org/a?b=1");
    expect(url.closest("a")).toBeNull();
    expect(document.querySelector("a[href]")).toBeNull();
    // a near-duplicate on another outlet is listed as the same story
    expect(screen.getByTestId("same-story")).toHaveTextContent("Wire copy (2 Mar 2024)");
  });

  it("sets each paragraph's direction from its own first strong character", async () => {
    await openFirstEnglishArticle();
    const paragraphs = within(screen.getByTestId("reader-body")).getAllByTestId("reader-paragraph");
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toHaveAttribute("dir", "rtl");
    expect(paragraphs[1]).toHaveAttribute("dir", "ltr");
    // The Latin name inside the Arabic sentence is isolated left-to-right.
    const isolate = within(paragraphs[0]!).getByText("Wagner");
    expect(isolate.tagName).toBe("BDI");
    expect(isolate).toHaveAttribute("dir", "ltr");
  });

  it("highlights spans given in code points, after astral characters", async () => {
    await openFirstEnglishArticle();
    const [arabic, english] = within(screen.getByTestId("reader-body")).getAllByTestId("reader-paragraph");

    const arabicActor = arabic!.querySelector('mark[data-kind="actor"]');
    expect(arabicActor).toHaveTextContent(/^بوتين$/);
    expect(arabicActor).toHaveAttribute("title", "Actor (Person): Vladimir Putin");

    const englishActor = english!.querySelector('mark[data-kind="actor"]');
    expect(englishActor).toHaveTextContent(/^Belousov$/);
    const figure = english!.querySelector('mark[data-kind="figure"]');
    expect(figure).toHaveTextContent(/^more than 15,000 fighters$/);
    const statement = english!.querySelector('mark[data-kind="statement"]');
    expect(statement).toHaveTextContent(/^Belousov said more than 15,000 fighters died$/);
    // Nested, not flattened: the figure sits inside the statement.
    expect(statement).toContainElement(figure as HTMLElement);
    // Nothing lost or duplicated.
    expect(english!.textContent).toBe("𝐍ews: Belousov said more than 15,000 fighters died.");
  });

  it("lists actors, statements and figures in side panels", async () => {
    await openFirstEnglishArticle();
    const actors = screen.getAllByTestId("actor-item");
    expect(actors).toHaveLength(2);
    expect(actors[0]).toHaveTextContent("Vladimir Putin");
    expect(actors[0]).toHaveTextContent("فلاديمير بوتين");
    expect(actors[0]).toHaveTextContent("Person");
    expect(actors[0]).toHaveTextContent("President of Russia");

    const statement = screen.getByTestId("statement-item");
    expect(statement).toHaveTextContent("Andrei Belousov");
    expect(statement).toHaveTextContent("said");
    expect(statement).toHaveTextContent("Claim");
    expect(statement).toHaveTextContent("more than 15,000 fighters died");
    expect(statement).toHaveTextContent("Confidence 82%");

    expect(screen.getByTestId("figure-item")).toHaveTextContent("more than 15,000 fighters — source: Belousov");
  });

  it("marks the highlight of a selected panel item", async () => {
    const { user } = await openFirstEnglishArticle();
    await user.click(screen.getByTestId("figure-item"));
    expect(document.querySelector('mark[data-kind="figure"]')).toHaveClass("is-active");
    expect(document.querySelector('mark[data-kind="statement"]')).not.toHaveClass("is-active");
  });

  it("returns to the library", async () => {
    const { user } = await openFirstEnglishArticle();
    await user.click(screen.getByRole("button", { name: /Back to library/ }));
    expect(await screen.findAllByTestId("article-row")).toHaveLength(3);
  });
});
