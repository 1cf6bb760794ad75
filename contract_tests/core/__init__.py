"""The suite's core: the description, the run and the checks. It never imports a target adapter."""
