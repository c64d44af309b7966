import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderLibrary } from "../test/render";

async function openReader() {
  const desk = createDesk();
  const backend = mockBackend({ articles: ARTICLES, desk });
  const { user } = await renderLibrary();
  await user.click(await screen.findByText("Belousov: more than 15,000 fighters"));
  await screen.findByTestId("statement-item");
  return { backend, desk, user };
}

const entry = (testId: string) => screen.getByTestId(testId).closest("li")!;

describe("review in the reader", () => {
  it("accepts a statement", async () => {
    const { backend, user } = await openReader();
    await user.click(within(entry("statement-item")).getByTestId("accept-item"));
    await waitFor(() => expect(within(entry("statement-item")).getByTestId("review-badge")).toHaveTextContent("Accepted"));
    expect(backend.callsTo("set_review")).toEqual([{ item: { kind: "statement", id: 20 }, state: "accepted" }]);
    expect(within(entry("statement-item")).getByTestId("accept-item")).toHaveAttribute("aria-pressed", "true");
  });

  it("hides a rejected figure, shows it again on request, and undoes the rejection", async () => {
    const { backend, user } = await openReader();
    await user.click(within(entry("figure-item")).getByTestId("reject-item"));
    await waitFor(() => expect(screen.queryByTestId("figure-item")).not.toBeInTheDocument());
    expect(backend.callsTo("set_review")).toEqual([{ item: { kind: "figure", id: 30 }, state: "rejected" }]);
    expect(document.querySelector('mark[data-kind="figure"]')).toBeNull();

    await user.click(screen.getByTestId("show-rejected"));
    expect(within(entry("figure-item")).getByTestId("review-badge")).toHaveTextContent("Rejected");
    await user.click(screen.getByTestId("show-rejected"));

    await user.click(screen.getByTestId("undo"));
    expect(await screen.findByTestId("figure-item")).toBeInTheDocument();
    expect(backend.callsTo("undo")).toHaveLength(1);
    expect(screen.getByTestId("undo-status")).toHaveTextContent("Undone: Rejected figure 30");
  });

  it("steps through highlighted items with j/k and reviews the focused one with a/r", async () => {
    const { backend, user } = await openReader();
    await user.keyboard("j");
    expect(screen.getByTestId("reader-focus")).toHaveAttribute("data-item", "statement-20");
    await user.keyboard("j");
    expect(screen.getByTestId("reader-focus")).toHaveAttribute("data-item", "figure-30");
    await user.keyboard("{ArrowUp}");
    expect(screen.getByTestId("reader-focus")).toHaveAttribute("data-item", "statement-20");

    await user.keyboard("a");
    await waitFor(() => expect(backend.callsTo("set_review")).toHaveLength(1));
    expect(backend.callsTo("set_review")[0]).toEqual({ item: { kind: "statement", id: 20 }, state: "accepted" });
    // Reviewing moves on to the next item.
    await waitFor(() => expect(screen.getByTestId("reader-focus")).toHaveAttribute("data-item", "figure-30"));

    await user.keyboard("r");
    await waitFor(() => expect(backend.callsTo("set_review")).toHaveLength(2));
    expect(backend.callsTo("set_review")[1]).toEqual({ item: { kind: "figure", id: 30 }, state: "rejected" });
    await waitFor(() => expect(screen.queryByTestId("figure-item")).not.toBeInTheDocument());

    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(backend.callsTo("undo")).toHaveLength(1));
    expect(await screen.findByTestId("figure-item")).toBeInTheDocument();
  });

  it("edits a statement's speaker and stance, choosing from the article's actors", async () => {
    const { backend, user } = await openReader();
    await user.click(within(entry("statement-item")).getByTestId("edit-item"));
    const dialog = await screen.findByTestId("edit-dialog");
    const speaker = await within(dialog).findByTestId("edit-speaker");
    expect(within(speaker).getAllByRole("option").map((o) => o.textContent)).toEqual(["Vladimir Putin", "Andrei Belousov"]);
    expect(speaker).toHaveValue("11");
    expect(dialog).toHaveTextContent("more than 15,000 fighters died");

    await user.selectOptions(speaker, "10");
    await user.selectOptions(within(dialog).getByTestId("edit-stance"), "warning");
    await user.click(within(dialog).getByTestId("edit-save"));

    await waitFor(() => expect(screen.queryByTestId("edit-dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("edit_statement")).toEqual([{ id: 20, edit: { speaker_id: 10, stance: "warning", span: null } }]);
    await waitFor(() => expect(screen.getByTestId("statement-item")).toHaveTextContent("Warning"));
    expect(screen.getByTestId("statement-item")).toHaveTextContent("Vladimir Putin");
    expect(screen.getByTestId("statement-item")).toHaveTextContent("Edited");
  });

  it("edits a figure, reading Arabic-Indic digits, and validates before saving", async () => {
    const { backend, user } = await openReader();
    await user.click(within(entry("figure-item")).getByTestId("edit-item"));
    const dialog = await screen.findByTestId("edit-dialog");
    const value = await within(dialog).findByTestId("edit-value");
    expect(value).toHaveValue("15000");
    expect(within(dialog).getByTestId("edit-unit")).toHaveValue("fighters");
    expect(within(dialog).getByTestId("edit-source")).toHaveValue("11");

    await user.selectOptions(within(dialog).getByTestId("edit-qualifier"), "range");
    await user.click(within(dialog).getByTestId("edit-save"));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("A range needs an upper value.");
    expect(backend.callsTo("edit_figure")).toHaveLength(0);

    await user.selectOptions(within(dialog).getByTestId("edit-qualifier"), "about");
    await user.clear(value);
    await user.type(value, "١٢٬٠٠٠");
    await user.click(within(dialog).getByTestId("edit-save"));
    await waitFor(() => expect(screen.queryByTestId("edit-dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("edit_figure")).toEqual([
      { id: 30, edit: { value: 12000, value_max: null, qualifier: "about", unit: null, source_id: null, span: null } },
    ]);
    await waitFor(() => expect(screen.getByTestId("figure-item")).toHaveTextContent("about 12,000 fighters"));
  });

  it("closes the edit dialog with Escape without saving", async () => {
    const { backend, user } = await openReader();
    await user.click(within(entry("statement-item")).getByTestId("edit-item"));
    await screen.findByTestId("edit-speaker");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("edit-dialog")).not.toBeInTheDocument();
    expect(backend.callsTo("edit_statement")).toHaveLength(0);
  });

  it("says when there is nothing to undo", async () => {
    const { user } = await openReader();
    await user.click(screen.getByTestId("undo"));
    expect(await screen.findByTestId("undo-status")).toHaveTextContent("Nothing to undo.");
  });
});
