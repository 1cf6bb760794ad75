from enum import StrEnum


class BlockDeviceMappingDestinationType(StrEnum):
    LOCAL = "local"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
