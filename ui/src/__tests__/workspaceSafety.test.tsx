import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ARTICLES } from "../test/fixtures";
import { mockBackend } from "../test/backend";
import { renderApp } from "../test/render";

describe("backup and restore from the app", () => {
  it("backs up to the file chosen in the save dialog and says where", async () => {
    const backend = mockBackend({
      articles: ARTICLES,
      handlers: {
        "plugin:dialog|save": () => "/home/analyst/backups/marsad-backup.sqlite",
        backup_workspace: (args) => args.path,
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("workspace-backup"));
    expect(await screen.findByTestId("workspace-safety-status")).toHaveTextContent(
      "Backed up to /home/analyst/backups/marsad-backup.sqlite",
    );
    expect(backend.callsTo("backup_workspace")).toEqual([{ path: "/home/analyst/backups/marsad-backup.sqlite" }]);
  });

  it("restores only after the analyst confirms, and shows a refusal as an error", async () => {
    let confirmed = false;
    const backend = mockBackend({
      articles: ARTICLES,
      handlers: {
        "plugin:dialog|open": () => "/home/analyst/backups/junk.sqlite",
        "plugin:dialog|message": () => (confirmed ? "Replace it" : "Keep the current one"),
        restore_workspace: () => {
          throw { code: "invalid_input", message: "/home/analyst/backups/junk.sqlite is not a Marsad workspace backup" };
        },
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByTestId("workspace-restore"));
    await waitFor(() => expect(backend.callsTo("plugin:dialog|message")).toHaveLength(1));
    expect(backend.callsTo("restore_workspace")).toHaveLength(0);

    confirmed = true;
    await user.click(screen.getByTestId("workspace-restore"));
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("is not a Marsad workspace backup");
    expect(backend.callsTo("restore_workspace")).toEqual([{ path: "/home/analyst/backups/junk.sqlite" }]);
  });
});
