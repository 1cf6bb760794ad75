"""The mock's backend (moto's `models.py`): all state and every rule of the service, with no HTTP in
it. Handlers parse a request, call one function of `servers`, `actions`, `volumes` or `keypairs`
with the `Backend` and the caller's `Project`, and render what it returns; a broken rule raises a
`NovaFault`."""

from . import actions, keypairs, metadata, quotas, rules, server_groups, servers, shelving, volumes
from .backend import Backend
from .project import Project

__all__ = ["Backend", "Project", "actions", "keypairs", "metadata", "quotas", "rules", "server_groups", "servers",
           "shelving", "volumes"]
