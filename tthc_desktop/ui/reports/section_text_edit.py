"""The text box of a report section: sub-headings shown bold, without the "## " they are stored with.

The report text keeps "## Tiêu đề" lines (the PDF makes them sub-headings); the officer sees a bold line
instead of the marker. ``toPlainText`` gives the stored form back, so callers read and write as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

MARK = "## "


class SectionTextEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)

    # -- stored text <-> shown document --------------------------------------------------------
    def setPlainText(self, text: str) -> None:
        self.document().clear()
        cursor = QTextCursor(self.document())
        self._insert(cursor, text)
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def replace_document(self, text: str) -> None:
        """Replace everything as one step of the box's own undo (Ctrl+Z brings the old text back)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        self._insert(cursor, text)
        cursor.endEditBlock()

    def toPlainText(self) -> str:
        lines = []
        block = self.document().begin()
        while block.isValid():
            heading = block.blockFormat().headingLevel() > 0
            lines.append((MARK if heading else "") + block.text())
            block = block.next()
        return "\n".join(lines)

    def _insert(self, cursor: QTextCursor, text: str) -> None:
        for i, line in enumerate(text.split("\n")):
            heading = line.startswith(MARK)
            if i:
                cursor.insertBlock()
            cursor.setBlockFormat(self._block_format(heading))
            cursor.setBlockCharFormat(self._char_format(heading))
            cursor.insertText(line[len(MARK):] if heading else line, self._char_format(heading))

    @staticmethod
    def _block_format(heading: bool) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(3 if heading else 0)
        return fmt

    @staticmethod
    def _char_format(heading: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
        return fmt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A new line after a sub-heading is body text again (Qt would carry the heading format on)."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            cursor = self.textCursor()
            if cursor.block().blockFormat().headingLevel() and not cursor.block().text():
                cursor.setBlockFormat(self._block_format(False))
                cursor.setBlockCharFormat(self._char_format(False))
                self.setCurrentCharFormat(self._char_format(False))
