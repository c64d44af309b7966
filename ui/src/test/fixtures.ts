import type { ArticleDetail, ArticleSummary, ImportReport } from "../api";

export function summary(overrides: Partial<ArticleSummary> & { id: number; title: string }): ArticleSummary {
  return {
    outlet: null,
    url: null,
    published: null,
    language: "en",
    imported_at: "2024-05-01T10:00:00Z",
    actor_count: 0,
    statement_count: 0,
    figure_count: 0,
    ...overrides,
  };
}

export const ARTICLES: ArticleSummary[] = [
  summary({
    id: 1,
    title: "Belousov: more than 15,000 fighters",
    outlet: "Reuters",
    published: "2024-03-02",
    language: "en",
    actor_count: 3,
    statement_count: 2,
    figure_count: 1,
  }),
  summary({
    id: 2,
    title: "أكثر من ألف نازح في إدلب",
    outlet: "الجزيرة",
    published: "2024-03-05",
    language: "ar",
    actor_count: 1,
    statement_count: 4,
    figure_count: 2,
  }),
  summary({
    id: 3,
    title: "Ceasefire talks stall",
    outlet: "AP",
    published: "2024-02-20",
    language: "en",
    actor_count: 5,
    statement_count: 0,
    figure_count: 0,
  }),
];

/** Body with an astral character before Arabic and Latin names. */
export const ARABIC_LINE = "📰 قال بوتين إن Wagner انسحبت.";
export const ENGLISH_LINE = "𝐍ews: Belousov said more than 15,000 fighters died.";

/** The code point span of `needle` in `line`, which starts at `lineOffset` in the body. */
export function spanOf(line: string, lineOffset: number, needle: string) {
  const chars = Array.from(line);
  const text = Array.from(needle);
  for (let i = 0; i + text.length <= chars.length; i += 1) {
    if (text.every((c, j) => chars[i + j] === c)) return { start: lineOffset + i, end: lineOffset + i + text.length };
  }
  throw new Error(`"${needle}" not in line`);
}

const ENGLISH_OFFSET = Array.from(ARABIC_LINE).length + 1;

export const DETAIL: ArticleDetail = {
  summary: ARTICLES[0]!,
  body: `${ARABIC_LINE}\n${ENGLISH_LINE}`,
  actors: [
    {
      actor_id: 10,
      name: "Vladimir Putin",
      name_ar: "فلاديمير بوتين",
      name_en: "Vladimir Putin",
      kind: "person",
      roles: ["President of Russia"],
      mentions: [spanOf(ARABIC_LINE, 0, "بوتين")],
    },
    {
      actor_id: 11,
      name: "Andrei Belousov",
      name_ar: "أندريه بيلوسوف",
      name_en: "Andrei Belousov",
      kind: "person",
      roles: ["Defence minister"],
      mentions: [spanOf(ENGLISH_LINE, ENGLISH_OFFSET, "Belousov")],
    },
  ],
  statements: [
    {
      id: 20,
      speaker_id: 11,
      speaker_name: "Andrei Belousov",
      cue: "said",
      stance: "claim",
      span: spanOf(ENGLISH_LINE, ENGLISH_OFFSET, "Belousov said more than 15,000 fighters died"),
      content: "more than 15,000 fighters died",
      date: null,
      confidence: 0.82,
      review: "pending",
    },
  ],
  figures: [
    {
      id: 30,
      value: 15000,
      value_max: null,
      qualifier: "more_than",
      unit: "fighters",
      source_id: 11,
      source_name: "Belousov",
      span: spanOf(ENGLISH_LINE, ENGLISH_OFFSET, "more than 15,000 fighters"),
      text: "more than 15,000 fighters",
      date: null,
      review: "pending",
    },
  ],
  same_story: [{ id: 4, title: "Putin: Wagner has withdrawn", outlet: "Wire copy", published: "2024-03-02", language: "en" }],
};

export const SAMPLE_REPORT: ImportReport = {
  items: [{ source: "/samples/reuters.txt", outcome: { kind: "imported", article_id: 1, title: ARTICLES[0]!.title } }],
  imported: 1,
  duplicates: 0,
  rejected: 0,
  cancelled: false,
};
