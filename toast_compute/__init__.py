"""A thin, hand-written layer over the generated `toast_compute_client`: clients from a token or
identity credentials, typed exceptions, retries for idempotent requests, paginators, waiters and one
call per server action, sync (`ComputeClient`) and async (`AsyncComputeClient`)."""

from .aio import AsyncComputeClient
from .auth import KeystoneV2Auth, StaticToken
from .client import ComputeClient
from .errors import (
    APIError,
    BadRequest,
    ConfigurationError,
    Conflict,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    OverLimit,
    PaginationError,
    ServerError,
    ServerFailed,
    ToastComputeError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
    WaitTimeout,
)
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
    "KeystoneV2Auth",
    "MethodNotAllowed",
    "NotFound",
    "OverLimit",
    "PaginationError",
    "RetryPolicy",
    "ServerError",
    "ServerFailed",
    "StaticToken",
    "ToastComputeError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "WaitTimeout",
]
