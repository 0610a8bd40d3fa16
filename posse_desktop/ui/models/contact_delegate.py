"""Paints a contact row: avatar with initials, name, and a quieter line with title and org.

Text is drawn with QPainter.drawText, which never interprets markup: a name like `<b>x</b>`
shows its angle brackets.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from posse_desktop.ui.avatar import paint_initials
from posse_desktop.ui.models.contact_list_model import SummaryRole

AVATAR = 32
PADDING = 6


class ContactDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(200, AVATAR + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        summary = index.data(SummaryRole)
        name = summary.name if summary else (index.data() or "")
        rect = option.rect
        avatar_rect = QRectF(rect.left() + PADDING, rect.top() + PADDING, AVATAR, AVATAR)
        paint_initials(painter, avatar_rect, name)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_left = int(avatar_rect.right()) + PADDING + 2
        width = rect.right() - text_left - PADDING
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(group))
        line_h = QFontMetrics(bold).height()
        top = rect.top() + (rect.height() - 2 * line_h) // 2
        painter.drawText(
            text_left,
            top,
            width,
            line_h,
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, width),
        )
        subtitle = " · ".join(p for p in (summary.title, summary.org) if p) if summary else ""
        if subtitle:
            painter.setFont(option.font)
            colour = option.palette.color(group)
            if not selected:
                colour = option.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(colour)
            metrics = QFontMetrics(option.font)
            painter.drawText(
                text_left,
                top + line_h,
                width,
                line_h,
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()
