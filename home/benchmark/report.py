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


@dataclass(frozen=True)
class Measurement:
    """One row measured once, with the p50s of the floors measured just before it (None until then)."""

    target: object
    cached: bool
    timing: object
    queries: int | None
    after_change_ms: float | None
    bare_p50_ms: float | None = None
    static_p50_ms: float | None = None

    @property
    def ratio_to_bare(self):
        return self.timing.p50_ms / self.bare_p50_ms


def rows(measurements):
    """A report row per ``Measurement``; ratios are of p50s, to the floors measured beside it."""
    return [
        Row(
            name=measured.target.name,
            path=measured.target.path,
            cached=measured.cached,
            p50_ms=round(measured.timing.p50_ms, 2),
            p95_ms=round(measured.timing.p95_ms, 2),
            rps=round(measured.timing.rps, 1),
            queries=measured.queries,
            ratio_to_bare=round(measured.ratio_to_bare, 2),
            ratio_to_static=round(measured.timing.p50_ms / measured.static_p50_ms, 2),
            after_change_ms=measured.after_change_ms,
        )
        for measured in measurements
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
