#!/usr/bin/env node
// Generates crates/extract/data/countries.tsv from the npm package
// `i18n-iso-countries` (MIT) plus the hand-written OVERRIDES table below
// (written by the Marsad project).
//
// How to run (from the repository root; nothing is added to the repo's
// own package.json):
//
//   tmp=$(mktemp -d)
//   npm install --prefix "$tmp" --no-save i18n-iso-countries@7.14.0
//   I18N_ISO_COUNTRIES_DIR="$tmp/node_modules/i18n-iso-countries" \
//     node scripts/gazetteer/build_countries.mjs
//   python3 scripts/gazetteer/check.py
//
// Output: one line per ISO 3166-1 alpha-2 code (plus XK Kosovo, which the
// package ships), sorted by key, 7 tab-separated columns:
//   key  kind  names_en  names_ar  affiliation  roles_en  roles_ar
// names_en: common English name first, then the package's names, then extras.
// names_ar: Arabic name first, then extras. The output is deterministic.

import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const pkgDir = process.env.I18N_ISO_COUNTRIES_DIR
  || join(repo, "node_modules", "i18n-iso-countries");
const load = (p) => JSON.parse(readFileSync(join(pkgDir, p), "utf8"));
const pkg = load("package.json");
const en = load("langs/en.json").countries;
const ar = load("langs/ar.json").countries;

// Hand-made overrides (Marsad project). first: common English name to put
// first; en/ar: extra variants appended; drop: package names to omit
// (ambiguous, political-ISO phrasing, or "X, Y of" inversions); arFirst:
// replacement for the Arabic canonical name; arDrop: package Arabic names to omit.
const OVERRIDES = {
  AE: { first: "United Arab Emirates", en: ["U.A.E.", "the Emirates"], ar: ["الإمارات", "دولة الإمارات", "دولة الإمارات العربية المتحدة"] },
  AF: { en: ["Islamic Emirate of Afghanistan", "Islamic Republic of Afghanistan"], ar: ["إمارة أفغانستان الإسلامية", "جمهورية أفغانستان الإسلامية"] },
  AZ: { ar: ["أذربيجان"] },
  BA: { en: ["Bosnia"], ar: ["البوسنة"] },
  BH: { en: ["Kingdom of Bahrain"], ar: ["مملكة البحرين"] },
  BN: { first: "Brunei" },
  BY: { en: ["Byelorussia"], ar: ["بيلاروسيا", "بيلاروس"] },
  CD: { first: "Democratic Republic of the Congo", drop: ["Congo"], en: ["DR Congo", "DRC", "Congo-Kinshasa"], ar: ["الكونغو الديمقراطية"] },
  CG: { first: "Republic of the Congo", drop: ["Congo"], en: ["Congo-Brazzaville"], ar: ["الكونغو برازافيل"] },
  CI: { first: "Ivory Coast", ar: ["كوت ديفوار"] },
  CN: { first: "China", en: ["PRC", "Mainland China"], ar: ["جمهورية الصين الشعبية"] },
  CV: { en: ["Cabo Verde"] },
  CZ: { en: ["Czech Republic"], ar: ["التشيك", "تشيكيا"] },
  DZ: { ar: ["جمهورية الجزائر"] },
  EG: { en: ["Arab Republic of Egypt"], ar: ["جمهورية مصر العربية"] },
  FK: { first: "Falkland Islands", en: ["Falklands", "Malvinas"], ar: ["جزر مالفيناس"] },
  FM: { first: "Micronesia", en: ["Federated States of Micronesia"], ar: ["ميكرونيسيا"] },
  GB: { first: "United Kingdom", en: ["U.K.", "Britain", "United Kingdom of Great Britain and Northern Ireland"], ar: ["بريطانيا", "بريطانيا العظمى", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"] },
  GE: { ar: ["جورجيا"] },
  GM: { first: "Gambia" },
  IL: { en: ["State of Israel"], ar: ["دولة إسرائيل"] },
  IQ: { en: ["Republic of Iraq"], ar: ["جمهورية العراق"] },
  IR: { first: "Iran", en: ["Persia"], ar: ["الجمهورية الإسلامية الإيرانية", "جمهورية إيران الإسلامية"] },
  JO: { en: ["Hashemite Kingdom of Jordan"], ar: ["المملكة الأردنية الهاشمية"] },
  KG: { en: ["Kyrgyz Republic", "Kirghizia"], ar: ["قرغيزستان", "قرغيزيا", "كيرغيزستان"] },
  KP: { en: ["DPRK", "Democratic People's Republic of Korea"], ar: ["جمهورية كوريا الديمقراطية الشعبية"] },
  KR: { first: "South Korea", drop: ["Korea, Republic of"], ar: ["جمهورية كوريا"] },
  KW: { en: ["State of Kuwait"], ar: ["دولة الكويت"] },
  KZ: { ar: ["قازاخستان", "كازاخستان"] },
  LA: { first: "Laos", ar: ["جمهورية لاو الديمقراطية الشعبية"] },
  LB: { en: ["Lebanese Republic"], ar: ["الجمهورية اللبنانية"] },
  LY: { ar: ["دولة ليبيا"] },
  MD: { first: "Moldova", drop: ["Moldova, Republic of"], en: ["Republic of Moldova"], ar: ["مولدافيا"] },
  MK: { first: "North Macedonia", en: ["Macedonia"], ar: ["مقدونيا"] },
  MM: { en: ["Burma"], ar: ["ميانمار"] },
  MR: { en: ["Islamic Republic of Mauritania"], ar: ["الجمهورية الإسلامية الموريتانية"] },
  NL: { first: "Netherlands", drop: ["Netherlands (Kingdom of the)"], en: ["Holland"] },
  OM: { en: ["Sultanate of Oman"], ar: ["سلطنة عمان"] },
  PS: { first: "Palestine", en: ["Palestinian territories", "occupied Palestinian territories", "Palestinian Territories"], ar: ["دولة فلسطين", "الأراضي الفلسطينية", "الأراضي الفلسطينية المحتلة"] },
  QA: { en: ["State of Qatar"], ar: ["دولة قطر"] },
  RU: { first: "Russia", en: ["Russian Federation"], ar: ["روسيا الاتحادية", "الاتحاد الروسي"] },
  SA: { en: ["Kingdom of Saudi Arabia", "KSA"], ar: ["المملكة العربية السعودية", "المملكة السعودية"] },
  SD: { en: ["Republic of the Sudan", "the Sudan"], ar: ["جمهورية السودان"] },
  SO: { en: ["Federal Republic of Somalia"], ar: ["جمهورية الصومال"] },
  SY: { first: "Syria", en: ["Syrian Arab Republic"], ar: ["سورية", "الجمهورية العربية السورية"] },
  SZ: { en: ["Swaziland"], ar: ["إسواتيني", "إيسواتيني"] },
  TJ: { en: ["Tadjikistan"], ar: ["طاجكستان"] },
  TL: { en: ["East Timor"] },
  TM: { ar: ["تركمنستان"] },
  TN: { en: ["Tunisian Republic"], ar: ["الجمهورية التونسية"] },
  TR: { first: "Turkey", en: ["Türkiye", "Turkiye", "Republic of Turkey"], ar: ["الجمهورية التركية"] /* not "تركية": that is the feminine adjective */ },
  TW: { first: "Taiwan", drop: ["Taiwan, Province of China"], en: ["Republic of China"] },
  TZ: { first: "Tanzania" },
  UA: { ar: ["اوكرانيا"] },
  // "US" is dropped: the matcher folds case, so it would match the pronoun "us".
  US: { first: "United States", drop: ["US"], en: ["United States of America", "America"], ar: ["الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "أمريكا", "أميركا"] },
  UZ: { ar: ["أوزباكستان"] },
  VA: { first: "Vatican City", drop: ["Holy See (Vatican City State)"], en: ["Holy See", "the Vatican", "Vatican"], ar: ["الكرسي الرسولي", "دولة الفاتيكان"] },
  VG: { first: "British Virgin Islands", drop: ["Virgin Islands, British"] },
  VI: { first: "U.S. Virgin Islands", drop: ["Virgin Islands, U.S."], en: ["US Virgin Islands"] },
  VN: { en: ["Viet Nam"] },
  // Names that are common words once case/diacritics are folded.
  RE: { first: "Réunion", drop: ["Reunion"], en: ["Réunion Island", "Reunion Island"] },
  JE: { first: "Bailiwick of Jersey", drop: ["Jersey"] },
  ML: { arFirst: "جمهورية مالي", arDrop: ["مالي"], ar: ["دولة مالي"] }, // مالي = "financial"
  BJ: { arFirst: "جمهورية بنين", arDrop: ["بنين"], ar: ["دولة بنين"] }, // بنين = "sons"
  XK: { en: ["Republic of Kosovo"] },
  YE: { en: ["Republic of Yemen"], ar: ["الجمهورية اليمنية"] },
  // "(...)" forms rewritten as plain names.
  BQ: { first: "Caribbean Netherlands", drop: ["Bonaire, Sint Eustatius and Saba"], en: ["Bonaire, Sint Eustatius and Saba"] },
  CC: { first: "Cocos Islands", drop: ["Cocos (Keeling) Islands"], en: ["Cocos (Keeling) Islands", "Keeling Islands"] },
  MF: { first: "Saint Martin", drop: ["Saint Martin (French part)"], arFirst: "سانت مارتن" },
  SX: { first: "Sint Maarten", drop: ["Sint Maarten (Dutch part)"], arFirst: "سينت مارتن" },
};

const clean = (s) => s.normalize("NFC").replace(/\s+/g, " ").trim();
function uniq(list) {
  const seen = new Set();
  const out = [];
  for (const raw of list) {
    const s = clean(raw);
    if (!s || s.includes("\t") || s.includes("|")) continue;
    const k = s.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

const rows = [];
for (const code of Object.keys(en).sort()) {
  const o = OVERRIDES[code] || {};
  const drop = new Set((o.drop || []).map((s) => s.toLowerCase()));
  const pkgEn = [].concat(en[code]).filter((s) => !drop.has(s.toLowerCase()));
  const namesEn = uniq([...(o.first ? [o.first] : []), ...pkgEn, ...(o.en || [])]);
  const arDrop = new Set(o.arDrop || []);
  const pkgAr = [].concat(ar[code] || []).filter((s) => !arDrop.has(s));
  const namesAr = uniq([...(o.arFirst ? [o.arFirst] : []), ...pkgAr, ...(o.ar || [])]);
  if (!namesEn.length || !namesAr.length) throw new Error(`missing name for ${code}`);
  rows.push([`loc:${code.toLowerCase()}`, "location", namesEn.join("|"), namesAr.join("|"), "", "", ""]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const header = [
  "# Countries (ISO 3166-1 alpha-2 + XK). GENERATED by scripts/gazetteer/build_countries.mjs",
  `# from npm i18n-iso-countries ${pkg.version} (MIT) + Marsad overrides. Do not edit by hand.`,
  "# key\tkind\tnames_en\tnames_ar\taffiliation\troles_en\troles_ar",
];
const out = join(repo, "crates", "extract", "data", "countries.tsv");
writeFileSync(out, header.join("\n") + "\n" + rows.map((r) => r.join("\t")).join("\n") + "\n", "utf8");
console.error(`wrote ${rows.length} countries to ${out}`);
