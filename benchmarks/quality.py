"""The quality ratchet: score the seed, the PLOVER / PETRARCH-2 records and the development
gold with the scorers in ../shared/eval, and fail when a figure drops below its floor.

    python benchmarks/quality.py            # score, compare with benchmarks/quality.json
    python benchmarks/quality.py --update   # score and record the figures as the new floors

Floors live in benchmarks/quality.json, committed with the change that raises them. A figure
more than 0.01 below its floor fails the run (exit 1), so extraction work cannot quietly give
back what earlier work won. Per-pattern tables: `graphx evaluate GOLD --by-pattern`.
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
    line = run(sys.executable, str(SHARED / "eval" / "dev_eval.py"),
               "--builder", f"{sys.executable} -m graphx build {{input}} --out {{outdir}} -q --no-cache"
               ).strip().splitlines()[-1]
    scores |= figures(line, {"dev.entity_recall": r"entities recall=([\d.]+)",
                             "dev.precision": r"P=([\d.]+)", "dev.recall": r"R=([\d.]+)",
                             "dev.f1": r"F1=([\d.]+)"})
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="record the figures as the new floors")
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
