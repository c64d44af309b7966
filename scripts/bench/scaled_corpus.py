#!/usr/bin/env python3
"""Writes the bulk corpus ten times over, each copy with varied text, for the scaled benchmark.

    python3 scripts/bench/scaled_corpus.py ../shared/corpus/bulk/saudinewsnet /tmp/scaled [--copies 10]

Reads the day files of the saudinewsnet zips (JSON arrays of articles, as they are) and writes one
JSON Lines file per day and copy into OUT. Copy 0 is the corpus as it is; copy k (k >= 1) is the
same articles with their text varied so that no two copies are the same article: every digit is
shifted by k (mod 10), the paragraphs of odd copies are in reverse order, the title says which copy
it is, and the date is moved k years back, so that timelines span a decade. The copies stay close
enough to their original to be linked as one story (as one wire story on many outlets is), which
is the case the story index has to bear. Standard library only; the output is not kept anywhere.
"""

import argparse
import datetime
import json
import pathlib
import re
import zipfile

DIGITS = re.compile(r"[0-9\u0660-\u0669]")


def shift_digits(text: str, k: int) -> str:
    def shifted(match: re.Match) -> str:
        c = match.group(0)
        base = ord("0") if c.isascii() else 0x0660
        return chr(base + (ord(c) - base + k) % 10)

    return DIGITS.sub(shifted, text)


def vary(article: dict, k: int) -> dict:
    if k == 0:
        return article
    out = dict(article)
    body = str(article.get("content") or "")
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if k % 2 == 1:
        paragraphs.reverse()
    out["content"] = shift_digits("\n".join(paragraphs), k)
    out["title"] = f"{shift_digits(str(article.get('title') or ''), k)} ({k})"
    date = str(article.get("date_extracted") or "")
    try:
        when = datetime.datetime.strptime(date[:19], "%Y-%m-%d %H:%M:%S")
        out["date_extracted"] = when.replace(year=when.year - k).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        pass
    if article.get("url"):
        out["url"] = f"{article['url']}#copy-{k}"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=pathlib.Path, help="folder of the saudinewsnet zips")
    parser.add_argument("out", type=pathlib.Path, help="folder to write JSON Lines files into")
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(args.corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".json"):
                    continue
                articles = json.loads(archive.read(name))
                for k in range(args.copies):
                    target = args.out / f"{pathlib.Path(name).stem}-copy{k:02d}.jsonl"
                    with target.open("w", encoding="utf-8") as f:
                        for article in articles:
                            f.write(json.dumps(vary(article, k), ensure_ascii=False) + "\n")
                            written += 1
    print(f"{written} articles written to {args.out}")


if __name__ == "__main__":
    main()
