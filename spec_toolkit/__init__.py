"""The one way scripts, tests and the contract suite find, load and read the OpenAPI description.

- `spec_toolkit.paths`: where the bundle, its source and the errata are (no dependencies).
- `spec_toolkit.spec`: `load_bundle()` (cached), `Spec` (operations, `$ref`s resolved with `referencing`,
  response and request schemas, JSON Schema validators).
- `spec_toolkit.errata`: the errata entries and the operations citing each, read from `x-errata`.

Not shipped to service users: the wheel holds only the client layer and the mock.
"""
