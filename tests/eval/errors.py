#!/usr/bin/env python3
"""Lists where `marsad extract --json` disagrees with answer keys: the statements and figures it
missed, the ones it found that the key does not have, and the ones it found with the wrong speaker,
source, unit or qualifier. Matching is the shared scorer's (half of the key's anchor covered).

Usage: errors.py MARSAD_BINARY KEYS_FOLDER [--lang ar|en] [--only statements|figures] [--name SUBSTRING]

A development aid: read it for the keys you develop against, not for held-out keys.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, '..', '..', '..', 'shared', 'eval')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('marsad')
    ap.add_argument('keys')
    ap.add_argument('--lang')
    ap.add_argument('--only')
    ap.add_argument('--name', default='')
    a = ap.parse_args()
    sys.path.insert(0, SCORER)
    import score  # noqa: E402

    for name in sorted(os.listdir(a.keys)):
        if not name.endswith('.gold.json') or a.name not in name:
            continue
        gold = json.load(open(os.path.join(a.keys, name), encoding='utf-8'))
        if a.lang and gold.get('language') != a.lang:
            continue
        path = os.path.normpath(os.path.join(a.keys, gold['document']))
        text = open(path, encoding='utf-8').read()
        pred = json.loads(subprocess.run([a.marsad, 'extract', '--json', path],
                                         capture_output=True, check=True).stdout)
        names = {str(e['id']): e['name'] for e in pred.get('entities', [])}
        pnames = {str(e['id']): {score.norm(e['name'])} | {score.norm(x) for x in e.get('aliases', [])}
                  for e in pred.get('entities', [])}
        gnames = {k: {score.norm(n) for n in v['names']} for k, v in gold['entities'].items()}

        def who(p, field):
            sid = p.get(field)
            return names.get(str(sid), p.get(field + '_name')) if sid is not None else p.get(field + '_name')

        def ok(p, keys, field):
            sid = p.get(field)
            if sid is None and not p.get(field + '_name'):
                return not keys or None in keys
            ns = set(pnames.get(str(sid), set())) if sid is not None else set()
            if p.get(field + '_name'):
                ns.add(score.norm(p[field + '_name']))
            return any(ns & gnames[k] for k in keys if k in gnames)

        lines = []
        for kind, field in (('statements', 'speaker'), ('figures', 'source')):
            if a.only and a.only != kind:
                continue
            gitems = gold.get(kind, [])
            spans = [score.locate(text, g['anchor']) for g in gitems]
            used = set()
            for p in pred.get(kind, []):
                hit = next((i for i, sp in enumerate(spans) if i not in used and score.covers(p, sp)), None)
                if kind == 'figures' and hit is not None:
                    g = gitems[hit]
                    pv = p.get('value')
                    if (pv is None) != (g['value'] is None) or (pv is not None and float(pv) != float(g['value'])):
                        lines.append(f"  fig VALUE {pv} vs {g['value']} «{g['anchor']}»")
                        hit = None
                if hit is None:
                    snippet = text[p['start']:p['end']][:90].replace('\n', ' ')
                    extra = f" {p.get('value')} {p.get('qualifier')} {p.get('unit')}" if kind == 'figures' else f" {p.get('cue')}"
                    lines.append(f"  {kind[:4]} EXTRA{extra} by={who(p, field)} «{snippet}»")
                    continue
                used.add(hit)
                g = gitems[hit]
                bad = []
                if not ok(p, g[field], field):
                    bad.append(f"{field} {who(p, field)} want {g[field]}")
                if kind == 'figures':
                    if score.norm(p.get('unit', '')) not in {score.norm(u) for u in g['unit']}:
                        bad.append(f"unit {p.get('unit')} want {g['unit']}")
                    if p.get('qualifier') != g['qualifier']:
                        bad.append(f"qual {p.get('qualifier')} want {g['qualifier']}")
                if bad:
                    lines.append(f"  {kind[:4]} WRONG {'; '.join(bad)} «{g['anchor']}»")
            for i, g in enumerate(gitems):
                if i not in used and not g.get('optional'):
                    extra = f" {g['value']} {g['qualifier']} {g['unit'][0]}" if kind == 'figures' else f" {g.get('cue')}"
                    lines.append(f"  {kind[:4]} MISS{extra} {field}={g[field]} «{g['anchor']}»")
        if lines:
            print('==', name)
            print('\n'.join(lines))


if __name__ == '__main__':
    main()
