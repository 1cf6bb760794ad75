from __future__ import annotations

import pytest

from spec_toolkit.spec import Spec, load_bundle


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_bundle()
