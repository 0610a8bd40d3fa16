"""Paints one ranked helper in three lines: rank and name, what matched, how you stand with them.

    1  Omar Haddad · Acme
       PCI DSS ●●● · kubernetes ●●○
       strong · 2 weeks ago · owes you one · advisor

Stale matches (no contact in years) get a warning-coloured third line, so "the only expert is
someone you have not spoken to since 2019" is visible at a glance. Text goes through
QPainter.drawText, which never interprets markup.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from posse_desktop.ui.models.help_match_model import (
    MatchRole,
    RankRole,
    SkillsLineRole,
    TiesLineRole,
)
from posse_desktop.ui.palette import is_dark, muted_text_color

PADDING = 6
RANK_WIDTH = 22
STALE_LIGHT, STALE_DARK = QColor("#9a5b00"), QColor("#f0b35a")


class HelpMatchDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        match = index.data(MatchRole)
        if match is None:
            super().paint(painter, option, index)
            return
        painter.save()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text if selected else muted_text_color(palette)
        metrics = QFontMetrics(option.font)
        line_h = metrics.height()
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        left = rect.left() + RANK_WIDTH
        width = max(rect.right() - left, 10)

        painter.setFont(option.font)
        painter.setPen(quiet)
        rank_rect = QRect(rect.left(), rect.top(), RANK_WIDTH - 4, line_h)
        painter.drawText(rank_rect, Qt.AlignmentFlag.AlignRight, str(index.data(RankRole)))

        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        bold_metrics = QFontMetrics(bold)
        name = bold_metrics.elidedText(match.name, Qt.TextElideMode.ElideRight, width)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(left, rect.top(), width, line_h), Qt.AlignmentFlag.AlignLeft, name)
        used = bold_metrics.horizontalAdvance(name)
        if match.org and used + 20 < width:
            painter.setFont(option.font)
            painter.setPen(quiet)
            org = metrics.elidedText(f" · {match.org}", Qt.TextElideMode.ElideRight, width - used)
            painter.drawText(
                QRect(left + used, rect.top(), width - used, line_h),
                Qt.AlignmentFlag.AlignLeft,
                org,
            )

        painter.setFont(option.font)
        painter.setPen(text)
        skills = metrics.elidedText(
            index.data(SkillsLineRole) or "", Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(left, rect.top() + line_h, width, line_h), Qt.AlignmentFlag.AlignLeft, skills
        )

        ties = index.data(TiesLineRole) or ""
        if match.stale and not selected:
            painter.setPen(STALE_DARK if is_dark(palette) else STALE_LIGHT)
            ties = f"⚠ {ties}"
        else:
            painter.setPen(quiet)
        ties = metrics.elidedText(ties, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(left, rect.top() + 2 * line_h, width, line_h), Qt.AlignmentFlag.AlignLeft, ties
        )
        painter.restore()
