import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

const names = () => screen.queryAllByTestId("actor-name").map((el) => el.textContent);

async function openActors() {
  const backend = mockBackend({ articles: ARTICLES, desk: createDesk() });
  const { user } = renderApp();
  await user.click(await screen.findByTestId("nav-actors"));
  await waitFor(() => expect(names()).toHaveLength(5));
  return { backend, user };
}

describe("actors", () => {
  it("lists actors by activity, with their names in both scripts and their counts", async () => {
    await openActors();
    // Statements and figures together; ties go to the actor in more articles.
    expect(names()).toEqual(["Vladimir Putin", "حماس", "Andrei Belousov", "UNHCR", "إدلب"]);
    const first = screen.getAllByTestId("actor-row")[0]!;
    expect(first).toHaveTextContent("فلاديمير بوتين");
    expect(first).toHaveTextContent("Person");
    expect(first).toHaveTextContent("Articles: 5 · Statements: 7 · Figures: 1");
    expect(screen.getByTestId("actors-count")).toHaveTextContent("Actors: 5");
  });

  it("searches in either script and filters by kind", async () => {
    const { backend, user } = await openActors();
    await user.type(screen.getByTestId("actors-search"), "حماس");
    await waitFor(() => expect(names()).toEqual(["حماس"]));
    expect(backend.callsTo("list_actors").at(-1)).toEqual({ query: { search: "حماس", kind: null, limit: 5000 } });

    await user.clear(screen.getByTestId("actors-search"));
    await user.type(screen.getByTestId("actors-search"), "hamas");
    await waitFor(() => expect(names()).toEqual(["حماس"]));

    await user.clear(screen.getByTestId("actors-search"));
    await user.selectOptions(screen.getByTestId("actors-kind"), "organization");
    await waitFor(() => expect(names()).toEqual(["حماس", "UNHCR"]));
    expect(backend.callsTo("list_actors").at(-1)).toEqual({ query: { search: null, kind: "organization", limit: 5000 } });
  });

  it("sorts by name", async () => {
    const { user } = await openActors();
    await user.selectOptions(screen.getByTestId("actors-sort"), "name");
    expect(names()).toEqual(["Andrei Belousov", "UNHCR", "Vladimir Putin", "إدلب", "حماس"]);
  });

  it("opens the timeline of the clicked actor", async () => {
    const { backend, user } = await openActors();
    await user.click(screen.getByText("Vladimir Putin"));
    expect(await screen.findByTestId("picked-actor")).toHaveTextContent("Vladimir Putin");
    await waitFor(() => expect(backend.callsTo("timeline").at(-1)).toMatchObject({ query: { actor_ids: [10] } }));
    await waitFor(() => expect(screen.getAllByTestId("timeline-item")).toHaveLength(1));
  });
});

describe("actor list import", () => {
  it("imports the chosen watchlist, reports what it did and refreshes the list", async () => {
    const backend = mockBackend({
      articles: ARTICLES,
      desk: createDesk(),
      handlers: {
        "plugin:dialog|open": () => "/home/analyst/watchlist.csv",
        import_actor_list: () => ({ created: 3, updated: 1, rejected: ["watchlist.csv: row 5: kind 'vehicle' is not person, organization or location"] }),
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("nav-actors"));
    await waitFor(() => expect(names()).toHaveLength(5));
    const before = backend.callsTo("list_actors").length;
    await user.click(screen.getByTestId("actors-import"));
    const result = await screen.findByTestId("actors-import-result");
    expect(result).toHaveTextContent("Actor list: 3 created · 1 updated · 1 rejected");
    expect(result).toHaveAttribute("title", expect.stringContaining("row 5: kind 'vehicle'"));
    expect(backend.callsTo("import_actor_list")).toEqual([{ path: "/home/analyst/watchlist.csv" }]);
    await waitFor(() => expect(backend.callsTo("list_actors").length).toBeGreaterThan(before));
  });
});

describe("actor suggestions", () => {
  it("lists doubtful matches with their evidence, and merges or keeps apart on request", async () => {
    let open = [
      { id: 1, actor: { id: 21, name: "Saleh" }, candidate: { id: 10, name: "Ali Abdullah Saleh" }, evidence: "shares the name «Saleh»", confidence: 0.5, article_id: 2, article_title: "Saleh rejects talks" },
      { id: 2, actor: { id: 22, name: "Minister" }, candidate: { id: 11, name: "Defence Minister" }, evidence: "shares the name «Minister»", confidence: 0.5, article_id: 3, article_title: null },
    ];
    const backend = mockBackend({
      articles: ARTICLES,
      desk: createDesk(),
      handlers: {
        list_actor_suggestions: () => open,
        accept_suggestion: (args) => {
          open = open.filter((s) => s.id !== args.id);
          return null;
        },
        dismiss_suggestion: (args) => {
          open = open.filter((s) => s.id !== args.id);
          return null;
        },
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("nav-actors"));
    const rows = await screen.findAllByTestId("actor-suggestion");
    expect(rows).toHaveLength(2);
    // names are isolated (FSI … PDI) so an Arabic and a Latin name keep their order in the sentence
    expect(rows[0]).toHaveTextContent("\u2068Saleh\u2069 may be \u2068Ali Abdullah Saleh\u2069");
    expect(rows[0]).toHaveTextContent("shares the name «Saleh» · confidence 50% · Saleh rejects talks");
    await user.click(within(rows[0]!).getByTestId("suggestion-accept"));
    await waitFor(() => expect(screen.getAllByTestId("actor-suggestion")).toHaveLength(1));
    expect(backend.callsTo("accept_suggestion")).toEqual([{ id: 1 }]);
    await user.click(screen.getByTestId("suggestion-dismiss"));
    await waitFor(() => expect(screen.queryByTestId("actor-suggestions")).not.toBeInTheDocument());
    expect(backend.callsTo("dismiss_suggestion")).toEqual([{ id: 2 }]);
  });
});
