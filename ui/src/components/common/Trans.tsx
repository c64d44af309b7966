import { Fragment, type ReactNode } from "react";

/**
 * A translated sentence with elements in its {placeholders}, e.g. a name in
 * a <bdi>. Pass the template: t(key) without values leaves them in place.
 */
export function Trans({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <Fragment key={i}>{part in values ? values[part] : `{${part}}`}</Fragment> : part,
      )}
    </>
  );
}
