"""Edits of an outline tree addressed by paths (tuples of child indexes), for the outline editor.

Every function changes *nodes* in place and returns the path of the moved or new node (or None when
the move is not possible: first section moved up, a top section outdented, too deep), so the
editor can keep the selection on it. The editor works on a copy and records before/after
snapshots for undo.
"""

from __future__ import annotations

from .outline import MAX_DEPTH, OutlineNode

Path = tuple[int, ...]


def siblings(nodes: list[OutlineNode], path: Path) -> list[OutlineNode]:
    out = nodes
    for i in path[:-1]:
        out = out[i].children
    return out


def get(nodes: list[OutlineNode], path: Path) -> OutlineNode:
    return siblings(nodes, path)[path[-1]]


def _height(node: OutlineNode) -> int:
    return 1 + max((_height(c) for c in node.children), default=0)


def insert_after(nodes: list[OutlineNode], path: Path | None, node: OutlineNode) -> Path:
    """*node* after *path* at the same level (at the end when *path* is None)."""
    if not path:
        nodes.append(node)
        return (len(nodes) - 1,)
    siblings(nodes, path).insert(path[-1] + 1, node)
    return (*path[:-1], path[-1] + 1)


def add_child(nodes: list[OutlineNode], path: Path, node: OutlineNode) -> Path | None:
    if len(path) >= MAX_DEPTH:
        return None
    parent = get(nodes, path)
    parent.children.append(node)
    return (*path, len(parent.children) - 1)


def remove(nodes: list[OutlineNode], path: Path) -> OutlineNode:
    return siblings(nodes, path).pop(path[-1])


def move(nodes: list[OutlineNode], path: Path, step: int) -> Path | None:
    group = siblings(nodes, path)
    target = path[-1] + step
    if not 0 <= target < len(group):
        return None
    group[path[-1]], group[target] = group[target], group[path[-1]]
    return (*path[:-1], target)


def indent(nodes: list[OutlineNode], path: Path) -> Path | None:
    """Make the node the last sub-section of the section above it."""
    if path[-1] == 0 or len(path) + _height(get(nodes, path)) > MAX_DEPTH:
        return None
    group = siblings(nodes, path)
    node = group.pop(path[-1])
    above = group[path[-1] - 1]
    above.children.append(node)
    return (*path[:-1], path[-1] - 1, len(above.children) - 1)


def outdent(nodes: list[OutlineNode], path: Path) -> Path | None:
    """Make the node a section right after its parent."""
    if len(path) < 2:
        return None
    node = remove(nodes, path)
    parent_path = path[:-1]
    siblings(nodes, parent_path).insert(parent_path[-1] + 1, node)
    return (*parent_path[:-1], parent_path[-1] + 1)
