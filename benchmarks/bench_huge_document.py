"""One huge document: progress and memory (#23 item 15).

    python benchmarks/bench_huge_document.py CORPUS.jsonl MEGABYTES [--out DIR]

Writes one text file of about MEGABYTES from the corpus's texts (repeated as needed), builds it
with --no-cache in this process, and prints the longest wait between two progress reports, the
number of reports, the build's time and the process's peak RSS (and a status line a minute)."""
from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import graphx


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("megabytes", type=float)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    work = Path(args.out or tempfile.mkdtemp(prefix="graphx-huge-"))
    work.mkdir(parents=True, exist_ok=True)
    blob = "\n\n".join(json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8"))
    target = int(args.megabytes * 1_000_000)
    path = work / "huge.txt"
    with path.open("w", encoding="utf-8") as f:
        written = 0
        while written < target:
            piece = blob[: target - written]
            f.write(piece + "\n\n")
            written += len(piece) + 2
    times: list[float] = []
    started = time.monotonic()
    last = [started]

    def progress(state) -> None:
        now = time.monotonic()
        times.append(now)
        if now - last[0] > 60:            # a status line a minute, for a build that takes long
            last[0] = now
            gaps = [b - a for a, b in zip([started] + times, times)]
            print(json.dumps({"at_s": round(now - started), "done": round(state.fraction, 3),
                              "documents": state.documents, "longest_wait_s": round(max(gaps), 1),
                              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}),
                  flush=True)
    result = graphx.build([str(path)], work / "out", use_cache=False, progress=progress)
    elapsed = time.monotonic() - started
    gaps = [b - a for a, b in zip([started] + times, times)]
    print(json.dumps({"megabytes": round(path.stat().st_size / 1e6, 1), "documents": len(result.documents),
                      "words": result.words, "seconds": round(elapsed, 1), "progress_reports": len(times),
                      "longest_wait_s": round(max(gaps), 1) if gaps else None,
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


if __name__ == "__main__":
    main()
