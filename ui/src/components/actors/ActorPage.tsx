import { useId, useState, type FormEvent } from "react";
import {
  api,
  toAppError,
  type ActorArticle,
  type ActorDetail,
  type ActorKind,
  type AppError,
  type MergePreview,
} from "../../api";
import { useApiQuery } from "../../hooks/useApiQuery";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumber } from "../../lib/format";
import type { ActorChoice } from "../../lib/views";
import { ErrorMessage } from "../ErrorBanner";
import { useReview } from "../review/ReviewProvider";
import { ActorPicker } from "./ActorPicker";
import { otherNames } from "./ActorsView";

const KINDS: ActorKind[] = ["person", "organization", "location"];

type ActorPageProps = {
  id: number;
  onClose: () => void;
  onOpenTimeline: (actor: ActorChoice) => void;
  /** Another actor's page (an affiliation, the merge target, a split-off actor). */
  onShowActor: (id: number) => void;
  onChanged: () => void;
};

/** Runs an edit, then reloads; a failure is shown where the edit was made. */
function useEdit(reload: () => void) {
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (edit: () => Promise<unknown>) => {
    setFailure(null);
    setBusy(true);
    try {
      await edit();
      reload();
      return true;
    } catch (e) {
      setFailure(toAppError(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { failure, busy, run };
}

function Names({ detail, reload }: { detail: ActorDetail; reload: () => void }) {
  const { t } = useI18n();
  const formId = useId();
  const a = detail.summary;
  const [name, setName] = useState(a.name);
  const [nameAr, setNameAr] = useState(a.name_ar ?? "");
  const [nameEn, setNameEn] = useState(a.name_en ?? "");
  const [alias, setAlias] = useState("");
  const { failure, busy, run } = useEdit(reload);
  const rename = (e: FormEvent) => {
    e.preventDefault();
    void run(() =>
      api.renameActor(a.id, name.trim() || null, nameAr.trim() || null, nameEn.trim() || null),
    );
  };
  const addAlias = (e: FormEvent) => {
    e.preventDefault();
    const text = alias.trim();
    if (!text) return;
    void run(() => api.addAlias(a.id, text)).then((ok) => ok && setAlias(""));
  };
  return (
    <section className="panel-section" aria-labelledby={`${formId}-names`}>
      <h3 className="panel-title" id={`${formId}-names`}>
        {t("actor.names")}
      </h3>
      <form className="edit-form" onSubmit={rename} data-testid="actor-rename">
        <label className="field">
          {t("actor.displayName")}
          <input dir="auto" value={name} onChange={(e) => setName(e.target.value)} data-testid="actor-name-input" />
        </label>
        <label className="field">
          {t("actor.arabicName")}
          <input dir="rtl" lang="ar" value={nameAr} onChange={(e) => setNameAr(e.target.value)} />
        </label>
        <label className="field">
          {t("actor.englishName")}
          <input dir="ltr" lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        </label>
        <div className="field-row">
          <button type="submit" className="button" disabled={busy}>
            {t("actor.saveNames")}
          </button>
          <label className="inline-field">
            {t("actor.kind")}
            <select
              value={a.kind}
              data-testid="actor-kind"
              disabled={busy}
              onChange={(e) => void run(() => api.setActorKind(a.id, e.target.value as ActorKind))}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <ul className="tag-list" data-testid="actor-aliases" aria-label={t("actor.aliases")}>
        {detail.aliases.map((x) => (
          <li key={x.id} className="tag-chip" title={t(`actor.origin.${x.origin}` as never)}>
            <bdi lang={x.language ?? undefined} dir={x.script === "arabic" ? "rtl" : "ltr"}>
              {x.text}
            </bdi>
            <button
              type="button"
              className="tag-remove"
              aria-label={t("actor.removeAlias", { name: x.text })}
              disabled={busy}
              onClick={() => void run(() => api.removeAlias(a.id, x.text))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="tag-add" onSubmit={addAlias}>
        <input
          className="tag-input"
          dir="auto"
          value={alias}
          aria-label={t("actor.addAlias")}
          placeholder={t("actor.addAlias")}
          data-testid="actor-alias-input"
          onChange={(e) => setAlias(e.target.value)}
        />
        <button type="submit" className="button small" disabled={busy || !alias.trim()}>
          {t("actor.add")}
        </button>
      </form>
      {failure && <ErrorMessage error={failure} />}
    </section>
  );
}

function Facts({ detail, onShowActor }: { detail: ActorDetail; onShowActor: (id: number) => void }) {
  const { t, locale } = useI18n();
  const links = (list: ActorDetail["affiliations"], label: string, testId: string) =>
    list.length > 0 && (
      <p data-testid={testId}>
        <span className="muted">{label}: </span>
        {list.map((x, i) => (
          <span key={x.id}>
            {i > 0 && t("common.listSeparator")}
            <button type="button" className="button subtle small" onClick={() => onShowActor(x.id)}>
              <bdi>{x.name}</bdi>
            </button>
          </span>
        ))}
      </p>
    );
  return (
    <section className="panel-section">
      <h3 className="panel-title">{t("actor.roles")}</h3>
      {detail.roles.length === 0 ? (
        <p className="muted">{t("actor.noRoles")}</p>
      ) : (
        <table className="preview-table" data-testid="actor-roles">
          <thead>
            <tr>
              <th>{t("actor.role")}</th>
              <th>{t("actor.seenOn")}</th>
            </tr>
          </thead>
          <tbody>
            {detail.roles.map((r, i) => (
              <tr key={i}>
                <td dir="auto">{r.role}</td>
                <td>{r.seen_on ?? t("timeline.noDate")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {links(detail.affiliations, t("actor.affiliations"), "actor-affiliations")}
      {links(detail.members, t("actor.members"), "actor-members")}
      {detail.recognitions.length > 0 && (
        <>
          <h3 className="panel-title">{t("actor.recognitions")}</h3>
          <table className="preview-table" data-testid="actor-recognitions">
            <thead>
              <tr>
                <th>{t("actor.method")}</th>
                <th>{t("actor.evidence")}</th>
                <th>{t("actor.confidence")}</th>
                <th>{t("actor.article")}</th>
              </tr>
            </thead>
            <tbody>
              {detail.recognitions.map((r) => (
                <tr key={`${r.article_id}-${r.method}`}>
                  <td>{t(`actor.method.${r.method}` as never)}</td>
                  <td dir="auto">{r.evidence}</td>
                  <td className="numeric">{t("actor.percent", { value: formatNumber(Math.round(r.confidence * 100), locale) })}</td>
                  <td dir="auto">{r.article_title}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function moves(t: ReturnType<typeof useI18n>["t"], n: (v: number) => string, m: number, s: number, f: number) {
  return t("actor.moves", { mentions: n(m), statements: n(s), figures: n(f) });
}

function Merge({ detail, onMerged }: { detail: ActorDetail; onMerged: (into: number) => void }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const [target, setTarget] = useState<ActorChoice[]>([]);
  const into = target[0];
  const { data: preview, error } = useApiQuery<MergePreview>(
    into ? () => api.mergePreview(detail.summary.id, into.id) : null,
    [into?.id, detail.summary.id],
  );
  const { failure, busy, run } = useEdit(() => undefined);
  const merge = async () => {
    if (!into) return;
    if (await run(() => api.mergeActors(detail.summary.id, into.id))) onMerged(into.id);
  };
  return (
    <section className="panel-section" data-testid="actor-merge">
      <h3 className="panel-title">{t("actor.merge")}</h3>
      <ActorPicker selected={target} onChange={setTarget} single label={t("actor.mergeInto")} testId="actor-merge-picker" />
      {error && <ErrorMessage error={error} />}
      {preview && (
        <div data-testid="actor-merge-preview">
          <p>
            {t("actor.mergePreview", {
              from: "\u2068" + preview.from.name + "\u2069",
              into: "\u2068" + preview.into.name + "\u2069",
            })}{" "}
            {moves(t, n, preview.mentions, preview.statements, preview.figures)}{" "}
            {t("actor.rolesMove", { roles: n(preview.roles) })}
          </p>
          {preview.new_names.length > 0 && (
            <p className="muted">
              {t("actor.namesMove")}{" "}
              {preview.new_names.map((name, i) => (
                <span key={name}>
                  {i > 0 && t("common.listSeparator")}
                  <bdi>{name}</bdi>
                </span>
              ))}
            </p>
          )}
          <p className="muted">{t("actor.undoHint")}</p>
          <button type="button" className="button" disabled={busy} data-testid="actor-merge-confirm" onClick={() => void merge()}>
            {t("actor.mergeConfirm")}
          </button>
        </div>
      )}
      {failure && <ErrorMessage error={failure} />}
    </section>
  );
}

function Split({
  detail,
  articles,
  onSplit,
}: {
  detail: ActorDetail;
  articles: readonly ActorArticle[];
  onSplit: (id: number) => void;
}) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [name, setName] = useState("");
  const { failure, busy, run } = useEdit(() => undefined);
  const picked = articles.filter((a) => chosen.has(a.article_id));
  const total = (key: "mentions" | "statements" | "figures") => picked.reduce((sum, a) => sum + a[key], 0);
  const toggle = (id: number) =>
    setChosen((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const split = async (e: FormEvent) => {
    e.preventDefault();
    let created = 0;
    const ok = await run(async () => {
      created = await api.splitActor(detail.summary.id, name.trim(), [...chosen]);
    });
    if (ok) {
      setChosen(new Set());
      setName("");
      onSplit(created);
    }
  };
  return (
    <section className="panel-section" data-testid="actor-split">
      <h3 className="panel-title">{t("actor.split")}</h3>
      <p className="muted">{t("actor.splitHint")}</p>
      <ul className="plain-list" data-testid="actor-articles">
        {articles.map((a) => (
          <li key={a.article_id}>
            <label className="check-option">
              <input
                type="checkbox"
                checked={chosen.has(a.article_id)}
                data-testid="actor-article-check"
                onChange={() => toggle(a.article_id)}
              />
              <bdi>{a.title}</bdi>
              <span className="muted">
                {" "}
                {a.published_at ?? t("timeline.noDate")} · {moves(t, n, a.mentions, a.statements, a.figures)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <form className="field-row" onSubmit={(e) => void split(e)}>
        <label className="inline-field">
          {t("actor.newName")}
          <input dir="auto" value={name} data-testid="actor-split-name" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={busy || picked.length === 0 || !name.trim()} data-testid="actor-split-confirm">
          {t("actor.splitConfirm")}
        </button>
      </form>
      {picked.length > 0 && (
        <p data-testid="actor-split-preview">
          {t("actor.splitPreview", { articles: n(picked.length), name: "\u2068" + (name.trim() || "…") + "\u2069" })}{" "}
          {moves(t, n, total("mentions"), total("statements"), total("figures"))}
        </p>
      )}
      {failure && <ErrorMessage error={failure} />}
    </section>
  );
}

/**
 * One actor: names in both scripts (rename, add and remove names, change kind), roles over time,
 * affiliations, how each article's mention was recognised as it, and merge / split with a
 * preview of what moves. Every edit is in the edit log; Undo reverses the last one.
 */
export function ActorPage({ id, onClose, onOpenTimeline, onShowActor, onChanged }: ActorPageProps) {
  const { t, locale } = useI18n();
  const { version, refresh } = useReview();
  const [local, setLocal] = useState(0);
  const [undone, setUndone] = useState<string | null>(null);
  const [undoFailure, setUndoFailure] = useState<AppError | null>(null);
  const reload = () => {
    setLocal((v) => v + 1);
    refresh();
    onChanged();
  };
  const { data: detail, error } = useApiQuery(() => api.actorDetail(id), [id, version, local]);
  const { data: articles } = useApiQuery(() => api.actorArticles(id), [id, version, local]);
  const undo = async () => {
    setUndoFailure(null);
    try {
      const entry = await api.undo();
      setUndone(entry ? entry.action : null);
      reload();
    } catch (e) {
      setUndoFailure(toAppError(e));
    }
  };
  if (error) {
    return (
      <section className="view actor-page">
        <ErrorMessage error={error} />
        <button type="button" className="button" onClick={onClose} data-testid="actor-back">
          {t("actor.back")}
        </button>
      </section>
    );
  }
  if (!detail) return <p className="muted padded">{t("common.loading")}</p>;
  const a = detail.summary;
  return (
    <section className="view actor-page" data-testid="actor-page" aria-label={a.name}>
      <div className="view-toolbar">
        <button type="button" className="button subtle" onClick={onClose} data-testid="actor-back">
          {t("actor.back")}
        </button>
        <h2 className="view-title">
          <bdi data-testid="actor-page-name">{a.name}</bdi>
        </h2>
        {otherNames(a).map((name) => (
          <bdi key={name.lang} lang={name.lang} dir={name.dir} className="muted">
            {name.text}
          </bdi>
        ))}
        <span className="badge">{t(`kind.${a.kind}`)}</span>
        <span className="view-count" data-testid="actor-page-stats">
          {t("actors.stats", {
            articles: formatNumber(a.article_count, locale),
            statements: formatNumber(a.statement_count, locale),
            figures: formatNumber(a.figure_count, locale),
          })}
        </span>
        <button type="button" className="button" onClick={() => onOpenTimeline({ id: a.id, name: a.name })}>
          {t("actor.timeline")}
        </button>
        <button type="button" className="button subtle" data-testid="actor-undo" onClick={() => void undo()}>
          {t("actor.undo")}
        </button>
        {undone && (
          <span className="undo-status" role="status">
            {t("actor.undone", { action: undone })}
          </span>
        )}
        {undoFailure && <ErrorMessage error={undoFailure} />}
      </div>
      <div className="view-scroll padded">
        <Names key={`${a.id}-${a.name}-${a.name_ar}-${a.name_en}`} detail={detail} reload={reload} />
        <Facts detail={detail} onShowActor={onShowActor} />
        <Merge
          detail={detail}
          onMerged={(into) => {
            reload();
            onShowActor(into);
          }}
        />
        <Split
          detail={detail}
          articles={articles ?? []}
          onSplit={(created) => {
            reload();
            onShowActor(created);
          }}
        />
      </div>
    </section>
  );
}
