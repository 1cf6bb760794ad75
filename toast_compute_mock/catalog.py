"""The fixed catalogue every tenant sees: flavors, images, availability zones, networks and
security groups. Ids from the API document's examples are kept where the document shows them."""

from __future__ import annotations

import ipaddress
import uuid
from dataclasses import dataclass, field

_NS = uuid.UUID("0b8f6f5e-6b7e-4d3a-9a53-2c1b3f6f1e10")


def stable_id(name: str) -> str:
    """A UUID that is the same on every run for the same name."""
    return str(uuid.uuid5(_NS, name))


@dataclass(frozen=True)
class Flavor:
    id: str
    name: str
    vcpus: int
    ram: int  # MiB
    disk: int  # GiB; 0 = no local root disk, boot from a block storage volume
    flavor_type: str
    ephemeral: int = 0
    swap: int = 0
    rxtx_factor: float = 1.0

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def is_u_type(self) -> bool:
        return self.family.startswith("u")


def _flavor(name: str, vcpus: int, ram_gib: float, disk: int, flavor_type: str, fid: str | None = None) -> Flavor:
    return Flavor(fid or stable_id("flavor:" + name), name, vcpus, int(ram_gib * 1024), disk, flavor_type)


FLAVORS: list[Flavor] = sorted(
    [
        # The document's two examples (ids from its detail example).
        _flavor("x1.c32m256", 32, 256, 0, "performance", "97604802-a090-43fa-a5ce-c7cfd737fbba"),
        _flavor("x1.c32m128", 32, 128, 0, "performance", "31fa632d-aeec-4f12-8a57-ce9d146228e5"),
        # u2: local root disk, cannot run Windows.
        _flavor("u2.c1m1", 1, 1, 20, "general"),
        _flavor("u2.c1m2", 1, 2, 20, "general"),
        _flavor("u2.c2m4", 2, 4, 40, "general"),
        _flavor("u2.c4m8", 4, 8, 80, "general"),
        # m2/c2/r2/t2/x1: root disk on block storage (block_device_mapping_v2 required).
        _flavor("m2.c1m2", 1, 2, 0, "general"),
        _flavor("m2.c2m4", 2, 4, 0, "general", "a4b6a0f7-aeff-4d78-a8d5-7de9f007012d"),
        _flavor("m2.c4m8", 4, 8, 0, "general", "35a73b57-58a7-434d-aa08-5249aaa95b3e"),
        _flavor("c2.c2m2", 2, 2, 0, "compute"),
        _flavor("c2.c4m4", 4, 4, 0, "compute"),
        _flavor("r2.c2m16", 2, 16, 0, "memory"),
        _flavor("r2.c4m32", 4, 32, 0, "memory"),
        _flavor("t2.c1m0.5", 1, 0.5, 0, "burstable"),
        _flavor("t2.c1m1", 1, 1, 0, "burstable"),
    ],
    key=lambda f: f.id,  # Nova's default order: flavorid ascending
)
FLAVORS_BY_ID = {f.id: f for f in FLAVORS}


@dataclass(frozen=True)
class Image:
    id: str
    name: str
    os_type: str  # "linux" | "windows"
    min_disk: int  # GiB
    properties: dict[str, str] = field(default_factory=dict)

    @property
    def is_windows(self) -> bool:
        return self.os_type == "windows"


def _image(iid: str, name: str, distro: str, version: str, windows: bool, user: str) -> Image:
    props = {
        "os_distro": distro,
        "os_version": version,
        "os_type": "Windows" if windows else "Linux",
        "os_architecture": "amd64",
        "image_name": name,
        "login_username": user,
        "description": name,
        "hypervisor_type": "qemu",
    }
    return Image(iid, name, "windows" if windows else "linux", 50 if windows else 10, props)


IMAGES: list[Image] = [
    # The create example's imageRef, a Linux image.
    _image("9956f822-29c9-4f81-9410-0c392d9c8c24", "Ubuntu Server 22.04 LTS (2024.01.16)", "Ubuntu", "22.04 LTS",
           False, "ubuntu"),
    _image(stable_id("image:rocky"), "Rocky Linux 8.10 (2024.06.18)", "Rocky", "8.10", False, "rocky"),
    _image(stable_id("image:centos"), "CentOS 7.9 (2023.11.21)", "CentOS", "7.9", False, "centos"),
    # The show example's image, a Windows image.
    _image("8b9f8d47-b89b-45af-b1d6-3f7ce7e06a11", "Windows 2012 R2 STD (2020.02.18) EN", "Windows", "2012 R2 STD",
           True, "Administrator"),
    _image(stable_id("image:win2019"), "Windows 2019 STD (2024.01.16) KO", "Windows", "2019 STD", True,
           "Administrator"),
]
IMAGES_BY_ID = {i.id: i for i in IMAGES}

AVAILABILITY_ZONES = ("kr-pub-a", "kr-pub-b")
# Compute hosts per zone: enough for ordinary servers (they share hosts), few enough that an
# anti-affinity placement policy runs out of them (Nova's NoValidHost) in a test.
HOSTS_PER_ZONE = 4


def hosts(zone: str) -> list[str]:
    return [f"compute-{zone}-{n:02d}" for n in range(HOSTS_PER_ZONE)]


@dataclass(frozen=True)
class Subnet:
    id: str
    cidr: str


@dataclass(frozen=True)
class Network:
    id: str
    name: str
    subnets: tuple[Subnet, ...]

    def contains(self, address: str) -> bool:
        ip = ipaddress.ip_address(address)
        return any(ip in ipaddress.ip_network(s.cidr) for s in self.subnets)


NETWORKS: list[Network] = [
    Network(stable_id("net:default"), "Default Network",
            (Subnet("b83863ff-0355-4c73-8c10-0bdf66a69aab", "192.168.0.0/24"),)),
    Network(stable_id("net:vpc2"), "vpc2", (Subnet(stable_id("subnet:vpc2"), "172.16.0.0/16"),)),
]
NETWORKS_BY_ID = {n.id: n for n in NETWORKS}
SUBNETS = {s.id: (n, s) for n in NETWORKS for s in n.subnets}


@dataclass(frozen=True)
class SecurityGroup:
    id: str
    name: str
    description: str = ""


SECURITY_GROUPS: list[SecurityGroup] = [
    SecurityGroup(stable_id("sg:default"), "default", "Default security group"),
    SecurityGroup(stable_id("sg:test"), "test"),  # the name the document's add/remove examples use
    SecurityGroup(stable_id("sg:web"), "web"),
]


def find_security_group(name_or_id: str) -> SecurityGroup | None:
    """Nova accepts a security group's name or id."""
    for group in SECURITY_GROUPS:
        if name_or_id in (group.name, group.id):
            return group
    return None
