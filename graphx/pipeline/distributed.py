"""Extraction on a Dask cluster (`graphx build --scheduler tcp://host:8786` or `local:N`).

The client reads the inputs, looks each document up in the cache and sends only the misses,
in batches, to the cluster; at most a few batches per worker are in flight, so the client's
memory stays flat whatever the corpus. Each worker loads the spaCy pipeline once (a worker
plugin), parses and extracts its batch with the same code as a local build, and sends back
only the small extractions, which the client takes in input order and merges with the same
graph stage, so the graph is the one a local build makes.

Faults: Dask re-runs the tasks of a worker that dies; a batch that fails (or that kills
workers until Dask gives up on it) is retried one document at a time, and only the
document that fails again is reported, by id, like any bad input. Interrupting the build
cancels what the cluster is still doing; outputs are only written once all is done.
"""
from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from graphx.errors import GraphxError
from graphx.model import Document, Extraction
from graphx.pipeline.workers import Failure, batches, describe, extract_batch, release_memory

PLUGIN_NAME = "graphx-pipeline"
# Workers of a local cluster: Dask's default MALLOC_TRIM_THRESHOLD_=65536 makes spaCy's many
# allocations hand memory back to the system and fault it in again (~12% slower parsing;
# graphx trims the heap itself after each batch), and its memory and system monitors wake
# every 100-500 ms. The README gives the same settings for workers started by hand.
LOCAL_WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ": {},
                       "distributed.worker.memory.monitor-interval": "2s",
                       "distributed.admin.system-monitor.interval": "5s"}


class SchedulerError(GraphxError):
    """--scheduler cannot be used: no Dask installed, or no scheduler at the address."""


def require_dask() -> None:
    """Fail before any work when --scheduler is asked for without Dask installed."""
    _distributed()


def _distributed():
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError:
        raise SchedulerError("--scheduler needs Dask: pip install 'graphx[dask]' "
                             "(or pip install 'dask[distributed]')") from None
    return distributed


def _plugin_class():
    distributed = _distributed()

    class PipelinePlugin(distributed.WorkerPlugin):
        """Loads the spaCy pipeline once per worker process."""

        name = PLUGIN_NAME

        def __init__(self, model: str | None):
            self.model = model

        def setup(self, worker):
            from graphx.nlp import load_pipeline
            worker.graphx_nlp = load_pipeline(self.model)
            # The statistical profiler samples every thread many times a second and holds the
            # GIL while it does: it costs parsing ~10%. graphx does not need it.
            for name in ("profile", "profile-cycle"):
                callback = worker.periodic_callbacks.pop(name, None)
                if callback is not None:
                    callback.stop()

    return PipelinePlugin


def _extract_on_worker(documents: list[Document]) -> list[Extraction | Failure]:
    from distributed import get_worker
    results = extract_batch(get_worker().graphx_nlp, documents)
    release_memory()
    return results


def connect(scheduler: str, model: str | None):
    """A Dask client for `scheduler` ("local:N" starts a LocalCluster of N workers)."""
    distributed = _distributed()
    import dask
    cluster = None
    try:
        if scheduler.startswith("local:"):
            try:
                n = int(scheduler.split(":", 1)[1])
                if n < 1:
                    raise ValueError
            except ValueError:
                raise SchedulerError(f"--scheduler {scheduler}: expected local:N with N ≥ 1 workers") from None
            with dask.config.set(LOCAL_WORKER_CONFIG):
                cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                   dashboard_address=":0", silence_logs=50)
            client = distributed.Client(cluster)
        else:
            client = distributed.Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as e:
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    except RuntimeError as e:          # a local worker process that cannot start
        raise SchedulerError(f"cannot start a local Dask cluster: {e}") from None
    client.register_plugin(_plugin_class()(model), name=PLUGIN_NAME)
    return client, cluster


def extract_dask(documents: Iterable[Document], scheduler: str, model: str | None,
                 in_flight_per_worker: int = 2) -> Iterator[Extraction | Failure]:
    """Parse and extract `documents` on the cluster; extractions come back in input order."""
    client, cluster = connect(scheduler, model)
    pending: deque = deque()

    def collect() -> list[Extraction | Failure]:
        batch, future = pending.popleft()
        try:
            return future.result()
        except Exception:                      # noqa: BLE001 - a lost or failing batch: each alone
            results = []
            for document in batch:
                try:
                    results.extend(client.submit(_extract_on_worker, [document], pure=False).result())
                except Exception as error:      # noqa: BLE001
                    results.append(Failure(document, describe(error)))
            return results

    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        for batch in batches(documents):
            pending.append((batch, client.submit(_extract_on_worker, batch, pure=False)))
            if len(pending) >= in_flight_per_worker * workers:
                yield from collect()
                workers = max(1, len(client.scheduler_info().get("workers", {})))
        while pending:
            yield from collect()
    finally:
        for _, future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
