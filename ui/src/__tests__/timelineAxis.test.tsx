// The real vis-timeline (the other tests use a stand-in): the adapter must
// drive it without errors in both directions and never let it parse labels
// as HTML.
import { render, screen, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TimelineAxis } from "../components/timeline/TimelineAxis";
import { I18nProvider, LANGUAGE_STORAGE_KEY } from "../i18n/I18nProvider";

vi.unmock("vis-timeline/standalone");

// vis-timeline skips drawing into a box of zero width, which is all jsdom has.
const offsetWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetWidth")!;
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => 1000 });
});
afterAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetWidth", offsetWidth);
});

const HOSTILE = '<img src=x onerror="window.__pwned=1">Putin';

function renderAxis() {
  return render(
    <I18nProvider>
      <TimelineAxis
        groups={[{ id: 10, name: `<b>${"Vladimir Putin"}</b>` }]}
        items={[
          { id: "statement-21", group: 10, start: new Date("2024-03-05T00:00:00Z"), tone: "stance-warning", text: HOSTILE, title: "t" },
          { id: "figure-30", group: 10, start: new Date("2024-03-02T00:00:00Z"), tone: "figure", text: "أكثر من 15,000", title: "t" },
        ]}
        onSelect={() => {}}
      />
    </I18nProvider>,
  );
}

describe("time axis with the real vis-timeline", () => {
  it.each(["en", "ar"])("renders items and groups as text (%s)", async (language) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    renderAxis();
    const axis = screen.getByTestId("timeline-axis");
    await waitFor(() => expect(axis).toHaveAttribute("data-status", "ready"), { timeout: 10_000 });
    const root = axis.querySelector(".vis-timeline");
    expect(root).not.toBeNull();
    await waitFor(() => expect(root).toHaveClass(language === "ar" ? "vis-rtl" : "vis-ltr"));
    await waitFor(() => expect(axis.querySelector(".tl-group-name")).not.toBeNull());
    expect(axis.querySelector(".tl-group-name")!.textContent).toBe("<b>Vladimir Putin</b>");
    expect(axis.querySelector("b, img")).toBeNull();
    await waitFor(() => expect(axis.textContent).toContain(HOSTILE));
    expect(axis.textContent).toContain("أكثر من 15,000");
    // Axis labels come from Intl in the interface language (the library has no Arabic).
    const labels = () => axis.querySelector(".vis-time-axis.vis-foreground")?.textContent ?? "";
    await waitFor(() => expect(labels()).not.toBe(""));
    expect(/\p{Script=Arabic}/u.test(labels())).toBe(language === "ar");
  }, 20_000);
});
