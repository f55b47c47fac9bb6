"""The quality ratchet: score the seed, the PLOVER / PETRARCH-2 records and the development
gold (dev: White House documents; dev2: Wikinews articles) with the scorers in ../shared/eval,
and place resolution against tests/data/place_gold.jsonl (benchmarks/place_eval.py), and fail
when a figure drops below its floor.

    python benchmarks/quality.py            # score, compare with benchmarks/quality.json
    python benchmarks/quality.py --update   # score and record the figures as the new floors
    python benchmarks/quality.py --by-pattern   # also: precision and gold found per pattern

Floors live in benchmarks/quality.json, committed with the change that raises them. A figure
more than 0.01 below its floor fails the run (exit 1), so extraction work cannot quietly give
back what earlier work won. --by-pattern adds, for the seed and the development gold
together, each extraction pattern's edges, correct edges, precision and gold relations found,
weakest first (graphx's own evaluator, the seed_gold format).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FLOORS = ROOT / "benchmarks" / "quality.json"
TOLERANCE = 0.01


def run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr[-2000:]}")
    return done.stdout


def figures(line: str, names: dict[str, str]) -> dict[str, float]:
    """{"seed.f1": 1.0, …} from a scorer's summary line, by regex per figure."""
    out = {}
    for key, pattern in names.items():
        m = re.search(pattern, line)
        if not m:
            raise SystemExit(f"cannot read {key} from: {line}")
        out[key] = float(m.group(1))
    return out


def score_all() -> dict[str, float]:
    graphx = [sys.executable, "-m", "graphx"]
    scores: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        run(*graphx, "build", str(ROOT / "seeds"), "--out", f"{tmp}/seed", "-q", "--no-cache")
        line = run(sys.executable, str(SHARED / "eval" / "score.py"), f"{tmp}/seed/graph.json",
                   str(SHARED / "eval" / "seed_gold.json")).strip().splitlines()[-1]
        scores |= figures(line, {"seed.entity_recall": r"entities recall=([\d.]+)",
                                 "seed.precision": r"P=([\d.]+)", "seed.recall": r"R=([\d.]+)",
                                 "seed.f1": r"F1=([\d.]+)"})
        run(*graphx, "build", str(SHARED / "benchmarks" / "eventcoding" / "records.jsonl"),
            "--out", f"{tmp}/ev", "-q", "--no-cache")
        for name in ("plover_gsr", "petr2_gsr"):
            line = run(sys.executable, str(SHARED / "eval" / "score_events.py"), f"{tmp}/ev/graph.json",
                       "--set", name).strip().splitlines()[-1]
            scores |= figures(line, {f"{name}.precision": r"precision=([\d.]+)",
                                     f"{name}.recall": r"recall=([\d.]+)", f"{name}.f1": r"F1=([\d.]+)"})
    builder = f"{sys.executable} -m graphx build {{input}} --out {{outdir}} -q --no-cache"
    for name, folder in (("dev", "dev"), ("dev2", "dev2")):      # White House; Wikinews (wire style)
        where = SHARED / "eval" / folder
        line = run(sys.executable, str(SHARED / "eval" / "dev_eval.py"), "--builder", builder,
                   "--gold", str(where / "gold"), "--texts", str(where / "texts")).strip().splitlines()[-1]
        scores |= figures(line, {f"{name}.entity_recall": r"entities recall=([\d.]+)",
                                 f"{name}.precision": r"P=([\d.]+)", f"{name}.recall": r"R=([\d.]+)",
                                 f"{name}.f1": r"F1=([\d.]+)"})
    line = run(sys.executable, str(ROOT / "benchmarks" / "place_eval.py")).strip().splitlines()[-1]
    scores |= figures(line, {"places.precision": r"precision ([\d.]+)", "places.recall": r"recall ([\d.]+)",
                             "places.recall_all": r"\(([\d.]+) of all place"})
    return scores


def by_pattern() -> None:
    """Per-pattern figures over the seed and every development document, built in-process."""
    import graphx
    from graphx.query.evaluate import evaluate, load_gold

    nlp = graphx.load_pipeline()
    golds = [(ROOT / "seeds", SHARED / "eval" / "seed_gold.json")]
    golds += [(SHARED / "eval" / "dev" / "texts" / load_gold(g)["document"], g)
              for g in sorted((SHARED / "eval" / "dev" / "gold").glob("*.json"))]
    rows: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, (text, gold) in enumerate(golds):
            G = graphx.build([str(text)], f"{tmp}/{n}", nlp=nlp, use_cache=False).graph
            for name, row in evaluate(G, load_gold(gold))["by_pattern"].items():
                total = rows.setdefault(name, {"edges": 0, "correct": 0, "gold_found": 0})
                for k in total:
                    total[k] += row[k]
    print(f"\n  {'pattern (seed + dev gold)':28} {'edges':>6} {'correct':>8} {'precision':>10} {'gold found':>11}")
    for name, row in sorted(rows.items(), key=lambda r: (r[1]["correct"] / r[1]["edges"], r[0])):
        print(f"  {name:28} {row['edges']:6} {row['correct']:8} {row['correct'] / row['edges']:10.2f} "
              f"{row['gold_found']:11}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="record the figures as the new floors")
    ap.add_argument("--by-pattern", action="store_true", help="also print per-pattern precision and gold found")
    args = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        print(f"quality: {SHARED} not found; nothing to score")
        return 1 if os.environ.get("CI") else 0
    scores = score_all()
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    for key in sorted(scores):
        floor = floors.get(key)
        drop = floor is not None and scores[key] < floor - TOLERANCE
        failed += [key] if drop else []
        print(f"  {key:26} {scores[key]:.2f}" + (f"   floor {floor:.2f}" if floor is not None else "")
              + ("   DROPPED" if drop else ""))
    if args.by_pattern:
        by_pattern()
    if args.update:
        FLOORS.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n")
        print(f"quality: floors written to {FLOORS.relative_to(ROOT)}")
        return 0
    if failed:
        print(f"quality: {len(failed)} figures dropped more than {TOLERANCE} below their floor: "
              + ", ".join(failed))
        return 1
    print("quality: no figure below its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
