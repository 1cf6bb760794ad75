from enum import StrEnum


class ServerVmState(StrEnum):
    ACTIVE = "active"
    BUILDING = "building"
    DELETED = "deleted"
    ERROR = "error"
    PAUSED = "paused"
    RESCUED = "rescued"
    RESIZED = "resized"
    SHELVED = "shelved"
    SHELVED_OFFLOADED = "shelved_offloaded"
    SOFT_DELETE = "soft-delete"
    STOPPED = "stopped"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
