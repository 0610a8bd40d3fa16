<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Show &amp;Ask-for-Help Pane</source>
        <translation>Bereich „Um &amp;Hilfe bitten“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt …</translation>
    </message>
    <message>
        <source>Add someone to your posse</source>
        <translation>Jemanden zu Ihrem Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Den ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete Contact</source>
        <translation>Kontakt &amp;löschen</translation>
    </message>
    <message>
        <source>Move the selected contacts to the trash</source>
        <translation>Die ausgewählten Kontakte in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>&amp;Papierkorb leeren …</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search everyone</source>
        <translation>Alle durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>vCards &amp;importieren …</translation>
    </message>
    <message>
        <source>Import contacts from .vcf files</source>
        <translation>Kontakte aus .vcf-Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation>vCards &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export contacts as a .vcf file</source>
        <translation>Kontakte als .vcf-Datei exportieren</translation>
    </message>
    <message>
        <source>Explore a &amp;Sample Network…</source>
        <translation>&amp;Beispielnetzwerk erkunden …</translation>
    </message>
    <message>
        <source>&amp;About Posse</source>
        <translation>Ü&amp;ber Posse</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Backed up today&apos;s database (%1).</source>
        <translation>Die heutige Datenbank wurde gesichert (%1).</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Die heutige Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Posse found damage in its database</source>
        <translation>Posse hat Schäden in seiner Datenbank gefunden</translation>
    </message>
    <message>
        <source>Your data is still open. Restore the latest good backup from File &gt; Backups, or export everything there first.</source>
        <translation>Ihre Daten sind weiterhin geöffnet. Stellen Sie die letzte gute Sicherung über Datei &gt; Sicherungen wieder her, oder exportieren Sie dort zuerst alles.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>Back up, restore or export everything</source>
        <translation>Alles sichern, wiederherstellen oder exportieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Backed up: %1.</source>
        <translation>Gesichert: %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Die Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Replace everything in Posse with the backup of %1?

What is in Posse now is backed up first, so you can come back to it. Undo history is cleared.</source>
        <translation>Alles in Posse durch die Sicherung vom %1 ersetzen?

Was jetzt in Posse ist, wird zuerst gesichert, sodass Sie dorthin zurückkehren können. Der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup of %1. What was there is kept as the backup of %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Der vorherige Stand bleibt als Sicherung vom %2 erhalten.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Export everything to…</source>
        <translation>Alles exportieren nach …</translation>
    </message>
    <message>
        <source>Exported the database and all contacts to %1.</source>
        <translation>Die Datenbank und alle Kontakte wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported the database and %1 contacts to %2.</source>
        <translation>Die Datenbank und %1 Kontakte wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Alles wird exportiert …</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Von Ihnen erstellt</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Posse backs up your database on the first start of each day, and before every import, upgrade and restore. Each backup is checked after it is made.</source>
        <translation>Posse sichert Ihre Datenbank beim ersten Start jedes Tages sowie vor jedem Import, Update und jeder Wiederherstellung. Jede Sicherung wird nach dem Erstellen geprüft.</translation>
    </message>
    <message>
        <source>No backups yet. “Back Up Now” makes one.</source>
        <translation>Noch keine Sicherungen. „Jetzt sichern“ erstellt eine.</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Die letzten</translation>
    </message>
    <message>
        <source>daily backups and</source>
        <translation>täglichen Sicherungen behalten und</translation>
    </message>
    <message>
        <source>from before imports, upgrades and restores.</source>
        <translation>von vor Importen, Updates und Wiederherstellungen.</translation>
    </message>
    <message>
        <source>Backups you make yourself are kept until you delete them.</source>
        <translation>Sicherungen, die Sie selbst erstellen, bleiben erhalten, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Export Everything…</source>
        <translation>Alles exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
</context>
<context>
    <name>CadenceDefaultsDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standard</translation>
    </message>
    <message>
        <source>Keep-in-Touch Defaults</source>
        <translation>Standard-Kontaktrhythmus</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Alle anderen</translation>
    </message>
    <message>
        <source>Defaults by tag</source>
        <translation>Standards nach Schlagwort</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <source>A contact&apos;s own cadence wins; then the shortest of its roles&apos; and tags&apos; defaults.</source>
        <translation>Der eigene Rhythmus eines Kontakts hat Vorrang; sonst der kürzeste Standard seiner Rollen und Schlagwörter.</translation>
    </message>
    <message>
        <source>One tag per line: “family: 30”.</source>
        <translation>Ein Schlagwort pro Zeile: „Familie: 30“.</translation>
    </message>
    <message>
        <source>By tag, line %1: write “tag: days”, not “%2”</source>
        <translation>Nach Schlagwort, Zeile %1: Schreiben Sie „Schlagwort: Tage“, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go anywhere</source>
        <translation>Überallhin</translation>
    </message>
    <message>
        <source>Type a command or a name…</source>
        <translation>Befehl oder Namen eingeben …</translation>
    </message>
    <message>
        <source>Command or contact</source>
        <translation>Befehl oder Kontakt</translation>
    </message>
    <message>
        <source>Matching commands and contacts</source>
        <translation>Passende Befehle und Kontakte</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Move to trash?</source>
        <translation>In den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Move %1 to the trash? You can restore from the trash, or undo.</source>
        <translation>%1 in den Papierkorb verschieben? Sie können aus dem Papierkorb wiederherstellen oder rückgängig machen.</translation>
    </message>
    <message>
        <source>Trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <source>There is nothing in the trash.</source>
        <translation>Im Papierkorb liegt nichts.</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message>
        <source>Delete %1 contact(s) in the trash for good? This cannot be undone.</source>
        <translation>%1 Kontakt(e) im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Select someone on the left, or press Ctrl+N to add a contact.</source>
        <translation>Wählen Sie links jemanden aus, oder drücken Sie Strg+N, um einen Kontakt hinzuzufügen.</translation>
    </message>
    <message>
        <source>In the trash. Restore it to edit.</source>
        <translation>Im Papierkorb. Zum Bearbeiten wiederherstellen.</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Fachwissen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Posse</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto wählen …</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Anrede/Titel</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>e.g. Jr.</source>
        <translation>z. B. jun.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>leave empty to build it from the name</source>
        <translation>leer lassen, um ihn aus dem Namen zu bilden</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation>JJJJ-MM-TT oder --MM-TT</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Add website</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Add chat handle</source>
        <translation>Chat-Kennung hinzufügen</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>comma-separated, e.g. friends, acme</source>
        <translation>durch Kommas getrennt, z. B. Freunde, acme</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Fachwissen</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>keine Erinnerung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif)</translation>
    </message>
    <message>
        <source>Photo not used</source>
        <translation>Foto nicht übernommen</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or GIF image under 5 MB and 40 megapixels.</source>
        <translation>%1 ist kein JPEG-, PNG- oder GIF-Bild unter 5 MB und 40 Megapixeln.</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Geburtstag: %1</translation>
    </message>
    <message>
        <source>Anniversary: %1</source>
        <translation>Jahrestag: %1</translation>
    </message>
    <message>
        <source>Check this field</source>
        <translation>Bitte dieses Feld prüfen</translation>
    </message>
    <message>
        <source>Name needed</source>
        <translation>Name erforderlich</translation>
    </message>
    <message>
        <source>Give the contact a name, an organization, an email or a phone number.</source>
        <translation>Geben Sie dem Kontakt einen Namen, eine Organisation, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>ContactStanding</name>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>fading</source>
        <translation>schwindend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>close</source>
        <translation>eng</translation>
    </message>
    <message>
        <source>set by you to %1 (from interactions: %2)</source>
        <translation>von Ihnen auf %1 gesetzt (aus Kontakten: %2)</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
    <message>
        <source>1 interaction in the past year</source>
        <translation>1 Kontakt im letzten Jahr</translation>
    </message>
    <message>
        <source>%1 interactions in the past year</source>
        <translation>%1 Kontakte im letzten Jahr</translation>
    </message>
    <message>
        <source>no interactions in the past year</source>
        <translation>keine Kontakte im letzten Jahr</translation>
    </message>
    <message>
        <source>in depth: %1</source>
        <translation>intensiv: %1</translation>
    </message>
    <message>
        <source>only light touches (emails, messages, calls) this year</source>
        <translation>nur kurze Kontakte (E-Mails, Nachrichten, Anrufe) in diesem Jahr</translation>
    </message>
    <message>
        <source>no interactions logged yet</source>
        <translation>noch keine Kontakte protokolliert</translation>
    </message>
    <message>
        <source>Relationship strength %1 of 100</source>
        <translation>Beziehungsstärke %1 von 100</translation>
    </message>
    <message>
        <source>Right-click to set it yourself.</source>
        <translation>Rechtsklick, um sie selbst festzulegen.</translation>
    </message>
    <message>
        <source>Set Strength…</source>
        <translation>Stärke festlegen …</translation>
    </message>
    <message>
        <source>Use Computed Strength (%1)</source>
        <translation>Berechnete Stärke verwenden (%1)</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <source>Search everyone: name, org, email, phone, skill, tag…</source>
        <translation>Alle durchsuchen: Name, Firma, E-Mail, Telefon, Fähigkeit, Schlagwort …</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Show contacts or trash</source>
        <translation>Kontakte oder Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted contacts wait here until you empty it.</source>
        <translation>Der Papierkorb ist leer. Gelöschte Kontakte warten hier, bis Sie ihn leeren.</translation>
    </message>
    <message>
        <source>No one matches. Try fewer letters, a company, or a skill.</source>
        <translation>Niemand passt. Versuchen Sie weniger Buchstaben, eine Firma oder eine Fähigkeit.</translation>
    </message>
    <message>
        <source>Your posse starts here.

Bring in the contacts from your phone, add someone you know, or look around a sample network first.</source>
        <translation>Hier beginnt Ihr Netzwerk.

Holen Sie die Kontakte von Ihrem Telefon, fügen Sie jemanden hinzu, den Sie kennen, oder sehen Sie sich zuerst ein Beispielnetzwerk an.</translation>
    </message>
    <message>
        <source>1 person in the trash</source>
        <translation>1 Person im Papierkorb</translation>
    </message>
    <message>
        <source>%1 people in the trash</source>
        <translation>%1 Personen im Papierkorb</translation>
    </message>
    <message>
        <source>More than 1 person match</source>
        <translation>Mehr als 1 Person passt</translation>
    </message>
    <message>
        <source>More than %1 people match</source>
        <translation>Mehr als %1 Personen passen</translation>
    </message>
    <message>
        <source>1 person matches</source>
        <translation>1 Person passt</translation>
    </message>
    <message>
        <source>%1 people match</source>
        <translation>%1 Personen passen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>an expert who takes your calls</source>
        <translation>eine Expertin oder ein Experte, die Ihre Anrufe annehmen</translation>
    </message>
    <message>
        <source>recommends you</source>
        <translation>empfiehlt Sie weiter</translation>
    </message>
    <message>
        <source>the IT person you can call directly</source>
        <translation>die IT-Person, die Sie direkt anrufen können</translation>
    </message>
    <message>
        <source>influence; backs your proposals</source>
        <translation>Einfluss; unterstützt Ihre Vorschläge</translation>
    </message>
    <message>
        <source>tells you early what might affect you</source>
        <translation>sagt Ihnen früh, was Sie betreffen könnte</translation>
    </message>
    <message>
        <source>outside your organization</source>
        <translation>außerhalb Ihrer Organisation</translation>
    </message>
    <message>
        <source>a friend at another company</source>
        <translation>ein Freund in einem anderen Unternehmen</translation>
    </message>
    <message>
        <source>Posse coverage</source>
        <translation>Netzwerkabdeckung</translation>
    </message>
    <message>
        <source>Your posse fills %1 of %2 roles (your organization: %3). Double-click someone to open them.</source>
        <translation>Ihr Netzwerk besetzt %1 von %2 Rollen (Ihre Organisation: %3). Doppelklicken Sie auf jemanden, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Your posse fills %1 of %2 roles. Double-click someone to open them.</source>
        <translation>Ihr Netzwerk besetzt %1 von %2 Rollen. Doppelklicken Sie auf jemanden, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role / person</source>
        <translation>Rolle / Person</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Last talked</source>
        <translation>Zuletzt gesprochen</translation>
    </message>
    <message>
        <source>Gaps, and who could fill them</source>
        <translation>Lücken, und wer sie füllen könnte</translation>
    </message>
    <message>
        <source>Gap / person</source>
        <translation>Lücke / Person</translation>
    </message>
    <message>
        <source>no one obvious yet</source>
        <translation>noch niemand Naheliegendes</translation>
    </message>
    <message>
        <source>No gaps: every role is filled and alive.</source>
        <translation>Keine Lücken: Jede Rolle ist besetzt und lebendig.</translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <source>%1 faded</source>
        <translation>%1 verblasst</translation>
    </message>
    <message>
        <source>no %1 in %2</source>
        <translation>kein %1 in %2</translation>
    </message>
    <message>
        <source>no %1 at any other company</source>
        <translation>kein %1 bei einer anderen Firma</translation>
    </message>
    <message>
        <source>no %1 outside %2</source>
        <translation>kein %1 außerhalb von %2</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>%1 ran into a problem it did not expect. Your data is safe: every change is saved when you make it. You can keep working.</source>
        <translation>%1 ist auf ein unerwartetes Problem gestoßen. Ihre Daten sind sicher: Jede Änderung wird gespeichert, sobald Sie sie vornehmen. Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>The details are also in the log file:
%1</source>
        <translation>Die Details stehen auch in der Protokolldatei:
%1</translation>
    </message>
    <message>
        <source>The log file could not be written; copy the details below.</source>
        <translation>Die Protokolldatei konnte nicht geschrieben werden; kopieren Sie die Details unten.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>%1 (and more errors, see below)</source>
        <translation>%1 (und weitere Fehler, siehe unten)</translation>
    </message>
</context>
<context>
    <name>ExpertiseLevel</name>
    <message>
        <source>beginner</source>
        <translation>Anfänger</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
</context>
<context>
    <name>ExpertiseRow</name>
    <message>
        <source>Skill, e.g. kubernetes</source>
        <translation>Fähigkeit, z. B. Kubernetes</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation>Beleg (optional)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>There is no one to export yet.</source>
        <translation>Es gibt noch niemanden zu exportieren.</translation>
    </message>
    <message>
        <source>Posse contacts.vcf</source>
        <translation>Posse-Kontakte.vcf</translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>vCards exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Cancelled the export; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exported 1 contact to %1.</source>
        <translation>1 Kontakt nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 contacts to %2.</source>
        <translation>%1 Kontakte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Export nach %1 nicht möglich.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export vCards</source>
        <translation>vCards exportieren</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The selected contacts</source>
        <translation>Die ausgewählten Kontakte</translation>
    </message>
    <message>
        <source>Everyone the search “%1” finds</source>
        <translation>Alle, die die Suche „%1“ findet</translation>
    </message>
    <message>
        <source>%1 (1 person)</source>
        <translation>%1 (1 Person)</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 Personen)</translation>
    </message>
    <message>
        <source>vCard 3.0 — phones, Google, Apple, Outlook</source>
        <translation>vCard 3.0 – Telefone, Google, Apple, Outlook</translation>
    </message>
    <message>
        <source>vCard 4.0 — newer apps, CardDAV servers</source>
        <translation>vCard 4.0 – neuere Apps, CardDAV-Server</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Other apps read the file back as it is; what Posse adds (tags, expertise, relationships) is written as standard vCard properties.</source>
        <translation>Andere Apps lesen die Datei so, wie sie ist; was Posse hinzufügt (Schlagwörter, Fachwissen, Beziehungen), wird als Standard-vCard-Eigenschaften geschrieben.</translation>
    </message>
</context>
<context>
    <name>Favors</name>
    <message>
        <source>owes you one</source>
        <translation>schuldet Ihnen einen Gefallen</translation>
    </message>
    <message>
        <source>owes you %1</source>
        <translation>schuldet Ihnen %1 Gefallen</translation>
    </message>
    <message>
        <source>you owe them one</source>
        <translation>Sie schulden einen Gefallen</translation>
    </message>
    <message>
        <source>you owe them %1</source>
        <translation>Sie schulden %1 Gefallen</translation>
    </message>
</context>
<context>
    <name>HelpAnswerView</name>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>People who can help</source>
        <translation>Personen, die helfen können</translation>
    </message>
    <message>
        <source>Who can introduce you</source>
        <translation>Wer Sie vorstellen kann</translation>
    </message>
    <message>
        <source>Introduction paths</source>
        <translation>Wege zur Vorstellung</translation>
    </message>
    <message>
        <source>Save as tough project</source>
        <translation>Als schwieriges Projekt speichern</translation>
    </message>
    <message>
        <source>Keep this question with these people, then mark whom you asked and who helped</source>
        <translation>Diese Frage mit diesen Personen behalten und dann markieren, wen Sie gefragt haben und wer geholfen hat</translation>
    </message>
    <message>
        <source>thinking…</source>
        <translation>denkt nach …</translation>
    </message>
    <message>
        <source>Could not answer that: %1</source>
        <translation>Darauf gab es keine Antwort: %1</translation>
    </message>
    <message>
        <source>matched on: %1</source>
        <translation>gefunden über: %1</translation>
    </message>
    <message>
        <source>Describe the problem in a few words: a skill, a tool, a topic.</source>
        <translation>Beschreiben Sie das Problem in wenigen Worten: eine Fähigkeit, ein Werkzeug, ein Thema.</translation>
    </message>
    <message>
        <source>No one in your posse knows about that yet.</source>
        <translation>Noch niemand in Ihrem Netzwerk kennt sich damit aus.</translation>
    </message>
    <message>
        <source>Only people you have not spoken to in years know about this. Reconnect first, or ask for an introduction.</source>
        <translation>Nur Personen, mit denen Sie seit Jahren nicht gesprochen haben, kennen sich damit aus. Melden Sie sich zuerst wieder, oder bitten Sie um eine Vorstellung.</translation>
    </message>
    <message>
        <source>No one you know has this skill, but someone can introduce you:</source>
        <translation>Niemand, den Sie kennen, hat diese Fähigkeit, aber jemand kann Sie vorstellen:</translation>
    </message>
    <message>
        <source>1 person who can help, best first</source>
        <translation>1 Person, die helfen kann, die beste zuerst</translation>
    </message>
    <message>
        <source>%1 people who can help, best first</source>
        <translation>%1 Personen, die helfen können, die besten zuerst</translation>
    </message>
</context>
<context>
    <name>HelpCommands</name>
    <message>
        <source>Save tough project “%1”</source>
        <translation>Schwieriges Projekt „%1“ speichern</translation>
    </message>
    <message>
        <source>Asked %1</source>
        <translation>%1 gefragt</translation>
    </message>
    <message>
        <source>Helped: %1</source>
        <translation>Geholfen: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>%1 markieren</translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation>„%1“ schließen</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 bei %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>HelpContactView</name>
    <message>
        <source>Type a tough project above (“need someone who knows PCI compliance”) and Posse ranks who in your posse can help.</source>
        <translation>Geben Sie oben ein schwieriges Projekt ein („brauche jemanden, der sich mit PCI-Compliance auskennt“), und Posse ordnet, wer in Ihrem Netzwerk helfen kann.</translation>
    </message>
    <message>
        <source>%1 has no expertise recorded yet. Add skills in the editor (Ctrl+E).</source>
        <translation>Für %1 ist noch kein Fachwissen erfasst. Fügen Sie Fähigkeiten im Editor hinzu (Strg+E).</translation>
    </message>
    <message>
        <source>%1 can help with</source>
        <translation>%1 kann helfen bei</translation>
    </message>
    <message>
        <source>From your timeline</source>
        <translation>Aus Ihrer Zeitleiste</translation>
    </message>
    <message>
        <source>Add %1 to %2&apos;s expertise?</source>
        <translation>%1 zum Fachwissen von %2 hinzufügen?</translation>
    </message>
    <message>
        <source>You talked about it (%1 times): “%2”, %3</source>
        <translation>Sie haben darüber gesprochen (%1-mal): „%2“, %3</translation>
    </message>
    <message>
        <source>You talked about it: “%1”, %2</source>
        <translation>Sie haben darüber gesprochen: „%1“, %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Do not suggest this skill for them again</source>
        <translation>Diese Fähigkeit für diese Person nicht mehr vorschlagen</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>&amp;Ask for Help…</source>
        <translation>Um &amp;Hilfe bitten …</translation>
    </message>
    <message>
        <source>Who in your posse can help with a tough project?</source>
        <translation>Wer in Ihrem Netzwerk kann bei einem schwierigen Projekt helfen?</translation>
    </message>
    <message>
        <source>Ask for help (Ctrl+Shift+A)</source>
        <translation>Um Hilfe bitten (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Delete this tough project?</source>
        <translation>Dieses schwierige Projekt löschen?</translation>
    </message>
    <message>
        <source>Forget “{0}” and whom you asked? What was logged on their timelines stays. This cannot be undone; Close keeps it under Past instead.</source>
        <translation>„{0}“ und wen Sie gefragt haben vergessen? Was in deren Zeitleisten protokolliert wurde, bleibt. Das lässt sich nicht rückgängig machen; Schließen behält es stattdessen unter „Vergangen“.</translation>
    </message>
</context>
<context>
    <name>HelpCoverageView</name>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>faded · %1</source>
        <translation>verblasst · %1</translation>
    </message>
    <message>
        <source>%1 strong</source>
        <translation>%1 stark</translation>
    </message>
    <message>
        <source>Posse coverage</source>
        <translation>Netzwerkabdeckung</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <source>Who fills each role, and who could fill the gaps</source>
        <translation>Wer welche Rolle besetzt und wer die Lücken füllen könnte</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt …</translation>
    </message>
    <message>
        <source>%1 of %2 roles</source>
        <translation>%1 von %2 Rollen</translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation>Noch kein(e) %1</translation>
    </message>
    <message>
        <source> — maybe %1</source>
        <translation> – vielleicht %1</translation>
    </message>
    <message>
        <source>and %1 more gap(s) — see Details</source>
        <translation>und %1 weitere Lücke(n) – siehe Details</translation>
    </message>
    <message>
        <source>Every role is filled.</source>
        <translation>Jede Rolle ist besetzt.</translation>
    </message>
</context>
<context>
    <name>HelpMatchModel</name>
    <message>
        <source>in notes</source>
        <translation>in Notizen</translation>
    </message>
    <message>
        <source>talked about</source>
        <translation>besprochen</translation>
    </message>
    <message>
        <source>never spoken to</source>
        <translation>nie gesprochen</translation>
    </message>
    <message>
        <source>not spoken to in %1</source>
        <translation>seit %1 nicht gesprochen</translation>
    </message>
</context>
<context>
    <name>HelpPane</name>
    <message>
        <source>Ask for help</source>
        <translation>Um Hilfe bitten</translation>
    </message>
    <message>
        <source>what is the tough project?</source>
        <translation>Was ist das schwierige Projekt?</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>Wer helfen kann</translation>
    </message>
    <message>
        <source>Tough projects</source>
        <translation>Schwierige Projekte</translation>
    </message>
    <message>
        <source>Tough projects (%1)</source>
        <translation>Schwierige Projekte (%1)</translation>
    </message>
    <message>
        <source>could not count</source>
        <translation>Zählen nicht möglich</translation>
    </message>
</context>
<context>
    <name>HelpRequestsView</name>
    <message>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>gefragt</translation>
    </message>
    <message>
        <source>helped</source>
        <translation>hat geholfen</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>MMM dd</source>
        <comment>date format</comment>
        <translation>dd. MMM</translation>
    </message>
    <message>
        <source> · thanked</source>
        <translation> · bedankt</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen am %1</translation>
    </message>
    <message>
        <source>No tough projects yet. Ask a question above, then “Save as tough project” to keep track of whom you asked and who helped.</source>
        <translation>Noch keine schwierigen Projekte. Stellen Sie oben eine Frage und wählen Sie dann „Als schwieriges Projekt speichern“, um festzuhalten, wen Sie gefragt haben und wer geholfen hat.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>They were asked (logs it on their timeline)</source>
        <translation>Die Person wurde gefragt (wird in ihrer Zeitleiste protokolliert)</translation>
    </message>
    <message>
        <source>Helped…</source>
        <translation>Geholfen …</translation>
    </message>
    <message>
        <source>They helped (logs a favor received)</source>
        <translation>Die Person hat geholfen (protokolliert einen erhaltenen Gefallen)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>They could not help</source>
        <translation>Die Person konnte nicht helfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Done with this project; keeps it under Past</source>
        <translation>Mit diesem Projekt fertig; es bleibt unter „Vergangen“</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Forget this project (the timeline keeps what was logged)</source>
        <translation>Dieses Projekt vergessen (die Zeitleiste behält, was protokolliert wurde)</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Offen (%1)</translation>
    </message>
    <message>
        <source>Past (%1)</source>
        <translation>Vergangen (%1)</translation>
    </message>
    <message>
        <source>%1
saved %2</source>
        <translation>%1
gespeichert am %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>HelpedDialog</name>
    <message>
        <source>%1 helped</source>
        <translation>%1 hat geholfen</translation>
    </message>
    <message>
        <source>%1 helped with “%2”.</source>
        <translation>%1 hat bei „%2“ geholfen.</translation>
    </message>
    <message>
        <source>Logged as a favor received on their timeline.</source>
        <translation>In der Zeitleiste der Person als erhaltener Gefallen protokolliert.</translation>
    </message>
    <message>
        <source>e.g. reviewed our PCI scope in an hour</source>
        <translation>z. B. hat unseren PCI-Umfang in einer Stunde geprüft</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>Remind me to thank them on</source>
        <translation>Mich erinnern, mich zu bedanken am</translation>
    </message>
    <message>
        <source>Log help</source>
        <translation>Hilfe protokollieren</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Redo of the %1 changed nothing.</source>
        <translation>Das Wiederholen von „%1“ hat nichts geändert.</translation>
    </message>
    <message>
        <source>Redid the %1: %2 added, %3 updated.</source>
        <translation>%1 wiederholt: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>The %1 could not be undone here (see File &gt; Recent Imports).</source>
        <translation>%1 ließ sich hier nicht rückgängig machen (siehe Datei &gt; Letzte Importe).</translation>
    </message>
    <message>
        <source>Undid the %1.</source>
        <translation>%1 rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ImportExportController</name>
    <message>
        <source>Import vCards</source>
        <translation>vCards importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Importing vCards</source>
        <translation>vCards werden importiert</translation>
    </message>
    <message>
        <source>Matching %1 of %2 cards</source>
        <translation>%1 von %2 Karten abgeglichen</translation>
    </message>
    <message>
        <source>Saving %1 of %2 cards</source>
        <translation>%1 von %2 Karten gespeichert</translation>
    </message>
    <message>
        <source>Cancelled the %1; nothing was changed.</source>
        <translation>%1 abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>Der Import ist fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Redo failed.</source>
        <translation>Wiederholen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Import wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Undo failed; nothing was changed.</source>
        <translation>Rückgängig machen fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This card was imported; its contact is selected in the main window.</source>
        <translation>Diese Karte wurde importiert; ihr Kontakt ist im Hauptfenster ausgewählt.</translation>
    </message>
    <message>
        <source>This card is not in Posse. Its text in the file:</source>
        <translation>Diese Karte ist nicht in Posse. Ihr Text in der Datei:</translation>
    </message>
    <message>
        <source>This problem concerns the file around this line:</source>
        <translation>Dieses Problem betrifft die Datei rund um diese Zeile:</translation>
    </message>
    <message>
        <source>That import was already undone.</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>An import is running; try again when it is done.</source>
        <translation>Ein Import läuft; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Undo the %1? This removes the %2 contacts it added and puts back the %3 it changed as they were.

Undo history is cleared, because later steps may refer to those contacts.</source>
        <translation>%1 rückgängig machen? Das entfernt die %2 hinzugefügten Kontakte und stellt die %3 geänderten wieder so her, wie sie waren.

Der Rückgängig-Verlauf wird gelöscht, weil spätere Schritte sich auf diese Kontakte beziehen können.</translation>
    </message>
    <message>
        <source>Undo this import?</source>
        <translation>Diesen Import rückgängig machen?</translation>
    </message>
    <message>
        <source>The %1 could not be undone.</source>
        <translation>%1 ließ sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Undid the %1.</source>
        <translation>%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 to review</source>
        <translation>%1 zu prüfen</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>Finished the %1: %2.</source>
        <translation>%1 abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>Finished the %1: %2. Undo with Ctrl+Z.</source>
        <translation>%1 abgeschlossen: %2. Rückgängig mit Strg+Z.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What Posse did</source>
        <translation>Was Posse getan hat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Text of the card in the file</source>
        <translation>Text der Karte in der Datei</translation>
    </message>
    <message>
        <source>Click a problem to see its card as the file has it.</source>
        <translation>Klicken Sie auf ein Problem, um dessen Karte so zu sehen, wie sie in der Datei steht.</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Vielleicht dieselbe Person wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Show Imported</source>
        <translation>Importierten anzeigen</translation>
    </message>
    <message>
        <source>Show Existing</source>
        <translation>Vorhandenen anzeigen</translation>
    </message>
    <message>
        <source>These cards were added as new contacts, but they may be people you already have. Look at both; merge or delete by hand if they are the same.</source>
        <translation>Diese Karten wurden als neue Kontakte hinzugefügt, könnten aber Personen sein, die Sie schon haben. Sehen Sie sich beide an; führen Sie sie zusammen oder löschen Sie von Hand, wenn es dieselben sind.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Needs review (%1)</source>
        <translation>Zu prüfen (%1)</translation>
    </message>
    <message>
        <source>Only the first %1 rows are listed; `posse-cli import --json` lists all.</source>
        <translation>Nur die ersten %1 Zeilen sind aufgeführt; `posse-cli import --json` listet alle auf.</translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 Karte</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 Karten</translation>
    </message>
    <message>
        <source>Imported %1 files: %2 read</source>
        <translation>%1 Dateien importiert: %2 gelesen</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: %2 gelesen</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>coffee / meal</source>
        <translation>Kaffee / Essen</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>favor given</source>
        <translation>Gefallen getan</translation>
    </message>
    <message>
        <source>favor received</source>
        <translation>Gefallen erhalten</translation>
    </message>
    <message>
        <source>introduction made</source>
        <translation>Vorstellung vermittelt</translation>
    </message>
    <message>
        <source>introduction received</source>
        <translation>Vorstellung erhalten</translation>
    </message>
    <message>
        <source>asked for help</source>
        <translation>um Hilfe gebeten</translation>
    </message>
    <message>
        <source>got help</source>
        <translation>Hilfe bekommen</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Edit interaction</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt protokollieren</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>One line: what it was about</source>
        <translation>Eine Zeile: worum es ging</translation>
    </message>
    <message>
        <source>Optional: notes, what you promised, what they need</source>
        <translation>Optional: Notizen, was Sie versprochen haben, was die Person braucht</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Return saves</source>
        <translation>Eingabe oder Strg+Eingabe speichert</translation>
    </message>
    <message>
        <source>Add at least one person (type a name above).</source>
        <translation>Fügen Sie mindestens eine Person hinzu (geben Sie oben einen Namen ein).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Select someone on the left, or press Ctrl+N to add a contact.</source>
        <translation>Wählen Sie links jemanden aus, oder drücken Sie Strg+N, um einen Kontakt hinzuzufügen.</translation>
    </message>
    <message>
        <source>No one here yet. Import your phone&apos;s contacts (Ctrl+I), add someone (Ctrl+N), or explore a sample network from the File menu.</source>
        <translation>Noch niemand hier. Importieren Sie die Kontakte Ihres Telefons (Strg+I), fügen Sie jemanden hinzu (Strg+N) oder erkunden Sie ein Beispielnetzwerk über das Menü „Datei“.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1: who knows what, who helped whom, and who is going cold.</source>
        <translation>%1: wer was weiß, wer wem geholfen hat und wer aus den Augen gerät.</translation>
    </message>
</context>
<context>
    <name>PaletteController</name>
    <message>
        <source>&amp;Go Anywhere…</source>
        <translation>&amp;Gehe zu …</translation>
    </message>
    <message>
        <source>Find any command or person by typing</source>
        <translation>Jeden Befehl und jede Person durch Tippen finden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Alle Befehle und ihre Tasten</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add someone: name, org or email…</source>
        <translation>Jemanden hinzufügen: Name, Firma oder E-Mail …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>Keep-in-Touch &amp;Defaults…</source>
        <translation>Standard-&amp;Kontaktrhythmus…</translation>
    </message>
    <message>
        <source>S&amp;ynonyms for Ask for Help…</source>
        <translation>S&amp;ynonyme für „Um Hilfe bitten“…</translation>
    </message>
    <message>
        <source>Check this line</source>
        <translation>Diese Zeile prüfen</translation>
    </message>
    <message>
        <source>Change keep-in-touch defaults</source>
        <translation>Standard-Kontaktrhythmus ändern</translation>
    </message>
    <message>
        <source>Change synonyms</source>
        <translation>Synonyme ändern</translation>
    </message>
</context>
<context>
    <name>RecentImportsMenu</name>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 added, %2 updated</source>
        <translation>%1 hinzugefügt, %2 aktualisiert</translation>
    </message>
    <message>
        <source> · undone</source>
        <translation> · rückgängig gemacht</translation>
    </message>
    <message>
        <source>Recent &amp;Imports</source>
        <translation>Letzte &amp;Importe</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <source>Choose an import to undo it:</source>
        <translation>Wählen Sie einen Import, um ihn rückgängig zu machen:</translation>
    </message>
</context>
<context>
    <name>ReconnectList</name>
    <message>
        <source>for 1 week</source>
        <translation>für 1 Woche</translation>
    </message>
    <message>
        <source>for 2 weeks</source>
        <translation>für 2 Wochen</translation>
    </message>
    <message>
        <source>for 1 month</source>
        <translation>für 1 Monat</translation>
    </message>
    <message>
        <source>for 3 months</source>
        <translation>für 3 Monate</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>alle %1 Jahre</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>alle %1 Wochen</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>set for them</source>
        <translation>für diese Person festgelegt</translation>
    </message>
    <message>
        <source>%1 default</source>
        <translation>Standard für %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <source>No one is overdue. Set how often to keep in touch with someone from the menu of any row here, or give people roles (mentors every 2 months…).</source>
        <translation>Niemand ist überfällig. Legen Sie im Menü einer Zeile hier fest, wie oft Sie mit jemandem in Kontakt bleiben möchten, oder geben Sie Personen Rollen (Mentoren alle 2 Monate …).</translation>
    </message>
    <message>
        <source>Use the role and tag defaults</source>
        <translation>Standards der Rollen und Schlagwörter verwenden</translation>
    </message>
    <message>
        <source>Never remind me</source>
        <translation>Nie erinnern</translation>
    </message>
</context>
<context>
    <name>ReconnectRow</name>
    <message>
        <source>last contact %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <source>Log…</source>
        <translation>Protokollieren …</translation>
    </message>
    <message>
        <source>Log an interaction with %1</source>
        <translation>Einen Kontakt mit %1 protokollieren</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>lead source</source>
        <translation>Empfehlungsgeber</translation>
    </message>
    <message>
        <source>fixer</source>
        <translation>Problemlöser</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>radar</source>
        <translation>Frühwarner</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>door opener</source>
        <translation>Türöffner</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <source>You are exploring a sample network. These people are made up; nothing you do here touches your own contacts.</source>
        <translation>Sie erkunden ein Beispielnetzwerk. Diese Personen sind erfunden; nichts, was Sie hier tun, berührt Ihre eigenen Kontakte.</translation>
    </message>
    <message>
        <source>Back to My Posse</source>
        <translation>Zurück zu meinem Netzwerk</translation>
    </message>
    <message>
        <source>Back to my posse</source>
        <translation>Zurück zu meinem Netzwerk</translation>
    </message>
</context>
<context>
    <name>SampleController</name>
    <message>
        <source>&amp;Back to My Posse</source>
        <translation>&amp;Zurück zu meinem Netzwerk</translation>
    </message>
    <message>
        <source>Leave the sample network and open your own contacts</source>
        <translation>Das Beispielnetzwerk verlassen und Ihre eigenen Kontakte öffnen</translation>
    </message>
    <message>
        <source>Building a sample network…</source>
        <translation>Beispielnetzwerk wird erstellt …</translation>
    </message>
    <message>
        <source>No sample network</source>
        <translation>Kein Beispielnetzwerk</translation>
    </message>
    <message>
        <source>It could not be built: %1</source>
        <translation>Es konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>The database is from a newer Posse</source>
        <translation>Die Datenbank stammt von einer neueren Posse-Version</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Die Datenbank wird gerade verwendet</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Der Datenordner kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Die Datenbank fehlt</translation>
    </message>
    <message>
        <source>Posse databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Posse-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Restore the Backup of %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the Latest Backup</source>
        <translation>Letzte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen …</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Start With an Empty Database</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 cannot open its database</source>
        <translation>%1 kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Latest good backup: %1</source>
        <translation>Letzte gute Sicherung: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open a Posse database</source>
        <translation>Eine Posse-Datenbank öffnen</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot start a new database</source>
        <translation>Eine neue Datenbank kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>StorageGuard</name>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>fading</source>
        <translation>schwindend</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Relationship strength %1 of 100</source>
        <translation>Beziehungsstärke %1 von 100</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Synonyms for Ask for Help</source>
        <translation>Synonyme für „Um Hilfe bitten“</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Synonymgruppen</translation>
    </message>
    <message>
        <source>One group per line, comma-separated: “k8s, kubernetes”.</source>
        <translation>Eine Gruppe pro Zeile, durch Kommas getrennt: „k8s, kubernetes“.</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>1 week ago</source>
        <translation>vor 1 Woche</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1 weeks ago</source>
        <translation>vor %1 Wochen</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>vor %1 Monaten</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>vor %1 Jahren</translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>not spoken to in …</comment>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <comment>not spoken to in …</comment>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>1 month</source>
        <comment>not spoken to in …</comment>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>1 year</source>
        <comment>not spoken to in …</comment>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>not spoken to in …</comment>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <comment>not spoken to in …</comment>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 months</source>
        <comment>not spoken to in …</comment>
        <translation>%1 Monaten</translation>
    </message>
    <message>
        <source>%1 years</source>
        <comment>not spoken to in …</comment>
        <translation>%1 Jahren</translation>
    </message>
</context>
<context>
    <name>TimelineCommands</name>
    <message>
        <source>Log %1</source>
        <translation>%1 protokollieren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 interactions</source>
        <translation>%1 Einträge löschen</translation>
    </message>
    <message>
        <source>Mark follow-up done</source>
        <translation>Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Wiedervorlage wieder öffnen</translation>
    </message>
</context>
<context>
    <name>TimelineController</name>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Kontakt &amp;protokollieren …</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokollieren</translation>
    </message>
    <message>
        <source>Log a call, coffee, favor… with the selected contact (Ctrl+L)</source>
        <translation>Einen Anruf, Kaffee, Gefallen … mit dem ausgewählten Kontakt protokollieren (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Edit Interaction…</source>
        <translation>Eintrag &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete Interaction</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Follow-up &amp;Done</source>
        <translation>Wiedervorlage &amp;erledigt</translation>
    </message>
    <message>
        <source>Logged %1. Ctrl+Z undoes it.</source>
        <translation>%1 protokolliert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Deleted %1 interaction(s). Ctrl+Z brings them back.</source>
        <translation>%1 Eintrag/Einträge gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>%1 zurückstellen</translation>
    </message>
    <message>
        <source>%1 is snoozed until %2.</source>
        <translation>%1 ist zurückgestellt bis %2.</translation>
    </message>
    <message>
        <source>Keep in touch with %1</source>
        <translation>Mit %1 in Kontakt bleiben</translation>
    </message>
    <message>
        <source>Set strength of %1</source>
        <translation>Stärke für %1 festlegen</translation>
    </message>
    <message>
        <source>Set strength</source>
        <translation>Stärke festlegen</translation>
    </message>
    <message>
        <source>How strong is this relationship (0-100)?
Your value replaces the computed one.</source>
        <translation>Wie stark ist diese Beziehung (0–100)?
Ihr Wert ersetzt den berechneten.</translation>
    </message>
    <message>
        <source>last contacted %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>follow-up overdue since %1</source>
        <translation>Wiedervorlage überfällig seit %1</translation>
    </message>
    <message>
        <source>follow up today</source>
        <translation>Wiedervorlage heute</translation>
    </message>
    <message>
        <source>follow up tomorrow</source>
        <translation>Wiedervorlage morgen</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>Wiedervorlage %1</translation>
    </message>
    <message>
        <source>(no one)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(ohne Zusammenfassung)</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Selected person</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Nach Wörtern filtern …</translation>
    </message>
    <message>
        <source>Filter the timeline by words</source>
        <translation>Die Zeitleiste nach Wörtern filtern</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Wieder melden</translation>
    </message>
    <message>
        <source>Only your history with %1</source>
        <translation>Nur Ihr Verlauf mit %1</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Nichts passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Nothing logged with %1 yet.

Press Ctrl+L to log a call, a coffee or a favor.</source>
        <translation>Mit %1 ist noch nichts protokolliert.

Drücken Sie Strg+L, um einen Anruf, einen Kaffee oder einen Gefallen zu protokollieren.</translation>
    </message>
    <message>
        <source>Your timeline is empty.

Press Ctrl+L to log your first interaction.</source>
        <translation>Ihre Zeitleiste ist leer.

Drücken Sie Strg+L, um Ihren ersten Kontakt zu protokollieren.</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Wieder melden %1</translation>
    </message>
    <message>
        <source>%1 logged with %2</source>
        <translation>%1 Einträge mit %2</translation>
    </message>
    <message>
        <source>%1 logged in your whole network</source>
        <translation>%1 Einträge in Ihrem ganzen Netzwerk</translation>
    </message>
</context>
<context>
    <name>TypedValueRow</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>UpcomingStrip</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>%1&apos;s birthday %2</source>
        <translation>Geburtstag von %1 %2</translation>
    </message>
    <message>
        <source>%1&apos;s anniversary %2</source>
        <translation>Jahrestag von %1 %2</translation>
    </message>
    <message>
        <source>1 follow-up overdue</source>
        <translation>1 Wiedervorlage überfällig</translation>
    </message>
    <message>
        <source>%1 follow-ups overdue</source>
        <translation>%1 Wiedervorlagen überfällig</translation>
    </message>
    <message>
        <source>%1 more dates</source>
        <translation>%1 weitere Termine</translation>
    </message>
    <message>
        <source>1 follow-up due soon</source>
        <translation>1 Wiedervorlage bald fällig</translation>
    </message>
    <message>
        <source>%1 follow-ups due soon</source>
        <translation>%1 Wiedervorlagen bald fällig</translation>
    </message>
    <message>
        <source>%1 to reconnect with</source>
        <translation>bei %1 Personen wieder melden</translation>
    </message>
    <message>
        <source>overdue %1 d</source>
        <translation>%1 T. überfällig</translation>
    </message>
    <message>
        <source>Follow up (%1): %2 — %3</source>
        <translation>Wiedervorlage (%1): %2 – %3</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Nothing in the next %1 days. A good week to reach out.</source>
        <translation>Nichts in den nächsten %1 Tagen. Eine gute Woche, um sich zu melden.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Updating your address book for this version of Posse.
A safety copy is taken first. This happens once and can take a minute for a large address book.</source>
        <translation>Ihr Adressbuch wird für diese Version von Posse aktualisiert.
Zuerst wird eine Sicherheitskopie angelegt. Das geschieht nur einmal und kann bei einem großen Adressbuch eine Minute dauern.</translation>
    </message>
</context>
<context>
    <name>VcardDragSource</name>
    <message>
        <source>%1 contacts.vcf</source>
        <translation>%1 Kontakte.vcf</translation>
    </message>
</context>
<context>
    <name>VcardFiles</name>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>VcardProblem</name>
    <message>
        <source>line longer than %1 characters</source>
        <translation>Zeile länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>comment line</source>
        <translation>Kommentarzeile</translation>
    </message>
    <message>
        <source>line is not a property (no name or no &apos;:&apos;)</source>
        <translation>Zeile ist keine Eigenschaft (kein Name oder kein „:“)</translation>
    </message>
    <message>
        <source>%1 value continues on an unfolded line</source>
        <translation>Wert von %1 geht in einer nicht umbrochenen Zeile weiter</translation>
    </message>
    <message>
        <source>%1 line(s) outside any BEGIN:VCARD/END:VCARD ignored</source>
        <translation>%1 Zeile(n) außerhalb von BEGIN:VCARD/END:VCARD übergangen</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is %1 MB; vCard files over %2 MB are not read</source>
        <translation>Datei ist %1 MB groß; vCard-Dateien über %2 MB werden nicht gelesen</translation>
    </message>
    <message>
        <source>reader failed: %1: %2</source>
        <translation>Lesen fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>no BEGIN:VCARD found</source>
        <translation>kein BEGIN:VCARD gefunden</translation>
    </message>
    <message>
        <source>file has bytes that are not valid %1; replaced</source>
        <translation>Datei enthält Bytes, die kein gültiges %1 sind; ersetzt</translation>
    </message>
    <message>
        <source>card could not be read (%1: %2)</source>
        <translation>Karte konnte nicht gelesen werden (%1: %2)</translation>
    </message>
    <message>
        <source>card is larger than %1 MB</source>
        <translation>Karte ist größer als %1 MB</translation>
    </message>
    <message>
        <source>card has no END:VCARD; read up to line %1</source>
        <translation>Karte hat kein END:VCARD; bis Zeile %1 gelesen</translation>
    </message>
    <message>
        <source>card begins inside another card (nested, or that one has no END:VCARD); read on its own</source>
        <translation>Karte beginnt in einer anderen Karte (verschachtelt, oder jener fehlt END:VCARD); einzeln gelesen</translation>
    </message>
    <message>
        <source>card has no VERSION; read as vCard 2.1/3.0</source>
        <translation>Karte hat keine VERSION; als vCard 2.1/3.0 gelesen</translation>
    </message>
    <message>
        <source>%1 could not be read (%2)</source>
        <translation>%1 konnte nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>birthday %1 is not a date Posse understands</source>
        <translation>Geburtstag %1 ist kein Datum, das Posse versteht</translation>
    </message>
    <message>
        <source>anniversary %1 is not a date Posse understands</source>
        <translation>Jahrestag %1 ist kein Datum, das Posse versteht</translation>
    </message>
    <message>
        <source>expertise level %1 unknown; read as average</source>
        <translation>Fachkenntnis-Stufe %1 unbekannt; als mittel gelesen</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>unbekannte Rolle %1</translation>
    </message>
    <message>
        <source>unknown charset %1; text read as UTF-8 or Windows-1252</source>
        <translation>unbekannter Zeichensatz %1; Text als UTF-8 oder Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>unknown charset %1; read as %2</source>
        <translation>unbekannter Zeichensatz %1; als %2 gelesen</translation>
    </message>
    <message>
        <source>text is not valid %1; read as %2</source>
        <translation>Text ist kein gültiges %1; als %2 gelesen</translation>
    </message>
    <message>
        <source>text is not valid %1; broken bytes replaced</source>
        <translation>Text ist kein gültiges %1; fehlerhafte Bytes ersetzt</translation>
    </message>
    <message>
        <source>text is not UTF-8 and names no charset; read as %1</source>
        <translation>Text ist kein UTF-8 und nennt keinen Zeichensatz; als %1 gelesen</translation>
    </message>
    <message>
        <source>photo data URI is not base64</source>
        <translation>Foto-Daten-URI ist nicht Base64</translation>
    </message>
    <message>
        <source>photo is a link; Posse never fetches photos</source>
        <translation>Foto ist ein Link; Posse lädt nie Fotos herunter</translation>
    </message>
    <message>
        <source>photo larger than %1 MB</source>
        <translation>Foto größer als %1 MB</translation>
    </message>
    <message>
        <source>photo is not valid base64 (%1)</source>
        <translation>Foto ist kein gültiges Base64 (%1)</translation>
    </message>
    <message>
        <source>photo is not JPEG, PNG or GIF</source>
        <translation>Foto ist weder JPEG noch PNG noch GIF</translation>
    </message>
    <message>
        <source>photo has no size in its header</source>
        <translation>Foto hat keine Größe im Dateikopf</translation>
    </message>
    <message>
        <source>photo is %1x%2 pixels, more than %3 MP</source>
        <translation>Foto hat %1×%2 Pixel, mehr als %3 MP</translation>
    </message>
    <message>
        <source>PNG photo is truncated</source>
        <translation>PNG-Foto ist abgeschnitten</translation>
    </message>
    <message>
        <source>GIF photo is truncated</source>
        <translation>GIF-Foto ist abgeschnitten</translation>
    </message>
    <message>
        <source>JPEG photo is corrupt</source>
        <translation>JPEG-Foto ist beschädigt</translation>
    </message>
    <message>
        <source>JPEG photo has too many segments</source>
        <translation>JPEG-Foto hat zu viele Segmente</translation>
    </message>
    <message>
        <source>JPEG photo is truncated</source>
        <translation>JPEG-Foto ist abgeschnitten</translation>
    </message>
    <message>
        <source>no safety copy taken: %1</source>
        <translation>keine Sicherheitskopie angelegt: %1</translation>
    </message>
    <message>
        <source>appears twice in this import</source>
        <translation>kommt in diesem Import zweimal vor</translation>
    </message>
    <message>
        <source>shares email with %1 contact(s)</source>
        <translation>gleiche E-Mail-Adresse wie %1 Kontakt(e)</translation>
    </message>
    <message>
        <source>shares email with %1 contact(s) of another name</source>
        <translation>gleiche E-Mail-Adresse wie %1 Kontakt(e) mit anderem Namen</translation>
    </message>
    <message>
        <source>shares phone with %1 contact(s)</source>
        <translation>gleiche Telefonnummer wie %1 Kontakt(e)</translation>
    </message>
    <message>
        <source>shares phone with %1 contact(s) of another name</source>
        <translation>gleiche Telefonnummer wie %1 Kontakt(e) mit anderem Namen</translation>
    </message>
    <message>
        <source>same name, different email or phone</source>
        <translation>gleicher Name, andere E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>skipped card</source>
        <translation>Karte übersprungen</translation>
    </message>
    <message>
        <source>skipped line</source>
        <translation>Zeile übersprungen</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>kept raw</source>
        <translation>unverändert behalten</translation>
    </message>
    <message>
        <source>dropped value</source>
        <translation>Wert verworfen</translation>
    </message>
    <message>
        <source>dropped photo</source>
        <translation>Foto verworfen</translation>
    </message>
    <message>
        <source>refused file</source>
        <translation>Datei abgelehnt</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>WindowSession</name>
    <message>
        <source> — Sample network</source>
        <translation> – Beispielnetzwerk</translation>
    </message>
    <message>
        <source>Cannot open that database</source>
        <translation>Diese Datenbank lässt sich nicht öffnen</translation>
    </message>
</context>
</TS>
