<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActorText</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>The tool</source>
        <translation>Das Tool</translation>
    </message>
    <message>
        <source>Kombo</source>
        <translation>Kombo</translation>
    </message>
    <message>
        <source>The customer: reconnect the integration with valid credentials.</source>
        <translation>Der Kunde: die Integration mit gültigen Zugangsdaten neu verbinden.</translation>
    </message>
    <message>
        <source>You: set the integration active again in Kombo&apos;s dashboard.</source>
        <translation>Sie: die Integration im Kombo-Dashboard wieder aktiv setzen.</translation>
    </message>
    <message>
        <source>You: reactivate the integration in Kombo&apos;s dashboard so that it syncs again.</source>
        <translation>Sie: die Integration im Kombo-Dashboard reaktivieren, damit sie wieder synchronisiert.</translation>
    </message>
    <message>
        <source>You: check the ID in the requirements; this integration has no such model, action or field.</source>
        <translation>Sie: die ID in den Anforderungen prüfen; diese Integration hat kein solches Lesemodell, keine solche Schreibaktion und kein solches Feld.</translation>
    </message>
    <message>
        <source>The tool: only %1 can add it; ask its vendor.</source>
        <translation>Das Tool: nur %1 kann es ergänzen; fragen Sie den Hersteller.</translation>
    </message>
    <message>
        <source>Kombo: ask Kombo to implement it.</source>
        <translation>Kombo: bitten Sie Kombo, es zu implementieren.</translation>
    </message>
    <message>
        <source>Kombo: ask Kombo whether %1 offers it.</source>
        <translation>Kombo: fragen Sie Kombo, ob %1 es anbietet.</translation>
    </message>
    <message>
        <source>You: update Kombo Coverage, which does not know this coverage status.</source>
        <translation>Sie: Kombo Coverage aktualisieren; diese Version kennt den Abdeckungsstatus nicht.</translation>
    </message>
    <message>
        <source>You: enable it in your scope config in Kombo&apos;s dashboard.</source>
        <translation>Sie: in Ihrer Scope-Konfiguration im Kombo-Dashboard aktivieren.</translation>
    </message>
    <message>
        <source>The customer: ask them to share it in the connection flow.</source>
        <translation>Der Kunde: bitten Sie ihn, es im Verbindungsablauf freizugeben.</translation>
    </message>
    <message>
        <source>Kombo: the API gives no reason; ask Kombo&apos;s support.</source>
        <translation>Kombo: die API nennt keinen Grund; fragen Sie den Kombo-Support.</translation>
    </message>
    <message>
        <source>Its model or action must be available first.</source>
        <translation>Zuerst muss sein Lesemodell bzw. seine Schreibaktion verfügbar sein.</translation>
    </message>
</context>
<context>
    <name>ChangeStyle</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>%1 %2 (unrecognised)</source>
        <translation>%1 %2 (nicht erkannt)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>%1 (unrecognised)</source>
        <translation>%1 (nicht erkannt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Available: supported, enabled and not opted out.</source>
        <translation>Verfügbar: unterstützt, aktiviert und nicht abgewählt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The setting of the datapoint in the scope config that you configured in the Kombo dashboard.</source>
        <translation>Die Einstellung des Datenpunkts in der Scope-Konfiguration, die Sie im Kombo-Dashboard festgelegt haben.</translation>
    </message>
    <message>
        <source>Action fields can&apos;t be configured in the scope config.</source>
        <translation>Aktionsfelder lassen sich nicht in der Scope-Konfiguration einstellen.</translation>
    </message>
    <message>
        <source>Whether the datapoint is opted out by your customer in the connection flow.</source>
        <translation>Ob Ihr Kunde den Datenpunkt beim Verbinden abgewählt hat.</translation>
    </message>
    <message>
        <source>Action fields can&apos;t be opted out by your customer.</source>
        <translation>Aktionsfelder können von Ihrem Kunden nicht abgewählt werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Scope setting</source>
        <translation>Scope-Einstellung</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgewählt</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, and met.</source>
        <translation>Erforderlich und erfüllt.</translation>
    </message>
    <message>
        <source>Required, not met.</source>
        <translation>Erforderlich, nicht erfüllt.</translation>
    </message>
    <message>
        <source>Optional, and met.</source>
        <translation>Optional und erfüllt.</translation>
    </message>
    <message>
        <source>Optional, not met.</source>
        <translation>Optional, nicht erfüllt.</translation>
    </message>
    <message>
        <source>Not needed by the requirements.</source>
        <translation>Von den Anforderungen nicht benötigt.</translation>
    </message>
    <message>
        <source>Click to mark it required, optional or not needed in turn, or choose in the context menu.</source>
        <translation>Klicken, um es der Reihe nach als erforderlich, optional oder nicht benötigt zu markieren, oder im Kontextmenü wählen.</translation>
    </message>
</context>
<context>
    <name>CoverageStyle</name>
    <message>
        <source>Supported</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Nicht implementiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>The tool supports the datapoint and it can be used through Kombo.</source>
        <translation>Das Tool unterstützt den Datenpunkt, und er kann über Kombo genutzt werden.</translation>
    </message>
    <message>
        <source>The tool does not support the datapoint.</source>
        <translation>Das Tool unterstützt den Datenpunkt nicht.</translation>
    </message>
    <message>
        <source>The tool supports the datapoint but it was not integrated by Kombo for a given reason (see coverage grid).</source>
        <translation>Das Tool unterstützt den Datenpunkt, aber Kombo hat ihn aus einem bestimmten Grund nicht integriert (siehe Abdeckungsübersicht).</translation>
    </message>
    <message>
        <source>The datapoint is not integrated yet and Kombo has no information about its availability in the tool.</source>
        <translation>Der Datenpunkt ist noch nicht integriert, und Kombo hat keine Informationen darüber, ob er im Tool verfügbar ist.</translation>
    </message>
    <message>
        <source>A status this version of Kombo Coverage does not know yet.</source>
        <translation>Ein Status, den diese Version von Kombo Coverage noch nicht kennt.</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>keine Felder</translation>
    </message>
    <message>
        <source>%1 does not support it</source>
        <translation>von %1 nicht unterstützt</translation>
    </message>
    <message>
        <source>Kombo has not implemented it for %1</source>
        <translation>von Kombo für %1 nicht implementiert</translation>
    </message>
    <message>
        <source>Kombo does not know whether %1 has it</source>
        <translation>Kombo weiß nicht, ob %1 dies anbietet</translation>
    </message>
    <message>
        <source>its coverage status %1 is not one this version knows</source>
        <translation>der Abdeckungsstatus %1 ist dieser Version unbekannt</translation>
    </message>
    <message>
        <source>it is disabled in the scope config</source>
        <translation>in der Scope-Konfiguration deaktiviert</translation>
    </message>
    <message>
        <source>it is optional and the customer opted out</source>
        <translation>optional und vom Kunden abgewählt</translation>
    </message>
    <message>
        <source>its model %1 is not available</source>
        <translation>das übergeordnete Modell %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the API gives no reason</source>
        <translation>die API nennt keinen Grund</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>the integration stopped syncing because its credentials are invalid</source>
        <translation>die Integration synchronisiert nicht mehr, weil ihre Zugangsdaten ungültig sind</translation>
    </message>
    <message>
        <source>the integration was set to inactive and stopped syncing</source>
        <translation>die Integration wurde deaktiviert und synchronisiert nicht mehr</translation>
    </message>
    <message>
        <source>the integration&apos;s synced data is out of date</source>
        <translation>die synchronisierten Daten der Integration sind veraltet</translation>
    </message>
    <message>
        <source>the integration does not have it</source>
        <translation>in dieser Integration nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the API key holds white space, a control character or a character that is not plain ASCII; check KOMBO_API_KEY or the key you entered</source>
        <translation>der API-Schlüssel enthält Leerraum, ein Steuerzeichen oder ein Zeichen außerhalb von einfachem ASCII; prüfen Sie KOMBO_API_KEY oder den eingegebenen Schlüssel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid base URL</source>
        <translation>„%1“ ist keine gültige Basis-URL</translation>
    </message>
    <message>
        <source>the base URL must use https (plain http only to this machine), not &apos;%1&apos;</source>
        <translation>die Basis-URL muss https verwenden (einfaches http nur zu diesem Rechner), nicht „%1“</translation>
    </message>
    <message>
        <source>the base URL must have no user, query or fragment: &apos;%1&apos;</source>
        <translation>die Basis-URL darf weder Benutzer noch Query noch Fragment enthalten: „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integration ID</source>
        <translation>„%1“ ist keine Integrations-ID</translation>
    </message>
    <message>
        <source>too large to load (limit %1)</source>
        <translation>zu groß zum Laden (Grenze %1)</translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the response is UTF-16 or UTF-32 text; it must be UTF-8</source>
        <translation>die Antwort ist UTF-16- oder UTF-32-Text; sie muss UTF-8 sein</translation>
    </message>
    <message>
        <source>invalid JSON%1: %2</source>
        <translation>ungültiges JSON%1: %2</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: unexpected content after the top-level object</source>
        <translation>ungültiges JSON bei Byte %1: unerwarteter Inhalt nach dem Objekt der obersten Ebene</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>auf oberster Ebene wurde ein JSON-Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1: required property is missing</source>
        <translation>%1: erforderliche Eigenschaft fehlt</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>%1: expected &quot;success&quot;, got &quot;%2&quot;</source>
        <translation>%1: „success“ erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>%1: too many different unrecognised values</source>
        <translation>%1: zu viele verschiedene nicht erkannte Werte</translation>
    </message>
    <message>
        <source>the response is larger than 4 GiB</source>
        <translation>die Antwort ist größer als 4 GiB</translation>
    </message>
    <message>
        <source>the response is an API error, not an integration: %1</source>
        <translation>die Antwort ist ein API-Fehler, keine Integration: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>redirected to another origin (%1); not followed, so the API key is not sent there</source>
        <translation>auf einen anderen Ursprung umgeleitet (%1); nicht gefolgt, damit der API-Schlüssel nicht dorthin gesendet wird</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>timed out: no data for %1 s</source>
        <translation>%1 s lang keine Daten erhalten (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>timed out: the response was not complete within %1 s</source>
        <translation>die Antwort war nicht innerhalb von %1 s vollständig (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB; stopped reading</source>
        <translation>die Antwort ist größer als %1 MiB; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>the server sent the response in the content encoding &apos;%1&apos;, which was not asked for</source>
        <translation>der Server hat die Antwort in der nicht angeforderten Inhaltskodierung „%1“ gesendet</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write: it is a folder</source>
        <translation>kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>; log: %1</source>
        <translation>; Log: %1</translation>
    </message>
    <message>
        <source>; try again in %1 s (after %2)</source>
        <translation>; versuchen Sie es in %1 s erneut (nach %2)</translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation> (nach %1 Versuchen)</translation>
    </message>
    <message>
        <source>line %1: expected &apos;read&apos; or &apos;write&apos;, found &apos;%2&apos;</source>
        <translation>Zeile %1: „read“ oder „write“ erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>line %1: expected a model or action after &apos;%2&apos;</source>
        <translation>Zeile %1: nach „%2“ wird ein Modell oder eine Aktion erwartet</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; has an empty model or field ID</source>
        <translation>Zeile %1: „%2“ hat eine leere Modell- oder Feld-ID</translation>
    </message>
    <message>
        <source>line %1: expected &apos;optional&apos; or the end of the line, found &apos;%2&apos;</source>
        <translation>Zeile %1: „optional“ oder Zeilenende erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>line %1: expected the end of the line, found &apos;%2&apos;</source>
        <translation>Zeile %1: Zeilenende erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>line %1: not UTF-8 text</source>
        <translation>Zeile %1: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1: unexpected control character %2</source>
        <translation>Zeile %1: unerwartetes Steuerzeichen %2</translation>
    </message>
    <message>
        <source>no API key: set KOMBO_API_KEY, or save one in the window&apos;s Settings</source>
        <translation>kein API-Schlüssel: setzen Sie KOMBO_API_KEY oder speichern Sie einen in den Einstellungen</translation>
    </message>
</context>
<context>
    <name>StandardDialogs</name>
    <message>
        <source>Open saved response</source>
        <translation>Gespeicherte Antwort öffnen</translation>
    </message>
    <message>
        <source>JSON responses (*.json);;All files (*)</source>
        <translation>JSON-Antworten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save response as JSON</source>
        <translation>Antwort als JSON speichern</translation>
    </message>
    <message>
        <source>JSON responses (*.json)</source>
        <translation>JSON-Antworten (*.json)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Everything in the integration</source>
        <translation>&amp;Alles aus der Integration</translation>
    </message>
    <message>
        <source>Only what the &amp;filters show, in the shown order</source>
        <translation>Nur, was die &amp;Filter zeigen, in angezeigter Reihenfolge</translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for &amp;Excel)</source>
        <translation>Mit Byte-Order-Mark beginnen (für &amp;Excel)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Which rows?</source>
        <translation>Welche Zeilen?</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Type an integration ID</source>
        <translation>Integrations-ID eingeben</translation>
    </message>
    <message>
        <source>Load it (in the ID box); next match (in the search box)</source>
        <translation>Laden (im ID-Feld); nächster Treffer (im Suchfeld)</translation>
    </message>
    <message>
        <source>Reload, keeping your place</source>
        <translation>Neu laden, aktuelle Position bleibt erhalten</translation>
    </message>
    <message>
        <source>Cancel a load; clear the search (in the search box)</source>
        <translation>Laden abbrechen; Suche leeren (im Suchfeld)</translation>
    </message>
    <message>
        <source>Search IDs and labels</source>
        <translation>IDs und Bezeichnungen durchsuchen</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>Copy the selected rows (with a header, as for a spreadsheet)</source>
        <translation>Ausgewählte Zeilen kopieren (mit Kopfzeile, wie für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Open a saved response</source>
        <translation>Gespeicherte Antwort öffnen</translation>
    </message>
    <message>
        <source>Save the loaded response</source>
        <translation>Geladene Antwort speichern</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Kombo Coverage</source>
        <translation>Über Kombo Coverage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kombo Coverage %1&lt;/h3&gt;&lt;p&gt;See what you can read and write through your customers&apos; Kombo integrations.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kombo Coverage %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, was Sie über die Kombo-Integrationen Ihrer Kunden lesen und schreiben können.&lt;/p&gt;&lt;p&gt;Freie Software unter der MIT-Lizenz.&lt;br&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project page</source>
        <translation>Projektseite</translation>
    </message>
    <message>
        <source>Kombo API documentation</source>
        <translation>Kombo-API-Dokumentation</translation>
    </message>
    <message>
        <source>Settings, the API key</source>
        <translation>Einstellungen, der API-Schlüssel</translation>
    </message>
    <message>
        <source>Export changes CSV</source>
        <translation>Änderungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Kombo Coverage</source>
        <translation>Kombo Coverage</translation>
    </message>
    <message>
        <source>Open requirements</source>
        <translation>Anforderungen öffnen</translation>
    </message>
    <message>
        <source>Requirements (*.kcreq);;All files (*)</source>
        <translation>Anforderungen (*.kcreq);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save requirements as</source>
        <translation>Anforderungen speichern unter</translation>
    </message>
    <message>
        <source>Requirements (*.kcreq)</source>
        <translation>Anforderungen (*.kcreq)</translation>
    </message>
    <message>
        <source>Unsaved requirements</source>
        <translation>Ungespeicherte Anforderungen</translation>
    </message>
    <message>
        <source>The requirements in %1 have changes that are not saved.</source>
        <translation>Die Anforderungen in %1 haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Mark the selected rows required / optional / not needed (in the tree)</source>
        <translation>Ausgewählte Zeilen als erforderlich / optional / nicht benötigt markieren (im Baum)</translation>
    </message>
    <message>
        <source>Open saved responses</source>
        <translation>Gespeicherte Antworten öffnen</translation>
    </message>
    <message>
        <source>Open several integrations</source>
        <translation>Mehrere Integrationen öffnen</translation>
    </message>
    <message>
        <source>One integration ID a line</source>
        <translation>Eine Integrations-ID pro Zeile</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Paste or type the integration IDs to load, one a line. At most four are fetched at once.</source>
        <translation>Fügen Sie die zu ladenden Integrations-IDs ein oder tippen Sie sie, eine pro Zeile. Höchstens vier werden gleichzeitig abgerufen.</translation>
    </message>
    <message>
        <source>Export matrix CSV</source>
        <translation>Matrix als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;All rows of the matrix</source>
        <translation>&amp;Alle Zeilen der Matrix</translation>
    </message>
    <message>
        <source>Open several IDs</source>
        <translation>Mehrere IDs öffnen</translation>
    </message>
    <message>
        <source>Reload all open integrations</source>
        <translation>Alle offenen Integrationen neu laden</translation>
    </message>
    <message>
        <source>Close the integration shown</source>
        <translation>Die angezeigte Integration schließen</translation>
    </message>
    <message>
        <source>Compare the open integrations</source>
        <translation>Die offenen Integrationen vergleichen</translation>
    </message>
</context>
<context>
    <name>SvgSanitiser</name>
    <message>
        <source>the SVG is not UTF-8</source>
        <translation>das SVG ist nicht UTF-8-kodiert</translation>
    </message>
    <message>
        <source>the SVG is compressed</source>
        <translation>das SVG ist komprimiert</translation>
    </message>
    <message>
        <source>not a valid SVG</source>
        <translation>kein gültiges SVG</translation>
    </message>
    <message>
        <source>the SVG declares a DTD or entities</source>
        <translation>das SVG deklariert eine DTD oder Entitäten</translation>
    </message>
    <message>
        <source>the SVG embeds an image</source>
        <translation>das SVG bettet ein Bild ein</translation>
    </message>
    <message>
        <source>the SVG holds a script</source>
        <translation>das SVG enthält ein Skript</translation>
    </message>
    <message>
        <source>the SVG embeds foreign content</source>
        <translation>das SVG bettet fremde Inhalte ein</translation>
    </message>
    <message>
        <source>the SVG links to something outside itself</source>
        <translation>das SVG verweist auf etwas außerhalb seiner selbst</translation>
    </message>
    <message>
        <source>the SVG&apos;s style uses CSS escapes</source>
        <translation>der Stil des SVG verwendet CSS-Escapes</translation>
    </message>
    <message>
        <source>the SVG is too complex</source>
        <translation>das SVG ist zu komplex</translation>
    </message>
</context>
<context>
    <name>TreeDiff</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Setup status</source>
        <translation>Einrichtungsstatus</translation>
    </message>
    <message>
        <source>Data expired at</source>
        <translation>Daten abgelaufen am</translation>
    </message>
    <message>
        <source>Scope config ID</source>
        <translation>Scope-Config-ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Added since %1</source>
        <translation>Hinzugefügt seit %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Removed since %1</source>
        <translation>Entfernt seit %1</translation>
    </message>
</context>
<context>
    <name>kombo::ApiKeyStore</name>
    <message>
        <source>No keychain is reachable (%1), so a key entered here is kept for this session only.</source>
        <translation>Kein Schlüsselbund erreichbar (%1); ein hier eingegebener Schlüssel wird daher nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain did not give the saved key (%1). It is left as it is; a key entered here is kept for this session only.</source>
        <translation>Der Schlüsselbund hat den gespeicherten Schlüssel nicht herausgegeben (%1). Er bleibt unverändert; ein hier eingegebener Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain did not keep the key (%1): it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht gespeichert (%1): Er wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The keychain could not remove the saved key (%1): remove “Kombo Coverage” from it by hand.</source>
        <translation>Der Schlüsselbund konnte den gespeicherten Schlüssel nicht entfernen (%1): Entfernen Sie „Kombo Coverage“ dort von Hand.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; it may be locked.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; vielleicht ist er gesperrt.</translation>
    </message>
</context>
<context>
    <name>kombo::CompareView</name>
    <message>
        <source>Differs between integrations</source>
        <translation>Unterscheidet sich zwischen Integrationen</translation>
    </message>
    <message>
        <source>Unavailable somewhere</source>
        <translation>Irgendwo nicht verfügbar</translation>
    </message>
    <message>
        <source>Export matrix CSV…</source>
        <translation>Matrix als CSV exportieren…</translation>
    </message>
    <message>
        <source>Search IDs and labels</source>
        <translation>IDs und Bezeichnungen durchsuchen</translation>
    </message>
    <message>
        <source>Only rows whose availability is not the same in every integration</source>
        <translation>Nur Zeilen, deren Verfügbarkeit nicht in jeder Integration gleich ist</translation>
    </message>
    <message>
        <source>Only rows that some integration cannot give</source>
        <translation>Nur Zeilen, die mindestens eine Integration nicht liefern kann</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Rows where some integration&apos;s status is %1: %2</source>
        <translation>Zeilen, in denen der Status mindestens einer Integration %1 ist: %2</translation>
    </message>
    <message>
        <source>✔ available · ⊘ supported, not available here (scope config, opt-out, its model) · ✖ unsupported · ◐ not implemented · ? unknown · ◇ unrecognised · – missing · ⚠ the integration cannot be used. Hover over a cell for its word and why; click a header to sort.</source>
        <translation>✔ verfügbar · ⊘ unterstützt, hier nicht verfügbar (Scope-Konfiguration, Opt-out, sein Modell) · ✖ nicht unterstützt · ◐ nicht implementiert · ? unbekannt · ◇ nicht erkannt · – fehlt · ⚠ die Integration ist nicht nutzbar. Zeigen Sie auf eine Zelle, um ihr Wort und den Grund zu sehen; ein Klick auf eine Spaltenüberschrift sortiert.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 rows in %n integration(s)</source>
        <translation>
            <numerusform>%1 von %2 Zeilen in %n Integration</numerusform>
            <numerusform>%1 von %2 Zeilen in %n Integrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export %1:</source>
        <translation>%1 konnte nicht exportiert werden:</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Nach %2 exportiert: %1.</translation>
    </message>
    <message>
        <source>the filtered matrix</source>
        <translation>die gefilterte Matrix</translation>
    </message>
    <message>
        <source>the whole matrix</source>
        <translation>die ganze Matrix</translation>
    </message>
</context>
<context>
    <name>kombo::CoverageMatrixModel</name>
    <message>
        <source>Read models (%1)</source>
        <translation>Lesemodelle (%1)</translation>
    </message>
    <message>
        <source>Write actions (%1)</source>
        <translation>Schreibaktionen (%1)</translation>
    </message>
    <message>
        <source>Field %1 of %2</source>
        <translation>Feld %1 von %2</translation>
    </message>
    <message>
        <source>Differs between integrations.</source>
        <translation>Unterscheidet sich zwischen den Integrationen.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Verfügbar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 for %2
Integration ID: %3</source>
        <translation>%1 für %2
Integrations-ID: %3</translation>
    </message>
</context>
<context>
    <name>kombo::CoverageTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Read models (%1)</source>
        <translation>Lesemodelle (%1)</translation>
    </message>
    <message>
        <source>Write actions (%1)</source>
        <translation>Schreibaktionen (%1)</translation>
    </message>
</context>
<context>
    <name>kombo::DetailsPane</name>
    <message>
        <source>Select a row to see what it means.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>kombo::FilterBar</name>
    <message>
        <source>Opted out only</source>
        <translation>Nur abgewählte</translation>
    </message>
    <message>
        <source>Search IDs and labels (Ctrl+F)</source>
        <translation>IDs und Bezeichnungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Enter)</translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Available or not</source>
        <translation>Verfügbar oder nicht</translation>
    </message>
    <message>
        <source>Available only</source>
        <translation>Nur verfügbare</translation>
    </message>
    <message>
        <source>Unavailable only</source>
        <translation>Nur nicht verfügbare</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln field(s)</source>
        <translation>
            <numerusform>%1 von %Ln Feld angezeigt</numerusform>
            <numerusform>%1 von %Ln Feldern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Only the rows added, changed or removed since the response compared with</source>
        <translation>Nur die Zeilen, die seit der verglichenen Antwort hinzugefügt, geändert oder entfernt wurden</translation>
    </message>
    <message>
        <source>Required only</source>
        <translation>Nur erforderliche</translation>
    </message>
    <message>
        <source>Unmet only</source>
        <translation>Nur nicht erfüllte</translation>
    </message>
    <message>
        <source>Only rows the requirements mark required.</source>
        <translation>Nur Zeilen, die die Anforderungen als erforderlich markieren.</translation>
    </message>
    <message>
        <source>Only rows the requirements mark required or optional that are not available.</source>
        <translation>Nur Zeilen, die die Anforderungen als erforderlich oder optional markieren und die nicht verfügbar sind.</translation>
    </message>
</context>
<context>
    <name>kombo::HistoryPanel</name>
    <message>
        <source>counting changes…</source>
        <translation>Änderungen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to the one before</source>
        <translation>
            <numerusform>%Ln Änderung zur vorigen</numerusform>
            <numerusform>%Ln Änderungen zur vorigen</numerusform>
        </translation>
    </message>
    <message>
        <source>the first kept</source>
        <translation>die erste gespeicherte</translation>
    </message>
    <message>
        <source>cannot be read: skipped</source>
        <translation>nicht lesbar: übersprungen</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Jetzt angezeigt</translation>
    </message>
    <message>
        <source>%1 — saved response (shown)</source>
        <translation>%1 — gespeicherte Antwort (angezeigt)</translation>
    </message>
    <message>
        <source>The response the window shows; choose it to stop comparing.</source>
        <translation>Die Antwort, die das Fenster zeigt; wählen Sie sie, um den Vergleich zu beenden.</translation>
    </message>
    <message>
        <source>Choose it to see what changed since then.</source>
        <translation>Wählen Sie sie, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Responses are not kept, so there is no history: turn on &quot;Keep a snapshot of each response&quot; in Edit → Settings.</source>
        <translation>Antworten werden nicht aufbewahrt, daher gibt es keinen Verlauf: Schalten Sie „Von jeder Antwort eine Momentaufnahme aufbewahren“ unter Bearbeiten → Einstellungen ein.</translation>
    </message>
    <message>
        <source>Each load of this integration from the API keeps its response here, so that you can see what changed since. You can also compare with a saved response: File → Compare with file…</source>
        <translation>Jedes Laden dieser Integration über die API bewahrt hier ihre Antwort auf, damit Sie sehen, was sich seitdem geändert hat. Sie können auch mit einer gespeicherten Antwort vergleichen: Datei → Mit Datei vergleichen…</translation>
    </message>
</context>
<context>
    <name>kombo::IntegrationHeader</name>
    <message>
        <source>ACTIVE: the integration is syncing data as expected.</source>
        <translation>ACTIVE: Die Integration synchronisiert Daten wie erwartet.</translation>
    </message>
    <message>
        <source>INVALID: the integration has stopped syncing data because of invalid credentials. Ask your customer to reconnect it.</source>
        <translation>INVALID: Die Integration synchronisiert wegen ungültiger Zugangsdaten keine Daten mehr. Bitten Sie Ihren Kunden, sie neu zu verbinden.</translation>
    </message>
    <message>
        <source>INACTIVE: the integration has stopped syncing as it&apos;s been manually set to inactive. You can enable it again in the integration&apos;s page.</source>
        <translation>INACTIVE: Die Integration synchronisiert nicht mehr, da sie manuell auf inaktiv gesetzt wurde. Sie können sie auf der Seite der Integration wieder aktivieren.</translation>
    </message>
    <message>
        <source>A status this version of Kombo Coverage does not know yet.</source>
        <translation>Ein Status, den diese Version von Kombo Coverage noch nicht kennt.</translation>
    </message>
    <message>
        <source>INCOMPLETE: setup is still in progress; no data is available yet.</source>
        <translation>INCOMPLETE: Die Einrichtung läuft noch; es sind noch keine Daten verfügbar.</translation>
    </message>
    <message>
        <source>FINAL_SYNC_PENDING: setup is complete and the final sync is running; data will be available after it.</source>
        <translation>FINAL_SYNC_PENDING: Die Einrichtung ist abgeschlossen und die abschließende Synchronisierung läuft; danach sind die Daten verfügbar.</translation>
    </message>
    <message>
        <source>COMPLETED: setup is finished and the integration is ready to use.</source>
        <translation>COMPLETED: Die Einrichtung ist abgeschlossen und die Integration ist einsatzbereit.</translation>
    </message>
    <message>
        <source>A setup status this version of Kombo Coverage does not know yet.</source>
        <translation>Ein Einrichtungsstatus, den diese Version von Kombo Coverage noch nicht kennt.</translation>
    </message>
    <message>
        <source>No integration loaded</source>
        <translation>Keine Integration geladen</translation>
    </message>
    <message>
        <source>Enter an integration ID and press Load, open a saved response (Ctrl+O), drop one here, or open the demo from the Help menu.</source>
        <translation>Geben Sie eine Integrations-ID ein und klicken Sie auf „Laden“, öffnen Sie eine gespeicherte Antwort (Strg+O), ziehen Sie eine hierher oder öffnen Sie die Demo über das Hilfe-Menü.</translation>
    </message>
    <message>
        <source>Internal label: %1</source>
        <translation>Interne Bezeichnung: %1</translation>
    </message>
    <message>
        <source>BETA</source>
        <translation>BETA</translation>
    </message>
    <message>
        <source>Status %1, setup %2%3</source>
        <translation>Status %1, Einrichtung %2%3</translation>
    </message>
    <message>
        <source>, beta</source>
        <translation>, Beta</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; integration &lt;code&gt;%2&lt;/code&gt; for &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Created %4 by %5 · origin ID %6 · scope config %7 (&lt;code&gt;%8&lt;/code&gt;)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;-Integration &lt;code&gt;%2&lt;/code&gt; für &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Erstellt am %4 von %5 · Origin-ID %6 · Scope-Konfiguration %7 (&lt;code&gt;%8&lt;/code&gt;)</translation>
    </message>
    <message>
        <source>Organisation: %1
Creator: %2
Origin ID: %3
Scope config: %4 (%5)</source>
        <translation>Organisation: %1
Erstellt von: %2
Origin-ID: %3
Scope-Konfiguration: %4 (%5)</translation>
    </message>
    <message>
        <source>The integration&apos;s configuration changed on %1: the synced data is out of date until the next successful sync.</source>
        <translation>Die Konfiguration der Integration wurde am %1 geändert: Die synchronisierten Daten sind bis zur nächsten erfolgreichen Synchronisierung veraltet.</translation>
    </message>
</context>
<context>
    <name>kombo::IntegrationList</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the chosen integration again</source>
        <translation>Die gewählte Integration erneut laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the chosen integration (Delete)</source>
        <translation>Die gewählte Integration schließen (Entf)</translation>
    </message>
    <message>
        <source>Reload all</source>
        <translation>Alle neu laden</translation>
    </message>
    <message>
        <source>Load every open integration again, at most four at once</source>
        <translation>Jede offene Integration erneut laden, höchstens vier gleichzeitig</translation>
    </message>
    <message>
        <source>Open integrations (%1)</source>
        <translation>Offene Integrationen (%1)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Reload &amp;all</source>
        <translation>&amp;Alle neu laden</translation>
    </message>
</context>
<context>
    <name>kombo::LoadBar</name>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Integration ID, e.g. factorial:8d1hpPsbjxUkoCoa1veLZGe5</source>
        <translation>Integrations-ID, z. B. factorial:8d1hpPsbjxUkoCoa1veLZGe5</translation>
    </message>
    <message>
        <source>The integration to load (Ctrl+L); recent IDs are in the list</source>
        <translation>Die zu ladende Integration (Strg+L); zuletzt verwendete IDs stehen in der Liste</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <source>Kombo&apos;s region, or a base URL of your own</source>
        <translation>Region von Kombo oder eine eigene Basis-URL</translation>
    </message>
    <message>
        <source>https://…/v1</source>
        <translation>https://…/v1</translation>
    </message>
    <message>
        <source>Integration:</source>
        <translation>Integration:</translation>
    </message>
</context>
<context>
    <name>kombo::LogoLoader</name>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>only https logos are fetched, not %1:</source>
        <translation>es werden nur https-Logos abgerufen, nicht %1:</translation>
    </message>
    <message>
        <source>not a valid SVG</source>
        <translation>kein gültiges SVG</translation>
    </message>
    <message>
        <source>the SVG&apos;s dimensions are unreasonable</source>
        <translation>die Abmessungen des SVG sind unplausibel</translation>
    </message>
    <message>
        <source>redirected, and then %1</source>
        <translation>umgeleitet, dann %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>sent in an encoding that was not asked for</source>
        <translation>in einer nicht angeforderten Kodierung gesendet</translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation>größer als %1 KiB</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>kombo::MainWindow</name>
    <message>
        <source>Kombo Coverage</source>
        <translation>Kombo Coverage</translation>
    </message>
    <message>
        <source>Rows in lighter italics are not available: hover over one, or select it, to see why. The bar before a model&apos;s coverage shows its fields&apos; statuses.</source>
        <translation>Zeilen in hellerer Kursivschrift sind nicht verfügbar: Zeigen Sie mit der Maus auf eine oder wählen Sie sie aus, um den Grund zu sehen. Der Balken vor der Abdeckung eines Modells zeigt die Status seiner Felder.</translation>
    </message>
    <message>
        <source>No integration is loaded yet.

Type an integration ID above and press Load (Ctrl+L),
open a saved response (File → Open, Ctrl+O) or drop one on this window,
or look around the demo (Help → Open demo).</source>
        <translation>Es ist noch keine Integration geladen.

Geben Sie oben eine Integrations-ID ein und klicken Sie auf „Laden“ (Strg+L),
öffnen Sie eine gespeicherte Antwort (Datei → Öffnen, Strg+O) oder ziehen Sie eine auf dieses Fenster,
oder sehen Sie sich die Demo an (Hilfe → Demo öffnen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übersicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Details&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Save response as JSON…</source>
        <translation>Antwort als JSON &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open saved response…</source>
        <translation>Gespeicherte Antwort ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Integration</source>
        <translation>&amp;Integration</translation>
    </message>
    <message>
        <source>Enter &amp;ID</source>
        <translation>&amp;ID eingeben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Kombo API &amp;documentation</source>
        <translation>Kombo-API-Do&amp;kumentation</translation>
    </message>
    <message>
        <source>&amp;About Kombo Coverage</source>
        <translation>Ü&amp;ber Kombo Coverage</translation>
    </message>
    <message>
        <source>Could not open %1:</source>
        <translation>%1 konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>This is the bundled demo. To look at a real integration, enter its ID and press Load; Kombo Coverage asks for an API key (Edit → Settings), or set KOMBO_API_KEY.</source>
        <translation>Dies ist die mitgelieferte Demo. Um eine echte Integration anzusehen, geben Sie ihre ID ein und klicken Sie auf „Laden“; Kombo Coverage fragt dann nach einem API-Schlüssel (Bearbeiten → Einstellungen), oder Sie setzen KOMBO_API_KEY.</translation>
    </message>
    <message>
        <source>Could not load %1:</source>
        <translation>%1 konnte nicht geladen werden:</translation>
    </message>
    <message>
        <source>Could not open the demo:</source>
        <translation>Die Demo konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>%1 — %2 — Kombo Coverage</source>
        <translation>%1 — %2 — Kombo Coverage</translation>
    </message>
    <message>
        <source>Loading the logo from %1…</source>
        <translation>Logo wird von %1 geladen…</translation>
    </message>
    <message>
        <source>The logo is not shown: %1.</source>
        <translation>Das Logo wird nicht angezeigt: %1.</translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation>Log öffnen</translation>
    </message>
    <message>
        <source>Still showing %1.</source>
        <translation>Weiterhin wird %1 angezeigt.</translation>
    </message>
    <message>
        <source>Cannot load %1:</source>
        <translation>%1 kann nicht geladen werden:</translation>
    </message>
    <message>
        <source>Loading needs a Kombo API key: enter one in Settings, or set KOMBO_API_KEY.</source>
        <translation>Zum Laden ist ein Kombo-API-Schlüssel nötig: Geben Sie ihn in den Einstellungen ein oder setzen Sie KOMBO_API_KEY.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2 of %3)</source>
        <translation>Neuer Versuch in %1 s (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation>Das Laden von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not save %1:</source>
        <translation>%1 konnte nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Saved the response to %1.</source>
        <translation>Die Antwort wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not export %1:</source>
        <translation>%1 konnte nicht exportiert werden:</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Nach %2 exportiert: %1.</translation>
    </message>
    <message>
        <source>the filtered view</source>
        <translation>die gefilterte Ansicht</translation>
    </message>
    <message>
        <source>the whole integration</source>
        <translation>die gesamte Integration</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The response was not kept for the history:</source>
        <translation>Die Antwort wurde nicht für den Verlauf aufbewahrt:</translation>
    </message>
    <message>
        <source>Co&amp;mpare with file…</source>
        <translation>Mit Datei &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Export c&amp;hanges CSV…</source>
        <translation>Ä&amp;nderungen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Check &amp;again every…</source>
        <translation>&amp;Erneut prüfen alle…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since %1</source>
        <translation>
            <numerusform>%Ln Änderung seit %1</numerusform>
            <numerusform>%Ln Änderungen seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the response kept on %1:</source>
        <translation>Die am %1 aufbewahrte Antwort konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Could not compare with %1:</source>
        <translation>Vergleich mit %1 nicht möglich:</translation>
    </message>
    <message>
        <source>Exported the changes to %1.</source>
        <translation>Die Änderungen wurden nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) found by checking again.</source>
        <translation>
            <numerusform>%Ln Änderung beim erneuten Prüfen gefunden.</numerusform>
            <numerusform>%Ln Änderungen beim erneuten Prüfen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen zeigen</translation>
    </message>
    <message>
        <source>Kombo Coverage: coverage changed</source>
        <translation>Kombo Coverage: Abdeckung geändert</translation>
    </message>
    <message>
        <source>the last load</source>
        <translation>dem letzten Laden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requirements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anforderungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Requirement of the selected rows</source>
        <translation>&amp;Anforderung der ausgewählten Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n Integration</numerusform>
            <numerusform>%n Integrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) could not be loaded: the list marks them and says why when you point at one.</source>
        <translation>
            <numerusform>%n Integration konnte nicht geladen werden: Die Liste markiert sie und nennt den Grund, wenn Sie darauf zeigen.</numerusform>
            <numerusform>%n Integrationen konnten nicht geladen werden: Die Liste markiert sie und nennt den Grund, wenn Sie auf eine zeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>All open integrations side by side (Ctrl+M)</source>
        <translation>Alle offenen Integrationen nebeneinander (Strg+M)</translation>
    </message>
    <message>
        <source>Open several &amp;IDs…</source>
        <translation>Mehrere &amp;IDs öffnen…</translation>
    </message>
    <message>
        <source>Reload &amp;all</source>
        <translation>&amp;Alle neu laden</translation>
    </message>
    <message>
        <source>C&amp;lose integration</source>
        <translation>Integration sch&amp;ließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Compare integrations</source>
        <translation>Integrationen &amp;vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened: the list marks them and says why when you point at one.</source>
        <translation>
            <numerusform>%n Datei konnte nicht geöffnet werden: Die Liste markiert sie und nennt den Grund, wenn Sie darauf zeigen.</numerusform>
            <numerusform>%n Dateien konnten nicht geöffnet werden: Die Liste markiert sie und nennt den Grund, wenn Sie auf eine zeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n integration(s)…</source>
        <translation>
            <numerusform>%n Integration wird geladen…</numerusform>
            <numerusform>%n Integrationen werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n integration(s) was cancelled.</source>
        <translation>
            <numerusform>Das Laden von %n Integration wurde abgebrochen.</numerusform>
            <numerusform>Das Laden von %n Integrationen wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln required met</source>
        <translation>
            <numerusform>%1 von %Ln erforderlichen Anforderung erfüllt</numerusform>
            <numerusform>%1 von %Ln erforderlichen Anforderungen erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln optional met</source>
        <translation>
            <numerusform>%1 von %Ln optionalen Anforderung erfüllt</numerusform>
            <numerusform>%1 von %Ln optionalen Anforderungen erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 required</source>
        <translation>%1/%2 erforderlich</translation>
    </message>
</context>
<context>
    <name>kombo::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>kombo::OpenIntegrations</name>
    <message>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Reload failed</source>
        <translation>Neu laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Integration ID: %1</source>
        <translation>Integrations-ID: %1</translation>
    </message>
    <message>
        <source>Loaded from the API as %1</source>
        <translation>Über die API geladen als %1</translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation>Geöffnet aus %1</translation>
    </message>
    <message>
        <source>The bundled demo</source>
        <translation>Die mitgelieferte Demo</translation>
    </message>
    <message>
        <source>The last reload failed: %1</source>
        <translation>Das letzte Neuladen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Failed to load</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kombo::OpenRequirements</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>kombo::ReadinessPanel</name>
    <message>
        <source>Unmet requirements</source>
        <translation>Nicht erfüllte Anforderungen</translation>
    </message>
    <message>
        <source>No requirements are open. Mark rows in the Required column, or open a .kcreq file (File → Open requirements…).</source>
        <translation>Keine Anforderungen geöffnet. Markieren Sie Zeilen in der Spalte „Erforderlich“ oder öffnen Sie eine .kcreq-Datei (Datei → Anforderungen öffnen…).</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (ungespeicherte Änderungen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln required met</source>
        <translation>
            <numerusform>%1 von %Ln erforderlichen Anforderung erfüllt</numerusform>
            <numerusform>%1 von %Ln erforderlichen Anforderungen erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln optional met</source>
        <translation>
            <numerusform>%1 von %Ln optionalen Anforderung erfüllt</numerusform>
            <numerusform>%1 von %Ln optionalen Anforderungen erfüllt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kombo::RequirementsEditor</name>
    <message>
        <source>Save require&amp;ments</source>
        <translation>Anforderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>Save requirements &amp;as…</source>
        <translation>Anforderungen speichern &amp;unter…</translation>
    </message>
    <message>
        <source>C&amp;lose requirements</source>
        <translation>Anforderungen sch&amp;ließen</translation>
    </message>
    <message>
        <source>Mark &amp;required</source>
        <translation>Als er&amp;forderlich markieren</translation>
    </message>
    <message>
        <source>Mark o&amp;ptional</source>
        <translation>Als &amp;optional markieren</translation>
    </message>
    <message>
        <source>Mark &amp;not needed</source>
        <translation>Als &amp;nicht benötigt markieren</translation>
    </message>
    <message>
        <source>Open requ&amp;irements…</source>
        <translation>&amp;Anforderungen öffnen…</translation>
    </message>
    <message>
        <source>Could not open the requirements %1:</source>
        <translation>Die Anforderungen %1 konnten nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>Could not save the requirements %1:</source>
        <translation>Die Anforderungen %1 konnten nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Saved the requirements to %1.</source>
        <translation>Anforderungen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be marked: a requirements line can&apos;t name an ID that holds a space, a tab, “#” or a control character, nor a model ID with a dot.</source>
        <translation>%1 lässt sich nicht markieren: Eine Anforderungszeile kann keine ID nennen, die ein Leerzeichen, einen Tab, „#“ oder ein Steuerzeichen enthält, und keine Modell-ID mit Punkt.</translation>
    </message>
</context>
<context>
    <name>kombo::SettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Kombo shows your API keys in its &lt;a href=&quot;%1&quot;&gt;dashboard&lt;/a&gt;.</source>
        <translation>Ihre API-Schlüssel finden Sie im &lt;a href=&quot;%1&quot;&gt;Dashboard&lt;/a&gt; von Kombo.</translation>
    </message>
    <message>
        <source>Kombo API key</source>
        <translation>Kombo-API-Schlüssel</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>Es ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: its key is used and wins over a key saved here.</source>
        <translation>KOMBO_API_KEY ist gesetzt: Dieser Schlüssel wird verwendet und hat Vorrang vor einem hier gespeicherten.</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A key is kept for this session only.</source>
        <translation>Ein Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation>Warte auf den Schlüsselbund…</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Fügen Sie Ihren API-Schlüssel ein</translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation>Fügen Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Schlüssel wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>The key is valid for %1.</source>
        <translation>Der Schlüssel ist für %1 gültig.</translation>
    </message>
    <message>
        <source>The API refused the key: %1</source>
        <translation>Die API hat den Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation>Der Schlüssel konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>S&amp;how the key as typed</source>
        <translation>Schlüssel im &amp;Klartext zeigen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep a snapshot of each response (history)</source>
        <translation>Von jeder Antwort eine &amp;Momentaufnahme aufbewahren (Verlauf)</translation>
    </message>
    <message>
        <source>Each integration loaded from the API is kept on this computer, so that the History panel can show what changed since.</source>
        <translation>Jede über die API geladene Integration wird auf diesem Computer aufbewahrt, damit der Verlauf zeigen kann, was sich seitdem geändert hat.</translation>
    </message>
</context>
<context>
    <name>kombo::SummaryPanel</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Read models</source>
        <translation>Lesemodelle</translation>
    </message>
    <message>
        <source>Read fields</source>
        <translation>Lesefelder</translation>
    </message>
    <message>
        <source>Write actions</source>
        <translation>Schreibaktionen</translation>
    </message>
    <message>
        <source>Write fields</source>
        <translation>Schreibfelder</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation>%1 von %2 verfügbar</translation>
    </message>
</context>
</TS>
