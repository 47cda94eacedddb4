<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Select a passage in the article, then press &lt;b&gt;1&lt;/b&gt; claim, &lt;b&gt;2&lt;/b&gt; opinion, &lt;b&gt;3&lt;/b&gt; caption or &lt;b&gt;4&lt;/b&gt; quote, or use the toolbar or the right-click menu.</source>
        <translation>Wählen Sie eine Passage im Artikel und drücken Sie &lt;b&gt;1&lt;/b&gt; claim, &lt;b&gt;2&lt;/b&gt; opinion, &lt;b&gt;3&lt;/b&gt; caption oder &lt;b&gt;4&lt;/b&gt; quote, oder nutzen Sie die Werkzeugleiste oder das Kontextmenü.</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Tag &amp;As</source>
        <translation>&amp;Markieren als</translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Alle {count}</translation>
    </message>
    <message>
        <source>Show only {name} passages</source>
        <translation>Nur Passagen mit {name} zeigen</translation>
    </message>
    <message>
        <source>Readmark exercise</source>
        <translation>Readmark-Übung</translation>
    </message>
    <message>
        <source>Readmark work</source>
        <translation>Readmark-Arbeit</translation>
    </message>
    <message>
        <source>&amp;Make Exercise…</source>
        <translation>Übung &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>Übung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Check My Work</source>
        <translation>Meine Arbeit &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Export My Work…</source>
        <translation>Meine Arbeit e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Class &amp;Results…</source>
        <translation>&amp;Ergebnisse der Klasse…</translation>
    </message>
    <message>
        <source>Save &amp;Worksheet as PDF…</source>
        <translation>&amp;Arbeitsblatt als PDF speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Answer Sheet as PDF…</source>
        <translation>&amp;Lösungsblatt als PDF speichern…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name, for your teacher (Edit &gt; Your Name as Coder changes it later):</source>
        <translation>Ihr Name, für Ihre Lehrkraft (Bearbeiten &gt; Ihr Name als Codierer ändert ihn später):</translation>
    </message>
    <message>
        <source>Open the document to make an exercise of.</source>
        <translation>Öffnen Sie das Dokument, aus dem eine Übung werden soll.</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>Übung speichern</translation>
    </message>
    <message>
        <source>The exercise was not saved</source>
        <translation>Die Übung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the exercise (no key) to {path}.</source>
        <translation>Übung (ohne Lösung) gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Saved the exercise (with a key of {size}) to {path}.</source>
        <translation>Übung (mit einer Lösung aus {size}) gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Students&apos; Work</source>
        <translation>Arbeiten der Lernenden</translation>
    </message>
    <message>
        <source>Class Results</source>
        <translation>Ergebnisse der Klasse</translation>
    </message>
    <message>
        <source>Reading the class&apos;s work…</source>
        <translation>Arbeiten der Klasse werden gelesen…</translation>
    </message>
    <message>
        <source>The Exercise This Work Is For</source>
        <translation>Die Übung, zu der diese Arbeit gehört</translation>
    </message>
    <message>
        <source>The class&apos;s work could not be read</source>
        <translation>Die Arbeiten der Klasse konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Stopped reading the class&apos;s work.</source>
        <translation>Lesen der Arbeiten der Klasse abgebrochen.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Export Class Results</source>
        <translation>Ergebnisse der Klasse exportieren</translation>
    </message>
    <message>
        <source>The results were not exported</source>
        <translation>Die Ergebnisse wurden nicht exportiert</translation>
    </message>
    <message>
        <source>Exported the class results to {chosen}.</source>
        <translation>Ergebnisse der Klasse exportiert nach {chosen}.</translation>
    </message>
    <message>
        <source>Open Exercise</source>
        <translation>Übung öffnen</translation>
    </message>
    <message>
        <source>The exercise was not opened</source>
        <translation>Die Übung wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>Opened the exercise “{title}”.</source>
        <translation>Übung „{title}“ geöffnet.</translation>
    </message>
    <message>
        <source>Your work could not be checked</source>
        <translation>Ihre Arbeit konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Your work was not exported: it needs your name.</source>
        <translation>Ihre Arbeit wurde nicht exportiert: Sie braucht Ihren Namen.</translation>
    </message>
    <message>
        <source>Export My Work</source>
        <translation>Meine Arbeit exportieren</translation>
    </message>
    <message>
        <source>Your work was not exported</source>
        <translation>Ihre Arbeit wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Exported {count} passages to {path}.</source>
        <translation>{count} Passagen exportiert nach {path}.</translation>
    </message>
    <message>
        <source>Open an exercise first: Classroom &gt; Open Exercise….</source>
        <translation>Öffnen Sie zuerst eine Übung: Unterricht &gt; Übung öffnen….</translation>
    </message>
    <message>
        <source>Make an exercise of this document first, or open one.</source>
        <translation>Machen Sie zuerst eine Übung aus diesem Dokument, oder öffnen Sie eine.</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>This document is not an exercise with an answer key.</source>
        <translation>Dieses Dokument ist keine Übung mit Lösung.</translation>
    </message>
    <message>
        <source>The answer key of this exercise is for the teacher.</source>
        <translation>Die Lösung dieser Übung ist für die Lehrkraft.</translation>
    </message>
    <message>
        <source>Answer sheet</source>
        <translation>Lösungsblatt</translation>
    </message>
    <message>
        <source>Save {kind} as PDF</source>
        <translation>{kind} als PDF speichern</translation>
    </message>
    <message>
        <source>Not saved: {kind}</source>
        <translation>Nicht gespeichert: {kind}</translation>
    </message>
    <message>
        <source>{kind} saved to {path}.</source>
        <translation>{kind} gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Your &amp;Name as Coder…</source>
        <translation>Ihr &amp;Name als Codierer…</translation>
    </message>
    <message>
        <source>&amp;Coders</source>
        <translation>&amp;Codierer</translation>
    </message>
    <message>
        <source>Coder &amp;Agreement…</source>
        <translation>&amp;Übereinstimmung der Codierer…</translation>
    </message>
    <message>
        <source>C&amp;urate…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Settle the coders&apos; disagreements on this document into one agreed version</source>
        <translation>Die Abweichungen der Codierer in diesem Dokument zu einer gemeinsamen Fassung zusammenführen</translation>
    </message>
    <message>
        <source>Your annotations are made under this name (Edit &gt; Your Name)</source>
        <translation>Ihre Anmerkungen entstehen unter diesem Namen (Bearbeiten &gt; Ihr Name)</translation>
    </message>
    <message>
        <source>Your Name as Coder</source>
        <translation>Ihr Name als Codierer</translation>
    </message>
    <message>
        <source>The name your annotations are made under, so that a team&apos;s work can be told apart.
Annotations already made keep the name they have.</source>
        <translation>Der Name, unter dem Ihre Anmerkungen entstehen, damit sich die Arbeit eines Teams auseinanderhalten lässt.
Bereits gemachte Anmerkungen behalten ihren Namen.</translation>
    </message>
    <message>
        <source>You now tag as {coder}.</source>
        <translation>Sie markieren jetzt als {coder}.</translation>
    </message>
    <message>
        <source>Curation needs a document that two or more coders tagged (only {coders} has).</source>
        <translation>Das Zusammenführen braucht ein Dokument, das zwei oder mehr Codierer markiert haben (nur {coders} hat es).</translation>
    </message>
    <message>
        <source>Curation needs a document that two or more coders tagged.</source>
        <translation>Das Zusammenführen braucht ein Dokument, das zwei oder mehr Codierer markiert haben.</translation>
    </message>
    <message>
        <source>{line} (you)</source>
        <translation>{line} (Sie)</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>Codierer: {coder}</translation>
    </message>
    <message>
        <source>{status} · showing {coders}</source>
        <translation>{status} · gezeigt: {coders}</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Only &amp;Mine</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>&amp;Label Document As</source>
        <translation>Dokument &amp;einordnen als</translation>
    </message>
    <message>
        <source>&amp;No Label</source>
        <translation>&amp;Keine Einordnung</translation>
    </message>
    <message>
        <source>Show &amp;Documents</source>
        <translation>&amp;Dokumente zeigen</translation>
    </message>
    <message>
        <source>&amp;Edit Document Labels…</source>
        <translation>Dokumentetiketten &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;All Documents</source>
        <translation>&amp;Alle Dokumente</translation>
    </message>
    <message>
        <source>Only {label}</source>
        <translation>Nur: {label}</translation>
    </message>
    <message>
        <source>Only &amp;Unlabelled</source>
        <translation>Nur &amp;nicht eingeordnete</translation>
    </message>
    <message>
        <source>Library: {label}</source>
        <translation>Bibliothek: {label}</translation>
    </message>
    <message>
        <source>Library: unlabelled</source>
        <translation>Bibliothek: nicht eingeordnet</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export annotations as CSV, Excel, Web Annotation JSON, a REFI-QDA project or a report</source>
        <translation>Anmerkungen als CSV, Excel, Web-Annotation-JSON, REFI-QDA-Projekt oder Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Anmerkungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Read annotations from a Readmark JSON or CSV export or a REFI-QDA project</source>
        <translation>Anmerkungen aus einem JSON- oder CSV-Export von Readmark oder einem REFI-QDA-Projekt lesen</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Bericht als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Prin&amp;t Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Open a document to make its report.</source>
        <translation>Öffnen Sie ein Dokument, um seinen Bericht zu erstellen.</translation>
    </message>
    <message>
        <source>Exporting 1 annotation…</source>
        <translation>1 Anmerkung wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting {count} annotations…</source>
        <translation>{count} Anmerkungen werden exportiert…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write “{path}”: {error}.</source>
        <translation>„{path}“ konnte nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>Export as {label}</source>
        <translation>Als {label} exportieren</translation>
    </message>
    <message>
        <source>Readmark library</source>
        <translation>Readmark-Bibliothek</translation>
    </message>
    <message>
        <source>Readmark documents</source>
        <translation>Readmark-Dokumente</translation>
    </message>
    <message>
        <source>Open a document to print its report.</source>
        <translation>Öffnen Sie ein Dokument, um seinen Bericht zu drucken.</translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation>Drucken ist nicht verfügbar</translation>
    </message>
    <message>
        <source>This build of Readmark cannot print.</source>
        <translation>Diese Version von Readmark kann nicht drucken.</translation>
    </message>
    <message>
        <source>Sent “{title}” to the printer.</source>
        <translation>„{title}“ an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Web Annotation JSON</source>
        <translation>Web-Annotation-JSON</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-Projekt</translation>
    </message>
    <message>
        <source>Importing annotations from “{name}”…</source>
        <translation>Anmerkungen aus „{name}“ werden importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>The library could not be changed: {error}</source>
        <translation>Die Bibliothek konnte nicht geändert werden: {error}</translation>
    </message>
    <message>
        <source>Some annotations were not imported</source>
        <translation>Einige Anmerkungen wurden nicht importiert</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message>
        <source>Exported 1 annotation to {path}.</source>
        <translation>1 Anmerkung exportiert nach {path}.</translation>
    </message>
    <message>
        <source>Exported {count} annotations to {path}.</source>
        <translation>{count} Anmerkungen exportiert nach {path}.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>This &amp;document ({title})</source>
        <translation>Dieses &amp;Dokument ({title})</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source>&amp;Chosen documents:</source>
        <translation>&amp;Ausgewählte Dokumente:</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Die ganze &amp;Bibliothek</translation>
    </message>
    <message>
        <source>Documents to export</source>
        <translation>Zu exportierende Dokumente</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Markierungen:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel where the comma is the decimal sign</source>
        <translation>Semikolon ( ; ) für Excel, wo das Komma das Dezimalzeichen ist</translation>
    </message>
    <message>
        <source>Deli&amp;miter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Add the sentence around each passage</source>
        <translation>Den Satz um jede Passage hinzufügen</translation>
    </message>
    <message>
        <source>Include the documents&apos; file paths on this computer</source>
        <translation>Die Dateipfade der Dokumente auf diesem Computer aufnehmen</translation>
    </message>
    <message>
        <source>Only the &amp;agreed version: the passages settled in Tools &gt; Curate</source>
        <translation>Nur die &amp;gemeinsame Fassung: die in Werkzeuge &gt; Zusammenführen geklärten Passagen</translation>
    </message>
    <message>
        <source>https://… where the fact checks will be published</source>
        <translation>https://… wo die Faktenchecks erscheinen werden</translation>
    </message>
    <message>
        <source>Fact checks&apos; &amp;page:</source>
        <translation>&amp;Seite der Faktenchecks:</translation>
    </message>
    <message>
        <source>One row per passage, for any spreadsheet; it can be imported again.</source>
        <translation>Eine Zeile je Passage, für jede Tabellenkalkulation; sie lässt sich wieder importieren.</translation>
    </message>
    <message>
        <source>A sheet of passages and a sheet of counts per tag and document.</source>
        <translation>Ein Blatt mit Passagen und ein Blatt mit Zahlen je Markierung und Dokument.</translation>
    </message>
    <message>
        <source>W3C Web Annotation: other annotation software reads it; it carries the texts, so another Readmark can import it whole.</source>
        <translation>W3C Web Annotation: andere Annotationsprogramme lesen es; es enthält die Texte, sodass ein anderes Readmark es vollständig importieren kann.</translation>
    </message>
    <message>
        <source>For NVivo, ATLAS.ti, MAXQDA or QualCoder: the texts, the tags as codes and the tagged passages.</source>
        <translation>Für NVivo, ATLAS.ti, MAXQDA oder QualCoder: die Texte, die Markierungen als Codes und die markierten Passagen.</translation>
    </message>
    <message>
        <source>The articles with their highlights, a legend and the notes, to print or hand out.</source>
        <translation>Die Artikel mit ihren Hervorhebungen, einer Legende und den Notizen, zum Drucken oder Austeilen.</translation>
    </message>
    <message>
        <source>The articles with their highlights, a legend and the notes, ready to print.</source>
        <translation>Die Artikel mit ihren Hervorhebungen, einer Legende und den Notizen, druckfertig.</translation>
    </message>
    <message>
        <source>schema.org ClaimReview for each claim with a verdict, and MediaReview for each caption with a media context: the markup fact-check search engines read, for the page that publishes them.</source>
        <translation>schema.org-ClaimReview für jede Behauptung mit einem Urteil und MediaReview für jede Bildunterschrift mit einem Medienkontext: das Markup, das Suchmaschinen für Faktenchecks lesen, für die Seite, die sie veröffentlicht.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The interface will be in this language the next time Readmark starts.</source>
        <translation>Die Oberfläche erscheint beim nächsten Start von Readmark in dieser Sprache.</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>same speaker as</source>
        <translation>gleicher Sprecher wie</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>verwandt mit</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>gestützt durch</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>widerlegt durch</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Verknüpfen mit…</translation>
    </message>
    <message>
        <source>Link this passage to another (Ctrl+Shift+L)</source>
        <translation>Diese Passage mit einer anderen verknüpfen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Verknüpfen mit…</translation>
    </message>
    <message>
        <source>&amp;Follow Link</source>
        <translation>Verknüpfung &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>{relation}: this {name}. Enter goes to it.</source>
        <translation>{relation}: diese Passage ({name}). Eingabe führt dorthin.</translation>
    </message>
    <message>
        <source>Links {count}</source>
        <translation>Verknüpfungen {count}</translation>
    </message>
    <message>
        <source>Tag another passage first: a link joins two passages.</source>
        <translation>Markieren Sie zuerst eine weitere Passage: eine Verknüpfung verbindet zwei Passagen.</translation>
    </message>
    <message>
        <source>Link to Another Passage</source>
        <translation>Mit einer anderen Passage verknüpfen</translation>
    </message>
    <message>
        <source>This {name}, “{words}”,</source>
        <translation>Diese Passage ({name}), „{words}“,</translation>
    </message>
    <message>
        <source>How it links</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <source>Type to find the passage</source>
        <translation>Tippen, um die Passage zu finden</translation>
    </message>
    <message>
        <source>Find passage</source>
        <translation>Passage finden</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Unterricht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Readmark</source>
        <translation>Readmark</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>About Readmark</source>
        <translation>Über Readmark</translation>
    </message>
    <message>
        <source>Read articles offline, tag their passages as claim, opinion, caption or quote, and export them to a spreadsheet; nothing leaves your computer.</source>
        <translation>Lesen Sie Artikel offline, markieren Sie ihre Passagen als Behauptung, Meinung, Bildunterschrift oder Zitat und exportieren Sie sie in eine Tabelle; nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <source>Readmark is free software under the {licence}.</source>
        <translation>Readmark ist freie Software unter der {licence}.</translation>
    </message>
    <message>
        <source>Your library and its backups are in&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>Ihre Bibliothek und ihre Sicherungen liegen in&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Mitgelieferte Bibliotheken</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL-3.0; their source is at &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</source>
        <translation>Qt und PySide6 werden unter der LGPL-3.0 verwendet; ihr Quellcode liegt unter &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>{title} — Readmark</source>
        <translation>{title} — Readmark</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Select a passage and press 1–4 to tag it.</source>
        <translation>Wählen Sie eine Passage aus und drücken Sie 1–4, um sie zu markieren.</translation>
    </message>
    <message>
        <source>Select a passage first, then press 1–4 to tag it.</source>
        <translation>Wählen Sie zuerst eine Passage aus und drücken Sie dann 1–4, um sie zu markieren.</translation>
    </message>
    <message>
        <source>You have tagged this passage as {name} already.</source>
        <translation>Sie haben diese Passage bereits als {name} markiert.</translation>
    </message>
    <message>
        <source>Tagged as {name}. Ctrl+Z undoes it.</source>
        <translation>Als {name} markiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>1 suggestion: Enter accepts, Del rejects.</source>
        <translation>1 Vorschlag: Eingabe nimmt ihn an, Entf lehnt ihn ab.</translation>
    </message>
    <message>
        <source>{count} suggestions: Enter accepts, Del rejects.</source>
        <translation>{count} Vorschläge: Eingabe nimmt an, Entf lehnt ab.</translation>
    </message>
    <message>
        <source>No more annotations that way.</source>
        <translation>In dieser Richtung gibt es keine Anmerkungen mehr.</translation>
    </message>
    <message>
        <source>This passage is not in the current version of the document; the annotation is kept so that nothing is lost.</source>
        <translation>Diese Passage steht nicht in der aktuellen Fassung des Dokuments; die Anmerkung bleibt erhalten, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <source>Reading &amp;Font…</source>
        <translation>&amp;Leseschrift…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Interface Size</source>
        <translation>&amp;Größe der Oberfläche</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text size {size} pt.</source>
        <translation>Textgröße {size} pt.</translation>
    </message>
    <message>
        <source>Join Team</source>
        <translation>Team beitreten</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST/DATABASE</source>
        <translation>postgresql://NAME@HOST/DATENBANK</translation>
    </message>
    <message>
        <source>the one-time password your lead gave you</source>
        <translation>das Einmalpasswort von Ihrer Teamleitung</translation>
    </message>
    <message>
        <source>Team &amp;address:</source>
        <translation>Team-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password goes to PostgreSQL&apos;s password file, not into the library.</source>
        <translation>Das Passwort kommt in die Passwortdatei von PostgreSQL, nicht in die Bibliothek.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Joining the team…</source>
        <translation>Team wird beigetreten…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Join Team…</source>
        <translation>Team &amp;beitreten…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send your changes to the team and bring everyone else&apos;s</source>
        <translation>Ihre Änderungen an das Team senden und die der anderen holen</translation>
    </message>
    <message>
        <source>Join a team first (File &gt; Team &gt; Join Team…)</source>
        <translation>Treten Sie zuerst einem Team bei (Datei &gt; Team &gt; Team beitreten…)</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Synchronisierung mit dem Team…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n Änderung wartet</numerusform>
            <numerusform>Offline: %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Nicht synchronisiert: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last synced {moment}</source>
        <translation>Zuletzt synchronisiert: {moment}</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Gerade synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
            <numerusform>Vor %n Min. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Vor %n Std. synchronisiert</numerusform>
            <numerusform>Vor %n Std. synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag synchronisiert</numerusform>
            <numerusform>Vor %n Tagen synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>&amp;Adresse öffnen…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Import File &amp;Comments as Annotations</source>
        <translation>&amp;Kommentare in Dateien als Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Comments in Word and OpenDocument files come in as notes on a “comment” tag</source>
        <translation>Kommentare in Word- und OpenDocument-Dateien kommen als Notizen mit der Markierung „Kommentar“</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Document as CSV…</source>
        <translation>Dokument als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Library as CSV…</source>
        <translation>&amp;Bibliothek als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Rückgängig gemacht: {step}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Wiederhergestellt: {step}</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>Auswahl &amp;markieren als</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Codebuch…</translation>
    </message>
    <message>
        <source>&amp;Remove Document from Library…</source>
        <translation>Dokument aus der Bibliothek &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>Aus der Bibliothek &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>In der &amp;Bibliothek suchen…</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>&amp;Nächste Anmerkung</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>&amp;Vorherige Anmerkung</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Vorheriger B&amp;ereich</translation>
    </message>
    <message>
        <source>Show Folded &amp;Repeats</source>
        <translation>&amp;Eingeklappte Wiederholungen zeigen</translation>
    </message>
    <message>
        <source>S&amp;ummary of the Library…</source>
        <translation>&amp;Übersicht über die Bibliothek…</translation>
    </message>
    <message>
        <source>&amp;Suggest Tags</source>
        <translation>Markierungen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Readmark</source>
        <translation>&amp;Über Readmark</translation>
    </message>
    <message>
        <source>Tag the selected passage as {name}</source>
        <translation>Die ausgewählte Passage als {name} markieren</translation>
    </message>
    <message>
        <source>Next {label}</source>
        <translation>Nächste: {label}</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Noch keine Dokumente</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Named source</source>
        <translation>Genannte Quelle</translation>
    </message>
    <message>
        <source>Hedge</source>
        <translation>Abschwächung</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Erste Person</translation>
    </message>
    <message>
        <source>Evaluative word</source>
        <translation>Wertendes Wort</translation>
    </message>
    <message>
        <source>Give a &amp;Reason for the Tag</source>
        <translation>&amp;Begründung für die Markierung angeben</translation>
    </message>
    <message>
        <source>What in the words made it a claim or an opinion</source>
        <translation>Was in den Worten es zur Behauptung oder Meinung macht</translation>
    </message>
    <message>
        <source>&amp;No Reason</source>
        <translation>&amp;Keine Begründung</translation>
    </message>
    <message>
        <source>Choose a passage first, then its reason.</source>
        <translation>Wählen Sie zuerst eine Passage, dann ihre Begründung.</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Über dieses Dokument</translation>
    </message>
    <message>
        <source>Not saved: {error}. Esc puts back the saved value.</source>
        <translation>Nicht gespeichert: {error}. Esc stellt den gespeicherten Wert wieder her.</translation>
    </message>
    <message>
        <source>Field problem</source>
        <translation>Problem im Feld</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Words in the articles or in your notes</source>
        <translation>Wörter in den Artikeln oder in Ihren Notizen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>{found} so far, searching…</source>
        <translation>Bisher {found}, Suche läuft…</translation>
    </message>
    <message>
        <source>1 place found</source>
        <translation>1 Fundstelle</translation>
    </message>
    <message>
        <source>{count} places found</source>
        <translation>{count} Fundstellen</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves (so does moving on) · Esc puts back the saved note</source>
        <translation>Strg+Eingabe speichert (Weitergehen auch) · Esc stellt die gespeicherte Notiz wieder her</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer</translation>
    </message>
    <message>
        <source>Not found in the current version of the document:</source>
        <translation>In der aktuellen Fassung des Dokuments nicht gefunden:</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a note</source>
        <translation>Doppelklicken oder F2 drücken, um eine Notiz zu schreiben</translation>
    </message>
    <message>
        <source>Tagged by {coder}</source>
        <translation>Markiert von {coder}</translation>
    </message>
    <message>
        <source>Write a note on this passage</source>
        <translation>Eine Notiz zu dieser Passage schreiben</translation>
    </message>
    <message>
        <source>Choose a passage to write its note</source>
        <translation>Wählen Sie eine Passage, um ihre Notiz zu schreiben</translation>
    </message>
    <message>
        <source>Note saved. Ctrl+Z undoes it.</source>
        <translation>Notiz gespeichert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>The note has not changed.</source>
        <translation>Die Notiz ist unverändert.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Begründung: {reason}</translation>
    </message>
    <message>
        <source>Where the highlights are; click to go there</source>
        <translation>Wo die Markierungen sind; klicken, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>Highlights overview</source>
        <translation>Übersicht der Markierungen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Suggested because: {reason}</source>
        <translation>Vorgeschlagen wegen: {reason}</translation>
    </message>
    <message>
        <source>Tools &gt; Suggest Tags (Ctrl+Shift+G) proposes quotes, captions, claims and opinions for you to confirm. Quotes and captions are reliable (all found, none wrong on our test articles); claims and opinions are hints to check.</source>
        <translation>Werkzeuge &gt; Markierungen vorschlagen (Strg+Umschalt+G) schlägt Zitate, Bildunterschriften, Behauptungen und Meinungen zur Bestätigung vor. Zitate und Bildunterschriften sind verlässlich (auf unseren Testartikeln alle gefunden, keine falsch); Behauptungen und Meinungen sind Hinweise zum Prüfen.</translation>
    </message>
    <message>
        <source>Forget What It Learned</source>
        <translation>Gelerntes vergessen</translation>
    </message>
    <message>
        <source>Suggest every kind again, as before any accept or reject</source>
        <translation>Wieder jede Art vorschlagen, wie vor jedem Annehmen oder Ablehnen</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Accept Selected</source>
        <translation>Auswahl annehmen</translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation>Auswahl ablehnen</translation>
    </message>
    <message>
        <source>Accept All of…</source>
        <translation>Alle annehmen von…</translation>
    </message>
    <message>
        <source>you kept {kept} of {decided} like this</source>
        <translation>Sie haben {kept} von {decided} dieser Art behalten</translation>
    </message>
    <message>
        <source>Held back, as you turned them down: {cues}.</source>
        <translation>Zurückgehalten, weil Sie sie abgelehnt haben: {cues}.</translation>
    </message>
    <message>
        <source>1 suggestion: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected ones are not suggested again).</source>
        <translation>1 Vorschlag: Eingabe nimmt ihn an, 1–4 nimmt ihn mit dieser Markierung an, Entf lehnt ihn ab (Abgelehntes wird nicht wieder vorgeschlagen).</translation>
    </message>
    <message>
        <source>{count} suggestions: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected ones are not suggested again).</source>
        <translation>{count} Vorschläge: Eingabe nimmt an, 1–4 nimmt mit dieser Markierung an, Entf lehnt ab (Abgelehntes wird nicht wieder vorgeschlagen).</translation>
    </message>
    <message>
        <source>No suggestions left to decide.</source>
        <translation>Keine Vorschläge mehr zu entscheiden.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Feld leeren</translation>
    </message>
    <message>
        <source>Now: {key}.</source>
        <translation>Jetzt: {key}.</translation>
    </message>
    <message>
        <source>Now: none.</source>
        <translation>Jetzt: keine.</translation>
    </message>
    <message>
        <source>Fold the Repeats</source>
        <translation>Wiederholungen einklappen</translation>
    </message>
    <message>
        <source>Keep as It Is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>This article repeats 1 passage word for word.</source>
        <translation>Dieser Artikel wiederholt 1 Passage Wort für Wort.</translation>
    </message>
    <message>
        <source>This article repeats {count} passages word for word.</source>
        <translation>Dieser Artikel wiederholt {count} Passagen Wort für Wort.</translation>
    </message>
    <message>
        <source>Scraped pages often repeat captions. Folding deletes nothing: View &gt; Show Folded Repeats brings them back.</source>
        <translation>Abgerufene Seiten wiederholen oft Bildunterschriften. Einklappen löscht nichts: Ansicht &gt; Eingeklappte Wiederholungen zeigen holt sie zurück.</translation>
    </message>
    <message>
        <source>Make Exercise</source>
        <translation>Übung erstellen</translation>
    </message>
    <message>
        <source>An exercise of “{title}”</source>
        <translation>Eine Übung zu „{title}“</translation>
    </message>
    <message>
        <source>&amp;Tags in play:</source>
        <translation>&amp;Markierungen im Spiel:</translation>
    </message>
    <message>
        <source>What the students should do, in a few sentences.</source>
        <translation>Was die Schülerinnen und Schüler tun sollen, in wenigen Sätzen.</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>Take the key from the &amp;agreed version (Tools &gt; Curate)</source>
        <translation>Lösung aus der &amp;gemeinsamen Fassung nehmen (Werkzeuge &gt; Zusammenführen)</translation>
    </message>
    <message>
        <source>Show the key to students when they check their work</source>
        <translation>Die Lösung zeigen, wenn die Lernenden ihre Arbeit prüfen</translation>
    </message>
    <message>
        <source>Save Exercise…</source>
        <translation>Übung speichern…</translation>
    </message>
    <message>
        <source>Include an answer key: the agreed version&apos;s 1 tagged passage of these tags</source>
        <translation>Eine Lösung beilegen: die 1 markierte Passage der gemeinsamen Fassung mit diesen Markierungen</translation>
    </message>
    <message>
        <source>Include an answer key: the agreed version&apos;s {size} tagged passages of these tags</source>
        <translation>Eine Lösung beilegen: die {size} markierten Passagen der gemeinsamen Fassung mit diesen Markierungen</translation>
    </message>
    <message>
        <source>Include an answer key: your 1 tagged passage of these tags</source>
        <translation>Eine Lösung beilegen: Ihre 1 markierte Passage mit diesen Markierungen</translation>
    </message>
    <message>
        <source>Include an answer key: your {size} tagged passages of these tags</source>
        <translation>Eine Lösung beilegen: Ihre {size} markierten Passagen mit diesen Markierungen</translation>
    </message>
    <message>
        <source>Check My Work</source>
        <translation>Meine Arbeit prüfen</translation>
    </message>
    <message>
        <source>Your work checked</source>
        <translation>Ihre Arbeit, geprüft</translation>
    </message>
    <message>
        <source>Class Results — {title}</source>
        <translation>Ergebnisse der Klasse — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s).</source>
        <translation>
            <numerusform>%n Schülerin oder Schüler.</numerusform>
            <numerusform>%n Schülerinnen und Schüler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key passages (most missed first)</source>
        <translation>Passagen der Lösung (die meistverfehlten zuerst)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Claim or opinion?</source>
        <translation>Behauptung oder Meinung?</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export All as &amp;Excel…</source>
        <translation>Alles als &amp;Excel exportieren…</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Passagen der Lösung</translation>
    </message>
    <message>
        <source>Export My Work…</source>
        <translation>Meine Arbeit exportieren…</translation>
    </message>
    <message>
        <source>Tag the passages.</source>
        <translation>Markieren Sie die Passagen.</translation>
    </message>
    <message>
        <source>Exercise: {instructions} Tags: {tags}.</source>
        <translation>Übung: {instructions} Markierungen: {tags}.</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Markierung bearbeiten</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Neue Markierung</translation>
    </message>
    <message>
        <source>Press the key that tags a selection with this tag.</source>
        <translation>Drücken Sie die Taste, die eine Auswahl mit dieser Markierung markiert.</translation>
    </message>
    <message>
        <source>What passages this tag is for (shown as a tooltip)</source>
        <translation>Wofür diese Markierung gedacht ist (als Tooltip gezeigt)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>What its passages record, one a line: “verdict: choice (true, false)”, “evidence: link”; kinds: text, choice, number, date, link</source>
        <translation>Was ihre Passagen festhalten, eines pro Zeile: „urteil: choice (wahr, falsch)“, „beleg: link“; Arten: text, choice, number, date, link</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Taste</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Underlines its passages too, so the colour is not all</source>
        <translation>Unterstreicht ihre Passagen auch, damit nicht allein die Farbe zählt</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Unterstreichung</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Unitizing α_U</source>
        <translation>α_U der Segmentierung</translation>
    </message>
    <message>
        <source>Not defined: no passage of this tag in the documents every coder tagged.</source>
        <translation>Nicht definiert: keine Passage dieser Markierung in den Dokumenten, die jeder Codierer markiert hat.</translation>
    </message>
    <message>
        <source>Not defined: no variation to compare (for example, nobody used this tag).</source>
        <translation>Nicht definiert: keine Variation zum Vergleichen (zum Beispiel hat niemand diese Markierung verwendet).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierer</translation>
    </message>
    <message>
        <source>Not defined: the coders used no tag, or one alone, with no variation.</source>
        <translation>Nicht definiert: die Codierer haben keine oder nur eine Markierung verwendet, ohne Variation.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Characters {start}–{end}</source>
        <translation>Zeichen {start}–{end}</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Eine Markierung braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Es gibt schon eine Markierung namens „{name}“.</translation>
    </message>
    <message>
        <source>The key {key} is already in use by {command}.</source>
        <translation>Die Taste {key} ist schon von {command} belegt.</translation>
    </message>
    <message>
        <source>The fields cannot be read: {error}.</source>
        <translation>Die Felder können nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neue Markierung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen in…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add from &amp;Preset…</source>
        <translation>Aus &amp;Vorlage hinzufügen…</translation>
    </message>
    <message>
        <source>Move Them to Another Tag…</source>
        <translation>Zu einer anderen Markierung verschieben…</translation>
    </message>
    <message>
        <source>Delete Them Too</source>
        <translation>Auch löschen</translation>
    </message>
    <message>
        <source>Move the passages of “{tag}” to:</source>
        <translation>Die Passagen von „{tag}“ verschieben nach:</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>REFI-QDA-Codebuch</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <source>“{name}” was not imported: {error}.</source>
        <translation>„{name}“ wurde nicht importiert: {error}.</translation>
    </message>
    <message>
        <source>Choose a Tag</source>
        <translation>Markierung wählen</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed “{title}”. Ctrl+Z brings it back.</source>
        <translation>„{title}“ entfernt. Strg+Z holt es zurück.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>Die Zwischenablage enthält keinen Text für einen Artikel.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nichts einzufügen</translation>
    </message>
    <message>
        <source>Made “{title}” from the clipboard.</source>
        <translation>„{title}“ aus der Zwischenablage erstellt.</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
        <source>Importing “{name}” ({number} of {total})</source>
        <translation>„{name}“ wird importiert ({number} von {total})</translation>
    </message>
    <message>
        <source>Importing Articles</source>
        <translation>Artikel werden importiert</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <source>The address of the article (fetched once; nothing it links to is loaded):</source>
        <translation>Die Adresse des Artikels (einmal abgerufen; nichts, worauf er verweist, wird geladen):</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>{address} wird abgerufen…</translation>
    </message>
    <message>
        <source>Updated “{title}”: {kept} annotations moved with their passages, {lost} not found (kept, marked in the list).</source>
        <translation>„{title}“ aktualisiert: {kept} Annotationen sind mit ihren Passagen umgezogen, {lost} nicht gefunden (behalten, in der Liste markiert).</translation>
    </message>
    <message>
        <source>Updated “{title}”: {kept} annotations moved with their passages.</source>
        <translation>„{title}“ aktualisiert: {kept} Annotationen sind mit ihren Passagen umgezogen.</translation>
    </message>
    <message>
        <source>The article’s, else this computer’s</source>
        <translation>Die des Artikels, sonst die dieses Computers</translation>
    </message>
    <message>
        <source>Language of the text:</source>
        <translation>Sprache des Textes:</translation>
    </message>
    <message>
        <source>{count} PDFs hold scanned pages, with no text on them: {names} and {more} more.</source>
        <translation>{count} PDFs enthalten gescannte Seiten ohne Text: {names} und {more} weitere.</translation>
    </message>
    <message>
        <source>{count} PDFs hold scanned pages, with no text on them: {names}.</source>
        <translation>{count} PDFs enthalten gescannte Seiten ohne Text: {names}.</translation>
    </message>
    <message>
        <source>Scanned PDFs</source>
        <translation>Gescannte PDFs</translation>
    </message>
    <message>
        <source>Read its pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may hold the odd misread word: check the passages you quote.</source>
        <translation>Seine Seiten mit Texterkennung (Tesseract) lesen? Das dauert einige Sekunden pro Seite, und der Text kann vereinzelt falsch gelesene Wörter enthalten: Prüfen Sie die Passagen, die Sie zitieren.</translation>
    </message>
    <message>
        <source>Read their pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may hold the odd misread word: check the passages you quote.</source>
        <translation>Ihre Seiten mit Texterkennung (Tesseract) lesen? Das dauert einige Sekunden pro Seite, und der Text kann vereinzelt falsch gelesene Wörter enthalten: Prüfen Sie die Passagen, die Sie zitieren.</translation>
    </message>
    <message>
        <source>Reading page {page} of {total} of “{name}” (file {number} of {files})</source>
        <translation>Seite {page} von {total} von „{name}“ wird gelesen (Datei {number} von {files})</translation>
    </message>
    <message>
        <source>Reading page {page} of {total} of “{name}”</source>
        <translation>Seite {page} von {total} von „{name}“ wird gelesen</translation>
    </message>
    <message>
        <source>A newer version</source>
        <translation>Eine neuere Fassung</translation>
    </message>
    <message>
        <source>“{title}” has changed since you imported it.</source>
        <translation>„{title}“ hat sich geändert, seit Sie es importiert haben.</translation>
    </message>
    <message>
        <source>Update the document to this version? Your annotations move with their passages; any whose passage is gone are kept and listed as not found. Or keep both versions.</source>
        <translation>Das Dokument auf diese Fassung aktualisieren? Ihre Anmerkungen wandern mit ihren Passagen; solche, deren Passage fehlt, bleiben erhalten und werden als nicht gefunden aufgeführt. Oder behalten Sie beide Fassungen.</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}. The library as it was is kept beside it in the data folder.</source>
        <translation>Sicherung vom {backup} wiederhergestellt. Die Bibliothek, wie sie war, bleibt daneben im Datenordner erhalten.</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>{error}

Its password:</source>
        <translation>{error}

Sein Passwort:</translation>
    </message>
    <message>
        <source>Recognise Text</source>
        <translation>Text erkennen</translation>
    </message>
    <message>
        <source>Recognising Text</source>
        <translation>Texterkennung</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>Text wird erkannt…</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup yet. Readmark makes one each day it starts, in “{backup_folder}”.</source>
        <translation>Es gibt noch keine Sicherung. Readmark legt an jedem Tag, an dem es startet, eine an, in „{backup_folder}“.</translation>
    </message>
    <message>
        <source>Chart of passages per tag and document</source>
        <translation>Diagramm der Passagen je Markierung und Dokument</translation>
    </message>
    <message>
        <source>Summary of the Library</source>
        <translation>Übersicht über die Bibliothek</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Passages per tag and document</source>
        <translation>Passagen je Markierung und Dokument</translation>
    </message>
    <message>
        <source>Readmark’s library is damaged</source>
        <translation>Die Bibliothek von Readmark ist beschädigt</translation>
    </message>
    <message>
        <source>Readmark will not change the damaged file: it is kept beside the new library, renamed, whatever you choose.</source>
        <translation>Readmark ändert die beschädigte Datei nicht: Sie bleibt, umbenannt, neben der neuen Bibliothek erhalten, was immer Sie wählen.</translation>
    </message>
    <message>
        <source>Restore the Backup of {backup}</source>
        <translation>Sicherung vom {backup} wiederherstellen</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>Neue Bibliothek anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Replace the library with this backup? The library as it is now is kept beside it.</source>
        <translation>Die Bibliothek durch diese Sicherung ersetzen? Die Bibliothek, wie sie jetzt ist, bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation>Übereinstimmung der Codierer</translation>
    </message>
    <message>
        <source>Agreement per tag</source>
        <translation>Übereinstimmung je Markierung</translation>
    </message>
    <message>
        <source>Agreement per document</source>
        <translation>Übereinstimmung je Dokument</translation>
    </message>
    <message>
        <source>Per &amp;tag</source>
        <translation>Je &amp;Markierung</translation>
    </message>
    <message>
        <source>&amp;Per document</source>
        <translation>Je &amp;Dokument</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>Zu vergleichendes Dokument</translation>
    </message>
    <message>
        <source>Only d&amp;ifferences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Passages of the document by coder</source>
        <translation>Passagen des Dokuments nach Codierer</translation>
    </message>
    <message>
        <source>&amp;Method…</source>
        <translation>&amp;Methode…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codierer:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Choose at least two coders to compare.</source>
        <translation>Wählen Sie mindestens zwei Codierer zum Vergleichen.</translation>
    </message>
    <message>
        <source>No document has been tagged by two of the chosen coders yet.</source>
        <translation>Noch kein Dokument wurde von zwei der gewählten Codierer markiert.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement of {coders} on %n document(s) ({characters} characters) that two or more of them tagged.</source>
        <translation>
            <numerusform>Übereinstimmung von {coders} in %n Dokument ({characters} Zeichen), das mindestens zwei von ihnen markiert haben.</numerusform>
            <numerusform>Übereinstimmung von {coders} in %n Dokumenten ({characters} Zeichen), die mindestens zwei von ihnen markiert haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>α_U compares passages on the %n document(s) both tagged; each document&apos;s figures are under Per document.</source>
        <translation>
            <numerusform>α_U vergleicht Passagen in dem %n Dokument, das beide markiert haben; die Zahlen jedes Dokuments stehen unter Je Dokument.</numerusform>
            <numerusform>α_U vergleicht Passagen in den %n Dokumenten, die beide markiert haben; die Zahlen jedes Dokuments stehen unter Je Dokument.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>α_U compares passages on the %n document(s) all of them tagged; each document&apos;s figures are under Per document.</source>
        <translation>
            <numerusform>α_U vergleicht Passagen in dem %n Dokument, das alle markiert haben; die Zahlen jedes Dokuments stehen unter Je Dokument.</numerusform>
            <numerusform>α_U vergleicht Passagen in den %n Dokumenten, die alle markiert haben; die Zahlen jedes Dokuments stehen unter Je Dokument.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no document to compare.</source>
        <translation>Es gibt kein Dokument zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), {differ} where the coders differ.</source>
        <translation>
            <numerusform>%n Passage, {differ} mit Abweichungen zwischen den Codierern.</numerusform>
            <numerusform>%n Passagen, {differ} mit Abweichungen zwischen den Codierern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs two coders: none of the chosen coders has tagged this document.</source>
        <translation>Übereinstimmung braucht zwei Codierer: keiner der gewählten Codierer hat dieses Dokument markiert.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: no one has tagged this document.</source>
        <translation>Übereinstimmung braucht zwei Codierer: niemand hat dieses Dokument markiert.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: of the chosen coders, only {who} has tagged this document.</source>
        <translation>Übereinstimmung braucht zwei Codierer: von den gewählten Codierern hat nur {who} dieses Dokument markiert.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: only {who} has tagged this document.</source>
        <translation>Übereinstimmung braucht zwei Codierer: nur {who} hat dieses Dokument markiert.</translation>
    </message>
    <message>
        <source>How Agreement Is Measured</source>
        <translation>Wie die Übereinstimmung gemessen wird</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>Übereinstimmung exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV für Tabellen</translation>
    </message>
    <message>
        <source>Readmark could not write {file}: {error}</source>
        <translation>Readmark konnte {file} nicht schreiben: {error}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>The description of the method is missing from this installation.</source>
        <translation>Die Beschreibung der Methode fehlt in dieser Installation.</translation>
    </message>
    <message>
        <source>Add Tags from a Preset</source>
        <translation>Markierungen aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Tags of the preset</source>
        <translation>Markierungen der Vorlage</translation>
    </message>
    <message>
        <source>Adds the tags your codebook does not have yet. Tags you have keep their colour, key and description, and no passage changes. Undo takes the whole step back.</source>
        <translation>Fügt die Markierungen hinzu, die Ihr Codebuch noch nicht hat. Vorhandene Markierungen behalten Farbe, Taste und Beschreibung, und keine Passage ändert sich. Rückgängig nimmt den ganzen Schritt zurück.</translation>
    </message>
    <message>
        <source>&amp;Add Tags</source>
        <translation>Markierungen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>called
{tag}</source>
        <translation>markiert als
{tag}</translation>
    </message>
    <message>
        <source>left
untagged</source>
        <translation>nicht
markiert</translation>
    </message>
    <message>
        <source>the key&apos;s {tag}</source>
        <translation>{tag} der Lösung</translation>
    </message>
    <message>
        <source>What the class called each key passage</source>
        <translation>Wie die Klasse jede Passage der Lösung markiert hat</translation>
    </message>
    <message>
        <source>Each student&apos;s answer for each passage of the key: the tag they gave it (a passage they tagged twice over gave two answers), or none.</source>
        <translation>Die Antwort jeder und jedes Lernenden zu jeder Passage der Lösung: die vergebene Markierung (eine doppelt markierte Passage ergibt zwei Antworten) oder keine.</translation>
    </message>
    <message>
        <source>No passage of the key was given another tag.</source>
        <translation>Keine Passage der Lösung hat eine andere Markierung bekommen.</translation>
    </message>
    <message>
        <source>{key_tag} called {given}</source>
        <translation>{key_tag} als {given} markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>{called} ({answers}): {reasons}</source>
        <translation>{called} ({answers}): {reasons}</translation>
    </message>
    <message>
        <source>The reasons given with the mistakes:</source>
        <translation>Die Begründungen zu den Fehlern:</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Begründung</translation>
    </message>
    <message>
        <source>{answers}: a {key_tag} of the key left untagged</source>
        <translation>{answers}: eine Passage {key_tag} der Lösung nicht markiert</translation>
    </message>
    <message>
        <source>{answers}: a {key_tag} of the key called {given}</source>
        <translation>{answers}: eine Passage {key_tag} der Lösung als {given} markiert</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>„{title}“ aktualisieren</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {error}</translation>
    </message>
    <message>
        <source>The change was not saved, so it was not made: {reason}. Nothing else was changed; try again once that is put right.</source>
        <translation>Die Änderung wurde nicht gespeichert und daher nicht vorgenommen: {reason}. Sonst wurde nichts geändert; versuchen Sie es erneut, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>Evidence passages</source>
        <translation>Belegpassagen</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Passage…</source>
        <translation>&amp;Belegpassage hinzufügen…</translation>
    </message>
    <message>
        <source>Link a passage that supports or contradicts this claim (Ctrl+Shift+B)</source>
        <translation>Eine Passage verknüpfen, die diese Behauptung stützt oder widerlegt (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Add Evidence Passage…</source>
        <translation>Belegpassage hinzufügen…</translation>
    </message>
    <message>
        <source>Add Evidence Passage</source>
        <translation>Belegpassage hinzufügen</translation>
    </message>
    <message>
        <source>Document Labels</source>
        <translation>Dokumentetiketten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Um&amp;benennen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add Document Label</source>
        <translation>Dokumentetikett hinzufügen</translation>
    </message>
    <message>
        <source>Add document label {label}</source>
        <translation>Dokumentetikett {label} hinzufügen</translation>
    </message>
    <message>
        <source>Rename Document Label</source>
        <translation>Dokumentetikett umbenennen</translation>
    </message>
    <message>
        <source>Rename document label {label}</source>
        <translation>Dokumentetikett {label} umbenennen</translation>
    </message>
    <message>
        <source>Recolour document label {label}</source>
        <translation>Farbe des Dokumentetiketts {label} ändern</translation>
    </message>
    <message>
        <source>Move document label {label}</source>
        <translation>Dokumentetikett {label} verschieben</translation>
    </message>
    <message>
        <source>Remove document label {label}</source>
        <translation>Dokumentetikett {label} entfernen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Etikett braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a label “{name}” already.</source>
        <translation>Es gibt schon ein Etikett „{name}“.</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Etikettfarbe</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Kein Etikett</translation>
    </message>
    <message>
        <source>Labelled {label}</source>
        <translation>Als {label} etikettiert</translation>
    </message>
    <message>
        <source>{count} document(s) are labelled {label}. What should their label become?</source>
        <translation>{count} Dokument(e) tragen das Etikett {label}. Was soll aus ihrem Etikett werden?</translation>
    </message>
    <message>
        <source>Remove Document Label</source>
        <translation>Dokumentetikett entfernen</translation>
    </message>
    <message>
        <source>Keys: N / P next or previous disagreement · 1–{n} take that coder&apos;s version · M merge them with the tag chosen · T tag the text selected in the consensus · Delete leave the passage out · Ctrl+Z undo</source>
        <translation>Tasten: N / P nächste oder vorige Abweichung · 1–{n} die Fassung dieses Kodierers übernehmen · M sie mit dem gewählten Tag zusammenführen · T den im Konsens markierten Text taggen · Entf die Stelle auslassen · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>The agreed passages, each taken into the consensus or not · Alt+A takes those not yet taken · Alt+E back to the disagreements · Ctrl+Z undo</source>
        <translation>Die übereinstimmenden Stellen, jede in den Konsens übernommen oder nicht · Alt+A übernimmt die noch fehlenden · Alt+E zurück zu den Abweichungen · Strg+Z rückgängig</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Curate “{title}”</source>
        <translation>„{title}“ abgleichen</translation>
    </message>
    <message numerus="yes">
        <source> of %n coder(s)</source>
        <translation>
            <numerusform> von %n Kodierer</numerusform>
            <numerusform> von %n Kodierern</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders who must agree</source>
        <translation>Kodierer, die übereinstimmen müssen</translation>
    </message>
    <message>
        <source>&amp;Accept All Agreed</source>
        <translation>Alle übereinstimmenden &amp;übernehmen</translation>
    </message>
    <message>
        <source>Show agr&amp;eed</source>
        <translation>Überein&amp;stimmende zeigen</translation>
    </message>
    <message>
        <source>List the agreed passages one by one, each taken or not</source>
        <translation>Die übereinstimmenden Stellen einzeln auflisten, jede übernommen oder nicht</translation>
    </message>
    <message>
        <source>Agreed passages</source>
        <translation>Übereinstimmende Stellen</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Tag for a merge or a new passage</source>
        <translation>Tag für eine Zusammenführung oder eine neue Stelle</translation>
    </message>
    <message>
        <source>Consensus: select text and press T to tag it</source>
        <translation>Konsens: Text markieren und T drücken, um ihn zu taggen</translation>
    </message>
    <message>
        <source>Agreed when &amp;given alike by</source>
        <translation>Übereinstimmend, wenn &amp;gleich gegeben von</translation>
    </message>
    <message>
        <source>&amp;Tag for a merge or a new passage:</source>
        <translation>&amp;Tag für eine Zusammenführung oder eine neue Stelle:</translation>
    </message>
    <message>
        <source>all taken</source>
        <translation>alle übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet taken</source>
        <translation>
            <numerusform>%n noch nicht übernommen</numerusform>
            <numerusform>%n noch nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>   {agreed}, {waiting} · {disagreements}, {settled}</source>
        <translation>   {agreed}, {waiting} · {disagreements}, {settled}</translation>
    </message>
    <message numerus="yes">
        <source>%n agreed passage(s)</source>
        <translation>
            <numerusform>%n übereinstimmende Stelle</numerusform>
            <numerusform>%n übereinstimmende Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled</source>
        <translation>
            <numerusform>%n geklärt</numerusform>
            <numerusform>%n geklärt</numerusform>
        </translation>
    </message>
    <message>
        <source>No disagreement: every passage is agreed.</source>
        <translation>Keine Abweichung: Alle Stellen stimmen überein.</translation>
    </message>
    <message>
        <source>{coder}: {version}</source>
        <translation>{coder}: {version}</translation>
    </message>
    <message>
        <source>Consensus: {version}</source>
        <translation>Konsens: {version}</translation>
    </message>
    <message>
        <source>Take {coder}&apos;s version</source>
        <translation>Fassung von {coder} übernehmen</translation>
    </message>
    <message>
        <source>Merge versions as {tag}</source>
        <translation>Fassungen als {tag} zusammenführen</translation>
    </message>
    <message>
        <source>Leave out of consensus</source>
        <translation>Aus dem Konsens auslassen</translation>
    </message>
    <message>
        <source>Select words in the consensus pane first, then press T.</source>
        <translation>Markieren Sie zuerst Wörter im Konsensbereich und drücken Sie dann T.</translation>
    </message>
    <message>
        <source>Tag as {tag} in consensus</source>
        <translation>Im Konsens als {tag} taggen</translation>
    </message>
    <message>
        <source>Accept all agreed passages</source>
        <translation>Alle übereinstimmenden Stellen übernehmen</translation>
    </message>
    <message>
        <source>The consensus holds that already: nothing changed.</source>
        <translation>Der Konsens enthält das schon: Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>— nothing</source>
        <translation>— nichts</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <source>{tag} (part)</source>
        <translation>{tag} (Teil)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Gegeben von</translation>
    </message>
    <message>
        <source>matches the key</source>
        <translation>stimmt mit der Lösung überein</translation>
    </message>
    <message>
        <source>partly matches</source>
        <translation>stimmt teilweise überein</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <translation>falsche Markierung</translation>
    </message>
    <message>
        <source>not in the key</source>
        <translation>nicht in der Lösung</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>This exercise does not show its answer key.</source>
        <translation>Diese Übung zeigt ihre Lösung nicht.</translation>
    </message>
    <message>
        <source>This exercise has no answer key to check against.</source>
        <translation>Diese Übung hat keine Lösung, mit der verglichen werden kann.</translation>
    </message>
    <message>
        <source>You tagged it {tag}.</source>
        <translation>Sie haben sie als „{tag}“ markiert.</translation>
    </message>
    <message>
        <source>The key tags it {tag}.</source>
        <translation>Die Lösung markiert sie als „{tag}“.</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>Geprüft am {date}</translation>
    </message>
    <message>
        <source>Your passages</source>
        <translation>Ihre Passagen</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Im Artikel</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Markierungen</translation>
    </message>
    <message numerus="yes">
        <source>{points} of %n key passage(s)</source>
        <translation>
            <numerusform>{points} von %n Passage der Lösung</numerusform>
            <numerusform>{points} von %n Passagen der Lösung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n verfehlt</numerusform>
            <numerusform>%n verfehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the key or wrong tag</source>
        <translation>
            <numerusform>%n nicht in der Lösung oder falsch markiert</numerusform>
            <numerusform>%n nicht in der Lösung oder falsch markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Your teacher has not shared the key: the passages you missed are counted, not shown.</source>
        <translation>Ihre Lehrkraft hat die Lösung nicht freigegeben: Die Passagen, die Sie verfehlt haben, werden gezählt, aber nicht gezeigt.</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Ihre Punktzahl</translation>
    </message>
    <message>
        <source>A passage matches when it has the key passage&apos;s tag and the two share at least {match} of the characters either covers; it partly matches when they share any character. It has the wrong tag when it shares at least {wrong} with a key passage of another tag, and is not in the key otherwise. A key passage that no passage of its tag touches is missed.</source>
        <translation>Eine Passage stimmt überein, wenn sie die Markierung der Lösungspassage trägt und beide mindestens {match} der Zeichen teilen, die eine der beiden abdeckt; sie stimmt teilweise überein, wenn sie irgendein Zeichen teilen. Sie hat die falsche Markierung, wenn sie mindestens {wrong} mit einer Lösungspassage einer anderen Markierung teilt, und steht sonst nicht in der Lösung. Eine Lösungspassage, die keine Passage ihrer Markierung berührt, gilt als verfehlt.</translation>
    </message>
    <message>
        <source>Score per tag: 1 point for each key passage matched, ½ for one partly matched, divided by the key&apos;s passages plus your passages not in the key or with the wrong tag.</source>
        <translation>Punktzahl je Markierung: 1 Punkt für jede getroffene Lösungspassage, ½ für jede teilweise getroffene, geteilt durch die Zahl der Lösungspassagen plus die Ihrer Passagen, die nicht in der Lösung stehen oder falsch markiert sind.</translation>
    </message>
    <message>
        <source>Score per tag: 1 point for each key passage matched, ½ for one partly matched, divided by the key&apos;s passages plus a student&apos;s passages not in the key or with the wrong tag.</source>
        <translation>Punktzahl je Markierung: 1 Punkt für jede getroffene Lösungspassage, ½ für jede teilweise getroffene, geteilt durch die Zahl der Lösungspassagen plus die der Passagen der Schülerin oder des Schülers, die nicht in der Lösung stehen oder falsch markiert sind.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Worksheet, {date}</source>
        <translation>Arbeitsblatt, {date}</translation>
    </message>
    <message>
        <source>Answer sheet, {date}</source>
        <translation>Lösungsblatt, {date}</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Readmark report</source>
        <translation>Readmark-Bericht</translation>
    </message>
    <message>
        <source>Readmark report, {date}</source>
        <translation>Readmark-Bericht, {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Passage</numerusform>
            <numerusform>%n Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No passages are tagged in this document.</source>
        <translation>In diesem Dokument sind keine Passagen markiert.</translation>
    </message>
    <message>
        <source>Passages and notes</source>
        <translation>Passagen und Notizen</translation>
    </message>
    <message>
        <source>(a tag no longer in the codebook)</source>
        <translation>(eine Markierung, die nicht mehr im Codebuch steht)</translation>
    </message>
    <message>
        <source>(no longer found in this version of the text)</source>
        <translation>(in dieser Fassung des Textes nicht mehr gefunden)</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <translation>„{passage}“</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>named source</source>
        <translation>genannte Quelle</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>Abschwächung</translation>
    </message>
    <message>
        <source>first person</source>
        <translation>erste Person</translation>
    </message>
    <message>
        <source>evaluative word</source>
        <translation>wertendes Wort</translation>
    </message>
    <message>
        <source>number</source>
        <comment>column</comment>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>column</comment>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>passage</source>
        <comment>column</comment>
        <translation>Passage</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>Ende</translation>
    </message>
    <message>
        <source>found</source>
        <comment>column</comment>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>matched</source>
        <comment>column</comment>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>partly</source>
        <comment>column</comment>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>column</comment>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>tagged as {tag}</source>
        <comment>column</comment>
        <translation>markiert als {tag}</translation>
    </message>
    <message>
        <source>student</source>
        <comment>column</comment>
        <translation>Schüler/in</translation>
    </message>
    <message>
        <source>score</source>
        <comment>column</comment>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>{tag} score</source>
        <comment>column</comment>
        <translation>Punktzahl {tag}</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <comment>column</comment>
        <translation>falsche Markierung</translation>
    </message>
    <message>
        <source>not in key</source>
        <comment>column</comment>
        <translation>nicht in der Lösung</translation>
    </message>
    <message>
        <source>key&apos;s tag</source>
        <comment>column</comment>
        <translation>Markierung der Lösung</translation>
    </message>
    <message>
        <source>tag given</source>
        <comment>column</comment>
        <translation>vergebene Markierung</translation>
    </message>
    <message>
        <source>answers</source>
        <comment>column</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <comment>column</comment>
        <translation>Begründung: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <comment>column</comment>
        <translation>keine Begründung</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no tag given</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Claim or opinion</source>
        <translation>Behauptung oder Meinung</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>view credited to someone</source>
        <translation>jemandem zugeschriebene Ansicht</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>reaction reported</source>
        <translation>berichtete Reaktion</translation>
    </message>
    <message>
        <source>judgement reported</source>
        <translation>berichtetes Urteil</translation>
    </message>
    <message>
        <source>advice reported</source>
        <translation>berichteter Rat</translation>
    </message>
    <message>
        <source>evaluative</source>
        <translation>wertend</translation>
    </message>
    <message>
        <source>subjectivity lexicon</source>
        <translation>Subjektivitätslexikon</translation>
    </message>
    <message>
        <source>generalisation</source>
        <translation>Verallgemeinerung</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>past event</source>
        <translation>vergangenes Ereignis</translation>
    </message>
    <message>
        <source>routine or relation</source>
        <translation>Gewohnheit oder Zugehörigkeit</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>eine schlichte Aussage</translation>
    </message>
    <message>
        <source>marked as a caption by the importer</source>
        <translation>beim Import als Bildunterschrift erkannt</translation>
    </message>
    <message>
        <source>caption line</source>
        <translation>Zeile einer Bildunterschrift</translation>
    </message>
    <message>
        <source>ends with a dateline</source>
        <translation>endet mit einer Datumszeile</translation>
    </message>
    <message>
        <source>repeated in the text, as captions are</source>
        <translation>im Text wiederholt, wie es Bildunterschriften sind</translation>
    </message>
    <message>
        <source>quoted inside a quotation</source>
        <translation>innerhalb eines Zitats zitiert</translation>
    </message>
    <message>
        <source>direct speech in quotation marks</source>
        <translation>direkte Rede in Anführungszeichen</translation>
    </message>
    <message>
        <source>block quote</source>
        <translation>Blockzitat</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>{kind}: {evidence}</source>
        <translation>{kind}: {evidence}</translation>
    </message>
    <message>
        <source>{reason}; {more}</source>
        <translation>{reason}; {more}</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Tag as {tag}</source>
        <translation>Als {tag} markieren</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung löschen</numerusform>
            <numerusform>%n Anmerkungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung hinzufügen</numerusform>
            <numerusform>%n Anmerkungen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>„{title}“ wiederherstellen</translation>
    </message>
    <message>
        <source>New tag “{tag}”</source>
        <translation>Neue Markierung „{tag}“</translation>
    </message>
    <message>
        <source>Change tag “{tag}”</source>
        <translation>Markierung „{tag}“ ändern</translation>
    </message>
    <message>
        <source>Delete tag {tag}</source>
        <translation>Markierung {tag} löschen</translation>
    </message>
    <message>
        <source>Merge into {tag}</source>
        <translation>In {tag} zusammenführen</translation>
    </message>
    <message>
        <source>Restore tag “{tag}”</source>
        <translation>Markierung „{tag}“ wiederherstellen</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>{field} festlegen</translation>
    </message>
    <message>
        <source>Edit fields</source>
        <translation>Felder bearbeiten</translation>
    </message>
    <message>
        <source>Change tag to {tag}</source>
        <translation>Markierung in {tag} ändern</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>Als {label} kennzeichnen</translation>
    </message>
    <message>
        <source>Remove document label</source>
        <translation>Dokumentetikett entfernen</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Begründung entfernen</translation>
    </message>
    <message>
        <source>Give reason: {reason}</source>
        <translation>Begründung angeben: {reason}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>Einstellung ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change tag of %n annotation(s)</source>
        <translation>
            <numerusform>Markierung von %n Anmerkung ändern</numerusform>
            <numerusform>Markierung von %n Anmerkungen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder tags</source>
        <translation>Markierungen neu ordnen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>its “{name}” unpacks to more than {size}</source>
        <translation>der Bestandteil „{name}“ ist entpackt größer als {size}</translation>
    </message>
    <message>
        <source>its contents nest more than {depth} levels deep</source>
        <translation>der Inhalt ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is not an EPUB book it can read: it is damaged, or another kind of file</source>
        <translation>ist kein lesbares EPUB-Buch: Es ist beschädigt oder eine andere Art von Datei</translation>
    </message>
    <message>
        <source>has no text in it</source>
        <translation>enthält keinen Text</translation>
    </message>
    <message>
        <source>is not a complete EPUB book: “{path}” is missing</source>
        <translation>ist kein vollständiges EPUB-Buch: „{path}“ fehlt</translation>
    </message>
    <message>
        <source>cannot be opened: {refusal}</source>
        <translation>kann nicht geöffnet werden: {refusal}</translation>
    </message>
    <message>
        <source>is damaged: “{path}” cannot be unpacked</source>
        <translation>ist beschädigt: „{path}“ lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>is damaged: “{path}” is not valid XML</source>
        <translation>ist beschädigt: „{path}“ ist kein gültiges XML</translation>
    </message>
    <message>
        <source>is not an EPUB book: it names no package</source>
        <translation>ist kein EPUB-Buch: Es nennt keine Paketdatei</translation>
    </message>
    <message>
        <source>is protected by DRM, so its text cannot be read</source>
        <translation>ist durch DRM geschützt, daher kann der Text nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not an EPUB book: it has no chapters</source>
        <translation>ist kein EPUB-Buch: Es enthält keine Kapitel</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a saved web page: there is no HTML in it</source>
        <translation>ist keine gespeicherte Webseite: Darin ist kein HTML</translation>
    </message>
    <message>
        <source>has no article in it</source>
        <translation>enthält keinen Artikel</translation>
    </message>
    <message>
        <source>“{name}” {reason}.</source>
        <translation>„{name}“ {reason}.</translation>
    </message>
    <message>
        <source>The file {reason}.</source>
        <translation>Die Datei {reason}.</translation>
    </message>
    <message>
        <source>is not a text file: it looks like binary data</source>
        <translation>ist keine Textdatei, sondern scheint Binärdaten zu enthalten</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>is too large to open ({size}; the limit is {limit})</source>
        <translation>ist zu groß zum Öffnen ({size}; die Grenze liegt bei {limit})</translation>
    </message>
    <message>
        <source>could not be read: its name is not valid</source>
        <translation>konnte nicht gelesen werden: Der Name ist ungültig</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count}&#xa0;KB</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}&#xa0;Byte</translation>
    </message>
    <message>
        <source>could not be found</source>
        <translation>wurde nicht gefunden</translation>
    </message>
    <message>
        <source>could not be read: permission denied</source>
        <translation>konnte nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>could not be read: {detail}</source>
        <translation>konnte nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>is not a complete document: “{path}” is missing</source>
        <translation>ist kein vollständiges Dokument: „{path}“ fehlt</translation>
    </message>
    <message>
        <source>is not a Word document it can read: it is damaged, or another kind of file</source>
        <translation>ist kein lesbares Word-Dokument: Es ist beschädigt oder eine andere Art von Datei</translation>
    </message>
    <message>
        <source>is not an OpenDocument text it can read: it is damaged, or another kind of file</source>
        <translation>ist kein lesbarer OpenDocument-Text: Es ist beschädigt oder eine andere Art von Datei</translation>
    </message>
    <message>
        <source>is locked, and that password does not open it</source>
        <translation>ist gesperrt, und dieses Passwort öffnet es nicht</translation>
    </message>
    <message>
        <source>is locked with a password</source>
        <translation>ist mit einem Passwort geschützt</translation>
    </message>
    <message>
        <source>is not a PDF it can read: it may be damaged</source>
        <translation>ist kein lesbares PDF: Es ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>has no text in it: it is a scan or pictures of pages, which text recognition (OCR) can read</source>
        <translation>enthält keinen Text: Es ist ein Scan oder besteht aus Bildern von Seiten, die die Texterkennung (OCR) lesen kann</translation>
    </message>
    <message>
        <source>has no text in it: it is a scan or pictures of pages, which would need text recognition (OCR) first: install Tesseract to have Readmark do it</source>
        <translation>enthält keinen Text: Es ist ein Scan oder besteht aus Bildern von Seiten, die zuerst eine Texterkennung (OCR) bräuchten: Installieren Sie Tesseract, damit Readmark das übernimmt</translation>
    </message>
    <message>
        <source>has no text on page {pages}: it is a scan, which text recognition (OCR) can read</source>
        <translation>enthält auf Seite {pages} keinen Text: Die Seite ist ein Scan, den die Texterkennung (OCR) lesen kann</translation>
    </message>
    <message>
        <source>has no text on pages {pages}: they are scans, which text recognition (OCR) can read</source>
        <translation>enthält auf den Seiten {pages} keinen Text: Die Seiten sind Scans, die die Texterkennung (OCR) lesen kann</translation>
    </message>
    <message>
        <source>Page {pages} of “{name}” was left out: it is a scan, with no text in it, which would need text recognition (OCR): install Tesseract to have Readmark read it</source>
        <translation>Seite {pages} von „{name}“ wurde ausgelassen: Sie ist ein Scan ohne Text, der eine Texterkennung (OCR) bräuchte: Installieren Sie Tesseract, damit Readmark sie liest</translation>
    </message>
    <message>
        <source>Pages {pages} of “{name}” were left out: they are scans, with no text in them, which would need text recognition (OCR): install Tesseract to have Readmark read them</source>
        <translation>Die Seiten {pages} von „{name}“ wurden ausgelassen: Es sind Scans ohne Text, die eine Texterkennung (OCR) bräuchten: Installieren Sie Tesseract, damit Readmark sie liest</translation>
    </message>
    <message>
        <source>{pages} and {last}</source>
        <translation>{pages} und {last}</translation>
    </message>
    <message>
        <source>has no text that text recognition could read</source>
        <translation>enthält keinen Text, den die Texterkennung lesen konnte</translation>
    </message>
    <message>
        <source>needs text recognition, and Tesseract is not installed</source>
        <translation>braucht Texterkennung, und Tesseract ist nicht installiert</translation>
    </message>
    <message>
        <source>was not imported: its text recognition was stopped</source>
        <translation>wurde nicht importiert: Die Texterkennung wurde abgebrochen</translation>
    </message>
    <message>
        <source>could not be read by Tesseract: {error}</source>
        <translation>konnte von Tesseract nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>is not a web address (it should begin with https://)</source>
        <translation>ist keine Webadresse (sie sollte mit https:// beginnen)</translation>
    </message>
    <message>
        <source>could not be fetched: the site answered {code} {reason}</source>
        <translation>konnte nicht abgerufen werden: Die Website antwortete {code} {reason}</translation>
    </message>
    <message>
        <source>is not a web page or document it can read ({type})</source>
        <translation>ist weder eine Webseite noch ein Dokument, das Readmark lesen kann ({type})</translation>
    </message>
    <message>
        <source>is too large to open (over {limit} MB)</source>
        <translation>ist zu groß zum Öffnen (über {limit}&#xa0;MB)</translation>
    </message>
    <message>
        <source>could not be fetched: {host} could not be found. Check the address, or whether this computer is online</source>
        <translation>konnte nicht abgerufen werden: {host} wurde nicht gefunden. Prüfen Sie die Adresse oder ob dieser Computer mit dem Internet verbunden ist</translation>
    </message>
    <message>
        <source>could not be fetched: {host} did not answer within {seconds} seconds</source>
        <translation>konnte nicht abgerufen werden: {host} hat nicht innerhalb von {seconds} Sekunden geantwortet</translation>
    </message>
    <message>
        <source>could not be fetched: {host} refused the connection</source>
        <translation>konnte nicht abgerufen werden: {host} hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>could not be fetched ({detail}): check whether this computer is online</source>
        <translation>konnte nicht abgerufen werden ({detail}): Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist</translation>
    </message>
    <message>
        <source>it is not a codebook file (not XML: {error})</source>
        <translation>Die Datei ist keine Codebuch-Datei (kein XML: {error})</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA codebook (no CodeBook element)</source>
        <translation>Die Datei ist kein REFI-QDA-Codebuch (kein CodeBook-Element)</translation>
    </message>
    <message>
        <source>it holds no codes</source>
        <translation>Die Datei enthält keine Codes</translation>
    </message>
    <message>
        <source>a code in it has no name</source>
        <translation>Ein Code darin hat keinen Namen</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>it lacks the columns {columns} of a Readmark CSV export</source>
        <translation>Ihr fehlen die Spalten {columns} eines CSV-Exports von Readmark</translation>
    </message>
    <message>
        <source>it lacks the column {columns} of a Readmark CSV export</source>
        <translation>Ihr fehlt die Spalte {columns} eines CSV-Exports von Readmark</translation>
    </message>
    <message>
        <source>it is not a readable CSV file ({error})</source>
        <translation>Die Datei ist keine lesbare CSV-Datei ({error})</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>Die Datei ist keine Textdatei</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (not a readable zip archive)</source>
        <translation>Die Datei ist kein REFI-QDA-Projekt (kein lesbares ZIP-Archiv)</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (no project.qde in it)</source>
        <translation>Die Datei ist kein REFI-QDA-Projekt (sie enthält keine project.qde)</translation>
    </message>
    <message>
        <source>it is damaged: “{name}” cannot be unpacked ({error})</source>
        <translation>Die Datei ist beschädigt: „{name}“ lässt sich nicht entpacken ({error})</translation>
    </message>
    <message>
        <source>its “{name}” is packed in a way Readmark cannot read</source>
        <translation>Ihr Bestandteil „{name}“ ist auf eine Weise gepackt, die Readmark nicht lesen kann</translation>
    </message>
    <message>
        <source>its project.qde is not XML ({error})</source>
        <translation>Ihre project.qde ist kein XML ({error})</translation>
    </message>
    <message>
        <source>its project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>Ihre project.qde ist kein REFI-QDA-Projekt (kein Project-Element)</translation>
    </message>
    <message>
        <source>its codebook cannot be read: {error}</source>
        <translation>Ihr Codebuch kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>it is not a UTF-8 text file</source>
        <translation>Die Datei ist keine UTF-8-Textdatei</translation>
    </message>
    <message>
        <source>it is not JSON (line {line}: {error})</source>
        <translation>Die Datei ist kein JSON (Zeile {line}: {error})</translation>
    </message>
    <message>
        <source>its item {number} is not a Web Annotation</source>
        <translation>Ihr Eintrag {number} ist keine Web Annotation</translation>
    </message>
    <message>
        <source>it is not a Web Annotation file (neither an object nor a list)</source>
        <translation>Die Datei ist keine Web-Annotation-Datei (weder ein Objekt noch eine Liste)</translation>
    </message>
    <message>
        <source>its collection has no pages</source>
        <translation>Ihre Sammlung hat keine Seiten</translation>
    </message>
    <message>
        <source>its annotations are on pages elsewhere (the collection only links to them)</source>
        <translation>Ihre Anmerkungen stehen auf Seiten an anderer Stelle (die Sammlung verweist nur auf sie)</translation>
    </message>
    <message>
        <source>its pages link in a circle</source>
        <translation>Ihre Seiten verweisen im Kreis aufeinander</translation>
    </message>
    <message>
        <source>it is not a Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection in it)</source>
        <translation>Die Datei ist keine Web-Annotation-Datei (sie enthält weder Annotation noch AnnotationPage noch AnnotationCollection)</translation>
    </message>
    <message>
        <source>a page of its annotations has no list of items</source>
        <translation>Eine Seite ihrer Anmerkungen hat keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>its quote is not text</source>
        <translation>Ihr Zitat ist kein Text</translation>
    </message>
    <message>
        <source>its text position is not a pair of offsets</source>
        <translation>Ihre Textposition ist kein Paar von Positionen</translation>
    </message>
    <message>
        <source>it selects no text (no TextPositionSelector or TextQuoteSelector)</source>
        <translation>Sie wählt keinen Text aus (weder TextPositionSelector noch TextQuoteSelector)</translation>
    </message>
    <message>
        <source>its target is not a part of a text (no source with a selector)</source>
        <translation>Ihr Ziel ist kein Teil eines Textes (keine Quelle mit einem Selektor)</translation>
    </message>
    <message>
        <source>it has no tag (no body with the purpose “tagging”)</source>
        <translation>Sie hat keine Markierung (kein Body mit dem Zweck „tagging“)</translation>
    </message>
    <message>
        <source>its list of documents is not a list</source>
        <translation>Ihre Liste der Dokumente ist keine Liste</translation>
    </message>
    <message>
        <source>its document {number} has no id</source>
        <translation>Ihr Dokument {number} hat keine ID</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it would add {count} tags, and Readmark takes at most {most} new tags from one file.</source>
        <translation>„{name}“ kann nicht importiert werden: Die Datei würde {count} Markierungen hinzufügen, und Readmark übernimmt höchstens {most} neue Markierungen aus einer Datei.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: Readmark reads annotations from .json (Web Annotation), .csv and .qdpx (REFI-QDA) files.</source>
        <translation>„{name}“ kann nicht importiert werden: Readmark liest Anmerkungen aus .json- (Web Annotation), .csv- und .qdpx-Dateien (REFI-QDA).</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is larger than 200 MB.</source>
        <translation>„{name}“ kann nicht importiert werden: Die Datei ist größer als 200&#xa0;MB.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {error}.</source>
        <translation>„{name}“ kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}.</source>
        <translation>„{name}“ kann nicht importiert werden: {reason}.</translation>
    </message>
    <message>
        <source>Report as a web page</source>
        <translation>Bericht als Webseite</translation>
    </message>
    <message>
        <source>Fact checks for publishing (ClaimReview)</source>
        <translation>Faktenchecks zum Veröffentlichen (ClaimReview)</translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation>Bericht als PDF</translation>
    </message>
    <message>
        <source>Readmark cannot export “{kind}” here.</source>
        <translation>Readmark kann „{kind}“ hier nicht exportieren.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma or a semicolon.</source>
        <translation>Das CSV-Trennzeichen muss ein Komma oder ein Semikolon sein.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {most} annotations, and this export has more. Export them as CSV, or fewer documents at a time.</source>
        <translation>Ein Excel-Tabellenblatt fasst höchstens {most} Anmerkungen, und dieser Export hat mehr. Exportieren Sie sie als CSV oder weniger Dokumente auf einmal.</translation>
    </message>
    <message>
        <source>The fact checks were not exported: {reason}.</source>
        <translation>Die Faktenchecks wurden nicht exportiert: {reason}.</translation>
    </message>
    <message>
        <source>There is no document {id} in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Dokument {id}.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}” in this library; its tags are {tags}.</source>
        <translation>In dieser Bibliothek gibt es keine Markierung „{tag}“; ihre Markierungen sind {tags}.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address (https://…): fact-check readers need the address of the page the reviews are published on</source>
        <translation>„{address}“ ist keine Webadresse (https://…): Programme, die Faktenchecks lesen, brauchen die Adresse der Seite, auf der die Prüfungen veröffentlicht werden</translation>
    </message>
    <message>
        <source>it is a student&apos;s work file, not an exercise</source>
        <translation>Die Datei ist eine Arbeitsdatei von Lernenden, keine Übung</translation>
    </message>
    <message>
        <source>it is damaged (an incomplete or broken zip file)</source>
        <translation>Die Datei ist beschädigt (eine unvollständige oder defekte ZIP-Datei)</translation>
    </message>
    <message>
        <source>it is not a Readmark exercise (not a zip file)</source>
        <translation>Die Datei ist keine Readmark-Übung (keine ZIP-Datei)</translation>
    </message>
    <message>
        <source>it is not a Readmark exercise</source>
        <translation>Die Datei ist keine Readmark-Übung</translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <translation>Die Datei ist beschädigt ({error})</translation>
    </message>
    <message>
        <source>it is packed in a way Readmark cannot read</source>
        <translation>Die Datei ist auf eine Weise gepackt, die Readmark nicht lesen kann</translation>
    </message>
    <message>
        <source>it is damaged (its contents cannot be read)</source>
        <translation>Die Datei ist beschädigt (ihr Inhalt kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>it was made by a newer Readmark; update Readmark to open it</source>
        <translation>Die Datei wurde mit einer neueren Version von Readmark erstellt; aktualisieren Sie Readmark, um sie zu öffnen</translation>
    </message>
    <message>
        <source>it is damaged (its text does not match its checksum)</source>
        <translation>Die Datei ist beschädigt (ihr Text passt nicht zu ihrer Prüfsumme)</translation>
    </message>
    <message>
        <source>it is damaged (its text holds control characters)</source>
        <translation>Die Datei ist beschädigt (ihr Text enthält Steuerzeichen)</translation>
    </message>
    <message>
        <source>it is damaged (a part of it is missing or malformed)</source>
        <translation>Die Datei ist beschädigt (ein Teil fehlt oder ist fehlerhaft)</translation>
    </message>
    <message>
        <source>it is damaged (a tag&apos;s name is empty or too long)</source>
        <translation>Die Datei ist beschädigt (der Name einer Markierung ist leer oder zu lang)</translation>
    </message>
    <message>
        <source>it is damaged (its paragraphs do not fit its text)</source>
        <translation>Die Datei ist beschädigt (ihre Absätze passen nicht zu ihrem Text)</translation>
    </message>
    <message>
        <source>it has a passage of “{tag}”, a tag not in play</source>
        <translation>Die Datei enthält eine Passage „{tag}“, eine Markierung, die in der Übung nicht vorkommt</translation>
    </message>
    <message>
        <source>its passages do not match its text</source>
        <translation>Ihre Passagen passen nicht zu ihrem Text</translation>
    </message>
    <message>
        <source>it is too large for a work file (over 16 MB)</source>
        <translation>Die Datei ist zu groß für eine Arbeitsdatei (über 16&#xa0;MB)</translation>
    </message>
    <message>
        <source>it is not a Readmark work file</source>
        <translation>Die Datei ist keine Arbeitsdatei von Readmark</translation>
    </message>
    <message>
        <source>it was made by a newer Readmark; update Readmark to read it</source>
        <translation>Die Datei wurde mit einer neueren Version von Readmark erstellt; aktualisieren Sie Readmark, um sie zu lesen</translation>
    </message>
    <message>
        <source>it is the work for another exercise</source>
        <translation>Die Datei ist die Arbeit zu einer anderen Übung</translation>
    </message>
    <message>
        <source>its document&apos;s text differs from the exercise&apos;s</source>
        <translation>Der Text ihres Dokuments weicht von dem der Übung ab</translation>
    </message>
    <message>
        <source>{field} is one of {choices}, not “{value}”</source>
        <translation>{field} ist einer der Werte {choices}, nicht „{value}“</translation>
    </message>
    <message>
        <source>{field} is a number, not “{value}”</source>
        <translation>{field} ist eine Zahl, nicht „{value}“</translation>
    </message>
    <message>
        <source>{field} is a date (YYYY-MM-DD), not “{value}”</source>
        <translation>{field} ist ein Datum (JJJJ-MM-TT), nicht „{value}“</translation>
    </message>
    <message>
        <source>{field} holds web addresses (http://, https://), not “{value}”</source>
        <translation>{field} enthält Webadressen (http://, https://), nicht „{value}“</translation>
    </message>
    <message>
        <source>the tag&apos;s fields cannot be read ({error})</source>
        <translation>die Felder der Markierung können nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>line {number} is not “name: kind” with a kind of {kinds}</source>
        <translation>Zeile {number} hat nicht die Form „Name: Art“ mit einer Art aus {kinds}</translation>
    </message>
    <message>
        <source>line {number}: a choice lists its values, “{name}: choice (a, b)”</source>
        <translation>Zeile {number}: Eine Auswahl nennt ihre Werte, „{name}: choice (a, b)“</translation>
    </message>
    <message>
        <source>line {number}: there is already a field called “{name}”</source>
        <translation>Zeile {number}: Es gibt bereits ein Feld namens „{name}“</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most {most} rows</source>
        <translation>ein Excel-Tabellenblatt fasst höchstens {most} Zeilen</translation>
    </message>
    <message>
        <source>Choose at least one tag for the exercise.</source>
        <translation>Wählen Sie mindestens eine Markierung für die Übung.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened as an exercise: {reason}.</source>
        <translation>„{name}“ kann nicht als Übung geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>Set your name first, so that your teacher knows whose work it is.</source>
        <translation>Geben Sie zuerst Ihren Namen an, damit Ihre Lehrkraft weiß, von wem die Arbeit ist.</translation>
    </message>
    <message>
        <source>This document&apos;s text differs from the exercise&apos;s.</source>
        <translation>Der Text dieses Dokuments weicht von dem der Übung ab.</translation>
    </message>
    <message>
        <source>Choose the students&apos; work files.</source>
        <translation>Wählen Sie die Arbeitsdateien der Lernenden.</translation>
    </message>
    <message>
        <source>This exercise has no answer key, so the work cannot be scored.</source>
        <translation>Diese Übung hat keine Lösung, daher kann die Arbeit nicht bewertet werden.</translation>
    </message>
    <message>
        <source>“{name}” is not a Readmark work file.</source>
        <translation>„{name}“ ist keine Readmark-Arbeitsdatei.</translation>
    </message>
    <message>
        <source>“{name}” is the work for an exercise not made in this library. Choose the exercise&apos;s file to score it.</source>
        <translation>„{name}“ ist die Arbeit zu einer Übung, die nicht in dieser Bibliothek erstellt wurde. Wählen Sie die Datei der Übung, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is larger than 100 MB.</source>
        <translation>„{name}“ kann nicht gelesen werden: Die Datei ist größer als 100&#xa0;MB.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: {reason}.</source>
        <translation>„{name}“ kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>Import “{title}”</source>
        <translation>„{title}“ importieren</translation>
    </message>
    <message>
        <source>Import {count} articles</source>
        <translation>{count} Artikel importieren</translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}.</source>
        <translation>„{name}“ wurde nicht hinzugefügt: {reason}.</translation>
    </message>
    <message>
        <source>Added {articles}</source>
        <translation>Hinzugefügt: {articles}</translation>
    </message>
    <message>
        <source>{articles} was in your library already (opened, not copied)</source>
        <translation>{articles} war schon in Ihrer Bibliothek (geöffnet, nicht kopiert)</translation>
    </message>
    <message>
        <source>{articles} were in your library already (opened, not copied)</source>
        <translation>{articles} waren schon in Ihrer Bibliothek (geöffnet, nicht kopiert)</translation>
    </message>
    <message>
        <source>{articles} changed since imported</source>
        <translation>seit dem Import geändert: {articles}</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the files brought in as notes on the “{tag}” tag</source>
        <translation>
            <numerusform>%n Kommentar aus den Dateien als Notiz mit der Markierung „{tag}“ übernommen</numerusform>
            <numerusform>%n Kommentare aus den Dateien als Notizen mit der Markierung „{tag}“ übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the files left out, as chosen</source>
        <translation>
            <numerusform>%n Kommentar aus den Dateien wie gewünscht ausgelassen</numerusform>
            <numerusform>%n Kommentare aus den Dateien wie gewünscht ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n Datei nicht importiert</numerusform>
            <numerusform>%n Dateien nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Found no articles to import.</source>
        <translation>Es wurden keine Artikel zum Importieren gefunden.</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} Artikel</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <source>{titles} and {last}</source>
        <translation>{titles} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag ablehnen</numerusform>
            <numerusform>%n Vorschläge ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Readmark cannot open its library</source>
        <translation>Readmark kann seine Bibliothek nicht öffnen</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>Die tägliche Sicherung konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>the library “{library}” is damaged</source>
        <translation>die Bibliothek „{library}“ ist beschädigt</translation>
    </message>
    <message>
        <source>the library “{library}” failed its daily check: it is damaged. Restart Readmark to restore its newest good backup.</source>
        <translation>die Bibliothek „{library}“ hat ihre tägliche Prüfung nicht bestanden: Sie ist beschädigt. Starten Sie Readmark neu, um ihre neueste intakte Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged.</source>
        <translation>Die Sicherung „{name}“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The library “{path}” is damaged: its schema version ({version}) is not one Readmark ever wrote. The file was left untouched.</source>
        <translation>Die Bibliothek „{path}“ ist beschädigt: Ihre Schemaversion ({version}) hat Readmark nie geschrieben. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The library “{path}” was written by a newer version of Readmark (schema {version}; this version reads up to {newest}). Update Readmark to open it; the file was left untouched.</source>
        <translation>Die Bibliothek „{path}“ wurde von einer neueren Readmark-Version geschrieben (Schema {version}; diese Version liest bis {newest}). Aktualisieren Sie Readmark, um sie zu öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The library “{path}” could not be opened: {reason}. The file was left untouched.</source>
        <translation>Die Bibliothek „{path}“ konnte nicht geöffnet werden: {reason}. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a library file.</source>
        <translation>„{path}“ ist ein Ordner, keine Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>The library “{path}” could not be read: {reason}.</source>
        <translation>Die Bibliothek „{path}“ konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a Readmark library (it is not an SQLite database). The file was left untouched.</source>
        <translation>„{path}“ ist keine Readmark-Bibliothek (keine SQLite-Datenbank). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>The library “{path}” is read-only, and Readmark saves every change as you make it. Make the file writable, or copy it somewhere you can write, and open that.</source>
        <translation>Die Bibliothek „{path}“ ist schreibgeschützt, und Readmark speichert jede Änderung sofort. Machen Sie die Datei beschreibbar oder kopieren Sie sie an einen Ort, an dem Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The library “{path}” is damaged ({problems}). The file was left untouched.</source>
        <translation>Die Bibliothek „{path}“ ist beschädigt ({problems}). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Some of those annotations are no longer in the library.</source>
        <translation>Einige dieser Anmerkungen sind nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>There is no document {document_id} in this library.</source>
        <translation>In dieser Bibliothek gibt es kein Dokument {document_id}.</translation>
    </message>
    <message>
        <source>The document “{title}” cannot be read: its text in the library is damaged. File &gt; Restore from Backup… brings back an earlier copy of the library.</source>
        <translation>Das Dokument „{title}“ kann nicht gelesen werden: Sein Text in der Bibliothek ist beschädigt. Datei &gt; Aus Sicherung wiederherstellen… holt eine frühere Kopie der Bibliothek zurück.</translation>
    </message>
    <message>
        <source>The annotation {annotation_id} is no longer in the library.</source>
        <translation>Die Anmerkung {annotation_id} ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The tag “{name}” is no longer in the library.</source>
        <translation>Die Markierung „{name}“ ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The tag {tag_id} is no longer in the library.</source>
        <translation>Die Markierung {tag_id} ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not reach the team library: {reason}</source>
        <translation>Die Team-Bibliothek ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <source>The connection to the team library was lost ({reason}). Nothing was half written; try again to complete it.</source>
        <translation>Die Verbindung zur Team-Bibliothek ist abgebrochen ({reason}). Nichts wurde halb geschrieben; versuchen Sie es erneut, um es abzuschließen.</translation>
    </message>
    <message>
        <source>That database holds no team library; a lead sets it up with `readmark team init URL`.</source>
        <translation>Diese Datenbank enthält keine Team-Bibliothek; eine Leitung richtet sie mit `readmark team init URL` ein.</translation>
    </message>
    <message>
        <source>The team library was upgraded by a newer Readmark (team schema {version}; this version knows up to {needed}). Update Readmark to sync; nothing was written.</source>
        <translation>Die Team-Bibliothek wurde von einem neueren Readmark aktualisiert (Team-Schema {version}; diese Version kennt bis {needed}). Aktualisieren Sie Readmark zum Synchronisieren; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The team library has team schema {version}; this Readmark needs {needed}. A lead upgrades it with `readmark team upgrade URL`.</source>
        <translation>Die Team-Bibliothek hat Team-Schema {version}; dieses Readmark braucht {needed}. Eine Leitung aktualisiert sie mit `readmark team upgrade URL`.</translation>
    </message>
    <message>
        <source>That database already holds other tables ({names}); a team library needs an empty database of its own. Nothing was changed.</source>
        <translation>Diese Datenbank enthält bereits andere Tabellen ({names}); eine Team-Bibliothek braucht eine eigene, leere Datenbank. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>That database holds no team library; use `readmark team init URL`.</source>
        <translation>Diese Datenbank enthält keine Team-Bibliothek; verwenden Sie `readmark team init URL`.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a coder&apos;s login: use a letter, then letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>„{name}“ kann kein Login eines Kodierers sein: Verwenden Sie einen Buchstaben, dann Buchstaben, Ziffern, „.“, „_“ oder „-“ (höchstens 63).</translation>
    </message>
    <message>
        <source>There is no coder called “{name}” in this team.</source>
        <translation>In diesem Team gibt es keinen Kodierer namens „{name}“.</translation>
    </message>
    <message>
        <source>The team library has no document “{document}”.</source>
        <translation>Die Team-Bibliothek hat kein Dokument „{document}“.</translation>
    </message>
    <message>
        <source>“{document}” names {count} documents; give the start of one&apos;s content hash instead (`readmark show` prints it).</source>
        <translation>„{document}“ bezeichnet {count} Dokumente; geben Sie stattdessen den Anfang des Inhalts-Hashs eines davon an (`readmark show` zeigt ihn).</translation>
    </message>
    <message>
        <source>Only a lead of the team makes it blind or reveals it.</source>
        <translation>Nur eine Leitung des Teams macht es blind oder deckt es auf.</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL address: {reason}</source>
        <translation>Das ist keine PostgreSQL-Adresse: {reason}</translation>
    </message>
    <message>
        <source>Give the team address with your login and the database, as in postgresql://NAME@HOST/DATABASE.</source>
        <translation>Geben Sie die Team-Adresse mit Ihrem Login und der Datenbank an, etwa postgresql://NAME@HOST/DATENBANK.</translation>
    </message>
    <message>
        <source>sslmode={mode} would send your team&apos;s work unencrypted to {host}; a team library on another machine needs TLS (sslmode=require or verify-full).</source>
        <translation>sslmode={mode} würde die Arbeit Ihres Teams unverschlüsselt an {host} senden; eine Team-Bibliothek auf einem anderen Rechner braucht TLS (sslmode=require oder verify-full).</translation>
    </message>
    <message>
        <source>This library is not in a team; join one with `readmark team join URL`.</source>
        <translation>Diese Bibliothek gehört zu keinem Team; treten Sie einem mit `readmark team join URL` bei.</translation>
    </message>
    <message>
        <source>the library file to use (default: ${variable}, else your user data folder)</source>
        <translation>die zu verwendende Bibliotheksdatei (Standard: ${variable}, sonst Ihr Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>Read articles offline and tag their passages as claim, opinion, caption or quote. With no command, opens the Readmark window.</source>
        <translation>Artikel offline lesen und ihre Passagen als Behauptung, Meinung, Bildunterschrift oder Zitat markieren. Ohne Befehl öffnet sich das Readmark-Fenster.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>Version anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>Argument {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>folgende Argumente sind erforderlich: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>eines der Argumente {arguments} ist erforderlich</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>mehrdeutige Option: {option} könnte {matches} bedeuten</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>nicht zusammen mit Argument {argument} erlaubt</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>nimmt keinen Wert an, {value} wird ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected {count} argument</source>
        <translation>erwartet {count} Argument</translation>
    </message>
    <message>
        <source>expected {count} arguments</source>
        <translation>erwartet {count} Argumente</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>ungültiger Wert: {value} (eine ganze Zahl wird erwartet)</translation>
    </message>
    <message>
        <source>invalid float value: {value}</source>
        <translation>ungültiger Wert: {value} (eine Zahl wird erwartet)</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>ungültiger Wert für den Typ {type}: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>ungültige Auswahl: {value} (möglich sind {choices})</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;{filename}&apos;: {error}</source>
        <translation>&apos;{filename}&apos; kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>{program}: error: {message}</source>
        <translation>{program}: Fehler: {message}</translation>
    </message>
    <message>
        <source>the languages it has are {languages}.</source>
        <translation>seine Sprachen sind {languages}.</translation>
    </message>
    <message>
        <source>Tesseract is not installed.</source>
        <translation>Tesseract ist nicht installiert.</translation>
    </message>
    <message>
        <source>Tesseract cannot read “{language}”: {reason}</source>
        <translation>Tesseract kann „{language}“ nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Give its password with --password.</source>
        <translation>Geben Sie das Passwort mit --password an.</translation>
    </message>
    <message>
        <source>Read it by text recognition with --ocr.</source>
        <translation>Lesen Sie sie per Texterkennung mit --ocr.</translation>
    </message>
    <message>
        <source>(already in the library)</source>
        <translation>(schon in der Bibliothek)</translation>
    </message>
    <message>
        <source>could not write “{file}”: {reason}.</source>
        <translation>„{file}“ konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {file}</source>
        <translation>
            <numerusform>%n Annotation nach {file} exportiert</numerusform>
            <numerusform>%n Annotationen nach {file} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped {what}: {why}</source>
        <translation>übersprungen {what}: {why}</translation>
    </message>
    <message>
        <source>add articles (text, Markdown, HTML, EPUB, Word or OpenDocument files, folders of them, or web addresses, fetched once); prints their ids</source>
        <translation>Artikel hinzufügen (Text-, Markdown-, HTML-, EPUB-, Word- oder OpenDocument-Dateien, Ordner davon oder Webadressen, einmal abgerufen); gibt ihre IDs aus</translation>
    </message>
    <message>
        <source>the password that opens a locked PDF</source>
        <translation>das Passwort, das ein gesperrtes PDF öffnet</translation>
    </message>
    <message>
        <source>read scanned PDFs (no text in them) by text recognition, with Tesseract</source>
        <translation>gescannte PDFs (ohne Text) per Texterkennung mit Tesseract lesen</translation>
    </message>
    <message>
        <source>the language text recognition reads scans in, as Tesseract names it (&quot;fra&quot;, &quot;deu&quot;, &quot;fra+eng&quot;; see tesseract --list-langs); default: the article&apos;s or the system&apos;s where Tesseract has it, else English</source>
        <translation>die Sprache, in der die Texterkennung Scans liest, wie Tesseract sie nennt („fra“, „deu“, „fra+eng“; siehe tesseract --list-langs); Standard: die des Artikels oder des Systems, wenn Tesseract sie hat, sonst Englisch</translation>
    </message>
    <message>
        <source>bring the comments in Word and OpenDocument files in as annotations of a &quot;comment&quot; tag (default: as last chosen in the window&apos;s File menu, else yes)</source>
        <translation>die Kommentare in Word- und OpenDocument-Dateien als Annotationen einer Markierung „comment“ übernehmen (Standard: wie zuletzt im Menü Datei des Fensters gewählt, sonst ja)</translation>
    </message>
    <message>
        <source>print a document&apos;s text, or its metadata and blocks</source>
        <translation>den Text eines Dokuments ausgeben, oder seine Metadaten und Blöcke</translation>
    </message>
    <message>
        <source>metadata and blocks (kind, start, end) as JSON</source>
        <translation>Metadaten und Blöcke (Art, Anfang, Ende) als JSON</translation>
    </message>
    <message>
        <source>list the library&apos;s documents</source>
        <translation>die Dokumente der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>suggest quotes, captions, claims and opinions in an article file or a document</source>
        <translation>Zitate, Bildunterschriften, Behauptungen und Meinungen in einer Artikeldatei oder einem Dokument vorschlagen</translation>
    </message>
    <message>
        <source>as JSON: tag, start, end, exact text, reason</source>
        <translation>als JSON: Markierung, Anfang, Ende, genauer Text, Grund</translation>
    </message>
    <message>
        <source>write annotations to a file: CSV or Excel for spreadsheets, Web Annotation JSON, a REFI-QDA project, or a report (HTML or PDF)</source>
        <translation>Annotationen in eine Datei schreiben: CSV oder Excel für Tabellen, Web-Annotation-JSON, ein REFI-QDA-Projekt oder einen Bericht (HTML oder PDF)</translation>
    </message>
    <message>
        <source>csv (default), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html or pdf (a report of the documents with their highlights and notes), claimreview (schema.org ClaimReview and MediaReview JSON-LD of the claims with a verdict and the captions with a media context; needs --review-page)</source>
        <translation>csv (Standard), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html oder pdf (ein Bericht der Dokumente mit ihren Hervorhebungen und Notizen), claimreview (schema.org-ClaimReview- und -MediaReview-JSON-LD der Behauptungen mit einem Urteil und der Bildunterschriften mit einem Medienkontext; braucht --review-page)</translation>
    </message>
    <message>
        <source>claimreview: the address of the page the fact checks will be published on</source>
        <translation>claimreview: die Adresse der Seite, auf der die Faktenchecks erscheinen</translation>
    </message>
    <message>
        <source>only this document; give it again for several (default: all)</source>
        <translation>nur dieses Dokument; für mehrere wiederholen (Standard: alle)</translation>
    </message>
    <message>
        <source>only these tags, by name, comma-separated</source>
        <translation>nur diese Markierungen, nach Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>only this coder&apos;s passages; &apos;consensus&apos; exports the version agreed in Tools &gt; Curate (default: everyone&apos;s)</source>
        <translation>nur die Passagen dieses Codierers; „consensus“ exportiert die in Werkzeuge &gt; Zusammenführen vereinbarte Fassung (Standard: die aller)</translation>
    </message>
    <message>
        <source>CSV field separator: semicolon suits Excel where the comma is the decimal sign</source>
        <translation>CSV-Feldtrenner: das Semikolon passt zu Excel, wo das Komma das Dezimalzeichen ist</translation>
    </message>
    <message>
        <source>CSV and XLSX: add the sentence around each passage (context_before, context_after)</source>
        <translation>CSV und XLSX: den Satz um jede Passage hinzufügen (context_before, context_after)</translation>
    </message>
    <message>
        <source>the language of the report (html and pdf: its words, numbers and date, as the window writes them) and of this command&apos;s messages (default: the window&apos;s language)</source>
        <translation>die Sprache des Berichts (html und pdf: seine Wörter, Zahlen und sein Datum, wie das Fenster sie schreibt) und der Meldungen dieses Befehls (Standard: die Sprache des Fensters)</translation>
    </message>
    <message>
        <source>qdpx: give documents read from files their full path on this computer (by default only the file&apos;s name: the folders name you)</source>
        <translation>qdpx: Dokumenten aus Dateien ihren vollständigen Pfad auf diesem Computer geben (standardmäßig nur den Dateinamen: die Ordner nennen Ihren Namen)</translation>
    </message>
    <message>
        <source>read annotations from a Readmark JSON or CSV export or a REFI-QDA project (.qdpx) into the library, merging with what is there</source>
        <translation>Annotationen aus einem JSON- oder CSV-Export von Readmark oder einem REFI-QDA-Projekt (.qdpx) in die Bibliothek lesen und mit dem Vorhandenen zusammenführen</translation>
    </message>
    <message>
        <source>set up a team library on PostgreSQL (a lead), or join one (each coder)</source>
        <translation>eine Teambibliothek auf PostgreSQL einrichten (die Teamleitung) oder ihr beitreten (jeder Codierer)</translation>
    </message>
    <message>
        <source>create the team schema in an empty PostgreSQL database (once, by a lead)</source>
        <translation>das Teamschema in einer leeren PostgreSQL-Datenbank anlegen (einmal, durch die Teamleitung)</translation>
    </message>
    <message>
        <source>take the team schema to this Readmark&apos;s version</source>
        <translation>das Teamschema auf die Version dieses Readmark bringen</translation>
    </message>
    <message>
        <source>create a coder&apos;s login and print its one-time password</source>
        <translation>die Anmeldung eines Codierers anlegen und sein Einmalpasswort ausgeben</translation>
    </message>
    <message>
        <source>may change the codebook and remove documents</source>
        <translation>darf das Codebuch ändern und Dokumente entfernen</translation>
    </message>
    <message>
        <source>take a coder&apos;s login away (their passages stay)</source>
        <translation>die Anmeldung eines Codierers entziehen (seine Passagen bleiben)</translation>
    </message>
    <message>
        <source>until revealed, each coder sees only their own passages on a document</source>
        <translation>bis zur Aufdeckung sieht jeder Codierer auf einem Dokument nur seine eigenen Passagen</translation>
    </message>
    <message>
        <source>let every coder see all the passages on a blind document</source>
        <translation>jeden Codierer alle Passagen eines blinden Dokuments sehen lassen</translation>
    </message>
    <message>
        <source>the whole team: every document, those added later too</source>
        <translation>das ganze Team: jedes Dokument, auch später hinzugefügte</translation>
    </message>
    <message>
        <source>every document of the team</source>
        <translation>jedes Dokument des Teams</translation>
    </message>
    <message>
        <source>link a library to the team with your login (postgresql://NAME:PASSWORD@HOST/DB); the password goes to PostgreSQL&apos;s password file, not the library</source>
        <translation>eine Bibliothek mit Ihrer Anmeldung mit dem Team verbinden (postgresql://NAME:PASSWORT@HOST/DB); das Passwort kommt in die Passwortdatei von PostgreSQL, nicht in die Bibliothek</translation>
    </message>
    <message>
        <source>send this library&apos;s changes to its team and bring everyone else&apos;s</source>
        <translation>die Änderungen dieser Bibliothek an ihr Team senden und die aller anderen holen</translation>
    </message>
    <message>
        <source>Team library set up.</source>
        <translation>Teambibliothek eingerichtet.</translation>
    </message>
    <message>
        <source>The team library was already set up; its schema is current.</source>
        <translation>Die Teambibliothek war schon eingerichtet; ihr Schema ist aktuell.</translation>
    </message>
    <message>
        <source>Team schema {before} → {after}.</source>
        <translation>Teamschema {before} → {after}.</translation>
    </message>
    <message>
        <source>The team schema is current ({version}).</source>
        <translation>Das Teamschema ist aktuell ({version}).</translation>
    </message>
    <message>
        <source>Added lead {name}. Their one-time password (shown only now):</source>
        <translation>Teamleitung {name} hinzugefügt. Ihr Einmalpasswort (nur jetzt angezeigt):</translation>
    </message>
    <message>
        <source>Added coder {name}. Their one-time password (shown only now):</source>
        <translation>Codierer {name} hinzugefügt. Sein Einmalpasswort (nur jetzt angezeigt):</translation>
    </message>
    <message>
        <source>{name} can no longer log in; their passages stay in the team library.</source>
        <translation>{name} kann sich nicht mehr anmelden; die Passagen bleiben in der Teambibliothek.</translation>
    </message>
    <message>
        <source>The team is blind: until revealed, coders see only their own passages on every document, those added later too.</source>
        <translation>Das Team ist blind: bis zur Aufdeckung sehen Codierer auf jedem Dokument, auch auf später hinzugefügten, nur ihre eigenen Passagen.</translation>
    </message>
    <message>
        <source>Every document is revealed: every coder&apos;s next sync brings all passages.</source>
        <translation>Jedes Dokument ist aufgedeckt: die nächste Synchronisierung jedes Codierers bringt alle Passagen.</translation>
    </message>
    <message>
        <source>“{title}” is blind: coders see only their own passages on it.</source>
        <translation>„{title}“ ist blind: Codierer sehen darauf nur ihre eigenen Passagen.</translation>
    </message>
    <message>
        <source>“{title}” is revealed: every coder&apos;s next sync brings all its passages.</source>
        <translation>„{title}“ ist aufgedeckt: die nächste Synchronisierung jedes Codierers bringt alle seine Passagen.</translation>
    </message>
    <message>
        <source>Joined the team and synced: sent {sent}, received {received}.</source>
        <translation>Dem Team beigetreten und synchronisiert: {sent} gesendet, {received} empfangen.</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}.</source>
        <translation>Synchronisiert: {sent} gesendet, {received} empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for codes a lead has not added to the team codebook yet: %n change(s).</source>
        <translation>
            <numerusform>Wartet auf Codes, die die Teamleitung noch nicht ins Team-Codebuch aufgenommen hat: %n Änderung.</numerusform>
            <numerusform>Warten auf Codes, die die Teamleitung noch nicht ins Team-Codebuch aufgenommen hat: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept on this laptop, as only their owner or a lead may make them: %n change(s).</source>
        <translation>
            <numerusform>Bleibt auf diesem Laptop, da nur ihr Urheber oder die Teamleitung sie vornehmen darf: %n Änderung.</numerusform>
            <numerusform>Bleiben auf diesem Laptop, da nur ihr Urheber oder die Teamleitung sie vornehmen darf: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team library refused the sync: {reason}</source>
        <translation>Die Teambibliothek hat die Synchronisierung abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>The library could not take the sync: {reason}</source>
        <translation>Die Bibliothek konnte die Synchronisierung nicht übernehmen: {reason}</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Add tags of “{preset}”</source>
        <translation>Markierungen aus „{preset}“ hinzufügen</translation>
    </message>
    <message>
        <source>The tags were not added.</source>
        <translation>Die Markierungen wurden nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The codebook already has every tag of “{preset}”; nothing was changed.</source>
        <translation>Das Codebuch hat schon jede Markierung aus „{preset}“; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tag(s) from “{preset}”: {tags}.</source>
        <translation>
            <numerusform>%n Markierung aus „{preset}“ hinzugefügt: {tags}.</numerusform>
            <numerusform>%n Markierungen aus „{preset}“ hinzugefügt: {tags}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there and left as they were: {tags}.</source>
        <translation>Schon vorhanden und unverändert gelassen: {tags}.</translation>
    </message>
    <message>
        <source>No tag or passage was removed.</source>
        <translation>Keine Markierung und keine Passage wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Etikett: {label}</translation>
    </message>
</context>
</TS>
