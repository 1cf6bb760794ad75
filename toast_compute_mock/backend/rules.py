"""The API document's TOAST rules and Nova's quotas, each written once: create, resize, createImage
and the metadata calls all check through these."""

from __future__ import annotations

from ..catalog import Flavor, Image
from ..config import Quotas
from ..faults import bad_request, forbidden

WINDOWS_MIN_RAM = 2048  # MiB
WINDOWS_MAX_NAME = 15
MIN_ROOT_GB = {"linux": 10, "windows": 50}
MAX_ROOT_GB = 1000


def check_flavor_for_image(flavor: Flavor, image: Image | None) -> None:
    """Windows does not run on U-type flavors nor with less than 2 GB of RAM."""
    if image is None or not image.is_windows:
        return
    if flavor.is_u_type:
        raise bad_request(f"U-type flavor {flavor.name} cannot use a Windows image")
    if flavor.ram < WINDOWS_MIN_RAM:
        raise bad_request(f"Windows images need at least 2 GB of RAM; flavor {flavor.name} has {flavor.ram} MB")


def check_name_for_image(name: str, image: Image | None) -> None:
    if image is not None and image.is_windows and len(name) > WINDOWS_MAX_NAME:
        raise bad_request(f"The name of a Windows instance must be at most {WINDOWS_MAX_NAME} characters")


def check_root_size(size_gb: int, image: Image | None) -> None:
    os_type = image.os_type if image is not None else "linux"
    minimum = MIN_ROOT_GB[os_type]
    if not minimum <= size_gb <= MAX_ROOT_GB:
        raise bad_request(f"Root disk size {size_gb} GB is out of range: {minimum} GB to {MAX_ROOT_GB} GB "
                          f"for {os_type.capitalize()} images")


def _over(limit: int, value: int) -> bool:
    return 0 <= limit < value  # -1: unlimited


def check_metadata_quota(metadata: dict[str, str], quotas: Quotas) -> None:
    if _over(quotas.metadata_items, len(metadata)):
        # Nova's quota check: 403, not a schema error.
        raise forbidden(f"Quota exceeded for metadata_items: at most {quotas.metadata_items} items are allowed")


def check_personality_quota(files: list[tuple[str, bytes]], quotas: Quotas) -> None:
    if _over(quotas.injected_files, len(files)):
        raise forbidden("Personality file limit exceeded")
    for path, contents in files:
        if _over(quotas.injected_file_path_bytes, len(path)):
            raise forbidden("Personality file path too long")
        if _over(quotas.injected_file_content_bytes, len(contents)):
            raise forbidden("Personality file content too long")
