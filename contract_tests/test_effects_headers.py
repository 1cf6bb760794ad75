"""Documented header relations (issue 17, errata E104): both request-id headers carry one id wherever both
are sent; a server create's `Location` names the created server; createImage's `Location` names an image
the service then serves (the layer reads the image id from it)."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st
from toast_compute_client import models
from toast_compute_client.api.servers import create_server

from contract_tests.properties import (
    PROPERTY,
    SETTINGS,
    holds,
    needs_servers,
    operations_of,
    run,
    shared_server,
    unknown_path,
)
from contract_tests.properties import SESSION as CONTRACT_SESSION
from toast_compute import ComputeClient

READS = sorted((operation["operationId"], path) for method, path, operation
               in operations_of(CONTRACT_SESSION.description.document) if method == "get")


@given(index=st.integers(min_value=0, max_value=200), known=st.booleans())
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 8))
def test_both_request_ids_are_one_id(compute: ComputeClient, index: int, known: bool) -> None:
    """On any read, answered or refused: `x-compute-request-id` == `x-openstack-request-id`."""
    operation_id, path = READS[index % len(READS)]
    servers = sorted(run().target.known.server_ids)
    given_ids = {"serverId": servers[index % len(servers)]} if known and servers else {}
    url = unknown_path(path, run().target.tenant_id, **given_ids) if path != "/" else "/"
    with holds("both request ids are one id"):
        response = compute.http.get(url)
        compute_id = response.headers.get("x-compute-request-id")
        openstack_id = response.headers.get("x-openstack-request-id")
        if compute_id is not None and openstack_id is not None:
            assert compute_id == openstack_id, f"{operation_id}: request ids {compute_id} and {openstack_id} differ"


@needs_servers
@given(st.just(None))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 1))
def test_location_names_what_was_created(compute: ComputeClient, _: None) -> None:
    known, registry = run().target.known, run().registry
    with holds("Location names what was created"):
        name = f"{registry.prefix}loc-{uuid.uuid4().hex[:6]}"
        body = models.ServerCreateRequest(server=models.ServerCreate(
            name=name, flavor_ref=str(known.boot_flavor_id), image_ref=uuid.UUID(known.image_id),
            networks=[models.ServerNetwork(uuid=uuid.UUID(known.network_id))]))
        with run().admitted():
            response = create_server.sync_detailed(client=compute.client, tenant_id=run().target.tenant_id, body=body)
            parsed = response.parsed
            assert isinstance(parsed, models.ServerCreateResponse), f"create answered {response.status_code}"
            server_id = str(parsed.server.id)
            registry.add_server(server_id)
        location = response.headers.get("location", "")
        assert location.rstrip("/").endswith(f"/servers/{server_id}"), f"Location {location!r} names another server"
        image_name = f"{registry.prefix}snap-{uuid.uuid4().hex[:6]}"
        image_id = compute.create_image(shared_server(compute), image_name)  # the id of createImage's Location
        assert compute.get_image(image_id).name == image_name, "createImage's Location names another image"
