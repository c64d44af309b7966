// Tauri's `freezePrototype` makes both chart libraries throw while loading
// ("Cannot assign to read only property ..."). The views must survive that:
// a note where the drawing would be, the list and the table still complete.
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

vi.mock("vis-timeline/standalone", () => {
  throw new TypeError("Cannot assign to read only property 'toString' of object '#<Moment>'");
});
vi.mock("@observablehq/plot", () => {
  throw new TypeError("Cannot assign to read only property 'constructor' of object '[object Object]'");
});

describe("when a chart library cannot load", () => {
  it("the timeline says so and still lists every item", async () => {
    mockBackend({ articles: ARTICLES, desk: createDesk() });
    const { user } = renderApp();
    await user.click((await screen.findAllByTestId("overview-actor"))[0]!);
    await waitFor(() => expect(screen.getAllByTestId("timeline-item")).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId("timeline-axis")).toHaveAttribute("data-status", "failed"));
    expect(screen.getByText("The time axis could not be shown; every item is in the list.")).toBeInTheDocument();
  });

  it("the figures view says so and still tables every figure", async () => {
    mockBackend({ articles: ARTICLES, desk: createDesk() });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("nav-figures"));
    await waitFor(() => expect(screen.getAllByTestId("figure-row")).toHaveLength(3));
    await waitFor(() => expect(screen.getByTestId("figures-chart")).toHaveAttribute("data-status", "failed"));
    expect(screen.getByText("The chart could not be drawn; the table has every figure.")).toBeInTheDocument();
    expect(screen.getByTestId("figures-chart").querySelector("svg")).toBeNull();
  });
});
