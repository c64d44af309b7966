// Direction detection and opposite-direction run finding, following the
// "first strong character" rule of the Unicode bidi algorithm (P2/P3).

export type Direction = "ltr" | "rtl";

const LETTER = /\p{L}/u;
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

/** Strong direction of a single code point, or null when it is neutral/weak. */
export function strongDirection(char: string): Direction | null {
  if (!LETTER.test(char)) return null;
  return RTL_SCRIPT.test(char) ? "rtl" : "ltr";
}

/** Direction of the first strong character, or null when there is none. */
export function firstStrongDirection(text: string): Direction | null {
  for (const char of text) {
    const dir = strongDirection(char);
    if (dir) return dir;
  }
  return null;
}

export function detectDirection(text: string, fallback: Direction = "ltr"): Direction {
  return firstStrongDirection(text) ?? fallback;
}

export type Run = { start: number; end: number; dir: Direction };

/**
 * Maximal runs (in code point indexes of `chars`) that start and end with a
 * strong character of the direction opposite to `base` and contain no strong
 * character of `base` direction. These are the runs worth isolating.
 */
export function oppositeRuns(chars: readonly string[], base: Direction): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastStrong = -1;
  chars.forEach((char, i) => {
    const dir = strongDirection(char);
    if (dir === null) return;
    if (dir !== base) {
      if (start < 0) start = i;
      lastStrong = i;
      return;
    }
    if (start >= 0) runs.push({ start, end: lastStrong + 1, dir: opposite(base) });
    start = -1;
  });
  if (start >= 0) runs.push({ start, end: lastStrong + 1, dir: opposite(base) });
  return runs;
}

function opposite(dir: Direction): Direction {
  return dir === "ltr" ? "rtl" : "ltr";
}
