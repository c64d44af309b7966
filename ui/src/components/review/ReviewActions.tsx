import type { ItemKind, ReviewState } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { useReview } from "./ReviewProvider";

type ReviewActionsProps = {
  kind: ItemKind;
  id: number;
  articleId: number;
  review: ReviewState;
  /** Names the item for screen readers, e.g. the statement's speaker. */
  label: string;
};

/** Accept / Reject / Edit for one statement or figure. */
export function ReviewActions({ kind, id, articleId, review, label }: ReviewActionsProps) {
  const { t } = useI18n();
  const { setReview, startEdit } = useReview();
  const item = { kind, id };
  return (
    <span className="review-actions" role="group" aria-label={`${t("review.actions")}: ${label}`}>
      <button
        type="button"
        className={`button small review-button accept${review === "accepted" ? " is-on" : ""}`}
        data-testid="accept-item"
        aria-pressed={review === "accepted"}
        onClick={() => void setReview(item, "accepted")}
      >
        <span aria-hidden="true">✓</span> {t("review.accept")}
      </button>
      <button
        type="button"
        className={`button small review-button reject${review === "rejected" ? " is-on" : ""}`}
        data-testid="reject-item"
        aria-pressed={review === "rejected"}
        onClick={() => void setReview(item, "rejected")}
      >
        <span aria-hidden="true">✕</span> {t("review.reject")}
      </button>
      <button
        type="button"
        className="button small review-button"
        data-testid="edit-item"
        onClick={() => startEdit({ kind, id, articleId })}
      >
        <span aria-hidden="true">✎</span> {t("review.edit")}
      </button>
    </span>
  );
}

export function ReviewBadge({ review }: { review: ReviewState }) {
  const { t } = useI18n();
  if (review === "pending") return null;
  return (
    <span className={`badge review-${review}`} data-testid="review-badge">
      {t(`review.${review}`)}
    </span>
  );
}

export function ShowRejectedToggle() {
  const { t } = useI18n();
  const { showRejected, setShowRejected } = useReview();
  return (
    <label className="toggle">
      <input
        type="checkbox"
        data-testid="show-rejected"
        checked={showRejected}
        onChange={(e) => setShowRejected(e.target.checked)}
      />
      <span>{t("review.showRejected")}</span>
    </label>
  );
}
