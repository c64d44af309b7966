import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

async function start() {
  const backend = mockBackend({ articles: ARTICLES, desk: createDesk() });
  const rendered = renderApp();
  await screen.findByTestId("overview-count-articles");
  return { backend, ...rendered };
}

const activeView = () => document.querySelector('.nav-item[aria-current="page"]')?.getAttribute("data-testid");

describe("keyboard shortcuts", () => {
  it("switch views with g then a letter", async () => {
    const { user } = await start();
    expect(activeView()).toBe("nav-overview");
    await user.keyboard("gt");
    expect(activeView()).toBe("nav-timeline");
    await user.keyboard("ga");
    expect(activeView()).toBe("nav-actors");
    await user.keyboard("gf");
    expect(activeView()).toBe("nav-figures");
    await user.keyboard("gl");
    expect(activeView()).toBe("nav-library");
    await user.keyboard("go");
    expect(activeView()).toBe("nav-overview");
    // A lone letter does nothing.
    await user.keyboard("t");
    expect(activeView()).toBe("nav-overview");
  });

  it("switch views with Alt and the rail position", async () => {
    const { user } = await start();
    await user.keyboard("{Alt>}3{/Alt}");
    expect(activeView()).toBe("nav-actors");
    await user.keyboard("{Alt>}2{/Alt}");
    expect(activeView()).toBe("nav-library");
    await user.keyboard("{Alt>}6{/Alt}");
    expect(activeView()).toBe("nav-search");
  });

  it("are ignored while typing in a field", async () => {
    const { user } = await start();
    await user.click(screen.getByTestId("nav-actors"));
    await user.type(screen.getByTestId("actors-search"), "gt");
    expect(activeView()).toBe("nav-actors");
    expect(screen.getByTestId("actors-search")).toHaveValue("gt");
  });

  it("? lists the shortcuts, Escape closes the list", async () => {
    const { user } = await start();
    await user.keyboard("?");
    const help = await screen.findByTestId("help-dialog");
    expect(help).toHaveTextContent("Keyboard shortcuts");
    expect(help).toHaveTextContent("Go to search");
    expect(help).toHaveTextContent("Next highlighted statement or figure");
    expect(help).toHaveTextContent("Ctrl+Z");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("help-dialog")).not.toBeInTheDocument());

    await user.click(screen.getByTestId("help-open"));
    expect(await screen.findByTestId("help-dialog")).toBeInTheDocument();
    // View keys do nothing behind an open dialog.
    await user.keyboard("gt");
    expect(activeView()).toBe("nav-overview");
  });

  it("g a in the reader switches view and does not accept the focused item", async () => {
    const { backend, user } = await start();
    await user.click((await screen.findAllByTestId("overview-figure"))[0]!);
    await screen.findByTestId("reader-focus");
    await user.keyboard("ga");
    expect(activeView()).toBe("nav-actors");
    expect(backend.callsTo("set_review")).toHaveLength(0);
  });
});
