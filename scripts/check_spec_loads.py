"""Check that schemathesis loads the bundled spec and can build a test case for every operation."""

from __future__ import annotations

import sys

import schemathesis


def main(path: str) -> int:
    schema = schemathesis.openapi.from_path(path)
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        operation.as_strategy()  # raises when a schema can't be turned into data
    print(f"schemathesis {schemathesis.__version__}: loaded {len(operations)} operations from {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
