"""Use cases tying the layers together (import a plan, build a submission, ...)."""
