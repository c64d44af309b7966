import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../i18n/I18nProvider";
import { createDesk } from "../test/desk";
import { ARABIC_LINE, ARTICLES, ENGLISH_LINE, spanOf } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp, renderLibrary } from "../test/render";

const ENGLISH_OFFSET = Array.from(ARABIC_LINE).length + 1;

async function openReader(desk = createDesk()) {
  const backend = mockBackend({ articles: ARTICLES, desk });
  const { user } = await renderLibrary();
  await user.click(await screen.findByText("Belousov: more than 15,000 fighters"));
  await screen.findByTestId("statement-item");
  return { backend, desk, user };
}

/** The first text node in the reader body that contains `text` whole. */
function textNode(text: string): Text {
  const walker = document.createTreeWalker(screen.getByTestId("reader-body"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`no text node with "${text}"`);
}

/**
 * Selects from the start of `from` (plus `skip` UTF-16 units) to the end of
 * `to`, each inside one text node of the rendered body, as a drag would.
 */
function selectText(from: string, to: string, skip = 0) {
  const start = textNode(from);
  const end = textNode(to);
  const range = document.createRange();
  range.setStart(start, start.data.indexOf(from) + skip);
  range.setEnd(end, end.data.indexOf(to) + to.length);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

const entry = (testId: string, index = 0) => screen.getAllByTestId(testId)[index]!.closest("li")!;
const chips = (scope: HTMLElement) => within(scope).queryAllByTestId("tag-chip").map((chip) => chip.querySelector("bdi")!.textContent);

describe("adding what the extraction missed", () => {
  it("turns a selection after an emoji, across highlights and isolates, into a code point span", async () => {
    const { backend, user } = await openReader();
    expect(screen.queryByTestId("selection-toolbar")).not.toBeInTheDocument();

    // "📰 قال بوتين إن Wagner": the emoji is two UTF-16 units but one code point;
    // بوتين is an actor mark and Wagner a left-to-right isolate.
    selectText("قال", "Wagner");
    fireEvent.mouseUp(screen.getByTestId("reader-body"));
    await user.click(await screen.findByTestId("add-statement"));

    const dialog = await screen.findByTestId("add-dialog");
    expect(dialog).toHaveTextContent("قال بوتين إن Wagner");
    // The actor mentioned in the selection is proposed as the speaker.
    expect(within(dialog).getByTestId("add-speaker")).toHaveValue("10");
    await user.type(within(dialog).getByTestId("add-cue"), "قال");
    await user.selectOptions(within(dialog).getByTestId("add-stance"), "warning");
    await user.click(within(dialog).getByTestId("add-save"));

    await waitFor(() => expect(screen.queryByTestId("add-dialog")).not.toBeInTheDocument());
    const span = spanOf(ARABIC_LINE, 0, "قال بوتين إن Wagner");
    expect(span).toEqual({ start: 2, end: 21 });
    expect(backend.callsTo("add_statement")).toEqual([
      { item: { article_id: 1, speaker_id: 10, cue: "قال", stance: "warning", span } },
    ]);

    // The article is reloaded: the new statement is listed, highlighted and focused.
    await waitFor(() => expect(screen.getAllByTestId("statement-item")).toHaveLength(2));
    expect(screen.getAllByTestId("statement-item")[0]).toHaveTextContent("Warning");
    expect(screen.getByTestId("reader-focus")).toHaveAttribute("data-item", "statement-100");
    expect(screen.getByTestId("reader-focus")).toHaveTextContent("قال بوتين إن Wagner");
    expect(screen.queryByTestId("selection-toolbar")).not.toBeInTheDocument();

    // Undone like any other edit.
    await user.click(screen.getByTestId("undo"));
    await waitFor(() => expect(screen.getAllByTestId("statement-item")).toHaveLength(1));
  });

  it("adds a figure from a keyboard selection in the second paragraph, reading Arabic-Indic digits", async () => {
    const { backend, user } = await openReader();
    // From the space after "𝐍ews:" (trimmed off) to the end of "said".
    selectText(": ", " said", 1);
    fireEvent.keyUp(document.body, { key: "ArrowRight", shiftKey: true });
    await user.click(await screen.findByTestId("add-figure"));

    const dialog = await screen.findByTestId("add-dialog");
    expect(dialog).toHaveTextContent("Belousov said");
    await user.selectOptions(within(dialog).getByTestId("add-qualifier"), "range");
    await user.type(within(dialog).getByTestId("add-value"), "١٬٢٠٠");
    await user.click(within(dialog).getByTestId("add-save"));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("A range needs an upper value.");
    await user.type(within(dialog).getByTestId("add-value-max"), "١٥٠٠");
    await user.click(within(dialog).getByTestId("add-save"));
    expect(within(dialog).getByRole("alert")).toHaveTextContent("Please give a unit");
    expect(backend.callsTo("add_figure")).toHaveLength(0);

    const units = document.getElementById(within(dialog).getByTestId("add-unit").getAttribute("list")!)!;
    expect(Array.from(units.querySelectorAll("option"), (o) => o.value)).toContain("airstrikes");
    await user.type(within(dialog).getByTestId("add-unit"), "troops");
    await user.selectOptions(within(dialog).getByTestId("add-source"), "");
    await user.click(within(dialog).getByTestId("add-save"));

    await waitFor(() => expect(screen.queryByTestId("add-dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("add_figure")).toEqual([
      {
        item: {
          article_id: 1,
          value: 1200,
          value_max: 1500,
          qualifier: "range",
          unit: "troops",
          source_id: null,
          span: spanOf(ENGLISH_LINE, ENGLISH_OFFSET, "Belousov said"),
        },
      },
    ]);
    await waitFor(() => expect(screen.getAllByTestId("figure-item")).toHaveLength(2));
    expect(screen.getByTestId("reader-focus")).toHaveAttribute("data-item", "figure-100");
  });

  it("hides the toolbar when the selection collapses, and offers it in Arabic", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "ar");
    mockBackend({ articles: ARTICLES, desk: createDesk() });
    const { user } = renderApp();
    await user.click(await screen.findByRole("button", { name: "المكتبة" }));
    await user.click(await screen.findByText("Belousov: more than 15,000 fighters"));
    await screen.findByTestId("statement-item");
    selectText("قال", "قال");
    fireEvent.mouseUp(screen.getByTestId("reader-body"));
    expect(await screen.findByTestId("add-statement")).toHaveTextContent("إضافة تصريح");
    expect(screen.getByTestId("add-figure")).toHaveTextContent("إضافة رقم");

    window.getSelection()!.collapseToStart();
    fireEvent.mouseUp(screen.getByTestId("reader-body"));
    expect(screen.queryByTestId("selection-toolbar")).not.toBeInTheDocument();
  });
});

describe("tags", () => {
  it("adds and removes tags on a statement and on the article, suggesting the workspace's tags", async () => {
    const { backend, user } = await openReader();
    const header = screen.getByTestId("reader-title").closest("header")!;

    await user.type(within(header).getByTestId("tag-input"), "  Wagner   exit {Enter}");
    await waitFor(() => expect(chips(header)).toEqual(["Wagner exit"]));
    expect(backend.callsTo("add_tag")).toEqual([{ target: { kind: "article", id: 1 }, name: "Wagner exit" }]);
    expect(within(header).getByTestId("tag-input")).toHaveValue("");

    const statement = entry("statement-item");
    const input = within(statement).getByTestId("tag-input");
    await user.click(input);
    const list = document.getElementById(input.getAttribute("list")!)!;
    await waitFor(() => expect(Array.from(list.querySelectorAll("option"), (o) => o.value)).toEqual(["Wagner exit"]));
    await user.type(input, "casualties{Enter}");
    await waitFor(() => expect(chips(entry("statement-item"))).toEqual(["casualties"]));
    expect(backend.callsTo("add_tag")[1]).toEqual({ target: { kind: "statement", id: 20 }, name: "casualties" });
    // Tags belong to their target only.
    expect(chips(entry("figure-item"))).toEqual([]);
    expect(chips(header)).toEqual(["Wagner exit"]);

    await user.click(within(header).getByRole("button", { name: "Remove the tag Wagner exit" }));
    await waitFor(() => expect(chips(header)).toEqual([]));
    expect(backend.callsTo("remove_tag")).toEqual([{ target: { kind: "article", id: 1 }, name: "Wagner exit" }]);

    // Undo brings the removed tag back.
    await user.click(screen.getByTestId("undo"));
    await waitFor(() => expect(chips(header)).toEqual(["Wagner exit"]));
    expect(chips(entry("statement-item"))).toEqual(["casualties"]);
  });
});

describe("notes", () => {
  it("saves the article note with the button and shows when it was saved", async () => {
    const { backend, user } = await openReader();
    const editor = screen.getByTestId("note-editor");
    expect(editor).toHaveValue("");
    await user.type(editor, "Check against the MoD figures.");
    expect(screen.getByTestId("note-updated")).toHaveTextContent("Not saved yet");
    await user.click(screen.getByTestId("note-save"));

    await waitFor(() => expect(screen.getByTestId("note-updated")).toHaveTextContent(/^Saved .*2024/));
    expect(backend.callsTo("save_note")).toEqual([
      { target: { kind: "article", id: 1 }, body: "Check against the MoD figures." },
    ]);
    expect(screen.getByTestId("note-editor")).toHaveValue("Check against the MoD figures.");
  });

  it("saves a statement's note on blur, from its Note dialog", async () => {
    const { backend, user } = await openReader();
    await user.click(within(entry("statement-item")).getByTestId("note-item"));
    const dialog = await screen.findByTestId("note-dialog");
    await user.type(within(dialog).getByTestId("note-editor"), "Belousov repeats the March number");
    await user.tab();
    await waitFor(() =>
      expect(backend.callsTo("save_note")).toEqual([
        { target: { kind: "statement", id: 20 }, body: "Belousov repeats the March number" },
      ]),
    );
    await waitFor(() => expect(within(dialog).getByTestId("note-updated")).toHaveTextContent(/^Saved/));
    await user.click(within(dialog).getByTestId("note-close"));
    expect(screen.queryByTestId("note-dialog")).not.toBeInTheDocument();
    expect(backend.callsTo("save_note")).toHaveLength(1);

    await user.click(within(entry("statement-item")).getByTestId("note-item"));
    expect(await screen.findByDisplayValue("Belousov repeats the March number")).toBeInTheDocument();
  });
});

describe("timeline tag filter", () => {
  it("sends the chosen tag and shows the tags on the rows", async () => {
    const desk = createDesk();
    desk.tags.set("statement-20", ["priority"]);
    desk.tags.set("article-1", ["priority", "Wagner"]);
    const backend = mockBackend({ articles: ARTICLES, desk });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("nav-timeline"));
    await user.type(screen.getByTestId("actor-picker-input"), "Belousov");
    await user.click(await screen.findByRole("option", { name: /Andrei Belousov/ }));
    await waitFor(() => expect(screen.getAllByTestId("timeline-item")).toHaveLength(2));

    const filter = screen.getByTestId("timeline-tag");
    await waitFor(() =>
      expect(within(filter).getAllByRole("option").map((o) => o.textContent)).toEqual(["Any tag", "priority (2)", "Wagner (1)"]),
    );
    await user.selectOptions(filter, "priority");
    await waitFor(() => expect(screen.getAllByTestId("timeline-item")).toHaveLength(1));
    expect(backend.callsTo("timeline").at(-1)).toMatchObject({ query: { actor_ids: [11], tag: "priority" } });
    const row = screen.getByTestId("timeline-item");
    expect(row).toHaveAttribute("data-item", "statement-20");
    await waitFor(() => expect(chips(row)).toEqual(["priority"]));

    await user.selectOptions(filter, "");
    await waitFor(() => expect(screen.getAllByTestId("timeline-item")).toHaveLength(2));
    expect(backend.callsTo("timeline").at(-1)).toMatchObject({ query: { tag: null } });
  });
});
