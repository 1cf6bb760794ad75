"""Nova's per-project quotas on instances, cores and RAM, counted on what the project holds.

Every server that is not gone counts, whatever its state: ERROR, SHELVED_OFFLOADED and one being
deleted too. That is Nova's count from its instances table (`[quota]count_usage_from_placement`
False, the default); unshelve therefore checks nothing. Over quota: 403 with Nova's
`TooManyInstances` message, the resources over it in alphabetical order."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalog import Flavor
from ..faults import NovaFault, forbidden
from .project import Project

RESOURCES = ("cores", "instances", "ram")  # sorted, as Nova lists the resources over quota


@dataclass(frozen=True)
class Usage:
    instances: int
    cores: int
    ram: int  # MB

    def of(self, resource: str) -> int:
        value: int = getattr(self, resource)
        return value


def usage(project: Project) -> Usage:
    instances = cores = ram = 0
    for server in project.servers.live():
        instances += 1
        cores += server.flavor.vcpus
        ram += server.flavor.ram
    return Usage(instances, cores, ram)


def _limit(project: Project, resource: str) -> int:
    limit: int = getattr(project.quotas, resource)
    return limit


def _unlimited(project: Project) -> bool:
    """No limit on servers, cores nor RAM: nothing to count."""
    return all(_limit(project, r) < 0 for r in RESOURCES)


def _too_many(overs: list[str], requested: dict[str, object], used: Usage, project: Project) -> NovaFault:
    """Nova's `TooManyInstances` (`compute/utils.py::get_over_quota_detail`)."""
    def joined(values: list[object]) -> str:
        return ", ".join(str(v) for v in values)

    names = joined(list(overs))
    return forbidden(f"Quota exceeded for {names}: Requested {joined([requested[r] for r in overs])}, but already "
                     f"used {joined([used.of(r) for r in overs])} of {joined([_limit(project, r) for r in overs])} "
                     f"{names}")


def _overs(project: Project, used: Usage, deltas: dict[str, int]) -> list[str]:
    return [r for r in RESOURCES if r in deltas and 0 <= _limit(project, r) < used.of(r) + deltas[r]]


def instances_allowed(project: Project, flavor: Flavor, min_count: int, max_count: int) -> int:
    """How many servers of `flavor` a create of `min_count`..`max_count` gets: `max_count` if there is room for
    them, else as many as there is room for if that is at least `min_count`, else 403
    (`check_num_instances_quota`)."""
    if _unlimited(project):
        return max_count
    used = usage(project)
    per_server = {"cores": flavor.vcpus, "instances": 1, "ram": flavor.ram}
    overs = _overs(project, used, {r: max_count * n for r, n in per_server.items()})
    if not overs:
        return max_count
    allowed = max_count
    for resource, each in per_server.items():
        limit = _limit(project, resource)
        if limit >= 0 and each:
            allowed = min(allowed, max(limit - used.of(resource), 0) // each)
    if allowed > 0 and min_count <= allowed:
        return allowed
    requested: dict[str, object] = {
        "cores": max_count * flavor.vcpus,
        "instances": str(min_count) if min_count == max_count else f"{min_count}-{max_count}",
        "ram": max_count * flavor.ram,
    }
    raise _too_many(overs, requested, used, project)


def check_upsize(project: Project, old: Flavor, new: Flavor) -> None:
    """A resize needs room for what the new flavor adds in cores and RAM (`_check_quota_for_upsize`)."""
    deltas = {r: d for r, d in (("cores", new.vcpus - old.vcpus), ("ram", new.ram - old.ram)) if d > 0}
    if not deltas or _unlimited(project):
        return
    used = usage(project)
    overs = _overs(project, used, deltas)
    if overs:
        raise _too_many(overs, dict(deltas), used, project)
