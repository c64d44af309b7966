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

describe("actor page", () => {
  const putin = { id: 10, kind: "person" as const, name: "Vladimir Putin", name_ar: "فلاديمير بوتين", name_en: "Vladimir Putin", article_count: 2, statement_count: 3, figure_count: 1 };
  const kremlin = { id: 12, kind: "organization" as const, name: "Kremlin", name_ar: "الكرملين", name_en: "Kremlin", article_count: 1, statement_count: 1, figure_count: 0 };
  const detail = {
    summary: putin,
    aliases: [
      { id: 1, text: "Vladimir Putin", script: "latin" as const, language: "en" as const, origin: "article" },
      { id: 2, text: "فلاديمير بوتين", script: "arabic" as const, language: "ar" as const, origin: "gazetteer" },
      { id: 3, text: "بوتين", script: "arabic" as const, language: "ar" as const, origin: "article" },
    ],
    roles: [{ role: "الرئيس الروسي", seen_on: "2024-12-10", article_id: 1 }],
    affiliations: [{ id: 30, name: "روسيا" }],
    members: [],
    recognitions: [
      { article_id: 2, article_title: "Talks stall", method: "role", evidence: "«Russian President» was this person's role on 2024-12-10 (article 1)", confidence: 0.7 },
      { article_id: 1, article_title: "NATO in Central Asia", method: "new", evidence: "no stored actor of this kind has these names", confidence: 1 },
    ],
    note: null,
  };
  const articles = [
    { article_id: 1, title: "NATO in Central Asia", published_at: "2024-12-10", mentions: 3, statements: 2, figures: 1 },
    { article_id: 2, title: "Talks stall", published_at: "2024-12-12", mentions: 0, statements: 1, figures: 0 },
  ];

  async function openPage(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
    const backend = mockBackend({
      articles: ARTICLES,
      desk: createDesk(),
      handlers: {
        actor_detail: (args) => (args.id === 10 ? detail : { ...detail, summary: { ...kremlin, id: args.id as number }, recognitions: [], roles: [], affiliations: [] }),
        actor_articles: () => articles,
        merge_preview: (args) => ({ from: putin, into: { ...kremlin, id: args.into }, mentions: 3, statements: 3, figures: 1, roles: 1, new_names: ["بوتين"] }),
        merge_actors: () => null,
        split_actor: () => 77,
        rename_actor: () => null,
        add_alias: () => null,
        remove_alias: () => null,
        ...extra,
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("nav-actors"));
    await waitFor(() => expect(names()).toHaveLength(5));
    await user.click(within(screen.getAllByTestId("actor-row")[0]!.parentElement!).getByTestId("actor-details"));
    await screen.findByTestId("actor-page");
    return { backend, user };
  }

  it("shows names in both scripts, roles over time, affiliations and how articles were matched", async () => {
    await openPage();
    expect(screen.getByTestId("actor-page-name")).toHaveTextContent("Vladimir Putin");
    expect(screen.getByTestId("actor-aliases")).toHaveTextContent("فلاديمير بوتين");
    expect(screen.getByTestId("actor-roles")).toHaveTextContent("الرئيس الروسي");
    expect(screen.getByTestId("actor-roles")).toHaveTextContent("2024-12-10");
    expect(screen.getByTestId("actor-affiliations")).toHaveTextContent("روسيا");
    const recognitions = screen.getByTestId("actor-recognitions");
    expect(recognitions).toHaveTextContent("role");
    expect(recognitions).toHaveTextContent("«Russian President» was this person's role");
    expect(recognitions).toHaveTextContent("70");
  });

  it("adds and removes names", async () => {
    const { backend, user } = await openPage();
    await user.type(screen.getByTestId("actor-alias-input"), "Putin{Enter}");
    await waitFor(() => expect(backend.callsTo("add_alias")).toEqual([{ id: 10, text: "Putin" }]));
    await user.click(screen.getByRole("button", { name: "Remove the name بوتين" }));
    await waitFor(() => expect(backend.callsTo("remove_alias")).toEqual([{ id: 10, text: "بوتين" }]));
  });

  it("previews a merge before doing it, then shows the actor it went into", async () => {
    const { backend, user } = await openPage();
    await user.type(screen.getByTestId("actor-merge-picker-input"), "UNHCR");
    await user.click(await screen.findByRole("option", { name: /UNHCR/ }));
    const preview = await screen.findByTestId("actor-merge-preview");
    expect(preview).toHaveTextContent("moves 3 mentions, 3 statements and 1 figures");
    expect(preview).toHaveTextContent("بوتين");
    expect(backend.callsTo("merge_actors")).toEqual([]);
    await user.click(screen.getByTestId("actor-merge-confirm"));
    await waitFor(() => expect(backend.callsTo("merge_actors")).toHaveLength(1));
    expect(backend.callsTo("merge_actors")[0]).toMatchObject({ from: 10 });
    await waitFor(() => expect(backend.callsTo("actor_detail").at(-1)).not.toEqual({ id: 10 }));
  });

  it("splits off the chosen articles with a preview of what moves", async () => {
    const { backend, user } = await openPage();
    const checks = screen.getAllByTestId("actor-article-check");
    await user.click(checks[0]!);
    await user.type(screen.getByTestId("actor-split-name"), "Vladimir Putin (another)");
    expect(screen.getByTestId("actor-split-preview")).toHaveTextContent("moves 3 mentions, 2 statements and 1 figures");
    await user.click(screen.getByTestId("actor-split-confirm"));
    await waitFor(() =>
      expect(backend.callsTo("split_actor")).toEqual([{ id: 10, name: "Vladimir Putin (another)", articles: [1] }]),
    );
    await waitFor(() => expect(backend.callsTo("actor_detail").at(-1)).toEqual({ id: 77 }));
  });
});
