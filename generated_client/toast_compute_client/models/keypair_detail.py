from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx
import datetime
from typing import cast

from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="KeypairDetail")


@_attrs_define
class KeypairDetail:
    """A key pair with its bookkeeping fields (키페어 보기)."""

    name: str
    """ Key pair name (키페어 이름). """
    public_key: str
    """ The OpenSSH public key (공개키). """
    fingerprint: str
    """ Key fingerprint (키페어 지문); see `Keypair.fingerprint` (errata E10). """
    user_id: str
    """ ID of the user who owns the key (키 소유주 ID). """
    id: int
    """ Key pair database ID (키페어 ID). """
    created_at: datetime.datetime | str
    """ A timestamp as Nova writes it from its database: ISO 8601 **without a timezone** (implicitly UTC), usually
    with microseconds, e.g. `2020-02-25T01:22:23.000000` (`CCYY-MM-DDThh:mm:ss.SSSSSS`). An RFC 3339 timestamp with
    an offset is accepted as well. See errata E14 and E22. """
    updated_at: datetime.datetime | None | str
    """ When the key pair was last updated (키페어 수정 시각); always `null` in practice (errata E14). """
    deleted_at: datetime.datetime | None | str
    """ When the key pair was deleted (키페어 삭제 시각); always `null` for a visible key pair. """
    deleted: bool
    """ Whether the key pair is deleted (키페어 삭제 여부); always `false` for a visible key pair. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

        fingerprint = self.fingerprint

        user_id = self.user_id

        id = self.id

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        deleted = self.deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "public_key": public_key,
                "fingerprint": fingerprint,
                "user_id": user_id,
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "deleted": deleted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        public_key = d["public_key"]

        fingerprint = d["fingerprint"]

        user_id = d["user_id"]

        id = d["id"]

        created_at = _parse_created_at(d["created_at"])

        updated_at = _parse_updated_at(d["updated_at"])

        deleted_at = _parse_deleted_at(d["deleted_at"])

        deleted = d["deleted"]

        fields_found = 9

        if cls is KeypairDetail:
            keypair_detail = object.__new__(cls)
            keypair_detail.name = name
            keypair_detail.public_key = public_key
            keypair_detail.fingerprint = fingerprint
            keypair_detail.user_id = user_id
            keypair_detail.id = id
            keypair_detail.created_at = created_at
            keypair_detail.updated_at = updated_at
            keypair_detail.deleted_at = deleted_at
            keypair_detail.deleted = deleted
        else:
            keypair_detail = cls(
                name,
                public_key,
                fingerprint,
                user_id,
                id,
                created_at,
                updated_at,
                deleted_at,
                deleted,
            )

        if len(d) != fields_found:
            keypair_detail.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return keypair_detail

    @staticmethod
    def _from_wire(w: _KeypairDetailWire) -> KeypairDetail:
        name = w.name

        public_key = w.public_key

        fingerprint = w.fingerprint

        user_id = w.user_id

        id = w.id

        created_at = _parse_created_at(w.created_at)

        updated_at = _parse_updated_at(w.updated_at)

        deleted_at = _parse_deleted_at(w.deleted_at)

        deleted = w.deleted

        keypair_detail = object.__new__(KeypairDetail)
        keypair_detail.name = name
        keypair_detail.public_key = public_key
        keypair_detail.fingerprint = fingerprint
        keypair_detail.user_id = user_id
        keypair_detail.id = id
        keypair_detail.created_at = created_at
        keypair_detail.updated_at = updated_at
        keypair_detail.deleted_at = deleted_at
        keypair_detail.deleted = deleted
        return keypair_detail

    @staticmethod
    def _from_response(response: httpx.Response) -> KeypairDetail:
        return from_response(response, _KeypairDetailWire, KeypairDetail._from_wire, KeypairDetail.from_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name == "additional_properties":
                return first_read_of_additional_properties(self)
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'", name=name, obj=self)


if TYPE_CHECKING:
    _KeypairDetailWire = Any
else:

    class _KeypairDetailWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        public_key: Any = _msgspec.field(name="public_key")
        fingerprint: Any = _msgspec.field(name="fingerprint")
        user_id: Any = _msgspec.field(name="user_id")
        id: Any = _msgspec.field(name="id")
        created_at: Any = _msgspec.field(name="created_at")
        updated_at: Any = _msgspec.field(name="updated_at")
        deleted_at: Any = _msgspec.field(name="deleted_at")
        deleted: Any = _msgspec.field(name="deleted")


_FIELD_KEYS = frozenset(
    {
        "name",
        "public_key",
        "fingerprint",
        "user_id",
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "deleted",
    }
)


def _parse_created_at(data: object) -> datetime.datetime | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_naive_timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return componentsschemas_naive_timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | str, data)


def _parse_updated_at(data: object) -> datetime.datetime | None | str:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_naive_timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return componentsschemas_naive_timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | str, data)


def _parse_deleted_at(data: object) -> datetime.datetime | None | str:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_naive_timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return componentsschemas_naive_timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | str, data)
