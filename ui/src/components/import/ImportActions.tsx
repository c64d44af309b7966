import type { Importer } from "../../hooks/useImport";
import { useI18n } from "../../i18n/I18nProvider";

type ImportActionsProps = { importer: Importer; onPaste: () => void };

export function ImportActions({ importer, onPaste }: ImportActionsProps) {
  const { t } = useI18n();
  return (
    <div className="import-actions" role="group">
      <button type="button" className="button" disabled={importer.busy} onClick={() => void importer.chooseFiles()}>
        {t("import.files")}
      </button>
      <button type="button" className="button" disabled={importer.busy} onClick={() => void importer.chooseFolder()}>
        {t("import.folder")}
      </button>
      <button
        type="button"
        className="button"
        data-testid="paste-open"
        disabled={importer.busy}
        onClick={onPaste}
      >
        {t("import.paste")}
      </button>
      {importer.busy && (
        <span className="busy" role="status">
          {t("import.busy")}
        </span>
      )}
    </div>
  );
}
