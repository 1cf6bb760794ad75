"""The mock's backend (moto's `models.py`): all state and every rule of the service, with no HTTP in
it. Handlers parse a request, call one function of `servers`, `actions`, `volumes`, `block_storage`,
`keypairs`, `metadata`, `server_groups`, `floating_ips` or `images` with the `Backend` (a `Runtime`:
config, `Scheduler`, `Lifecycle`) and the caller's `Project`, and render what it returns; a broken rule
raises a `NovaFault`. Beneath them: `models` (the records), `project` (one tenant's state), `rules` and
`quotas` (checks written once), `lifecycle` (runs the transitions of the server actions' table,
`server_actions.py`), `placement` (hosts), `scheduler` and `clock` (time). Only this package's face
imports `backend.py`."""

from . import actions, block_storage, keypairs, metadata, quotas, rules, server_groups, servers, volumes
from .backend import Backend
from .project import Project

__all__ = ["Backend", "Project", "actions", "block_storage", "keypairs", "metadata", "quotas", "rules",
           "server_groups", "servers", "volumes"]
