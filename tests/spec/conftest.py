from __future__ import annotations

import pytest

from tests.spec.spec_model import Spec


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec.load()
