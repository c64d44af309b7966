import { act, screen, waitFor } from "@testing-library/react";
import { emit } from "@tauri-apps/api/event";
import { mockWindows } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import type { ImportReport, PastedArticle } from "../api";
import { ARTICLES, summary } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderLibrary } from "../test/render";

describe("paste import", () => {
  it("sends the entered values to import_text and shows the outcome", async () => {
    const backend = mockBackend({
      articles: ARTICLES,
      handlers: {
        import_text: (args) => {
          const article = args.article as PastedArticle;
          backend.setArticles([...ARTICLES, summary({ id: 9, title: article.title, language: "ar" })]);
          return { source: "pasted text", outcome: { kind: "imported", article_id: 9, title: article.title } };
        },
      },
    });
    const { user } = await renderLibrary();
    await screen.findAllByTestId("article-row");

    await user.click(screen.getByTestId("paste-open"));
    await user.type(screen.getByTestId("paste-title"), "تصريحات وزير الدفاع");
    await user.type(screen.getByTestId("paste-body"), "قال الوزير إن الهجوم فشل.{Enter}Second paragraph.");
    await user.type(screen.getByTestId("paste-outlet"), "  BBC عربي ");
    await user.selectOptions(screen.getByTestId("paste-language"), "ar");
    expect(screen.getByTestId("paste-body")).toHaveAttribute("dir", "auto");
    await user.click(screen.getByTestId("paste-submit"));

    await waitFor(() => expect(backend.callsTo("import_text")).toHaveLength(1));
    expect(backend.callsTo("import_text")[0]).toEqual({
      article: {
        title: "تصريحات وزير الدفاع",
        body: "قال الوزير إن الهجوم فشل.\nSecond paragraph.",
        language: "ar",
        outlet: "BBC عربي",
        url: null,
        published: null,
      },
    });

    const report = await screen.findByTestId("import-report");
    expect(report).toHaveTextContent("Imported");
    expect(report).toHaveTextContent("Added as “تصريحات وزير الدفاع”");
    expect(screen.queryByTestId("paste-body")).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId("article-row")).toHaveLength(4));
  });

  it("requires a title and text before calling the backend", async () => {
    const backend = mockBackend({ articles: ARTICLES });
    const { user } = await renderLibrary();
    await user.click(await screen.findByTestId("paste-open"));
    await user.type(screen.getByTestId("paste-title"), "Only a title");
    await user.click(screen.getByTestId("paste-submit"));
    expect(screen.getByRole("alert")).toHaveTextContent("Please enter a title and the article text.");
    expect(backend.callsTo("import_text")).toHaveLength(0);
  });

  it("shows a rejected paste and a backend error in plain words", async () => {
    mockBackend({
      articles: ARTICLES,
      handlers: {
        import_text: () => {
          throw { code: "invalid_input", message: "body is too short" };
        },
      },
    });
    const { user } = await renderLibrary();
    await user.click(await screen.findByTestId("paste-open"));
    await user.type(screen.getByTestId("paste-title"), "T");
    await user.type(screen.getByTestId("paste-body"), "x");
    await user.click(screen.getByTestId("paste-submit"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Some of the information given was not accepted.");
    expect(alert).toHaveTextContent("Details: body is too short");
    expect(screen.getByTestId("paste-body")).toBeInTheDocument();
  });
});

describe("file drop", () => {
  it("imports dropped paths and reports each outcome", async () => {
    const report: ImportReport = {
      items: [
        { source: "/news/a.txt", outcome: { kind: "imported", article_id: 7, title: "A" } },
        { source: "/news/b.md", outcome: { kind: "duplicate", article_id: 1, reason: "same text as article 1" } },
        { source: "/news/c.pdf", outcome: { kind: "rejected", reason: "not a text file" } },
      ],
      imported: 1,
      duplicates: 1,
      rejected: 1,
      cancelled: false,
    };
    mockWindows("main");
    const backend = mockBackend({ articles: ARTICLES, mockEvents: true, handlers: { import_paths: () => report } });
    await renderLibrary();
    await screen.findAllByTestId("article-row");

    // Listeners attach asynchronously; keep hovering until the overlay shows.
    await waitFor(async () => {
      await act(() => emit("tauri://drag-enter", { paths: ["/news/a.txt"], position: { x: 1, y: 1 } }));
      expect(screen.getByTestId("drop-overlay")).toHaveTextContent("Drop to import");
    });

    await act(() => emit("tauri://drag-drop", { paths: ["/news/a.txt", "/news/b.md", "/news/c.pdf"], position: { x: 1, y: 1 } }));
    await waitFor(() => expect(backend.callsTo("import_paths")).toEqual([{ paths: ["/news/a.txt", "/news/b.md", "/news/c.pdf"] }]));
    expect(screen.queryByTestId("drop-overlay")).not.toBeInTheDocument();

    const items = await screen.findAllByTestId("report-item");
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Importeda\.txtAdded as “A”Open$/),
      expect.stringMatching(/^Already storedb\.mdReason: same text as article 1Open$/),
      expect.stringMatching(/^Rejectedc\.pdfReason: not a text file$/),
    ]);
    expect(screen.getByTestId("import-report")).toHaveTextContent("Imported: 1 · Already stored: 1 · Rejected: 1");
  });
});

describe("import progress", () => {
  it("shows counts, errors so far and the current file while importing, and cancels on request", async () => {
    let finish: (report: ImportReport) => void = () => {};
    mockWindows("main");
    const backend = mockBackend({
      articles: ARTICLES,
      mockEvents: true,
      handlers: {
        import_paths: () => new Promise<ImportReport>((resolve) => (finish = resolve)),
        cancel_import: () => null,
      },
    });
    await renderLibrary();
    await screen.findAllByTestId("article-row");
    await waitFor(async () => {
      await act(() => emit("tauri://drag-enter", { paths: ["/news"], position: { x: 1, y: 1 } }));
      expect(screen.getByTestId("drop-overlay")).toBeInTheDocument();
    });
    await act(() => emit("tauri://drag-drop", { paths: ["/news"], position: { x: 1, y: 1 } }));
    await waitFor(() => expect(backend.callsTo("import_paths")).toHaveLength(1));
    expect(screen.getByTestId("import-progress")).toHaveTextContent("Importing…");

    await waitFor(async () => {
      await act(() =>
        emit("import-progress", { done: 1200, imported: 1150, duplicates: 47, rejected: 3, current: "/news/2015/0412.json" }),
      );
      expect(screen.getByTestId("import-progress")).toHaveTextContent("Importing: 1,200 read");
    });
    expect(screen.getByTestId("import-progress")).toHaveTextContent("3 rejected");
    expect(screen.getByTestId("import-progress")).toHaveTextContent("/news/2015/0412.json");

    const { default: userEvent } = await import("@testing-library/user-event");
    await userEvent.setup().click(screen.getByTestId("import-cancel"));
    await waitFor(() => expect(backend.callsTo("cancel_import")).toHaveLength(1));
    await act(async () =>
      finish({
        items: [{ source: "/news/2015/0412.json", outcome: { kind: "imported", article_id: 9, title: "X" } }],
        imported: 1150,
        duplicates: 47,
        rejected: 3,
        cancelled: true,
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("import-progress")).not.toBeInTheDocument());
    expect(await screen.findByTestId("import-report")).toHaveTextContent("Imported: 1,150 · Already stored: 47 · Rejected: 3");
    expect(screen.getByTestId("import-cancelled")).toHaveTextContent("The import was cancelled");
  });
});
