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
    <name>CadenceDefaultsDialog</name>
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
    <name>TimelinePane</name>
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
