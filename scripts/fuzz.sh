#!/usr/bin/env bash
# Fuzzes every parser and the extraction with cargo-fuzz (libFuzzer), SECONDS each (default 600),
# two targets at a time, starting from seeds made of the repository's own fixtures. Needs the
# nightly toolchain and cargo-fuzz (`rustup toolchain install nightly; cargo install cargo-fuzz
# --locked`). A crash stops that target and leaves its input in fuzz/artifacts/TARGET/.
#
#     scripts/fuzz.sh [SECONDS] [TARGET…]      # targets: import_bytes extract dates numbers
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(import_bytes extract dates numbers)

seed() { mkdir -p "fuzz/corpus/$1"; }
# import_bytes: one byte naming the format (its index in the target's NAMES), then the file.
names=(txt md html eml pdf rss atom xml json jsonl csv tsv zip bin)
seed import_bytes
index_of() { local i; for i in "${!names[@]}"; do [ "${names[$i]}" = "$1" ] && echo "$i" && return; done; echo 13; }
for f in tests/fixtures/import/* tests/fixtures/email/* tests/fixtures/hostile/* src-tauri/resources/samples/*.txt; do
  ext="${f##*.}"
  { printf "\\x$(printf %02x "$(index_of "$ext")")"; cat "$f"; } > "fuzz/corpus/import_bytes/$(basename "$f")"
done
seed extract
cp src-tauri/resources/samples/*.txt fuzz/corpus/extract/
seed numbers
for n in "15 ألف مقاتل" "خمسة عشر ألفاً" "عشرات القتلى" "1.5 million" "two dozen" "أكثر من ٣٠٠ هجوم" "twenty-five fighters"; do
  printf '%s' "$n" > "fuzz/corpus/numbers/$(printf '%s' "$n" | md5sum | cut -c1-12)"
done
seed dates
for d in "2025-01-12" "2025-01-12T09:30:00+03:00" "Sun, 12 Jan 2025 09:30:00 GMT" "12 January 2025" \
         "January 12, 2025" "12 يناير 2025" "١٢ كانون الثاني ٢٠٢٥" "1 رمضان 1446 هـ" "1446/09/01 هـ"; do
  printf '%s' "$d" > "fuzz/corpus/dates/$(printf '%s' "$d" | md5sum | cut -c1-12)"
done

run() {
  local t="$1"
  cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=4096 \
    -max_len=1048576 -print_final_stats=1 > "fuzz/$t.log" 2>&1
  local rc=$?
  local runs cov
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "fuzz/$t.log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "fuzz/$t.log" | tail -1 || echo "cov: ?")
  echo "$t: rc=$rc, $runs runs in ${seconds}s, $cov (log: fuzz/$t.log)"
  return $rc
}

cargo +nightly fuzz build
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[$i]}" & first=$!
  second=""
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[$((i + 1))]}" & second=$!; fi
  wait "$first" || status=1
  [ -z "$second" ] || wait "$second" || status=1
done
exit $status
