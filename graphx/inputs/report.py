"""What reading did besides yielding documents: skips, repairs and failures, for the summary."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReadReport:
    """What reading did besides yielding documents: skips and repairs, for the summary."""

    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (where, why)
    warnings: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)    # (document id, error)

    def skip(self, where: str, why: str) -> None:
        self.skipped.append((where, why))

    def fail(self, document_id: str, error: str) -> None:
        """A document that was read but whose extraction raised: left out, never silently."""
        self.failed.append((document_id, error))
