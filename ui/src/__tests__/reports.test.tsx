import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Briefing, ReportDefinition, ReportRun } from "../api";
import { mockBackend } from "../test/backend";
import { createDesk } from "../test/desk";
import { ARTICLES } from "../test/fixtures";
import { renderApp } from "../test/render";

function briefingFor(definition: ReportDefinition): Briefing {
  const chosen = definition.scope.actor_ids.includes(11);
  return {
    title: definition.title,
    author: definition.author,
    language: definition.language,
    generated_on: "2026-11-29",
    scope: chosen ? ["Andrei Belousov"] : [],
    key_judgements: definition.key_judgements ? [definition.key_judgements] : [],
    actors: chosen
      ? [
          {
            id: 11,
            kind: "person",
            name: "Andrei Belousov",
            name_ar: "أندريه بيلوسوف",
            name_en: "Andrei Belousov",
            roles: ["وزير الدفاع الروسي"],
            affiliations: ["روسيا"],
            statements:
              definition.scope.from === "2030-01-01"
                ? []
                : [
                    {
                      id: 20,
                      date: "2024-03-02",
                      date_is_publication: true,
                      stance: "warning",
                      cue: "حذر",
                      text: "أكثر من 15 ألف مقاتل ينشطون في أفغانستان",
                      language: "ar",
                      review: "pending",
                      source: 1,
                      sentence: 1,
                    },
                  ],
          },
        ]
      : [],
    figures: [],
    sources: chosen
      ? [{ number: 1, article_id: 1, title: "الناتو وأفغانستان", outlet: "RT Arabic", url: null, published: "2024-03-02", language: "ar" }]
      : [],
    sentences: [],
  };
}

function setup() {
  const runs: ReportRun[] = [];
  const saved: ReportDefinition[] = [];
  const backend = mockBackend({
    articles: ARTICLES,
    desk: createDesk(),
    handlers: {
      report_preview: (args) => briefingFor(args.definition as ReportDefinition),
      "plugin:dialog|save": () => "/home/analyst/Belousov.pdf",
      write_report: (args) => {
        const definition = args.definition as ReportDefinition;
        const run: ReportRun = {
          id: runs.length + 1,
          definition: definition.name || null,
          title: definition.title,
          format: args.format as ReportRun["format"],
          path: args.path as string,
          generated_at: "2026-11-29T10:00:00Z",
          statement_count: 1,
          figure_count: 0,
          source_count: 1,
          page_count: 3,
        };
        runs.unshift(run);
        return run;
      },
      list_report_runs: () => runs,
      list_report_definitions: () => saved,
      save_report_definition: (args) => {
        saved.push(args.definition as ReportDefinition);
        return null;
      },
      open_report: () => null,
    },
  });
  return { backend, ...renderApp() };
}

async function chooseBelousov(user: ReturnType<typeof renderApp>["user"]) {
  await user.click(await screen.findByTestId("nav-reports"));
  expect(screen.getByText("Choose actors, tags or a search to see the briefing.")).toBeInTheDocument();
  await user.type(screen.getByTestId("report-actors-input"), "Belousov");
  await user.click(await screen.findByRole("option", { name: /Belousov/ }));
}

describe("briefing reports", () => {
  it("previews the briefing for the chosen actors, quotations in their own direction", async () => {
    const { backend, user } = setup();
    await chooseBelousov(user);
    const preview = await screen.findByTestId("briefing-preview");
    expect(preview).toHaveAttribute("dir", "ltr");
    const statement = within(preview).getByTestId("preview-statement");
    expect(statement).toHaveTextContent("أكثر من 15 ألف مقاتل");
    expect(statement.querySelectorAll("td")[2]).toHaveAttribute("dir", "rtl");
    expect(statement).toHaveTextContent("Warning");
    expect(backend.callsTo("report_preview").at(-1)).toMatchObject({
      definition: { language: "en", title: "Briefing", scope: { actor_ids: [11], tags: [], search: null, review: [] } },
    });

    await user.click(screen.getByTestId("report-language-ar"));
    await waitFor(() => expect(screen.getByTestId("briefing-preview")).toHaveAttribute("dir", "rtl"));
    expect(screen.getByTestId("briefing-preview")).toHaveTextContent("التقديرات الرئيسية");
    expect(within(screen.getByTestId("briefing-preview")).getByTestId("preview-statement")).toHaveTextContent("تحذير");
  });

  it("exports to the chosen file, then offers to open it and lists it in the history", async () => {
    const { backend, user } = setup();
    await chooseBelousov(user);
    await screen.findByTestId("briefing-preview");
    await user.type(screen.getByTestId("report-title"), "Belousov weekly");
    await user.click(screen.getByTestId("report-export-pdf"));
    const written = await screen.findByTestId("report-written");
    expect(written).toHaveTextContent("/home/analyst/Belousov.pdf");
    expect(backend.callsTo("write_report")).toEqual([
      expect.objectContaining({ format: "pdf", path: "/home/analyst/Belousov.pdf", definition: expect.objectContaining({ title: "Belousov weekly" }) }),
    ]);
    await user.click(screen.getByTestId("report-open"));
    expect(backend.callsTo("open_report")).toEqual([{ id: 1 }]);
    expect(await screen.findByTestId("report-history")).toHaveTextContent("Belousov weekly");
  });

  it("says there is nothing to report and does not export an empty scope", async () => {
    const { backend, user } = setup();
    await chooseBelousov(user);
    await screen.findByTestId("briefing-preview");
    await user.type(screen.getByTestId("report-from"), "2030-01-01");
    expect(await screen.findByTestId("report-nothing")).toBeInTheDocument();
    expect(screen.getByTestId("report-export-pdf")).toBeDisabled();
    expect(backend.callsTo("write_report")).toEqual([]);
  });

  it("saves the definition under a name to run again later", async () => {
    const { backend, user } = setup();
    await chooseBelousov(user);
    expect(screen.getByTestId("report-save")).toBeDisabled();
    await user.type(screen.getByTestId("report-name"), "weekly");
    await user.click(screen.getByTestId("report-save"));
    await waitFor(() => expect(backend.callsTo("save_report_definition")).toHaveLength(1));
    expect(backend.callsTo("save_report_definition")[0]).toMatchObject({ definition: { name: "weekly", scope: { actor_ids: [11] } } });
    expect(await screen.findByTestId("report-definitions")).toHaveTextContent("weekly");
  });
});
