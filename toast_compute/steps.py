"""The steps an operation yields, so that each operation is written once for sync and async clients.

An operation is a generator: it yields `Send` (send one request through a generated endpoint, get the
`Response` back, or have an `APIError` thrown in), `Fetch` (GET a neighbour service's URL, such as the network
service's, with the same token, and get its parsed body back), `Sleep` (wait), `Emit` (hand an item to the caller of
an iterator) or `Collect` (run another operation to its end, get the list of what it emitted back), and
returns its result. `ComputeClient` and `AsyncComputeClient` drive the same generators.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from types import ModuleType, UnionType
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Send one request through a generated endpoint module; the driver checks the parsed body is an `expect`."""

    endpoint: ModuleType
    kwargs: dict[str, Any] = field(default_factory=dict)
    expect: type | UnionType | None = None  # a model class or a union of them; None: any body (or none) will do
    tenant_scoped: bool = True

    @property
    def operation(self) -> str:
        """The endpoint's operationId, e.g. `get_server`."""
        return self.endpoint.__name__.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Fetch:
    """GET `url` (outside the compute API: a neighbour service) with the client's token; the step's value is
    `parse(body)` of the JSON body. `parse` raises KeyError/TypeError/ValueError for a body it cannot use."""

    operation: str  # named in errors, like an operationId
    url: str
    parse: Callable[[Any], Any]
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Emit:
    item: Any


@dataclass(frozen=True)
class Collect:
    """Run `op` with the same driver; the step's value is the list of items `op` emitted (its APIError is thrown
    in here)."""

    op: Generator[Any, Any, None]


Step = Send | Fetch | Sleep | Emit | Collect
Op = Generator[Step, Any, T]


@dataclass(frozen=True)
class Done:
    """The operation returned `value` (what a driver hands back after the last step)."""

    value: Any


def advance(op: Op[Any], value: Any, error: BaseException | None) -> Step | Done:
    """Resume `op` with the last step's value (or throw its error in); its next step, or Done."""
    try:
        return op.throw(error) if error is not None else op.send(value)
    except StopIteration as stop:
        return Done(stop.value)
