from enum import StrEnum


class BlockDeviceMappingSourceType(StrEnum):
    BLANK = "blank"
    IMAGE = "image"
    SNAPSHOT = "snapshot"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
