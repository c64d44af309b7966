import { useState } from "react";
import type { Importer } from "../hooks/useImport";
import { useI18n } from "../i18n/I18nProvider";
import { ImportActions } from "./import/ImportActions";

type FirstRunProps = {
  importer: Importer;
  onStartEmpty: () => void;
  onSampleLoaded: () => void;
  onPaste: () => void;
};

export function FirstRun({ importer, onStartEmpty, onSampleLoaded, onPaste }: FirstRunProps) {
  const { t } = useI18n();
  const [loadingSample, setLoadingSample] = useState(false);

  const openSample = async () => {
    setLoadingSample(true);
    const loaded = await importer.loadSample();
    setLoadingSample(false);
    if (loaded) onSampleLoaded();
  };

  return (
    <section className="first-run" data-testid="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t("firstRun.title")}</h2>
      <p className="first-run-intro">{t("firstRun.intro")}</p>
      <div className="first-run-choices">
        <div className="choice">
          <button
            type="button"
            className="button primary large"
            data-testid="open-sample"
            disabled={importer.busy}
            onClick={() => void openSample()}
          >
            {loadingSample ? t("firstRun.loadingSample") : t("firstRun.sample")}
          </button>
          <p className="muted">{t("firstRun.sampleHint")}</p>
        </div>
        <div className="choice">
          <button
            type="button"
            className="button large"
            data-testid="start-empty"
            disabled={importer.busy}
            onClick={onStartEmpty}
          >
            {t("firstRun.empty")}
          </button>
          <p className="muted">{t("firstRun.emptyHint")}</p>
        </div>
      </div>
      <ImportActions importer={importer} onPaste={onPaste} />
    </section>
  );
}
