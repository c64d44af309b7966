import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../i18n/I18nProvider";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp, renderLibrary } from "../test/render";

describe("interface language", () => {
  it("defaults to English, left-to-right", async () => {
    mockBackend({ articles: ARTICLES });
    renderApp();
    expect(await screen.findByRole("button", { name: "Library" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
    expect(document.documentElement).toHaveAttribute("lang", "en");
  });

  it("switches to Arabic: mirrors the document, translates labels, and remembers the choice", async () => {
    mockBackend({ articles: ARTICLES });
    const { user, unmount } = await renderLibrary();
    await screen.findAllByTestId("article-row");

    await user.click(screen.getByTestId("lang-switch"));

    expect(document.documentElement).toHaveAttribute("dir", "rtl");
    expect(document.documentElement).toHaveAttribute("lang", "ar");
    expect(screen.getByRole("button", { name: "المكتبة" })).toBeInTheDocument();
    expect(screen.getByTestId("sort-title")).toHaveTextContent("العنوان");
    expect(screen.getAllByText("العربية").length).toBeGreaterThan(0); // language column
    expect(screen.getByTestId("lang-switch")).toHaveTextContent("English");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("ar");

    unmount();
    renderApp();
    expect(await screen.findByRole("button", { name: "المكتبة" })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute("dir", "rtl");
  });
});

describe("errors", () => {
  it("shows a backend error in plain words and can be dismissed", async () => {
    mockBackend({
      handlers: {
        list_articles: () => {
          throw { code: "database", message: "database disk image is malformed" };
        },
      },
    });
    const { user } = renderApp();
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveTextContent("The workspace database reported a problem.");
    expect(banner).toHaveTextContent("Details: database disk image is malformed");
    expect(banner).not.toHaveTextContent("database:"); // no raw code

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByTestId("error-banner")).not.toBeInTheDocument());
  });

  it("localises error text and falls back for unknown codes", async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, "ar");
    mockBackend({
      handlers: {
        workspace_info: () => {
          throw { code: "quota_exceeded", message: "too many" };
        },
      },
    });
    renderApp();
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveTextContent("حدثت مشكلة غير متوقعة.");
    expect(banner).toHaveTextContent("التفاصيل: too many");
  });

  it("explains a missing article in the reader", async () => {
    mockBackend({ articles: ARTICLES, details: {} });
    const { user } = await renderLibrary();
    await user.click(await screen.findByText("Ceasefire talks stall"));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The requested item could not be found. It may have been removed.",
    );
  });
});
