"""The mock's dependencies come with the toolkit's `mock` extra. A service that installed only the client and
the layer has this package without them; its console script and pytest fixtures then say what to install."""

INSTALL = 'pip install "toast-compute-toolkit[mock]"'


def missing_dependency_message(error: ModuleNotFoundError) -> str:
    return f"the TOAST Compute mock needs {error.name}, which is not installed: {INSTALL}"
