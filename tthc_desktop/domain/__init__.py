"""Plain dataclasses and domain rules (deadlines, periods, statuses, reductions). No I/O, no project imports."""
