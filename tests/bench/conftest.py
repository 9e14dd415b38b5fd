"""tests/bench is run by `make bench` (tests/bench/run.py), never collected by `make test`'s pytest."""

collect_ignore_glob = ["*.py"]
