"""A thin, hand-written layer over the generated `toast_compute_client`: clients from a token or
identity credentials, typed exceptions, retries for idempotent requests, paginators, waiters and one
call per server action, sync (`ComputeClient`) and async (`AsyncComputeClient`)."""

from toast_compute_client.models import ServerStatus

from .aio import AsyncComputeClient
from .auth import KeystoneV2Auth, StaticToken
from .builders import boot_volume, needs_root_volume, server_request
from .client import ComputeClient
from .errors import (
    APIError,
    BadRequest,
    ConfigurationError,
    Conflict,
    Forbidden,
    InvalidArgument,
    LookupFailed,
    MethodNotAllowed,
    NotFound,
    OverLimit,
    PaginationError,
    QuotaExceeded,
    RateLimited,
    RequestTooLarge,
    ServerError,
    ServerFailed,
    ToastComputeError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
    WaitTimeout,
)
from .networks import Network
from .retry import NO_RETRIES, RetryPolicy
from .waiters import Backoff

__all__ = [
    "NO_RETRIES",
    "APIError",
    "AsyncComputeClient",
    "Backoff",
    "BadRequest",
    "ComputeClient",
    "ConfigurationError",
    "Conflict",
    "Forbidden",
    "InvalidArgument",
    "KeystoneV2Auth",
    "LookupFailed",
    "MethodNotAllowed",
    "Network",
    "NotFound",
    "OverLimit",
    "PaginationError",
    "QuotaExceeded",
    "RateLimited",
    "RequestTooLarge",
    "RetryPolicy",
    "ServerError",
    "ServerFailed",
    "ServerStatus",
    "StaticToken",
    "ToastComputeError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "WaitTimeout",
    "boot_volume",
    "needs_root_volume",
    "server_request",
]
