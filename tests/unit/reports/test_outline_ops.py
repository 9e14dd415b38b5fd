"""Outline tree edits by path (#20 §2): add, remove, move, indent, outdent, limits."""

from __future__ import annotations

import pytest

from tthc_desktop.reports import outline_ops as ops
from tthc_desktop.reports.outline import OutlineError, OutlineNode, from_dicts, to_dicts


def _tree():
    return [OutlineNode("I", key="a", children=[OutlineNode("1", key="a1"), OutlineNode("2", key="a2")]),
            OutlineNode("II", key="b"), OutlineNode("III", key="c")]


def _shape(nodes):
    return [(n.key, _shape(n.children)) if n.children else n.key for n in nodes]


def test_move_indent_outdent():
    t = _tree()
    assert ops.move(t, (0,), -1) is None
    assert ops.move(t, (1,), 1) == (2,) and _shape(t) == [("a", ["a1", "a2"]), "c", "b"]
    assert ops.indent(t, (1,)) == (0, 2) and _shape(t) == [("a", ["a1", "a2", "c"]), "b"]
    assert ops.indent(t, (0, 1)) == (0, 0, 0) and _shape(t) == [("a", [("a1", ["a2"]), "c"]), "b"]
    assert ops.indent(t, (0, 0, 0)) is None  # first child: nothing above to hang under
    assert ops.outdent(t, (0, 0, 0)) == (0, 1) and _shape(t) == [("a", ["a1", "a2", "c"]), "b"]
    assert ops.outdent(t, (0,)) is None
    assert ops.outdent(t, (0, 2)) == (1,) and _shape(t) == [("a", ["a1", "a2"]), "c", "b"]


def test_depth_limit_and_add_remove():
    t = _tree()
    deep = ops.add_child(t, (0, 0), OutlineNode("a)", key="x"))
    assert deep == (0, 0, 0) and ops.add_child(t, deep, OutlineNode("too deep")) is None
    assert ops.indent(t, (0, 1)) == (0, 0, 1)  # a2 joins x under a1: third level is allowed
    assert ops.insert_after(t, (0,), OutlineNode("new", key="n")) == (1,)
    assert ops.remove(t, (0, 0)).key == "a1" and _shape(t) == ["a", "n", "b", "c"]
    assert ops.insert_after(t, None, OutlineNode("end", key="e")) == (4,)
    nested = [OutlineNode("A"), OutlineNode("B", children=[OutlineNode("B1", children=[OutlineNode("B1a")])])]
    assert ops.indent(nested, (1,)) is None  # B1a would be a fourth level


def test_json_round_trip_and_bad_shapes():
    t = _tree()
    t[1].kind = "cuts_summary"
    assert to_dicts(from_dicts(to_dicts(t))) == to_dicts(t)
    with pytest.raises(OutlineError, match="loại «chart» không hợp lệ"):
        from_dicts([{"title": "X", "kind": "chart"}])
    with pytest.raises(OutlineError, match="quá 3 cấp"):
        from_dicts([{"title": "1", "children": [{"title": "2", "children": [{"title": "3", "children": [
            {"title": "4"}]}]}]}])
    dup = from_dicts([{"title": "A", "key": "k"}, {"title": "B", "key": "k"}, {"title": "C", "key": "intro"}])
    assert len({n.key for n in dup}) == 3 and "intro" not in {n.key for n in dup}
