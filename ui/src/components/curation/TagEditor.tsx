import { useEffect, useId, useState, type FormEvent } from "react";
import { api, type TagCount, type TagTarget } from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { normaliseTag } from "../../lib/edits";
import { useErrors } from "../ErrorProvider";
import { useReview } from "../review/ReviewProvider";

/**
 * The tags on an article, actor, statement or figure: chips with × to remove,
 * and a small input (suggesting the workspace's tags) to add one.
 */
export function TagEditor({ target, className }: { target: TagTarget; className?: string }) {
  const { t } = useI18n();
  const { report } = useErrors();
  const { version, addTag, removeTag } = useReview();
  const listId = useId();
  const { data } = useApiQuery(() => api.tagsOf(target), [target.kind, target.id, version]);
  const [tags, setTags] = useState<string[]>([]);
  const [draft, setDraft] = useState("");
  const [suggestions, setSuggestions] = useState<TagCount[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setTags(Array.isArray(data) ? data : []);
  }, [data]);

  const loadSuggestions = () => {
    api.listTags().then(
      (all) => setSuggestions(Array.isArray(all) ? all : []),
      () => setSuggestions([]),
    );
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const name = normaliseTag(draft);
    if (!name || busy) return;
    if (tags.includes(name)) return setDraft("");
    setBusy(true);
    try {
      await addTag(target, name);
      setTags((current) => (current.includes(name) ? current : [...current, name]));
      setDraft("");
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (name: string) => {
    try {
      await removeTag(target, name);
      setTags((current) => current.filter((tag) => tag !== name));
    } catch (error) {
      report(error);
    }
  };

  return (
    <div className={`tags${className ? ` ${className}` : ""}`} role="group" aria-label={t("tags.label")}>
      {tags.length > 0 && (
        <ul className="tag-list">
          {tags.map((name) => (
            <li key={name} className="tag-chip" data-testid="tag-chip">
              <bdi className="tag-name">{name}</bdi>
              <button
                type="button"
                className="tag-remove"
                data-testid="tag-remove"
                aria-label={t("tags.remove", { name })}
                title={t("tags.remove", { name })}
                onClick={() => void remove(name)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="tag-add" onSubmit={(e) => void add(e)}>
        <input
          className="tag-input"
          data-testid="tag-input"
          dir="auto"
          list={listId}
          value={draft}
          placeholder={t("tags.add")}
          aria-label={t("tags.addLabel")}
          disabled={busy}
          onFocus={loadSuggestions}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape" && draft !== "") {
              e.stopPropagation();
              setDraft("");
            }
          }}
        />
        <datalist id={listId}>
          {suggestions
            .filter((tag) => !tags.includes(tag.name))
            .map((tag) => (
              <option key={tag.name} value={tag.name} />
            ))}
        </datalist>
      </form>
    </div>
  );
}
