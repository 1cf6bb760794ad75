"""Sample consumers of the toolkit, type-checked with mypy --strict (nox -s typecheck) and tested in tests/examples."""
