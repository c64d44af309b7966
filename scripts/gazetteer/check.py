#!/usr/bin/env python3
"""Validate the gazetteer data files in crates/extract/data/.

Usage:  python3 scripts/gazetteer/check.py [--warn-dups]

Checks (errors -> exit status 1):
  * gazetteer.tsv / countries.tsv: exactly 7 tab-separated columns; key matches
    `kind-prefix:slug` (lowercase ascii); keys unique across both files; kind is
    person|organization|location and agrees with the key prefix; names_en and
    names_ar are both non-empty, contain no empty variant and no duplicate
    variant; names_ar variants contain Arabic letters and names_en variants none;
    affiliation, when set, is a key defined in either file.
  * nationalities.tsv: exactly 3 columns; key is a country key from countries.tsv;
    keys unique; adjectives_en non-empty.
Warnings (printed, not fatal): the same name variant under two different keys
(ambiguity the matcher has to resolve); with --warn-dups every one is listed.
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "crates" / "extract" / "data"
KINDS = {"person": "person", "organization": "org", "location": "loc"}
KEY_RE = re.compile(r"^(person|org|loc):[a-z0-9]+(?:-[a-z0-9]+)*$")
ARABIC = re.compile(r"[\u0621-\u064A]")


def rows(path, ncols, errors):
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            errors.append(f"{path.name}:{no}: {len(cols)} columns, expected {ncols}")
            continue
        out.append((no, cols))
    return out


def split_names(field):
    return field.split("|") if field else []


def main():
    warn_all = "--warn-dups" in sys.argv
    errors = []
    entries = {}  # key -> (file, line, cols)
    for fname in ("countries.tsv", "gazetteer.tsv"):
        for no, cols in rows(DATA / fname, 7, errors):
            key, kind, en, ar, aff, ren, rar = cols
            where = f"{fname}:{no}"
            if not KEY_RE.match(key):
                errors.append(f"{where}: bad key {key!r}")
            if kind not in KINDS:
                errors.append(f"{where}: bad kind {kind!r}")
            elif not key.startswith(KINDS[kind] + ":"):
                errors.append(f"{where}: key {key} does not match kind {kind}")
            if fname == "countries.tsv" and not re.match(r"^loc:[a-z]{2}$", key):
                errors.append(f"{where}: country key must be loc:<iso2>: {key}")
            if key in entries:
                errors.append(f"{where}: duplicate key {key} (first at {entries[key][0]})")
            entries[key] = (where, cols)
            for label, field, want_ar in (("names_en", en, False), ("names_ar", ar, True)):
                names = split_names(field)
                if not names:
                    errors.append(f"{where}: {key}: empty {label}")
                for n in names:
                    if not n.strip() or n != n.strip():
                        errors.append(f"{where}: {key}: empty/padded variant in {label}: {n!r}")
                    elif bool(ARABIC.search(n)) != want_ar:
                        errors.append(f"{where}: {key}: script mismatch in {label}: {n!r}")
                dup = [n for n, c in Counter(names).items() if c > 1]
                if dup:
                    errors.append(f"{where}: {key}: repeated variant in {label}: {dup}")
            for label, field in (("roles_en", ren), ("roles_ar", rar)):
                for r in split_names(field):
                    if not r.strip():
                        errors.append(f"{where}: {key}: empty variant in {label}")
    for key, (where, cols) in entries.items():
        aff = cols[4]
        if aff and aff not in entries:
            errors.append(f"{where}: {key}: unknown affiliation {aff!r}")
        if aff == key:
            errors.append(f"{where}: {key}: affiliated to itself")

    nat_keys = set()
    for no, (key, en, ar) in rows(DATA / "nationalities.tsv", 3, errors):
        where = f"nationalities.tsv:{no}"
        if key in nat_keys:
            errors.append(f"{where}: duplicate key {key}")
        nat_keys.add(key)
        if key not in entries or not re.match(r"^loc:[a-z]{2}$", key):
            errors.append(f"{where}: {key} is not a country key in countries.tsv")
        if not en:
            errors.append(f"{where}: {key}: empty adjectives_en")
        for n in split_names(ar):
            if not ARABIC.search(n):
                errors.append(f"{where}: {key}: non-Arabic adjective {n!r}")

    # Ambiguity report: same variant (case-folded) under several keys.
    owners = defaultdict(set)
    for key, (_, cols) in entries.items():
        for n in split_names(cols[2]) + split_names(cols[3]):
            owners[n.casefold()].add(key)
    dups = {n: sorted(k) for n, k in owners.items() if len(k) > 1}

    counts = Counter(cols[1] for _, cols in entries.values())
    gaz = Counter(cols[1] for w, cols in entries.values() if w.startswith("gazetteer"))
    print(f"entries: {len(entries)} total; by kind {dict(counts)}")
    print(f"gazetteer.tsv by kind: {dict(gaz)}; countries: {len(entries) - sum(gaz.values())}; "
          f"nationalities: {len(nat_keys)}")
    print(f"warning: {len(dups)} name variants shared by more than one key")
    for n, k in sorted(dups.items())[: None if warn_all else 15]:
        print(f"  {n!r}: {', '.join(k)}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
