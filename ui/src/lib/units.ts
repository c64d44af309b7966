/** Units offered when adding a figure; the analyst may type any other. */
export const COMMON_UNITS: readonly string[] = [
  "fighters",
  "militants",
  "troops",
  "soldiers",
  "killed",
  "wounded",
  "attacks",
  "groups",
  "civilians",
  "displaced",
  "arrests",
  "airstrikes",
  "missiles",
];
