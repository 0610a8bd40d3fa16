"""Keep-in-touch defaults and help synonyms, edited through their dialogs, undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from posse_desktop.domain import Role
from posse_desktop.services import help_synonyms


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_cadence_defaults_by_role_and_tag_then_undo(window, on_modal):
    before = window.services.cadence.defaults()

    def edit(dialog) -> None:
        dialog.role_boxes[Role.MENTOR].setValue(10)
        dialog.tags.setPlainText("family: 30\nclimbing: 14")
        _save(dialog)

    on_modal(edit)
    window.preferences.cadence_action.trigger()
    after = window.services.cadence.defaults()
    assert after.roles[Role.MENTOR] == 10
    assert after.tags == {"family": 30, "climbing": 14}
    window.actions.undo.trigger()
    assert window.services.cadence.defaults() == before


def test_a_bad_tag_line_is_named_and_nothing_is_saved(window, on_modal):
    before = window.services.cadence.defaults()
    seen: list[str] = []

    def edit(dialog) -> None:
        dialog.tags.setPlainText("family: soon")

        def dismiss(box: QMessageBox) -> None:
            seen.append(box.text())
            box.accept()
            on_modal(lambda again: again.reject())  # the dialog comes back; cancel it

        on_modal(dismiss)
        _save(dialog)

    on_modal(edit)
    window.preferences.cadence_action.trigger()
    assert seen and "line 1" in seen[0]
    assert window.services.cadence.defaults() == before


def test_synonyms_edited_then_undone(window, on_modal):
    before = help_synonyms.synonym_groups()

    def edit(dialog) -> None:
        dialog.editor.appendPlainText("gdpr, data protection")
        _save(dialog)

    on_modal(edit)
    window.preferences.synonyms_action.trigger()
    assert ["gdpr", "data protection"] in help_synonyms.synonym_groups()
    window.actions.undo.trigger()
    assert help_synonyms.synonym_groups() == before
