#!/usr/bin/env python3
"""Times searches and the busiest actors' timelines on a workspace, as an analyst meets them.

    python3 scripts/bench/query_times.py target/release/marsad WORKSPACE [--runs 5]

Each query runs `marsad` as a new process (start-up, opening the workspace and printing JSON
included) several times; the script prints the median and worst wall time of each, and for
searches the time the search itself took inside (`elapsed_ms`). The busiest actors are the three
with the most statements; then the actors list, the home page and the library list. Standard library only.
"""

import argparse
import json
import sqlite3
import statistics
import subprocess
import time

SEARCHES = ["الحوثي", "الناتو", "داعش", "مقتل", "السعودية", "وزير الخارجية", "fighters"]


def run(marsad: str, db: str, args: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    out = subprocess.run([marsad, "--db", db, *args], capture_output=True, text=True, check=True)
    return (time.perf_counter() - started) * 1000, out.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("marsad")
    parser.add_argument("workspace")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with sqlite3.connect(f"file:{args.workspace}?mode=ro", uri=True) as db:
        (articles,) = db.execute("SELECT COUNT(*) FROM articles").fetchone()
        busiest = db.execute(
            "SELECT speaker_id, COUNT(*) FROM statements WHERE speaker_id IS NOT NULL "
            "GROUP BY speaker_id ORDER BY COUNT(*) DESC LIMIT 3"
        ).fetchall()
    print(f"workspace: {articles} articles")
    for query in SEARCHES:
        walls, inside, hits = [], [], 0
        for _ in range(args.runs):
            wall, out = run(args.marsad, args.workspace, ["search", query, "--json"])
            result = json.loads(out)
            walls.append(wall)
            inside.append(result.get("elapsed_ms", 0))
            hits = result.get("total", 0)
        print(
            f"search {query!r}: {hits} hits; inside {statistics.median(inside):.0f} ms, "
            f"whole process median {statistics.median(walls):.0f} ms, worst {max(walls):.0f} ms"
        )
    for actor, statements in busiest:
        walls, items = [], 0
        for _ in range(args.runs):
            wall, out = run(args.marsad, args.workspace, ["timeline", str(actor), "--json"])
            walls.append(wall)
            items = len(json.loads(out))
        print(
            f"timeline of actor {actor} ({statements} statements): {items} items; "
            f"whole process median {statistics.median(walls):.0f} ms, worst {max(walls):.0f} ms"
        )
    for label, command in [
        ("actors list (most active 500)", ["actors", "--limit", "500", "--json"]),
        ("home page (overview)", ["overview"]),
        ("library (newest 5,000 articles)", ["articles", "--limit", "5000", "--json"]),
    ]:
        walls = [run(args.marsad, args.workspace, command)[0] for _ in range(args.runs)]
        print(
            f"{label}: whole process median {statistics.median(walls):.0f} ms, "
            f"worst {max(walls):.0f} ms"
        )


if __name__ == "__main__":
    main()
