"""Where the OpenAPI description and its companions are in the repository: defined here only."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
SPEC_SOURCE = OPENAPI / "src" / "openapi.yaml"  # the hand-written root document
BUNDLE = OPENAPI / "toast-compute-api.yaml"  # the one bundled document every tool consumes
IDENTITY_SOURCE = OPENAPI / "identity" / "openapi.yaml"  # the identity service's token call, its own document
IDENTITY_BUNDLE = OPENAPI / "toast-identity-api.yaml"
NETWORK_SOURCE = OPENAPI / "network" / "openapi.yaml"  # the network reads (VPCs, subnets), their own document
NETWORK_BUNDLE = OPENAPI / "toast-network-api.yaml"
BLOCK_STORAGE_SOURCE = OPENAPI / "block-storage" / "openapi.yaml"  # block storage volumes, their own document
BLOCK_STORAGE_BUNDLE = OPENAPI / "toast-block-storage-api.yaml"
IMAGE_SOURCE = OPENAPI / "image" / "openapi.yaml"  # the image service (list, show, delete images), its own document
IMAGE_BUNDLE = OPENAPI / "toast-image-api.yaml"
# (source, bundle) of each neighbouring service's document, bundled and linted as the compute one is.
SERVICE_DOCUMENTS = (
    (IDENTITY_SOURCE, IDENTITY_BUNDLE),
    (NETWORK_SOURCE, NETWORK_BUNDLE),
    (BLOCK_STORAGE_SOURCE, BLOCK_STORAGE_BUNDLE),
    (IMAGE_SOURCE, IMAGE_BUNDLE),
)
ERRATA = OPENAPI / "errata.yaml"
ERRATA_MARKDOWN = OPENAPI / "ERRATA.md"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
