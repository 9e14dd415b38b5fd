"""The tiny expression language of form definitions, parsed with ``ast`` and walked on a whitelist.

Two uses, two whitelists (never ``eval``):

- validations, e.g. ``c3 == c4 + c5 + c6``: column keys, integers, ``+``, ``-`` and one ``==``;
- computed columns, e.g. ``(c5 - c6) / c5``: column keys, integers, ``+ - * /`` and parentheses.

An expression can be evaluated in Python (empty cells count as 0, a division by zero gives
``None``) and translated into an Excel formula for one sheet row.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Mode = Literal["validation", "formula"]
Number = int | Decimal

_VALIDATION_OPS: dict[type, str] = {ast.Add: "+", ast.Sub: "-"}
_FORMULA_OPS: dict[type, str] = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
MAX_SOURCE = 500  # a form's expressions are short; anything longer is a mistake


class ExpressionError(ValueError):
    """An expression outside the whitelist, or naming a column the form does not have."""


@dataclass(frozen=True, slots=True)
class Expression:
    """A checked expression: ``keys`` are the column keys it names, in order of first appearance."""

    source: str
    mode: Mode
    keys: tuple[str, ...]
    _tree: ast.expr = field(compare=False, repr=False)  # equal source means equal tree

    @property
    def left_keys(self) -> tuple[str, ...]:
        """Column keys on the left of ``==`` (validations only)."""
        if isinstance(self._tree, ast.Compare):
            return _names(self._tree.left)
        return self.keys


def parse_expression(source: str, *, known_keys: Collection[str], mode: Mode) -> Expression:
    """Parse and check ``source``; raise :class:`ExpressionError` (Vietnamese) on anything else."""
    if not isinstance(source, str) or not source.strip():
        raise ExpressionError("Biểu thức trống")
    if len(source) > MAX_SOURCE:
        raise ExpressionError(f"Biểu thức quá dài ({len(source)} ký tự)")
    try:
        tree = ast.parse(source.strip(), mode="eval").body
    except SyntaxError as exc:
        raise ExpressionError(f"Biểu thức «{source}» sai cú pháp: {exc.msg}") from None
    if mode == "validation":
        if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1 and isinstance(tree.ops[0], ast.Eq)):
            raise ExpressionError(f"Biểu thức kiểm tra «{source}» phải có dạng «vế trái == vế phải»")
        _check_arithmetic(tree.left, source, known_keys, _VALIDATION_OPS)
        _check_arithmetic(tree.comparators[0], source, known_keys, _VALIDATION_OPS)
    else:
        _check_arithmetic(tree, source, known_keys, _FORMULA_OPS)
    return Expression(source.strip(), mode, _names(tree), tree)


def _check_arithmetic(node: ast.expr, source: str, known: Collection[str], ops: dict[type, str]) -> None:
    if isinstance(node, ast.BinOp):
        if type(node.op) not in ops:
            raise ExpressionError(f"Biểu thức «{source}»: không cho phép phép toán {type(node.op).__name__}")
        _check_arithmetic(node.left, source, known, ops)
        _check_arithmetic(node.right, source, known, ops)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check_arithmetic(node.operand, source, known, ops)
    elif isinstance(node, ast.Name):
        if node.id not in known:
            raise ExpressionError(f"Biểu thức «{source}»: biểu mẫu không có cột «{node.id}»")
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        pass
    else:
        raise ExpressionError(
            f"Biểu thức «{source}»: chỉ được dùng mã cột, số nguyên và phép tính "
            f"{' '.join(ops.values())} (gặp {type(node).__name__})"
        )


def _names(node: ast.AST) -> tuple[str, ...]:
    found = sorted(
        (sub for sub in ast.walk(node) if isinstance(sub, ast.Name)), key=lambda n: (n.lineno, n.col_offset)
    )
    return tuple(dict.fromkeys(n.id for n in found))


# --- evaluation ----------------------------------------------------------------------


def _value(raw: object) -> Number:
    if raw is None or raw == "":
        return 0
    if isinstance(raw, bool) or not isinstance(raw, int | Decimal | float):
        raise TypeError(raw)
    return Decimal(str(raw)) if isinstance(raw, float) else raw


def _arith(node: ast.expr, values: Mapping[str, object]) -> Number | None:
    if isinstance(node, ast.Name):
        return _value(values.get(node.id))
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp):
        inner = _arith(node.operand, values)
        return None if inner is None else -inner
    assert isinstance(node, ast.BinOp)  # guaranteed by parse_expression
    left, right = _arith(node.left, values), _arith(node.right, values)
    if left is None or right is None:
        return None
    if isinstance(node.op, ast.Add):
        return left + right
    if isinstance(node.op, ast.Sub):
        return left - right
    if isinstance(node.op, ast.Mult):
        return left * right
    if right == 0:
        return None
    return Decimal(left) / Decimal(right)


def evaluate_sides(expr: Expression, values: Mapping[str, object]) -> tuple[Number, Number]:
    """Both sides of a validation. ``TypeError`` if a named cell holds something not numeric."""
    tree = expr._tree
    assert isinstance(tree, ast.Compare)
    left, right = _arith(tree.left, values), _arith(tree.comparators[0], values)
    assert left is not None and right is not None  # no division in validations
    return left, right


def evaluate_formula(expr: Expression, values: Mapping[str, object]) -> Number | None:
    """Value of a computed column; ``None`` when it divides by zero."""
    return _arith(expr._tree, values)


# --- Excel ---------------------------------------------------------------------------


def to_excel(expr: Expression, ref: Callable[[str], str]) -> str:
    """Excel text of ``expr`` without the leading "="; ``ref(key)`` gives the cell of a column.

    A formula that divides is wrapped in IFERROR(…;"") so an empty baseline shows blank, not #DIV/0!.
    A validation becomes the *broken* condition ``lhs<>rhs`` (for conditional formatting).
    """
    tree = expr._tree
    if isinstance(tree, ast.Compare):
        return f"{_excel(tree.left, ref)}<>{_excel(tree.comparators[0], ref)}"
    text = _excel(tree, ref)
    if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) for n in ast.walk(tree)):
        return f'IFERROR({text},"")'
    return text


_PRECEDENCE = {ast.Add: 1, ast.Sub: 1, ast.Mult: 2, ast.Div: 2}


def _excel(node: ast.expr, ref: Callable[[str], str]) -> str:
    """Excel text with only the parentheses the operator precedence needs."""
    if isinstance(node, ast.Name):
        return ref(node.id)
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.UnaryOp):
        inner = _excel(node.operand, ref)
        return f"-({inner})" if isinstance(node.operand, ast.BinOp) else f"-{inner}"
    assert isinstance(node, ast.BinOp)
    prec = _PRECEDENCE[type(node.op)]
    left = _excel(node.left, ref)
    if isinstance(node.left, ast.BinOp) and _PRECEDENCE[type(node.left.op)] < prec:
        left = f"({left})"
    right = _excel(node.right, ref)
    if isinstance(node.right, ast.BinOp):
        right_prec = _PRECEDENCE[type(node.right.op)]
        if right_prec < prec or (right_prec == prec and isinstance(node.op, ast.Sub | ast.Div)):
            right = f"({right})"
    elif isinstance(node.right, ast.UnaryOp):  # "a-(-1)", not "a--1"
        right = f"({right})"
    return f"{left}{_FORMULA_OPS[type(node.op)]}{right}"
