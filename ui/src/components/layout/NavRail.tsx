import type { WorkspaceInfo } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";
import { VIEW_NAMES, type ViewName } from "../../lib/views";
import { WorkspaceSafety } from "./WorkspaceSafety";

const ICONS: Record<ViewName, string> = {
  overview: "◎",
  library: "▤",
  actors: "◍",
  timeline: "┿",
  figures: "∑",
  search: "⌕",
  reports: "▦",
};

type NavRailProps = {
  /** The highlighted entry, or null (first run). */
  active: ViewName | null;
  info: WorkspaceInfo | null;
  onNavigate: (view: ViewName) => void;
  /** A backup replaced the workspace. */
  onRestored: () => void;
};

export function NavRail({ active, info, onNavigate, onRestored }: NavRailProps) {
  const { t, locale } = useI18n();
  return (
    <nav className="nav-rail" aria-label={t("nav.main")}>
      <ul className="nav-list">
        {VIEW_NAMES.map((name, index) => {
          const current = name === active;
          return (
            <li key={name}>
              <button
                type="button"
                className={`nav-item${current ? " is-active" : ""}`}
                data-testid={`nav-${name}`}
                aria-current={current ? "page" : undefined}
                title={t("nav.shortcut", { view: t(`nav.${name}`), key: index + 1 })}
                onClick={() => onNavigate(name)}
              >
                <span className="nav-icon" aria-hidden="true">
                  {ICONS[name]}
                </span>
                <span>{t(`nav.${name}`)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {info && (
        <div className="workspace-info">
          <div className="workspace-label">{t("workspace.label")}</div>
          <div className="workspace-path" title={info.db_path}>
            <bdi dir="ltr">{info.db_path}</bdi>
          </div>
          <div>{t("workspace.articles", { count: formatNumber(info.article_count, locale) })}</div>
          <WorkspaceSafety onRestored={onRestored} />
        </div>
      )}
    </nav>
  );
}
