"""The suite's own tools: drifted endpoints, the mutation runner, fidelity, soak runs, a mock process with a
prepared tenant. They run the suite as a user does (a separate pytest process); nothing in the suite imports them."""
