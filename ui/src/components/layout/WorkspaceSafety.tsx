import { ask, open, save } from "@tauri-apps/plugin-dialog";
import { useState } from "react";
import { api } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { useErrors } from "../ErrorProvider";

type WorkspaceSafetyProps = {
  /** Called once a backup has replaced the workspace: everything shown must be read again. */
  onRestored: () => void;
};

const SQLITE = ["sqlite", "db", "marsad"];

/** Back up the workspace to a file the analyst chooses, or replace it with a backup. */
export function WorkspaceSafety({ onRestored }: WorkspaceSafetyProps) {
  const { t } = useI18n();
  const { report } = useErrors();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const filters = [{ name: t("safety.filter"), extensions: SQLITE }];

  const backup = async () => {
    const day = new Date().toISOString().slice(0, 10);
    const path = await save({ defaultPath: `marsad-backup-${day}.sqlite`, filters });
    if (!path) return;
    setBusy(true);
    setStatus(null);
    try {
      const written = await api.backupWorkspace(path);
      setStatus(t("safety.backedUp", { path: written }));
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    const path = await open({ multiple: false, directory: false, filters });
    if (typeof path !== "string") return;
    const sure = await ask(t("safety.confirmRestore", { path }), {
      title: t("safety.restore"),
      kind: "warning",
      okLabel: t("safety.replace"),
      cancelLabel: t("safety.keep"),
    });
    if (!sure) return;
    setBusy(true);
    setStatus(null);
    try {
      await api.restoreWorkspace(path);
      setStatus(t("safety.restored", { path }));
      onRestored();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="workspace-safety">
      <button type="button" className="button small" data-testid="workspace-backup" disabled={busy} onClick={() => void backup()}>
        {t("safety.backup")}
      </button>
      <button type="button" className="button small" data-testid="workspace-restore" disabled={busy} onClick={() => void restore()}>
        {t("safety.restore")}
      </button>
      {status && (
        <p className="muted" role="status" data-testid="workspace-safety-status">
          <bdi>{status}</bdi>
        </p>
      )}
    </div>
  );
}
