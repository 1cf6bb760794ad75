from enum import StrEnum


class RebootRequestType(StrEnum):
    HARD = "HARD"
    SOFT = "SOFT"

    def __str__(self) -> str:
        return str(self.value)
