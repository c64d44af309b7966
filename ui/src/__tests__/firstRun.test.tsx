import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ARTICLES, SAMPLE_REPORT } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

describe("first run", () => {
  it("is shown when the workspace is empty and opens the sample workspace", async () => {
    const backend = mockBackend({
      handlers: {
        load_sample_workspace: () => {
          backend.setArticles(ARTICLES);
          return SAMPLE_REPORT;
        },
      },
    });
    const { user } = renderApp();

    expect(await screen.findByTestId("first-run")).toBeInTheDocument();
    expect(screen.getByText(/Marsad reads Arabic and English news/)).toBeInTheDocument();
    expect(screen.queryByTestId("article-row")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Open the sample workspace" }));

    await waitFor(() => expect(screen.getAllByTestId("article-row")).toHaveLength(ARTICLES.length));
    expect(backend.callsTo("load_sample_workspace")).toHaveLength(1);
    expect(screen.queryByTestId("first-run")).not.toBeInTheDocument();
    expect(screen.getByTestId("import-report")).toHaveTextContent("Imported: 1");
  });

  it("is not shown when the workspace has articles: the overview is", async () => {
    mockBackend({ articles: ARTICLES });
    renderApp();
    expect(await screen.findByTestId("overview-count-articles")).toHaveTextContent("3");
    expect(screen.getByRole("button", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    expect(screen.queryByTestId("first-run")).not.toBeInTheDocument();
  });

  it("can start with an empty workspace", async () => {
    mockBackend({});
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "Start with an empty workspace" }));
    expect(screen.getByText(/No articles yet/)).toBeInTheDocument();
    expect(screen.getByTestId("paste-open")).toBeInTheDocument();
  });
});
