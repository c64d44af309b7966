import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDesk } from "../test/desk";
import { currentTimeline } from "../test/fakeVisTimeline";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

type User = ReturnType<typeof renderApp>["user"];

async function openTimeline() {
  const desk = createDesk();
  const backend = mockBackend({ articles: ARTICLES, desk });
  const { user } = renderApp();
  await user.click(await screen.findByTestId("nav-timeline"));
  return { backend, desk, user };
}

async function pick(user: User, text: string, name: string) {
  await user.type(screen.getByTestId("actor-picker-input"), text);
  const option = await screen.findByRole("option", { name: new RegExp(name) });
  await user.click(option);
}

const rows = () => screen.queryAllByTestId("timeline-item");

afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe("timeline", () => {
  it("picks actors with search-as-you-type and lists their items with date, stance and the publication-date marker", async () => {
    const { backend, user } = await openTimeline();
    expect(screen.getByText(/Choose one or more actors/)).toBeInTheDocument();

    await pick(user, "Belousov", "Andrei Belousov");
    expect(screen.getByTestId("picked-actor")).toHaveTextContent("Andrei Belousov");
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(backend.callsTo("timeline").at(-1)).toEqual({
      query: { actor_ids: [11], from: null, to: null, stances: [], outlets: [], languages: [], review: [], tag: null },
    });

    const [statement, figure] = rows();
    expect(within(statement!).getByTestId("timeline-date")).toHaveTextContent("2 Mar 2024");
    expect(within(statement!).getByTestId("publication-date")).toHaveTextContent("publication date");
    expect(within(statement!).getByTestId("timeline-stance")).toHaveTextContent("Claim");
    expect(statement).toHaveTextContent("said");
    expect(statement).toHaveTextContent("more than 15,000 fighters died");
    expect(statement).toHaveTextContent("Reuters");
    expect(figure).toHaveTextContent("Figure");
    expect(figure).toHaveTextContent("more than 15,000 fighters");

    // Arabic by its own script, one actor more; the rejected statement stays hidden.
    await pick(user, "بوتين", "Vladimir Putin");
    await waitFor(() => expect(rows()).toHaveLength(3));
    const warning = rows().find((row) => row.textContent?.includes("Warning"))!;
    expect(within(warning).getByTestId("timeline-date")).toHaveTextContent("5 Mar 2024");
    expect(within(warning).queryByTestId("publication-date")).toBeNull();
    const text = within(warning).getByText("حذّر بوتين من أن الهجوم سيفشل");
    expect(text).toHaveAttribute("dir", "rtl");
    expect(screen.queryByText("Russia denied any role")).not.toBeInTheDocument();
  });

  it("draws the axis grouped by actor, items coloured by stance, in the interface direction", async () => {
    const { user } = await openTimeline();
    await pick(user, "Belousov", "Andrei Belousov");
    await waitFor(() => expect(currentTimeline()?.items).toHaveLength(2));
    const axis = currentTimeline()!;
    expect(axis.options.rtl).toBe(false);
    expect(axis.groups.map((g) => [g.id, (g.content as HTMLElement).textContent])).toEqual([[11, "Andrei Belousov"]]);
    expect(axis.items.map((item) => [item.id, item.group, item.className])).toEqual([
      ["statement-20", 11, "tl-item tl-stance-claim"],
      ["figure-30", 11, "tl-item tl-figure"],
    ]);
    // Labels are DOM text, never HTML strings.
    expect(axis.items.every((item) => (item.content as unknown) instanceof HTMLElement)).toBe(true);
  });

  it("opens the reader on the clicked item, scrolled to and highlighting its code point span", async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    const { backend, user } = await openTimeline();
    await pick(user, "Belousov", "Andrei Belousov");
    await waitFor(() => expect(rows()).toHaveLength(2));

    await user.click(within(rows()[0]!).getByTestId("timeline-open"));
    const focus = await screen.findByTestId("reader-focus");
    expect(backend.callsTo("get_article").at(-1)).toEqual({ id: 1 });
    // The body starts with an astral character; the span is in code points.
    expect(focus).toHaveTextContent(/^Belousov said more than 15,000 fighters died$/);
    expect(focus).toHaveAttribute("data-item", "statement-20");
    expect(focus).toHaveClass("is-active");
    expect(screen.getByTestId("statement-item")).toHaveAttribute("aria-pressed", "true");
    expect(scrolled).toContain(focus);

    await user.click(screen.getByRole("button", { name: /Back to the timeline/ }));
    expect(await screen.findByTestId("picked-actor")).toHaveTextContent("Andrei Belousov");
  });

  it("opens the reader from the axis too", async () => {
    const { user } = await openTimeline();
    await pick(user, "Belousov", "Andrei Belousov");
    await waitFor(() => expect(currentTimeline()?.items).toHaveLength(2));
    await user.click(screen.getByTestId("timeline-axis").querySelector('[data-id="figure-30"]')!);
    expect(await screen.findByTestId("reader-focus")).toHaveTextContent(/^more than 15,000 fighters$/);
  });

  it("filters by stance, outlet, language and review, and shows rejected items on request", async () => {
    const { backend, user } = await openTimeline();
    await pick(user, "Putin", "Vladimir Putin");
    await waitFor(() => expect(rows()).toHaveLength(1));

    await user.click(screen.getByText("Stance"));
    await user.click(within(screen.getByTestId("filter-stance")).getByLabelText("Denial"));
    await waitFor(() => expect(backend.callsTo("timeline").at(-1)).toMatchObject({ query: { stances: ["denial"] } }));
    await waitFor(() => expect(rows()).toHaveLength(0));
    expect(screen.getByText("No statements or figures match.")).toBeInTheDocument();

    await user.click(screen.getByTestId("show-rejected"));
    await waitFor(() =>
      expect(backend.callsTo("timeline").at(-1)).toMatchObject({
        query: { stances: ["denial"], review: ["pending", "accepted", "edited", "rejected"] },
      }),
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent("Russia denied any role");
    expect(rows()[0]).toHaveTextContent("No date");
    expect(rows()[0]).toHaveClass("is-rejected");

    await user.click(screen.getByText("Outlet"));
    await user.click(within(screen.getByTestId("filter-outlet")).getByLabelText("AP"));
    await user.click(screen.getByText("Language"));
    await user.click(within(screen.getByTestId("filter-language")).getByLabelText("English"));
    await user.type(screen.getByTestId("timeline-from"), "2024-03-01");
    await waitFor(() =>
      expect(backend.callsTo("timeline").at(-1)).toMatchObject({
        query: { outlets: ["AP"], languages: ["en"], from: "2024-03-01", to: null },
      }),
    );
  });

  it("rejects an item from the list, which hides it, and undo brings it back", async () => {
    const { backend, user } = await openTimeline();
    await pick(user, "Belousov", "Andrei Belousov");
    await waitFor(() => expect(rows()).toHaveLength(2));

    await user.click(within(rows()[0]!).getByTestId("reject-item"));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(backend.callsTo("set_review")).toEqual([{ item: { kind: "statement", id: 20 }, state: "rejected" }]);
    expect(rows()[0]).toHaveAttribute("data-item", "figure-30");

    await user.click(screen.getByTestId("undo"));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(backend.callsTo("undo")).toHaveLength(1);
    expect(screen.getByTestId("undo-status")).toHaveTextContent("Undone: Rejected statement 20");
  });

  it("accepts an item and shows its new state", async () => {
    const { backend, user } = await openTimeline();
    await pick(user, "Belousov", "Andrei Belousov");
    await waitFor(() => expect(rows()).toHaveLength(2));
    await user.click(within(rows()[1]!).getByTestId("accept-item"));
    await waitFor(() => expect(within(rows()[1]!).getByTestId("review-badge")).toHaveTextContent("Accepted"));
    expect(backend.callsTo("set_review")).toEqual([{ item: { kind: "figure", id: 30 }, state: "accepted" }]);
  });
});
