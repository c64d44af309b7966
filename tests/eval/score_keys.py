#!/usr/bin/env python3
"""Scores `marsad extract --json` against the answer keys in tests/fixtures/gold, per language.

Usage: score_keys.py MARSAD_BINARY [--floors tests/eval/floors.json]

Each key names its text (a path relative to the key, into ../shared/corpus). The scores are printed
per language; the run fails when a score is below its floor in floors.json. The floors are where the
extractor stands now (a guard against regressions); the targets the project holds itself to are in
the same file and printed beside them. Skips (exit 0) where ../shared is absent.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GOLD = os.path.join(ROOT, 'tests', 'fixtures', 'gold')
SCORER = os.path.join(ROOT, '..', 'shared', 'eval')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('marsad')
    ap.add_argument('--floors', default=os.path.join(HERE, 'floors.json'))
    ap.add_argument('--keys', default=GOLD, help='folder of answer keys (default tests/fixtures/gold)')
    ap.add_argument('--section', default='floors', help='which floors of the floors file apply')
    ap.add_argument('--report-only', action='store_true', help='print the scores, check no floor')
    a = ap.parse_args()
    if not os.path.exists(os.path.join(SCORER, 'score.py')):
        print('skipped: ../shared/eval is not here')
        return 0
    sys.path.insert(0, SCORER)
    import score  # noqa: E402  (the shared scorer)

    floors = json.load(open(a.floors, encoding='utf-8'))
    tallies = {}
    for name in sorted(os.listdir(a.keys)):
        if not name.endswith('.gold.json'):
            continue
        path = os.path.join(a.keys, name)
        gold = json.load(open(path, encoding='utf-8'))
        text_path = os.path.normpath(os.path.join(a.keys, gold['document']))
        if not os.path.exists(text_path):
            print(f'skipped {name}: {text_path} is not here')
            continue
        out = subprocess.run([a.marsad, 'extract', '--json', text_path], capture_output=True, check=True)
        pred = json.loads(out.stdout)
        text = open(text_path, encoding='utf-8').read()
        lang = gold.get('language', 'ar')
        score.score_doc(gold, pred, text, tallies.setdefault(lang, score.Tally()))
    failed = []
    keys = ['entities.f1', 'statements.f1', 'statements.attributed_f1', 'figures.f1', 'figures.full_f1']
    for lang, tally in sorted(tallies.items()):
        s = score.summary(tally)
        print(f'{lang}: ' + '  '.join(f'{k}={s[k]:.3f}' for k in keys))
        for k in keys:
            floor = None if a.report_only else floors[a.section].get(lang, {}).get(k)
            target = floors['targets'].get(k)
            if floor is not None and s[k] < floor:
                failed.append(f'{lang} {k}={s[k]:.3f} < floor {floor}')
            if target is not None and s[k] < target:
                print(f'    {k}: {s[k]:.3f} is below the target {target}')
    if failed:
        print('below the floor: ' + '; '.join(failed))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
