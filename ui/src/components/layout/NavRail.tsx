import type { WorkspaceInfo } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";

type NavRailProps = {
  active: boolean;
  info: WorkspaceInfo | null;
  onLibrary: () => void;
};

export function NavRail({ active, info, onLibrary }: NavRailProps) {
  const { t, locale } = useI18n();
  return (
    <nav className="nav-rail" aria-label={t("nav.main")}>
      <ul className="nav-list">
        <li>
          <button
            type="button"
            className={`nav-item${active ? " is-active" : ""}`}
            aria-current={active ? "page" : undefined}
            onClick={onLibrary}
          >
            <span className="nav-icon" aria-hidden="true">▤</span>
            <span>{t("nav.library")}</span>
          </button>
        </li>
      </ul>
      {info && (
        <div className="workspace-info">
          <div className="workspace-label">{t("workspace.label")}</div>
          <div className="workspace-path" title={info.db_path}>
            <bdi dir="ltr">{info.db_path}</bdi>
          </div>
          <div>{t("workspace.articles", { count: formatNumber(info.article_count, locale) })}</div>
        </div>
      )}
    </nav>
  );
}
