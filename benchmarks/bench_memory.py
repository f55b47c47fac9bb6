"""Peak memory of a whole build against a small one, on the same real corpus, in one run.

    python benchmarks/bench_memory.py [CORPUS.jsonl] [--small-words 10000] [--workers 1]

Builds the first ~10k words of CORPUS, its largest document alone, then all of it, each
as a whole `graphx build` process with --no-cache, and prints time, peak RSS and the build
summary of each, and the ratios. Peak memory follows the largest document (its parse is
held while it is extracted) plus the graph; the largest-document row separates the two.
Default corpus: ../shared/corpora/whitehouse_dev.jsonl.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpora" / "whitehouse_dev.jsonl"


def build_process(corpus: Path, out: Path, workers: int) -> tuple[float, int, str]:
    """(seconds, peak RSS in MB of the build process and its workers, summary line)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "graphx", "build", str(corpus), "--out", str(out),
                             "--no-cache", "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    summary = proc.stdout.read().splitlines()
    if status != 0:
        raise SystemExit(f"build of {corpus} failed")
    return time.perf_counter() - start, usage.ru_maxrss // 1024, summary[0] if summary else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--small-words", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="graphx-mem-"))
    small, largest = work / "small.jsonl", work / "largest.jsonl"
    words, biggest = 0, (0, "")
    with open(args.corpus, encoding="utf-8") as src, small.open("w", encoding="utf-8") as dst:
        for line in src:
            n = len(json.loads(line)["text"].split())
            biggest = max(biggest, (n, line))
            if words < args.small_words:
                words += n
                dst.write(line)
    largest.write_text(biggest[1], encoding="utf-8")
    peaks = {}
    for name, corpus in (("small", small), ("largest", largest), ("whole", Path(args.corpus))):
        seconds, rss, summary = build_process(corpus, work / name, args.workers)
        peaks[name] = rss
        print(f"{name:8} {seconds:7.1f}s  peak RSS {rss:5} MB  {summary}")
    print(f"whole / small peak RSS: {peaks['whole'] / peaks['small']:.2f}x; "
          f"whole / largest document alone: {peaks['whole'] / peaks['largest']:.2f}x")


if __name__ == "__main__":
    main()
