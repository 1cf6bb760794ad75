"""The tenant's images, one store for two views: Nova's compute image proxy (`/v2/{tenantId}/images`) and
the image service (Glance v2, `api/image_service.py`). The catalogue's public images and the project's
snapshots, a snapshot SAVING until createImage is done; only the project's own snapshots can be deleted
(at the image service), and a deleted one is gone from both views."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from .. import catalog
from ..catalog import Image
from ..faults import NovaFault, forbidden, marker_not_found, not_found
from .project import Project

PUBLIC_IMAGES_CREATED = datetime(2024, 1, 16, tzinfo=UTC).timestamp()
# Glance's refusal when the delete_image policy does not let the caller delete (an image it does not own).
NOT_PERMITTED = "You are not authorized to complete delete_image action."


@dataclass
class ImageRecord:
    image: Image
    status: str  # ACTIVE | SAVING
    created: float
    server_id: str | None = None  # the server a snapshot was made from


def records(project: Project) -> Iterator[ImageRecord]:
    """Every image the project sees: the public ones, then its snapshots in creation order."""
    for image in catalog.IMAGES:
        yield ImageRecord(image, "ACTIVE", PUBLIC_IMAGES_CREATED)
    for image_id, snapshot in project.snapshots.items():
        status = "ACTIVE" if image_id in project.images else "SAVING"
        yield ImageRecord(snapshot.image, status, snapshot.created, snapshot.server_id)


def get_image(project: Project, image_id: str) -> ImageRecord:
    for record in records(project):
        if record.image.id == image_id:
            return record
    raise not_found("Image not found.")


def list_images(project: Project, name: str | None = None, status: str | None = None,
                server_id: str | None = None, marker: str | None = None) -> list[ImageRecord]:
    """Filtered by exact name, status and source server (Nova's proxy filters), after the marker."""
    found = [r for r in records(project)
             if (name is None or r.image.name == name) and (status is None or r.status == status.upper())
             and (server_id is None or r.server_id == server_id)]
    if marker is None:
        return found
    ids = [r.image.id for r in found]
    if marker not in ids:
        raise marker_not_found(marker)
    return found[ids.index(marker) + 1:]


def delete_image(project: Project, image_id: str) -> None:
    """Glance's delete: a snapshot of the project, done or still saving (Glance deletes an image in any
    status but `deleted`; Nova's snapshot then finds its image gone and leaves it so); a public image is
    refused (403, not the caller's), an id the project does not see is 404."""
    if image_id in project.snapshots:
        del project.snapshots[image_id]
        project.images.pop(image_id, None)
        return
    if image_id in catalog.IMAGES_BY_ID:
        raise forbidden(NOT_PERMITTED)
    raise NovaFault(404, f"Failed to find image {image_id} to delete")
