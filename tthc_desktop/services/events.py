"""A tiny publish/subscribe hub so views refresh from change notifications instead of being rebuilt.

Services emit after a committed write; Qt models subscribe (and marshal to the UI thread themselves).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# Topics: keep this list short and past tense.
TASKS_CHANGED = "tasks_changed"  # data: task_ids (set[int] | None for "many")
PLANS_CHANGED = "plans_changed"
PROCEDURES_CHANGED = "procedures_changed"
STATS_CHANGED = "stats_changed"
REPORTS_CHANGED = "reports_changed"
SUBMISSIONS_CHANGED = "submissions_changed"
DATABASE_REPLACING = "database_replacing"  # before a restore closes the file: readers must let go of it
DATABASE_REPLACED = "database_replaced"  # after a restore: everything must reload


class EventHub:
    def __init__(self) -> None:
        self._subscribers: dict[str, list[Callable[..., Any]]] = defaultdict(list)
        self._held = threading.local()  # per thread: the emits a background write keeps for the UI thread

    def subscribe(self, topic: str, callback: Callable[..., Any]) -> Callable[[], None]:
        """Register ``callback(**data)``; returns a function that unsubscribes it."""
        self._subscribers[topic].append(callback)
        return lambda: self._subscribers[topic].remove(callback) if callback in self._subscribers[topic] else None

    @contextmanager
    def held(self) -> Iterator[list[tuple[str, dict[str, Any]]]]:
        """Collect this thread's emits instead of delivering them: a write on the database thread hands
        them to the UI thread, where the views that subscribed live (see ui/widgets/operations.py)."""
        queue: list[tuple[str, dict[str, Any]]] = []
        self._held.queue = queue
        try:
            yield queue
        finally:
            self._held.queue = None

    def emit(self, topic: str, **data: Any) -> None:
        queue = getattr(self._held, "queue", None)
        if queue is not None:
            queue.append((topic, data))
            return
        for callback in list(self._subscribers.get(topic, ())):
            callback(**data)
