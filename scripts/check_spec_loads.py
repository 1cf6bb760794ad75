"""Check that schemathesis loads the bundled spec and can build a test case for every operation.

    python -m scripts.check_spec_loads [PATH]   (default: the bundle)
"""

from __future__ import annotations

import sys

import schemathesis

from spec_toolkit.paths import BUNDLE


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = args[0] if args else str(BUNDLE)
    schema = schemathesis.openapi.from_path(path)
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        operation.as_strategy()  # raises when a schema can't be turned into data
    print(f"schemathesis {schemathesis.__version__}: loaded {len(operations)} operations from {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
