import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../i18n/I18nProvider";
import { createDesk } from "../test/desk";
import { currentTimeline } from "../test/fakeVisTimeline";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

const number = (value: number) => new Intl.NumberFormat("ar").format(value);

function startInArabic() {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, "ar");
  const backend = mockBackend({ articles: ARTICLES, desk: createDesk() });
  return { backend, ...renderApp() };
}

describe("Arabic interface", () => {
  it("mirrors and translates the rail and the overview", async () => {
    startInArabic();
    expect(await screen.findByTestId("overview-count-articles")).toHaveTextContent("المقالات");
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    for (const label of ["نظرة عامة", "المكتبة", "الفاعلون", "الخط الزمني", "الأرقام", "البحث"]) {
      expect(screen.getByRole("button", { name: label })).toBeInTheDocument();
    }
    expect(screen.getByText("الفاعلون الأكثر نشاطًا")).toBeInTheDocument();
    expect(screen.getByText("بانتظار المراجعة")).toBeInTheDocument();
    expect(screen.getAllByTestId("overview-statement")[0]).toHaveTextContent("تحذير");
    expect(screen.getAllByTestId("overview-figure")[0]).toHaveTextContent(`أكثر من ${number(15000)} fighters`);
    expect(screen.getByTestId("undo")).toHaveTextContent("تراجع");
  });

  it("lays the timeline axis out right to left and translates the list", async () => {
    const { user } = startInArabic();
    await user.click(await screen.findByRole("button", { name: "الخط الزمني" }));
    expect(screen.getByText(/اختر فاعلًا أو أكثر/)).toBeInTheDocument();
    await user.type(screen.getByTestId("actor-picker-input"), "بيلوسوف");
    await user.click(await screen.findByRole("option", { name: /Andrei Belousov/ }));

    await waitFor(() => expect(screen.getAllByTestId("timeline-item")).toHaveLength(2));
    expect(currentTimeline()?.options.rtl).toBe(true);
    const [statement, figure] = screen.getAllByTestId("timeline-item");
    expect(within(statement!).getByTestId("timeline-stance")).toHaveTextContent("ادعاء");
    expect(within(statement!).getByTestId("publication-date")).toHaveTextContent("تاريخ النشر");
    expect(within(statement!).getByTestId("reject-item")).toHaveTextContent("رفض");
    expect(figure).toHaveTextContent("رقم");
    expect(screen.getByText("إظهار المرفوض")).toBeInTheDocument();
  });

  it("translates the figures view, qualifiers included", async () => {
    const { user } = startInArabic();
    await user.click(await screen.findByRole("button", { name: "الأرقام" }));
    await waitFor(() => expect(screen.getAllByTestId("figure-row").length).toBe(3));
    const amounts = screen.getAllByTestId("figure-amount").map((el) => el.textContent);
    expect(amounts).toEqual([
      `بين ${number(70)} و${number(80)} fighters`,
      `نحو ${number(12000)} fighters`,
      `أكثر من ${number(15000)} fighters`,
    ]);
    expect(screen.getByRole("columnheader", { name: "المصدر" })).toBeInTheDocument();
    expect(screen.getAllByTestId("chart-series").map((el) => el.textContent)).toContain("دون مصدر");
    await user.click(screen.getByTestId("figures-mode-conflicts"));
    expect(screen.getByTestId("disagree")).toHaveTextContent("المصادر متعارضة");
  });

  it("translates search and the help dialog", async () => {
    const { user } = startInArabic();
    await screen.findByTestId("overview-count-articles");
    await user.keyboard("/");
    const input = await screen.findByTestId("search-input");
    expect(input).toHaveAttribute("placeholder", "ابحث بالعربية أو الإنجليزية…");
    await user.type(input, "بوتين");
    expect(await screen.findByTestId("search-summary")).toHaveTextContent(`عدد النتائج: ${number(3)}`);
    expect(screen.getByTestId("search-group-statement")).toHaveTextContent("التصريحات");

    await user.click(document.body);
    await user.keyboard("?");
    const help = await screen.findByTestId("help-dialog");
    expect(help).toHaveTextContent("اختصارات لوحة المفاتيح");
    expect(help).toHaveTextContent("قبول العنصر المحدد");
  });
});
