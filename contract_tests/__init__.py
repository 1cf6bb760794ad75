"""Contract tests: the OpenAPI description against the embedded mock or a real TOAST Compute endpoint."""
