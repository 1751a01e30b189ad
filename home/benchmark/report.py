"""Measurements as rows: ratios to the floors, the printed table and ``bench-results.json``."""

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    name: str
    path: str
    cached: bool
    p50_ms: float
    p95_ms: float
    rps: float
    queries: int
    ratio_to_bare: float
    ratio_to_static: float
    after_change_ms: float | None = None


def rows(measurements, bare_p50, static_p50):
    """``measurements``: ``(target, cached, timing, queries, after_change_ms)``; ratios are of p50s."""
    return [
        Row(
            name=target.name,
            path=target.path,
            cached=cached,
            p50_ms=round(timing.p50_ms, 2),
            p95_ms=round(timing.p95_ms, 2),
            rps=round(timing.rps, 1),
            queries=queries,
            ratio_to_bare=round(timing.p50_ms / bare_p50, 2),
            ratio_to_static=round(timing.p50_ms / static_p50, 2),
            after_change_ms=after_change_ms,
        )
        for target, cached, timing, queries, after_change_ms in measurements
    ]


HEADER = (
    f"{'name':<26} {'cached':>6} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'queries':>7} {'×bare':>6} {'×static':>7} "
    f"{'changed':>8}"
)


def table(report_rows):
    lines = [HEADER]
    for row in report_rows:
        lines.append(
            f"{row.name[:26]:<26} {'yes' if row.cached else 'no':>6} {row.p50_ms:>8.2f} {row.p95_ms:>8.2f} "
            f"{row.rps:>8.1f} {row.queries:>7} {row.ratio_to_bare:>6.2f} {row.ratio_to_static:>7.2f} "
            f"{'' if row.after_change_ms is None else f'{row.after_change_ms:.2f}':>8}"
        )
    return "\n".join(lines)


def write_json(path, publications, report_rows, worker_memory_mb):
    data = {
        "publications": publications,
        "results": [asdict(row) for row in report_rows],
        "worker_memory_mb": [round(value, 1) for value in worker_memory_mb],
    }
    with open(path, "w", encoding="utf-8") as output:
        json.dump(data, output, ensure_ascii=False, indent=2)
        output.write("\n")
