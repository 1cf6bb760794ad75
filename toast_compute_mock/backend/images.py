"""Images as Nova's compute image proxy shows them (`/v2/{tenantId}/images`): the catalogue's public
images and the project's snapshots, a snapshot SAVING until createImage is done."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from .. import catalog
from ..catalog import Image
from ..faults import marker_not_found, not_found
from .project import Project

PUBLIC_IMAGES_CREATED = datetime(2024, 1, 16, tzinfo=UTC).timestamp()


@dataclass
class ImageRecord:
    image: Image
    status: str  # ACTIVE | SAVING
    created: float
    server_id: str | None = None  # the server a snapshot was made from


def _records(project: Project) -> Iterator[ImageRecord]:
    for image in catalog.IMAGES:
        yield ImageRecord(image, "ACTIVE", PUBLIC_IMAGES_CREATED)
    for image_id, snapshot in project.snapshots.items():
        status = "ACTIVE" if image_id in project.images else "SAVING"
        yield ImageRecord(snapshot.image, status, snapshot.created, snapshot.server_id)


def get_image(project: Project, image_id: str) -> ImageRecord:
    for record in _records(project):
        if record.image.id == image_id:
            return record
    raise not_found("Image not found.")


def list_images(project: Project, name: str | None = None, status: str | None = None,
                server_id: str | None = None, marker: str | None = None) -> list[ImageRecord]:
    """Filtered by exact name, status and source server (Nova's proxy filters), after the marker."""
    records = [r for r in _records(project)
               if (name is None or r.image.name == name) and (status is None or r.status == status.upper())
               and (server_id is None or r.server_id == server_id)]
    if marker is None:
        return records
    ids = [r.image.id for r in records]
    if marker not in ids:
        raise marker_not_found(marker)
    return records[ids.index(marker) + 1:]
