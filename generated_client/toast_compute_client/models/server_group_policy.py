from enum import StrEnum


class ServerGroupPolicy(StrEnum):
    ANTI_AFFINITY = "anti-affinity"

    def __str__(self) -> str:
        return str(self.value)
