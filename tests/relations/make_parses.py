"""Regenerate tests/relations/parses.spacy: run the extraction tests with the live model,
recording the parse of every paragraph they use (and only those).

    python tests/relations/make_parses.py
"""
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    (HERE / "parses.spacy").unlink(missing_ok=True)
    env = dict(os.environ, GRAPHX_RECORD_PARSES="1")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", str(HERE), "-p", "no:cacheprovider",
                           "--ignore", str(HERE / "test_parser_drift.py")], env=env)
    print(f"wrote {HERE / 'parses.spacy'}" if (HERE / "parses.spacy").exists() else "no parses written")
    sys.exit(done.returncode)
