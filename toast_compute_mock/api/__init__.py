"""The mock's HTTP handlers (moto's `responses.py`): each parses and schema-checks a request, calls one
backend operation and renders a view. Every handler takes a `MockRequest` and returns a `Response`."""
