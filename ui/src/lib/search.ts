// Search folding: case-insensitive, diacritic-insensitive and tolerant of the
// usual Arabic spelling variants (hamza carriers, alef forms, ta marbuta,
// alef maqsura, tatweel, Persian letter forms).

const MARKS = /\p{M}/gu;
const TATWEEL = /\u0640/g;
const WHITESPACE = /\s+/g;

const LETTER_FOLDS: Record<string, string> = {
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0649": "\u064A", // ى alef maqsura → ي
  "\u06CC": "\u064A", // ی farsi yeh → ي
  "\u0629": "\u0647", // ة ta marbuta → ه
  "\u06A9": "\u0643", // ک keheh → ك
  "\u0621": "", // ء bare hamza is often omitted
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");

/**
 * NFKD decomposes أ إ آ ؤ ئ into a base letter plus a combining hamza or
 * madda (and Latin accented letters into base plus accent), so removing
 * combining marks folds them all; presentation forms are normalised too.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(TATWEEL, "")
    .replace(LETTER_FOLD_PATTERN, (c) => LETTER_FOLDS[c] ?? c)
    .toLowerCase()
    .replace(WHITESPACE, " ")
    .trim();
}
