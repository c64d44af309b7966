import { Fragment } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import { Modal } from "../common/Modal";

/** Each shortcut: alternatives (joined by "or"), each a sequence (joined by "then") of chords. */
type Shortcut = { keys: string[][]; label: MessageKey };

const GLOBAL: Shortcut[] = [
  { keys: [["/"], ["Ctrl+K"]], label: "help.search" },
  { keys: [["g", "o · l · a · t · f · r"]], label: "help.views" },
  { keys: [["Alt+1 … Alt+6"]], label: "help.viewsAlt" },
  { keys: [["Ctrl+Z"]], label: "help.undo" },
  { keys: [["?"]], label: "help.help" },
  { keys: [["Esc"]], label: "help.escape" },
];

const READER: Shortcut[] = [
  { keys: [["j"], ["↓"]], label: "help.next" },
  { keys: [["k"], ["↑"]], label: "help.previous" },
  { keys: [["a"]], label: "help.accept" },
  { keys: [["r"]], label: "help.reject" },
];

function Keys({ keys }: { keys: string[][] }) {
  const { t } = useI18n();
  return (
    <span className="shortcut-keys">
      {keys.map((sequence, i) => (
        <Fragment key={sequence.join()}>
          {i > 0 && <span className="muted"> {t("help.or")} </span>}
          {sequence.map((chord, j) => (
            <Fragment key={chord}>
              {j > 0 && <span className="muted"> {t("help.then")} </span>}
              <kbd dir="ltr">{chord}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}

function Section({ title, shortcuts }: { title: string; shortcuts: Shortcut[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h3 className="panel-title">{title}</h3>
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.label} className="shortcut">
            <dt>
              <Keys keys={shortcut.keys} />
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t("help.title")} onClose={onClose} testId="help-dialog">
      <Section title={t("help.everywhere")} shortcuts={GLOBAL} />
      <Section title={t("help.inReader")} shortcuts={READER} />
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </Modal>
  );
}
