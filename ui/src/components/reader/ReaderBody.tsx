import { forwardRef, memo, useMemo, type ReactNode } from "react";
import type { Language } from "../../api";
import { useI18n } from "../../i18n/I18nProvider";
import { detectDirection, oppositeRuns, type Direction } from "../../lib/bidi";
import { segmentParagraph, type Mark, type SegmentNode } from "../../lib/segments";
import { clipSpan, splitParagraphs } from "../../lib/text";

type ReaderBodyProps = {
  body: string;
  language: Language;
  marks: readonly Mark[];
  activeKey: string | null;
  /** A mouse selection may have ended in the text (keyboard ones are watched by the reader). */
  onSelectionEnd?: () => void;
};

type PreparedParagraph = { start: number; end: number; dir: Direction; nodes: SegmentNode[] };

function prepareParagraphs(body: string, language: Language, marks: readonly Mark[]): PreparedParagraph[] {
  const fallback: Direction = language === "ar" ? "rtl" : "ltr";
  return splitParagraphs(body).map((paragraph) => {
    const dir = detectDirection(paragraph.chars.join(""), fallback);
    const local = marks.flatMap((mark) => {
      const span = clipSpan(mark, paragraph);
      return span ? [{ ...mark, ...span }] : [];
    });
    const nodes = segmentParagraph(paragraph.chars, local, oppositeRuns(paragraph.chars, dir));
    return { start: paragraph.start, end: paragraph.end, dir, nodes };
  });
}

function renderNodes(nodes: readonly SegmentNode[], activeKey: string | null): ReactNode[] {
  return nodes.map((node) => {
    const key = `${node.type}-${node.start}-${node.end}`;
    switch (node.type) {
      case "text":
        return node.text;
      case "isolate":
        return (
          <bdi key={key} dir={node.dir}>
            {renderNodes(node.children, activeKey)}
          </bdi>
        );
      case "mark": {
        const { mark } = node;
        const isActive = mark.itemKey === activeKey;
        return (
          <mark
            key={`${key}-${mark.itemKey}`}
            className={`hl hl-${mark.kind}${isActive ? " is-active" : ""}`}
            title={mark.label}
            data-kind={mark.kind}
            data-item={mark.itemKey}
            data-testid={isActive ? "reader-focus" : undefined}
          >
            {renderNodes(node.children, activeKey)}
          </mark>
        );
      }
    }
  });
}

const Paragraph = memo(function Paragraph({
  paragraph,
  activeKey,
}: {
  paragraph: PreparedParagraph;
  activeKey: string | null;
}) {
  return (
    // data-start/end: the code points it covers, for turning a selection into a span.
    <p
      dir={paragraph.dir}
      className="reader-paragraph"
      data-testid="reader-paragraph"
      data-start={paragraph.start}
      data-end={paragraph.end}
    >
      {renderNodes(paragraph.nodes, activeKey)}
    </p>
  );
});

/** The article text, paragraph by paragraph, with extracted items highlighted. */
export const ReaderBody = forwardRef<HTMLDivElement, ReaderBodyProps>(function ReaderBody(
  { body, language, marks, activeKey, onSelectionEnd },
  ref,
) {
  const { t } = useI18n();
  const paragraphs = useMemo(() => prepareParagraphs(body, language, marks), [body, language, marks]);
  return (
    <div
      className="reader-body"
      data-testid="reader-body"
      ref={ref}
      lang={language === "other" ? undefined : language}
      aria-label={t("reader.body")}
      onMouseUp={onSelectionEnd}
    >
      {paragraphs.map((paragraph) => (
        <Paragraph key={paragraph.start} paragraph={paragraph} activeKey={activeKey} />
      ))}
    </div>
  );
});
