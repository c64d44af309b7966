import type { Briefing, BriefingFigure, Language } from "../../api";
import { translateIn } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import { describeAmount } from "../../lib/format";

const DIR: Record<Language, "rtl" | "ltr" | "auto"> = { ar: "rtl", en: "ltr", other: "auto" };

/** The figure's value with its hedge, in the report's language. */
function figureValue(f: BriefingFigure, lang: "ar" | "en"): string {
  return describeAmount(f, "en-GB", (key, values) => translateIn(lang, key, values)) ?? "?";
}

/**
 * The briefing as the exported files will carry it: the report's language sets
 * direction and labels; each quotation keeps its own direction. Everything is
 * text: nothing imported is rendered as HTML.
 */
export function BriefingPreview({ briefing }: { briefing: Briefing }) {
  const lang = briefing.language === "ar" ? "ar" : "en";
  const tr = (key: MessageKey) => translateIn(lang, key);
  return (
    <article className="briefing-preview" lang={lang} dir={DIR[briefing.language]} data-testid="briefing-preview">
      <header>
        <h3 className="briefing-title">{briefing.title}</h3>
        {briefing.author && (
          <p className="muted">
            {tr("briefing.preparedBy")}: <bdi>{briefing.author}</bdi>
          </p>
        )}
        <p className="muted">
          {briefing.scope.map((s, i) => (
            <span key={i}>
              {i > 0 && " · "}
              <bdi>{s}</bdi>
            </span>
          ))}
        </p>
      </header>
      <h4>{tr("briefing.keyJudgements")}</h4>
      {briefing.key_judgements.length === 0 && <p className="muted">{tr("briefing.noKeyJudgements")}</p>}
      {briefing.key_judgements.map((p, i) => (
        <p key={i} dir="auto">
          {p}
        </p>
      ))}
      {briefing.actors.map((actor) => (
        <section key={actor.id} data-testid="preview-actor">
          <h4>
            <bdi>{actor.name}</bdi>
          </h4>
          <p className="muted">
            {[actor.name_ar, actor.name_en].filter(Boolean).map((n, i) => (
              <span key={i}>
                {i > 0 && " / "}
                <bdi>{n}</bdi>
              </span>
            ))}
            {actor.roles.length > 0 && (
              <>
                {" · "}
                <bdi>{actor.roles.join(lang === "ar" ? "، " : ", ")}</bdi>
              </>
            )}
          </p>
          {actor.statements.length === 0 ? (
            <p className="muted">{tr("briefing.noStatements")}</p>
          ) : (
            <table className="preview-table">
              <thead>
                <tr>
                  <th>{tr("briefing.date")}</th>
                  <th>{tr("briefing.stance")}</th>
                  <th>{tr("briefing.statement")}</th>
                  <th>{tr("briefing.source")}</th>
                </tr>
              </thead>
              <tbody>
                {actor.statements.map((s) => (
                  <tr key={s.id} data-testid="preview-statement">
                    <td className="nowrap">
                      <bdi>{s.date ? s.date.slice(0, 10) : tr("briefing.undated")}</bdi>
                      {s.date_is_publication && " †"}
                    </td>
                    <td>{tr(`stance.${s.stance}`)}</td>
                    <td dir={DIR[s.language]} lang={s.language === "other" ? undefined : s.language}>
                      {s.text}
                    </td>
                    <td className="nowrap">
                      <bdi dir="ltr">{`[${s.source}] §${s.sentence}`}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      {briefing.figures.length > 0 && (
        <section>
          <h4>{tr("briefing.figures")}</h4>
          <table className="preview-table">
            <tbody>
              {briefing.figures.map((f) => (
                <tr key={f.id} data-testid="preview-figure">
                  <td className="nowrap">
                    <bdi>{f.date ? f.date.slice(0, 10) : tr("briefing.undated")}</bdi>
                  </td>
                  <td>
                    <bdi>{figureValue(f, lang)}</bdi> <bdi>{f.unit}</bdi>
                  </td>
                  <td>
                    <bdi>{f.claimed_by ?? "—"}</bdi>
                  </td>
                  <td className="nowrap">
                    <bdi dir="ltr">{`[${f.source}] §${f.sentence}`}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <h4>{tr("briefing.sources")}</h4>
      <ol className="preview-sources">
        {briefing.sources.map((s) => (
          <li key={s.number} value={s.number} data-testid="preview-source">
            <bdi dir={DIR[s.language]}>{s.title}</bdi>
            {s.outlet && (
              <>
                {" — "}
                <bdi>{s.outlet}</bdi>
              </>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
