"""Run a batch on a Dask cluster: a LocalCluster on this machine, or an existing scheduler.

Imported only when ``--engine dask`` is asked for, so Dask stays an optional extra
(``pip install 'briefing-pipeline[dask]'``). Workers run :func:`pipeline.batch.process_file`
and send back JSON text; the client writes every output, so workers need no access to the
output folder (only to the input files, by the same path).
"""

from __future__ import annotations

from collections.abc import Iterator

from .batch import FileResult, process_file
from .config import Config
from .errors import BriefingError

INSTALL_HINT = "install with `pip install 'briefing-pipeline[dask]'`"


def run_dask(config: Config, jobs: list[tuple[str, str]], *, workers: int = 1,
             scheduler: str | None = None) -> Iterator[FileResult]:
    """Yield one :class:`FileResult` per job, in input order."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise BriefingError(f"the dask engine needs Dask: {INSTALL_HINT}") from exc
    if not jobs:
        return
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    try:
        futures = [client.submit(process_file, config, path, rel, pure=False) for path, rel in jobs]
        for future in futures:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
