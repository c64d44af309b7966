import { useState } from "react";
import { api, toAppError, type ActorSuggestion, type AppError } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";
import { ErrorMessage } from "../ErrorBanner";
import { useReview } from "../review/ReviewProvider";

/**
 * Doubtful matches found at import ("Saleh" may be "Ali Abdullah Saleh"), with the evidence and
 * a confidence: accept merges them (undoable like any edit), dismiss keeps them apart.
 */
export function SuggestionsPanel({ onChanged }: { onChanged: () => void }) {
  const { t, locale } = useI18n();
  const { version, refresh } = useReview();
  const [local, setLocal] = useState(0);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { data } = useApiQuery(() => api.listActorSuggestions(), [version, local]);
  const suggestions = data ?? [];
  if (suggestions.length === 0 && !failure) return null;
  const act = async (s: ActorSuggestion, accept: boolean) => {
    setFailure(null);
    try {
      await (accept ? api.acceptSuggestion(s.id) : api.dismissSuggestion(s.id));
      setLocal((n) => n + 1);
      refresh();
      onChanged();
    } catch (e) {
      setFailure(toAppError(e));
    }
  };
  return (
    <section className="suggestions-panel" data-testid="actor-suggestions" aria-label={t("suggestions.title")}>
      <h3 className="panel-title">
        {t("suggestions.title")} <span className="panel-count">{formatNumber(suggestions.length, locale)}</span>
      </h3>
      {failure && <ErrorMessage error={failure} />}
      <ul className="plain-list">
        {suggestions.map((s) => (
          <li key={s.id} data-testid="actor-suggestion">
            {t("suggestions.line", { actor: "\u2068" + s.actor.name + "\u2069", candidate: "\u2068" + s.candidate.name + "\u2069" })}{" "}
            <span className="muted">
              {s.evidence} · {t("suggestions.confidence", { value: formatNumber(Math.round(s.confidence * 100), locale) })}
              {s.article_title && (
                <>
                  {" · "}
                  <bdi>{s.article_title}</bdi>
                </>
              )}
            </span>{" "}
            <button type="button" className="button small" data-testid="suggestion-accept" onClick={() => void act(s, true)}>
              {t("suggestions.accept")}
            </button>
            <button type="button" className="button subtle small" data-testid="suggestion-dismiss" onClick={() => void act(s, false)}>
              {t("suggestions.dismiss")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
