"""Build throughput, workers, cache and memory — every comparison measured side by side in one run.

    python benchmarks/bench_build.py [--articles 150] [--words 160000] [--only-workers]

1. words/s of graphx's build (one worker) against bare spaCy `nlp.pipe` over the same
   paragraphs with the same model, both in this process with the model already loaded;
2. the speed-up of two workers over one (and bare spaCy's n_process=2, for reference), and
   a Dask LocalCluster of two workers (`--scheduler local:2`) against `--workers 2`;
3. a cold `graphx build` process against a rebuild into the same output with nothing changed;
4. the peak memory of `graphx build` processes on corpora of growing size.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402

from corpus import write_corpus  # noqa: E402
from graphx.inputs import read_inputs  # noqa: E402
from graphx.paragraphs import paragraphs  # noqa: E402
from graphx.nlp import DEFAULT_MODELS, load_pipeline  # noqa: E402
from graphx.pipeline.run import build  # noqa: E402


def bare_model():
    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no spaCy model installed")


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def graphx_process(args: list[str]) -> tuple[float, int]:
    """Run `python -m graphx …` as a whole process: (seconds, peak RSS in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "graphx", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"graphx {' '.join(args)} failed")
    return time.perf_counter() - start, usage.ru_maxrss // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--words", type=int, default=160_000)
    ap.add_argument("--only-workers", action="store_true", help="Stop after the worker comparisons (1, 2, 2b).")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="graphx-bench-"))
    corpus = write_corpus(work / "corpus", args.articles, args.words)
    paras = [p for d in read_inputs([str(corpus)]) for _, p in paragraphs(d.text)]
    words = sum(len(p.split()) for p in paras)
    print(f"corpus: {args.articles} articles, {words:,} words, {len(paras):,} paragraphs "
          f"(python {sys.version.split()[0]}, {os.cpu_count()} cores)\n")

    bare = bare_model()
    t_bare, _ = timed(lambda: sum(1 for _ in bare.pipe(paras, batch_size=64)))
    nlp = load_pipeline()
    t_one, _ = timed(lambda: build([str(corpus)], work / "w1", nlp=nlp, use_cache=False))
    print("1. throughput, one process, model loaded")
    print(f"   bare spaCy nlp.pipe     {words / t_bare:8,.0f} words/s  ({t_bare:.1f}s)")
    print(f"   graphx build            {words / t_one:8,.0f} words/s  ({t_one:.1f}s)")
    print(f"   ratio graphx / bare     {t_bare / t_one:8.2f}x\n")

    t_two, _ = timed(lambda: build([str(corpus)], work / "w2", nlp=nlp, workers=2, use_cache=False))
    t_bare2, _ = timed(lambda: sum(1 for _ in bare.pipe(paras, batch_size=64, n_process=2)))
    print("2. two workers")
    print(f"   graphx --workers 2      {words / t_two:8,.0f} words/s  speed-up {t_one / t_two:.2f}x")
    print(f"   bare spaCy n_process=2  {words / t_bare2:8,.0f} words/s  speed-up {t_bare / t_bare2:.2f}x\n")

    try:
        import distributed  # noqa: F401
        t_dask, _ = timed(lambda: build([str(corpus)], work / "d2", use_cache=False, scheduler="local:2"))
        t_two_again, _ = timed(lambda: build([str(corpus)], work / "w2b", nlp=nlp, workers=2, use_cache=False))
        print("2b. a Dask LocalCluster of two workers (cluster start and model loads included)")
        print(f"   --workers 2             {words / t_two_again:8,.0f} words/s")
        print(f"   --scheduler local:2     {words / t_dask:8,.0f} words/s  ratio {t_two_again / t_dask:.2f}x\n")
    except ImportError:
        print("2b. skipped: Dask is not installed (pip install -e '.[dask]')\n")
    if args.only_workers:
        return

    out = work / "cache-out"
    cold, _ = graphx_process(["build", str(corpus), "--out", str(out), "-q"])
    warm, _ = graphx_process(["build", str(corpus), "--out", str(out), "-q"])
    print("3. rebuild into the same output, nothing changed (whole processes)")
    print(f"   cold {cold:.1f}s, warm {warm:.1f}s: {cold / warm:.1f}x faster\n")

    print("4. peak memory of graphx build (whole processes, --no-cache)")
    print("   articles      words   peak RSS")
    for n in (25, 50, 100, 200):
        folder = write_corpus(work / f"mem{n}", n, n * 400, seed=n)
        n_words = sum(len(d.text.split()) for d in read_inputs([str(folder)]))
        _, rss = graphx_process(["build", str(folder), "--out", str(work / f"mem{n}-out"), "--no-cache", "-q"])
        print(f"   {n:8} {n_words:10,} {rss:8} MB")


if __name__ == "__main__":
    main()
