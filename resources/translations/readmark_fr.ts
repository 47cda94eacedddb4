<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Select a passage in the article, then press &lt;b&gt;1&lt;/b&gt; claim, &lt;b&gt;2&lt;/b&gt; opinion, &lt;b&gt;3&lt;/b&gt; caption or &lt;b&gt;4&lt;/b&gt; quote, or use the toolbar or the right-click menu.</source>
        <translation>Sélectionnez un passage dans l’article, puis appuyez sur &lt;b&gt;1&lt;/b&gt; claim, &lt;b&gt;2&lt;/b&gt; opinion, &lt;b&gt;3&lt;/b&gt; caption ou &lt;b&gt;4&lt;/b&gt; quote, ou utilisez la barre d’outils ou le menu du clic droit.</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <source>Tag &amp;As</source>
        <translation>&amp;Étiqueter comme</translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Tout {count}</translation>
    </message>
    <message>
        <source>Show only {name} passages</source>
        <translation>Afficher seulement les passages {name}</translation>
    </message>
    <message>
        <source>Readmark exercise</source>
        <translation>Exercice Readmark</translation>
    </message>
    <message>
        <source>Readmark work</source>
        <translation>Travail Readmark</translation>
    </message>
    <message>
        <source>&amp;Make Exercise…</source>
        <translation>&amp;Créer un exercice…</translation>
    </message>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>&amp;Ouvrir un exercice…</translation>
    </message>
    <message>
        <source>&amp;Check My Work</source>
        <translation>&amp;Vérifier mon travail</translation>
    </message>
    <message>
        <source>&amp;Export My Work…</source>
        <translation>&amp;Exporter mon travail…</translation>
    </message>
    <message>
        <source>Class &amp;Results…</source>
        <translation>&amp;Résultats de la classe…</translation>
    </message>
    <message>
        <source>Save &amp;Worksheet as PDF…</source>
        <translation>Enregistrer la &amp;fiche d’exercice en PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Answer Sheet as PDF…</source>
        <translation>Enregistrer le &amp;corrigé en PDF…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, for your teacher (Edit &gt; Your Name as Coder changes it later):</source>
        <translation>Votre nom, pour votre enseignant (Édition &gt; Votre nom de codeur le change plus tard) :</translation>
    </message>
    <message>
        <source>Open the document to make an exercise of.</source>
        <translation>Ouvrez le document dont vous voulez faire un exercice.</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>Enregistrer l’exercice</translation>
    </message>
    <message>
        <source>The exercise was not saved</source>
        <translation>L’exercice n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved the exercise (no key) to {path}.</source>
        <translation>Exercice enregistré (sans corrigé) dans {path}.</translation>
    </message>
    <message>
        <source>Saved the exercise (with a key of {size}) to {path}.</source>
        <translation>Exercice enregistré (avec un corrigé de {size}) dans {path}.</translation>
    </message>
    <message>
        <source>Students&apos; Work</source>
        <translation>Travaux des élèves</translation>
    </message>
    <message>
        <source>Class Results</source>
        <translation>Résultats de la classe</translation>
    </message>
    <message>
        <source>Reading the class&apos;s work…</source>
        <translation>Lecture du travail de la classe…</translation>
    </message>
    <message>
        <source>The Exercise This Work Is For</source>
        <translation>L’exercice auquel ce travail répond</translation>
    </message>
    <message>
        <source>The class&apos;s work could not be read</source>
        <translation>Le travail de la classe n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Stopped reading the class&apos;s work.</source>
        <translation>Lecture du travail de la classe interrompue.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Export Class Results</source>
        <translation>Exporter les résultats de la classe</translation>
    </message>
    <message>
        <source>The results were not exported</source>
        <translation>Les résultats n’ont pas été exportés</translation>
    </message>
    <message>
        <source>Exported the class results to {chosen}.</source>
        <translation>Résultats de la classe exportés dans {chosen}.</translation>
    </message>
    <message>
        <source>Open Exercise</source>
        <translation>Ouvrir un exercice</translation>
    </message>
    <message>
        <source>The exercise was not opened</source>
        <translation>L’exercice n’a pas été ouvert</translation>
    </message>
    <message>
        <source>Opened the exercise “{title}”.</source>
        <translation>Exercice « {title} » ouvert.</translation>
    </message>
    <message>
        <source>Your work could not be checked</source>
        <translation>Votre travail n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Your work was not exported: it needs your name.</source>
        <translation>Votre travail n’a pas été exporté : il lui faut votre nom.</translation>
    </message>
    <message>
        <source>Export My Work</source>
        <translation>Exporter mon travail</translation>
    </message>
    <message>
        <source>Your work was not exported</source>
        <translation>Votre travail n’a pas été exporté</translation>
    </message>
    <message>
        <source>Exported {count} passages to {path}.</source>
        <translation>{count} passages exportés dans {path}.</translation>
    </message>
    <message>
        <source>Open an exercise first: Classroom &gt; Open Exercise….</source>
        <translation>Ouvrez d’abord un exercice : Classe &gt; Ouvrir un exercice….</translation>
    </message>
    <message>
        <source>Make an exercise of this document first, or open one.</source>
        <translation>Faites d’abord un exercice de ce document, ou ouvrez-en un.</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche d’exercice</translation>
    </message>
    <message>
        <source>This document is not an exercise with an answer key.</source>
        <translation>Ce document n’est pas un exercice avec corrigé.</translation>
    </message>
    <message>
        <source>The answer key of this exercise is for the teacher.</source>
        <translation>Le corrigé de cet exercice est réservé à l’enseignant.</translation>
    </message>
    <message>
        <source>Answer sheet</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Save {kind} as PDF</source>
        <translation>Enregistrer en PDF : {kind}</translation>
    </message>
    <message>
        <source>Not saved: {kind}</source>
        <translation>Non enregistré : {kind}</translation>
    </message>
    <message>
        <source>{kind} saved to {path}.</source>
        <translation>{kind} : enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Your &amp;Name as Coder…</source>
        <translation>Votre &amp;nom de codeur…</translation>
    </message>
    <message>
        <source>&amp;Coders</source>
        <translation>&amp;Codeurs</translation>
    </message>
    <message>
        <source>Coder &amp;Agreement…</source>
        <translation>&amp;Accord entre codeurs…</translation>
    </message>
    <message>
        <source>C&amp;urate…</source>
        <translation>&amp;Harmoniser…</translation>
    </message>
    <message>
        <source>Settle the coders&apos; disagreements on this document into one agreed version</source>
        <translation>Régler les désaccords des codeurs sur ce document en une version commune</translation>
    </message>
    <message>
        <source>Your annotations are made under this name (Edit &gt; Your Name)</source>
        <translation>Vos annotations sont faites sous ce nom (Édition &gt; Votre nom)</translation>
    </message>
    <message>
        <source>Your Name as Coder</source>
        <translation>Votre nom de codeur</translation>
    </message>
    <message>
        <source>The name your annotations are made under, so that a team&apos;s work can be told apart.
Annotations already made keep the name they have.</source>
        <translation>Le nom sous lequel vos annotations sont faites, pour distinguer le travail de chacun dans une équipe.
Les annotations déjà faites gardent leur nom.</translation>
    </message>
    <message>
        <source>You now tag as {coder}.</source>
        <translation>Vous étiquetez désormais en tant que {coder}.</translation>
    </message>
    <message>
        <source>Curation needs a document that two or more coders tagged (only {coders} has).</source>
        <translation>L’harmonisation demande un document étiqueté par au moins deux codeurs (seul {coders} l’a fait).</translation>
    </message>
    <message>
        <source>Curation needs a document that two or more coders tagged.</source>
        <translation>L’harmonisation demande un document étiqueté par au moins deux codeurs.</translation>
    </message>
    <message>
        <source>{line} (you)</source>
        <translation>{line} (vous)</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>Codeur : {coder}</translation>
    </message>
    <message>
        <source>{status} · showing {coders}</source>
        <translation>{status} · affichés : {coders}</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Tout le monde</translation>
    </message>
    <message>
        <source>Only &amp;Mine</source>
        <translation>Seulement les &amp;miens</translation>
    </message>
    <message>
        <source>&amp;Label Document As</source>
        <translation>&amp;Classer le document comme</translation>
    </message>
    <message>
        <source>&amp;No Label</source>
        <translation>&amp;Sans classement</translation>
    </message>
    <message>
        <source>Show &amp;Documents</source>
        <translation>Afficher les &amp;documents</translation>
    </message>
    <message>
        <source>&amp;Edit Document Labels…</source>
        <translation>&amp;Modifier les étiquettes de document…</translation>
    </message>
    <message>
        <source>&amp;All Documents</source>
        <translation>&amp;Tous les documents</translation>
    </message>
    <message>
        <source>Only {label}</source>
        <translation>Seulement : {label}</translation>
    </message>
    <message>
        <source>Only &amp;Unlabelled</source>
        <translation>Seulement les documents &amp;non classés</translation>
    </message>
    <message>
        <source>Library: {label}</source>
        <translation>Bibliothèque : {label}</translation>
    </message>
    <message>
        <source>Library: unlabelled</source>
        <translation>Bibliothèque : non classés</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export annotations as CSV, Excel, Web Annotation JSON, a REFI-QDA project or a report</source>
        <translation>Exporter les annotations en CSV, Excel, JSON Web Annotation, projet REFI-QDA ou rapport</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>Read annotations from a Readmark JSON or CSV export or a REFI-QDA project</source>
        <translation>Lire les annotations d’un export JSON ou CSV de Readmark ou d’un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exporter le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>Prin&amp;t Report…</source>
        <translation>Imp&amp;rimer le rapport…</translation>
    </message>
    <message>
        <source>Open a document to make its report.</source>
        <translation>Ouvrez un document pour en faire le rapport.</translation>
    </message>
    <message>
        <source>Exporting 1 annotation…</source>
        <translation>Export d’une annotation…</translation>
    </message>
    <message>
        <source>Exporting {count} annotations…</source>
        <translation>Export de {count} annotations…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Could not write “{path}”: {error}.</source>
        <translation>Impossible d’écrire «&#xa0;{path}&#xa0;»&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Export as {label}</source>
        <translation>Exporter en {label}</translation>
    </message>
    <message>
        <source>Readmark library</source>
        <translation>Bibliothèque Readmark</translation>
    </message>
    <message>
        <source>Readmark documents</source>
        <translation>Documents Readmark</translation>
    </message>
    <message>
        <source>Open a document to print its report.</source>
        <translation>Ouvrez un document pour imprimer son rapport.</translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation>L’impression n’est pas disponible</translation>
    </message>
    <message>
        <source>This build of Readmark cannot print.</source>
        <translation>Cette version de Readmark ne peut pas imprimer.</translation>
    </message>
    <message>
        <source>Sent “{title}” to the printer.</source>
        <translation>« {title} » envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Web Annotation JSON</source>
        <translation>JSON Web Annotation</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Projet REFI-QDA</translation>
    </message>
    <message>
        <source>Importing annotations from “{name}”…</source>
        <translation>Importation des annotations de « {name} »…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>The library could not be changed: {error}</source>
        <translation>La bibliothèque n’a pas pu être modifiée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Some annotations were not imported</source>
        <translation>Certaines annotations n’ont pas été importées</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} de plus.</translation>
    </message>
    <message>
        <source>Exported 1 annotation to {path}.</source>
        <translation>1 annotation exportée dans {path}.</translation>
    </message>
    <message>
        <source>Exported {count} annotations to {path}.</source>
        <translation>{count} annotations exportées dans {path}.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>This &amp;document ({title})</source>
        <translation>Ce &amp;document ({title})</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>&amp;Chosen documents:</source>
        <translation>Documents &amp;choisis :</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Toute la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Documents to export</source>
        <translation>Documents à exporter</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Étiquettes :</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel where the comma is the decimal sign</source>
        <translation>Point-virgule ( ; ) pour Excel là où la virgule sépare les décimales</translation>
    </message>
    <message>
        <source>Deli&amp;miter:</source>
        <translation>Sépa&amp;rateur :</translation>
    </message>
    <message>
        <source>Add the sentence around each passage</source>
        <translation>Ajouter la phrase autour de chaque passage</translation>
    </message>
    <message>
        <source>Include the documents&apos; file paths on this computer</source>
        <translation>Inclure les chemins des fichiers des documents sur cet ordinateur</translation>
    </message>
    <message>
        <source>Only the &amp;agreed version: the passages settled in Tools &gt; Curate</source>
        <translation>Seulement la version &amp;harmonisée : les passages réglés dans Outils &gt; Harmoniser</translation>
    </message>
    <message>
        <source>https://… where the fact checks will be published</source>
        <translation>https://… où les vérifications seront publiées</translation>
    </message>
    <message>
        <source>Fact checks&apos; &amp;page:</source>
        <translation>&amp;Page des vérifications :</translation>
    </message>
    <message>
        <source>One row per passage, for any spreadsheet; it can be imported again.</source>
        <translation>Une ligne par passage, pour tout tableur ; il peut être réimporté.</translation>
    </message>
    <message>
        <source>A sheet of passages and a sheet of counts per tag and document.</source>
        <translation>Une feuille de passages et une feuille de décomptes par étiquette et par document.</translation>
    </message>
    <message>
        <source>W3C Web Annotation: other annotation software reads it; it carries the texts, so another Readmark can import it whole.</source>
        <translation>W3C Web Annotation : d’autres logiciels d’annotation le lisent ; il porte les textes, pour qu’un autre Readmark l’importe en entier.</translation>
    </message>
    <message>
        <source>For NVivo, ATLAS.ti, MAXQDA or QualCoder: the texts, the tags as codes and the tagged passages.</source>
        <translation>Pour NVivo, ATLAS.ti, MAXQDA ou QualCoder : les textes, les étiquettes comme codes et les passages étiquetés.</translation>
    </message>
    <message>
        <source>The articles with their highlights, a legend and the notes, to print or hand out.</source>
        <translation>Les articles avec leurs surlignages, une légende et les notes, à imprimer ou à distribuer.</translation>
    </message>
    <message>
        <source>The articles with their highlights, a legend and the notes, ready to print.</source>
        <translation>Les articles avec leurs surlignages, une légende et les notes, prêts à imprimer.</translation>
    </message>
    <message>
        <source>schema.org ClaimReview for each claim with a verdict, and MediaReview for each caption with a media context: the markup fact-check search engines read, for the page that publishes them.</source>
        <translation>ClaimReview de schema.org pour chaque affirmation qui a un verdict, et MediaReview pour chaque légende qui a un contexte média : le balisage que lisent les moteurs de recherche de vérifications, pour la page qui les publie.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The interface will be in this language the next time Readmark starts.</source>
        <translation>L’interface sera dans cette langue au prochain démarrage de Readmark.</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>étaye</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>same speaker as</source>
        <translation>même locuteur que</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>lié à</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>étayé par</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>contredit par</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <source>Link this passage to another (Ctrl+Shift+L)</source>
        <translation>Lier ce passage à un autre (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <source>&amp;Follow Link</source>
        <translation>&amp;Suivre le lien</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>{relation}: this {name}. Enter goes to it.</source>
        <translation>{relation} : ce passage ({name}). Entrée y mène.</translation>
    </message>
    <message>
        <source>Links {count}</source>
        <translation>Liens {count}</translation>
    </message>
    <message>
        <source>Tag another passage first: a link joins two passages.</source>
        <translation>Étiquetez d’abord un autre passage : un lien relie deux passages.</translation>
    </message>
    <message>
        <source>Link to Another Passage</source>
        <translation>Lier à un autre passage</translation>
    </message>
    <message>
        <source>This {name}, “{words}”,</source>
        <translation>Ce passage ({name}), « {words} »,</translation>
    </message>
    <message>
        <source>How it links</source>
        <translation>Nature du lien</translation>
    </message>
    <message>
        <source>Type to find the passage</source>
        <translation>Tapez pour trouver le passage</translation>
    </message>
    <message>
        <source>Find passage</source>
        <translation>Trouver un passage</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Readmark</source>
        <translation>Readmark</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>About Readmark</source>
        <translation>À propos de Readmark</translation>
    </message>
    <message>
        <source>Read articles offline, tag their passages as claim, opinion, caption or quote, and export them to a spreadsheet; nothing leaves your computer.</source>
        <translation>Lisez des articles hors ligne, étiquetez leurs passages comme affirmation, opinion, légende ou citation, et exportez-les vers un tableur ; rien ne quitte votre ordinateur.</translation>
    </message>
    <message>
        <source>Readmark is free software under the {licence}.</source>
        <translation>Readmark est un logiciel libre sous {licence}.</translation>
    </message>
    <message>
        <source>Your library and its backups are in&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>Votre bibliothèque et ses sauvegardes sont dans&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Bibliothèques logicielles incluses</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL-3.0; their source is at &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</source>
        <translation>Qt et PySide6 sont utilisés sous LGPL-3.0 ; leur code source est sur &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>{title} — Readmark</source>
        <translation>{title} — Readmark</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Select a passage and press 1–4 to tag it.</source>
        <translation>Sélectionnez un passage et appuyez sur 1–4 pour l’étiqueter.</translation>
    </message>
    <message>
        <source>Select a passage first, then press 1–4 to tag it.</source>
        <translation>Sélectionnez d’abord un passage, puis appuyez sur 1–4 pour l’étiqueter.</translation>
    </message>
    <message>
        <source>You have tagged this passage as {name} already.</source>
        <translation>Vous avez déjà étiqueté ce passage comme {name}.</translation>
    </message>
    <message>
        <source>Tagged as {name}. Ctrl+Z undoes it.</source>
        <translation>Étiqueté comme {name}. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>1 suggestion: Enter accepts, Del rejects.</source>
        <translation>1 suggestion : Entrée l’accepte, Suppr la rejette.</translation>
    </message>
    <message>
        <source>{count} suggestions: Enter accepts, Del rejects.</source>
        <translation>{count} suggestions : Entrée accepte, Suppr rejette.</translation>
    </message>
    <message>
        <source>No more annotations that way.</source>
        <translation>Plus d’annotation dans ce sens.</translation>
    </message>
    <message>
        <source>This passage is not in the current version of the document; the annotation is kept so that nothing is lost.</source>
        <translation>Ce passage ne figure pas dans la version actuelle du document ; l’annotation est conservée pour que rien ne se perde.</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Reading &amp;Font…</source>
        <translation>&amp;Police de lecture…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Interface Size</source>
        <translation>Taille de l’&amp;interface</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Text size {size} pt.</source>
        <translation>Taille du texte : {size} pt.</translation>
    </message>
    <message>
        <source>Join Team</source>
        <translation>Rejoindre une équipe</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST/DATABASE</source>
        <translation>postgresql://NOM@HÔTE/BASE</translation>
    </message>
    <message>
        <source>the one-time password your lead gave you</source>
        <translation>le mot de passe à usage unique donné par votre responsable</translation>
    </message>
    <message>
        <source>Team &amp;address:</source>
        <translation>&amp;Adresse de l’équipe :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>The password goes to PostgreSQL&apos;s password file, not into the library.</source>
        <translation>Le mot de passe va dans le fichier de mots de passe de PostgreSQL, pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Joining the team…</source>
        <translation>Connexion à l’équipe…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Join Team…</source>
        <translation>&amp;Rejoindre une équipe…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes to the team and bring everyone else&apos;s</source>
        <translation>Envoyer vos modifications à l’équipe et récupérer celles des autres</translation>
    </message>
    <message>
        <source>Join a team first (File &gt; Team &gt; Join Team…)</source>
        <translation>Rejoignez d’abord une équipe (Fichier &gt; Équipe &gt; Rejoindre une équipe…)</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Synchronisation avec l’équipe…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne : %n modification en attente</numerusform>
            <numerusform>Hors ligne : %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Non synchronisé : {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last synced {moment}</source>
        <translation>Dernière synchronisation : {moment}</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n min</numerusform>
            <numerusform>Synchronisé il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n h</numerusform>
            <numerusform>Synchronisé il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n jour</numerusform>
            <numerusform>Synchronisé il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Ouvrir une &amp;adresse…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Coller comme nouvel article</translation>
    </message>
    <message>
        <source>Import File &amp;Comments as Annotations</source>
        <translation>Importer les &amp;commentaires des fichiers comme annotations</translation>
    </message>
    <message>
        <source>Comments in Word and OpenDocument files come in as notes on a “comment” tag</source>
        <translation>Les commentaires des fichiers Word et OpenDocument arrivent comme notes sous l’étiquette « commentaire »</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Export Document as CSV…</source>
        <translation>&amp;Exporter le document en CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Library as CSV…</source>
        <translation>Exporter la &amp;bibliothèque en CSV…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Annulé : {step}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Rétabli : {step}</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>É&amp;tiqueter la sélection comme</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Grille de codage…</translation>
    </message>
    <message>
        <source>&amp;Remove Document from Library…</source>
        <translation>&amp;Retirer le document de la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>&amp;Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Rechercher dans l’&amp;article…</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>Rechercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>Annotation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>Annotation &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Volet s&amp;uivant</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Volet pré&amp;cédent</translation>
    </message>
    <message>
        <source>Show Folded &amp;Repeats</source>
        <translation>Afficher les &amp;répétitions repliées</translation>
    </message>
    <message>
        <source>S&amp;ummary of the Library…</source>
        <translation>&amp;Résumé de la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Suggest Tags</source>
        <translation>&amp;Suggérer des étiquettes</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>&amp;About Readmark</source>
        <translation>À &amp;propos de Readmark</translation>
    </message>
    <message>
        <source>Tag the selected passage as {name}</source>
        <translation>Étiqueter le passage sélectionné comme {name}</translation>
    </message>
    <message>
        <source>Next {label}</source>
        <translation>{label} suivant</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Aucun document pour l’instant</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Named source</source>
        <translation>Source nommée</translation>
    </message>
    <message>
        <source>Hedge</source>
        <translation>Précaution de langage</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Première personne</translation>
    </message>
    <message>
        <source>Evaluative word</source>
        <translation>Mot évaluatif</translation>
    </message>
    <message>
        <source>Give a &amp;Reason for the Tag</source>
        <translation>Donner une &amp;raison pour l’étiquette</translation>
    </message>
    <message>
        <source>What in the words made it a claim or an opinion</source>
        <translation>Ce qui, dans les mots, en fait une affirmation ou une opinion</translation>
    </message>
    <message>
        <source>&amp;No Reason</source>
        <translation>&amp;Sans raison</translation>
    </message>
    <message>
        <source>Choose a passage first, then its reason.</source>
        <translation>Choisissez d’abord un passage, puis sa raison.</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>À propos de ce document</translation>
    </message>
    <message>
        <source>Not saved: {error}. Esc puts back the saved value.</source>
        <translation>Non enregistré : {error}. Échap remet la valeur enregistrée.</translation>
    </message>
    <message>
        <source>Field problem</source>
        <translation>Problème de champ</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Words in the articles or in your notes</source>
        <translation>Mots des articles ou de vos notes</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>{found} so far, searching…</source>
        <translation>{found} pour l’instant, recherche en cours…</translation>
    </message>
    <message>
        <source>1 place found</source>
        <translation>1 endroit trouvé</translation>
    </message>
    <message>
        <source>{count} places found</source>
        <translation>{count} endroits trouvés</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves (so does moving on) · Esc puts back the saved note</source>
        <translation>Ctrl+Entrée enregistre (passer à autre chose aussi) · Échap remet la note enregistrée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Not found in the current version of the document:</source>
        <translation>Introuvable dans la version actuelle du document :</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a note</source>
        <translation>Double-cliquez ou appuyez sur F2 pour écrire une note</translation>
    </message>
    <message>
        <source>Tagged by {coder}</source>
        <translation>Étiqueté par {coder}</translation>
    </message>
    <message>
        <source>Write a note on this passage</source>
        <translation>Écrivez une note sur ce passage</translation>
    </message>
    <message>
        <source>Choose a passage to write its note</source>
        <translation>Choisissez un passage pour écrire sa note</translation>
    </message>
    <message>
        <source>Note saved. Ctrl+Z undoes it.</source>
        <translation>Note enregistrée. Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>The note has not changed.</source>
        <translation>La note n’a pas changé.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Raison : {reason}</translation>
    </message>
    <message>
        <source>Where the highlights are; click to go there</source>
        <translation>Où sont les surlignages ; cliquez pour y aller</translation>
    </message>
    <message>
        <source>Highlights overview</source>
        <translation>Aperçu des surlignages</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Suggested because: {reason}</source>
        <translation>Motif de la suggestion : {reason}</translation>
    </message>
    <message>
        <source>Tools &gt; Suggest Tags (Ctrl+Shift+G) proposes quotes, captions, claims and opinions for you to confirm. Quotes and captions are reliable (all found, none wrong on our test articles); claims and opinions are hints to check.</source>
        <translation>Outils &gt; Suggérer des étiquettes (Ctrl+Maj+G) propose des citations, légendes, affirmations et opinions à confirmer. Les citations et légendes sont fiables (toutes trouvées, aucune erronée sur nos articles de test) ; les affirmations et opinions sont des pistes à vérifier.</translation>
    </message>
    <message>
        <source>Forget What It Learned</source>
        <translation>Oublier ce qui a été appris</translation>
    </message>
    <message>
        <source>Suggest every kind again, as before any accept or reject</source>
        <translation>Suggérer à nouveau chaque type, comme avant toute acceptation ou tout rejet</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Accept Selected</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation>Rejeter la sélection</translation>
    </message>
    <message>
        <source>Accept All of…</source>
        <translation>Accepter tous les…</translation>
    </message>
    <message>
        <source>you kept {kept} of {decided} like this</source>
        <translation>vous en avez gardé {kept} sur {decided} de ce genre</translation>
    </message>
    <message>
        <source>Held back, as you turned them down: {cues}.</source>
        <translation>Mis de côté, car vous les avez refusés : {cues}.</translation>
    </message>
    <message>
        <source>1 suggestion: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected ones are not suggested again).</source>
        <translation>1 suggestion : Entrée l’accepte, 1–4 l’accepte avec cette étiquette, Suppr la rejette (une suggestion rejetée ne revient pas).</translation>
    </message>
    <message>
        <source>{count} suggestions: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected ones are not suggested again).</source>
        <translation>{count} suggestions : Entrée accepte, 1–4 accepte avec cette étiquette, Suppr rejette (une suggestion rejetée ne revient pas).</translation>
    </message>
    <message>
        <source>No suggestions left to decide.</source>
        <translation>Plus aucune suggestion à trancher.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Effacer le champ</translation>
    </message>
    <message>
        <source>Now: {key}.</source>
        <translation>Actuellement : {key}.</translation>
    </message>
    <message>
        <source>Now: none.</source>
        <translation>Actuellement : aucune.</translation>
    </message>
    <message>
        <source>Fold the Repeats</source>
        <translation>Replier les répétitions</translation>
    </message>
    <message>
        <source>Keep as It Is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>This article repeats 1 passage word for word.</source>
        <translation>Cet article répète 1 passage mot pour mot.</translation>
    </message>
    <message>
        <source>This article repeats {count} passages word for word.</source>
        <translation>Cet article répète {count} passages mot pour mot.</translation>
    </message>
    <message>
        <source>Scraped pages often repeat captions. Folding deletes nothing: View &gt; Show Folded Repeats brings them back.</source>
        <translation>Les pages récupérées répètent souvent les légendes. Replier ne supprime rien : Affichage &gt; Afficher les répétitions repliées les fait revenir.</translation>
    </message>
    <message>
        <source>Make Exercise</source>
        <translation>Créer un exercice</translation>
    </message>
    <message>
        <source>An exercise of “{title}”</source>
        <translation>Un exercice sur « {title} »</translation>
    </message>
    <message>
        <source>&amp;Tags in play:</source>
        <translation>&amp;Étiquettes en jeu :</translation>
    </message>
    <message>
        <source>What the students should do, in a few sentences.</source>
        <translation>Ce que les élèves doivent faire, en quelques phrases.</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <source>Take the key from the &amp;agreed version (Tools &gt; Curate)</source>
        <translation>Prendre le corrigé dans la version &amp;harmonisée (Outils &gt; Harmoniser)</translation>
    </message>
    <message>
        <source>Show the key to students when they check their work</source>
        <translation>Montrer le corrigé aux élèves quand ils vérifient leur travail</translation>
    </message>
    <message>
        <source>Save Exercise…</source>
        <translation>Enregistrer l’exercice…</translation>
    </message>
    <message>
        <source>Include an answer key: the agreed version&apos;s 1 tagged passage of these tags</source>
        <translation>Inclure un corrigé : le passage étiqueté de la version harmonisée avec ces étiquettes</translation>
    </message>
    <message>
        <source>Include an answer key: the agreed version&apos;s {size} tagged passages of these tags</source>
        <translation>Inclure un corrigé : les {size} passages étiquetés de la version harmonisée avec ces étiquettes</translation>
    </message>
    <message>
        <source>Include an answer key: your 1 tagged passage of these tags</source>
        <translation>Inclure un corrigé : votre passage étiqueté avec ces étiquettes</translation>
    </message>
    <message>
        <source>Include an answer key: your {size} tagged passages of these tags</source>
        <translation>Inclure un corrigé : vos {size} passages étiquetés avec ces étiquettes</translation>
    </message>
    <message>
        <source>Check My Work</source>
        <translation>Vérifier mon travail</translation>
    </message>
    <message>
        <source>Your work checked</source>
        <translation>Votre travail vérifié</translation>
    </message>
    <message>
        <source>Class Results — {title}</source>
        <translation>Résultats de la classe — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s).</source>
        <translation>
            <numerusform>%n élève.</numerusform>
            <numerusform>%n élèves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key passages (most missed first)</source>
        <translation>Passages du corrigé (les plus manqués d’abord)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Claim or opinion?</source>
        <translation>Affirmation ou opinion ?</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export All as &amp;Excel…</source>
        <translation>Tout exporter en &amp;Excel…</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Passages du corrigé</translation>
    </message>
    <message>
        <source>Export My Work…</source>
        <translation>Exporter mon travail…</translation>
    </message>
    <message>
        <source>Tag the passages.</source>
        <translation>Étiquetez les passages.</translation>
    </message>
    <message>
        <source>Exercise: {instructions} Tags: {tags}.</source>
        <translation>Exercice : {instructions} Étiquettes : {tags}.</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Modifier l’étiquette</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Press the key that tags a selection with this tag.</source>
        <translation>Appuyez sur la touche qui étiquette une sélection avec cette étiquette.</translation>
    </message>
    <message>
        <source>What passages this tag is for (shown as a tooltip)</source>
        <translation>À quels passages sert cette étiquette (affiché en infobulle)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>What its passages record, one a line: “verdict: choice (true, false)”, “evidence: link”; kinds: text, choice, number, date, link</source>
        <translation>Ce que ses passages consignent, un par ligne : « verdict: choice (vrai, faux) », « preuve: link » ; types : text, choice, number, date, link</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Touche</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Underlines its passages too, so the colour is not all</source>
        <translation>Souligne aussi ses passages, pour ne pas tout confier à la couleur</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Soulignement</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>C&amp;hamps</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Unitizing α_U</source>
        <translation>α_U du découpage</translation>
    </message>
    <message>
        <source>Not defined: no passage of this tag in the documents every coder tagged.</source>
        <translation>Non défini : aucun passage de cette étiquette dans les documents que chaque codeur a étiquetés.</translation>
    </message>
    <message>
        <source>Not defined: no variation to compare (for example, nobody used this tag).</source>
        <translation>Non défini : aucune variation à comparer (par exemple, personne n’a utilisé cette étiquette).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Not defined: the coders used no tag, or one alone, with no variation.</source>
        <translation>Non défini : les codeurs n’ont utilisé aucune étiquette, ou une seule, sans variation.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Characters {start}–{end}</source>
        <translation>Caractères {start}–{end}</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette a besoin d’un nom.</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Il existe déjà une étiquette nommée « {name} ».</translation>
    </message>
    <message>
        <source>The key {key} is already in use by {command}.</source>
        <translation>La touche {key} est déjà utilisée par {command}.</translation>
    </message>
    <message>
        <source>The fields cannot be read: {error}.</source>
        <translation>Les champs ne peuvent pas être lus : {error}.</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add from &amp;Preset…</source>
        <translation>&amp;Ajouter depuis un modèle…</translation>
    </message>
    <message>
        <source>Move Them to Another Tag…</source>
        <translation>Les déplacer vers une autre étiquette…</translation>
    </message>
    <message>
        <source>Delete Them Too</source>
        <translation>Les supprimer aussi</translation>
    </message>
    <message>
        <source>Move the passages of “{tag}” to:</source>
        <translation>Déplacer les passages de « {tag} » vers :</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exporter la grille de codage</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Livre de codes REFI-QDA</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importer une grille de codage</translation>
    </message>
    <message>
        <source>“{name}” was not imported: {error}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été importé&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Choose a Tag</source>
        <translation>Choisir une étiquette</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removed “{title}”. Ctrl+Z brings it back.</source>
        <translation>« {title} » retiré. Ctrl+Z le ramène.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>Le presse-papiers ne contient aucun texte dont faire un article.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Rien à coller</translation>
    </message>
    <message>
        <source>Made “{title}” from the clipboard.</source>
        <translation>« {title} » créé depuis le presse-papiers.</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Ouvrir un dossier d’articles</translation>
    </message>
    <message>
        <source>Importing “{name}” ({number} of {total})</source>
        <translation>Import de «&#xa0;{name}&#xa0;» ({number} sur {total})</translation>
    </message>
    <message>
        <source>Importing Articles</source>
        <translation>Importation d’articles</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Ouvrir une adresse</translation>
    </message>
    <message>
        <source>The address of the article (fetched once; nothing it links to is loaded):</source>
        <translation>L’adresse de l’article (récupéré une fois ; rien de ce vers quoi il pointe n’est chargé) :</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>Récupération de {address}…</translation>
    </message>
    <message>
        <source>Updated “{title}”: {kept} annotations moved with their passages, {lost} not found (kept, marked in the list).</source>
        <translation>« {title} » mis à jour&#xa0;: {kept} annotations ont suivi leurs passages, {lost} introuvables (gardées, signalées dans la liste).</translation>
    </message>
    <message>
        <source>Updated “{title}”: {kept} annotations moved with their passages.</source>
        <translation>« {title} » mis à jour&#xa0;: {kept} annotations ont suivi leurs passages.</translation>
    </message>
    <message>
        <source>The article’s, else this computer’s</source>
        <translation>Celle de l’article, sinon celle de cet ordinateur</translation>
    </message>
    <message>
        <source>Language of the text:</source>
        <translation>Langue du texte :</translation>
    </message>
    <message>
        <source>{count} PDFs hold scanned pages, with no text on them: {names} and {more} more.</source>
        <translation>{count} PDF contiennent des pages scannées, sans texte&#xa0;: {names} et {more} autres.</translation>
    </message>
    <message>
        <source>{count} PDFs hold scanned pages, with no text on them: {names}.</source>
        <translation>{count} PDF contiennent des pages scannées, sans texte&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Scanned PDFs</source>
        <translation>PDF scannés</translation>
    </message>
    <message>
        <source>Read its pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may hold the odd misread word: check the passages you quote.</source>
        <translation>Lire ses pages par reconnaissance de texte (Tesseract)&#xa0;? Cela prend quelques secondes par page, et le texte peut contenir quelques mots mal lus&#xa0;: vérifiez les passages que vous citez.</translation>
    </message>
    <message>
        <source>Read their pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may hold the odd misread word: check the passages you quote.</source>
        <translation>Lire leurs pages par reconnaissance de texte (Tesseract)&#xa0;? Cela prend quelques secondes par page, et le texte peut contenir quelques mots mal lus&#xa0;: vérifiez les passages que vous citez.</translation>
    </message>
    <message>
        <source>Reading page {page} of {total} of “{name}” (file {number} of {files})</source>
        <translation>Lecture de la page {page} sur {total} de «&#xa0;{name}&#xa0;» (fichier {number} sur {files})</translation>
    </message>
    <message>
        <source>Reading page {page} of {total} of “{name}”</source>
        <translation>Lecture de la page {page} sur {total} de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>A newer version</source>
        <translation>Une version plus récente</translation>
    </message>
    <message>
        <source>“{title}” has changed since you imported it.</source>
        <translation>« {title} » a changé depuis que vous l’avez importé.</translation>
    </message>
    <message>
        <source>Update the document to this version? Your annotations move with their passages; any whose passage is gone are kept and listed as not found. Or keep both versions.</source>
        <translation>Mettre le document à jour avec cette version ? Vos annotations suivent leurs passages ; celles dont le passage a disparu sont conservées et signalées comme introuvables. Ou gardez les deux versions.</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}. The library as it was is kept beside it in the data folder.</source>
        <translation>Sauvegarde du {backup} restaurée. La bibliothèque telle qu’elle était est conservée à côté, dans le dossier des données.</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>{error}

Its password:</source>
        <translation>{error}

Son mot de passe :</translation>
    </message>
    <message>
        <source>Recognise Text</source>
        <translation>Reconnaître le texte</translation>
    </message>
    <message>
        <source>Recognising Text</source>
        <translation>Reconnaissance du texte</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>Reconnaissance du texte…</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup yet. Readmark makes one each day it starts, in “{backup_folder}”.</source>
        <translation>Il n’y a pas encore de sauvegarde. Readmark en fait une chaque jour où il démarre, dans « {backup_folder} ».</translation>
    </message>
    <message>
        <source>Chart of passages per tag and document</source>
        <translation>Graphique des passages par étiquette et par document</translation>
    </message>
    <message>
        <source>Summary of the Library</source>
        <translation>Résumé de la bibliothèque</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Passages per tag and document</source>
        <translation>Passages par étiquette et par document</translation>
    </message>
    <message>
        <source>Readmark’s library is damaged</source>
        <translation>La bibliothèque de Readmark est endommagée</translation>
    </message>
    <message>
        <source>Readmark will not change the damaged file: it is kept beside the new library, renamed, whatever you choose.</source>
        <translation>Readmark ne modifiera pas le fichier endommagé : il est conservé à côté de la nouvelle bibliothèque, renommé, quel que soit votre choix.</translation>
    </message>
    <message>
        <source>Restore the Backup of {backup}</source>
        <translation>Restaurer la sauvegarde du {backup}</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>Commencer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Replace the library with this backup? The library as it is now is kept beside it.</source>
        <translation>Remplacer la bibliothèque par cette sauvegarde ? La bibliothèque actuelle est conservée à côté.</translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation>Accord entre codeurs</translation>
    </message>
    <message>
        <source>Agreement per tag</source>
        <translation>Accord par étiquette</translation>
    </message>
    <message>
        <source>Agreement per document</source>
        <translation>Accord par document</translation>
    </message>
    <message>
        <source>Per &amp;tag</source>
        <translation>Par é&amp;tiquette</translation>
    </message>
    <message>
        <source>&amp;Per document</source>
        <translation>&amp;Par document</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>Document à comparer</translation>
    </message>
    <message>
        <source>Only d&amp;ifferences</source>
        <translation>Seulement les d&amp;ifférences</translation>
    </message>
    <message>
        <source>Passages of the document by coder</source>
        <translation>Passages du document par codeur</translation>
    </message>
    <message>
        <source>&amp;Method…</source>
        <translation>&amp;Méthode…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codeurs :</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Choose at least two coders to compare.</source>
        <translation>Choisissez au moins deux codeurs à comparer.</translation>
    </message>
    <message>
        <source>No document has been tagged by two of the chosen coders yet.</source>
        <translation>Aucun document n’a encore été étiqueté par deux des codeurs choisis.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement of {coders} on %n document(s) ({characters} characters) that two or more of them tagged.</source>
        <translation>
            <numerusform>Accord de {coders} sur %n document ({characters} caractères) qu’au moins deux d’entre eux ont étiqueté.</numerusform>
            <numerusform>Accord de {coders} sur %n documents ({characters} caractères) qu’au moins deux d’entre eux ont étiquetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>α_U compares passages on the %n document(s) both tagged; each document&apos;s figures are under Per document.</source>
        <translation>
            <numerusform>α_U compare les passages sur le document que les deux ont étiqueté ; les chiffres de chaque document sont sous Par document.</numerusform>
            <numerusform>α_U compare les passages sur les %n documents que les deux ont étiquetés ; les chiffres de chaque document sont sous Par document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>α_U compares passages on the %n document(s) all of them tagged; each document&apos;s figures are under Per document.</source>
        <translation>
            <numerusform>α_U compare les passages sur le document que tous ont étiqueté ; les chiffres de chaque document sont sous Par document.</numerusform>
            <numerusform>α_U compare les passages sur les %n documents que tous ont étiquetés ; les chiffres de chaque document sont sous Par document.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no document to compare.</source>
        <translation>Il n’y a aucun document à comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), {differ} where the coders differ.</source>
        <translation>
            <numerusform>%n passage, {differ} où les codeurs diffèrent.</numerusform>
            <numerusform>%n passages, {differ} où les codeurs diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs two coders: none of the chosen coders has tagged this document.</source>
        <translation>L’accord demande deux codeurs : aucun des codeurs choisis n’a étiqueté ce document.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: no one has tagged this document.</source>
        <translation>L’accord demande deux codeurs : personne n’a étiqueté ce document.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: of the chosen coders, only {who} has tagged this document.</source>
        <translation>L’accord demande deux codeurs : parmi les codeurs choisis, ce document n’a été étiqueté que par {who}.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: only {who} has tagged this document.</source>
        <translation>L’accord demande deux codeurs : ce document n’a été étiqueté que par {who}.</translation>
    </message>
    <message>
        <source>How Agreement Is Measured</source>
        <translation>Comment l’accord est mesuré</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>Exporter l’accord</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV pour tableurs</translation>
    </message>
    <message>
        <source>Readmark could not write {file}: {error}</source>
        <translation>Readmark n’a pas pu écrire {file} : {error}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>The description of the method is missing from this installation.</source>
        <translation>La description de la méthode manque à cette installation.</translation>
    </message>
    <message>
        <source>Add Tags from a Preset</source>
        <translation>Ajouter des étiquettes d’un modèle</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Tags of the preset</source>
        <translation>Étiquettes du modèle</translation>
    </message>
    <message>
        <source>Adds the tags your codebook does not have yet. Tags you have keep their colour, key and description, and no passage changes. Undo takes the whole step back.</source>
        <translation>Ajoute les étiquettes que votre grille de codage n’a pas encore. Vos étiquettes gardent leur couleur, leur touche et leur description, et aucun passage ne change. Annuler revient sur toute l’étape.</translation>
    </message>
    <message>
        <source>&amp;Add Tags</source>
        <translation>&amp;Ajouter les étiquettes</translation>
    </message>
    <message>
        <source>called
{tag}</source>
        <translation>étiqueté
{tag}</translation>
    </message>
    <message>
        <source>left
untagged</source>
        <translation>laissé
sans étiquette</translation>
    </message>
    <message>
        <source>the key&apos;s {tag}</source>
        <translation>{tag} du corrigé</translation>
    </message>
    <message>
        <source>What the class called each key passage</source>
        <translation>Comment la classe a étiqueté chaque passage du corrigé</translation>
    </message>
    <message>
        <source>Each student&apos;s answer for each passage of the key: the tag they gave it (a passage they tagged twice over gave two answers), or none.</source>
        <translation>La réponse de chaque élève pour chaque passage du corrigé : l’étiquette qu’il lui a donnée (un passage étiqueté deux fois donne deux réponses), ou aucune.</translation>
    </message>
    <message>
        <source>No passage of the key was given another tag.</source>
        <translation>Aucun passage du corrigé n’a reçu une autre étiquette.</translation>
    </message>
    <message>
        <source>{key_tag} called {given}</source>
        <translation>{key_tag} étiqueté {given}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>{called} ({answers}): {reasons}</source>
        <translation>{called} ({answers}) : {reasons}</translation>
    </message>
    <message>
        <source>The reasons given with the mistakes:</source>
        <translation>Les raisons données avec les erreurs :</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>{answers}: a {key_tag} of the key left untagged</source>
        <translation>{answers} : un passage {key_tag} du corrigé laissé sans étiquette</translation>
    </message>
    <message>
        <source>{answers}: a {key_tag} of the key called {given}</source>
        <translation>{answers} : un passage {key_tag} du corrigé étiqueté {given}</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>Mise à jour de « {title} »</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>La sauvegarde n’a pas été restaurée : {error}</translation>
    </message>
    <message>
        <source>The change was not saved, so it was not made: {reason}. Nothing else was changed; try again once that is put right.</source>
        <translation>La modification n’a pas été enregistrée, elle n’a donc pas été faite : {reason}. Rien d’autre n’a changé ; réessayez une fois le problème réglé.</translation>
    </message>
    <message>
        <source>Evidence passages</source>
        <translation>Passages de preuve</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Passage…</source>
        <translation>Ajouter un passage de &amp;preuve…</translation>
    </message>
    <message>
        <source>Link a passage that supports or contradicts this claim (Ctrl+Shift+B)</source>
        <translation>Lier un passage qui étaye ou contredit cette affirmation (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Add Evidence Passage…</source>
        <translation>Ajouter un passage de preuve…</translation>
    </message>
    <message>
        <source>Add Evidence Passage</source>
        <translation>Ajouter un passage de preuve</translation>
    </message>
    <message>
        <source>Document Labels</source>
        <translation>Étiquettes de document</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add Document Label</source>
        <translation>Ajouter une étiquette de document</translation>
    </message>
    <message>
        <source>Add document label {label}</source>
        <translation>Ajouter l’étiquette de document {label}</translation>
    </message>
    <message>
        <source>Rename Document Label</source>
        <translation>Renommer l’étiquette de document</translation>
    </message>
    <message>
        <source>Rename document label {label}</source>
        <translation>Renommer l’étiquette de document {label}</translation>
    </message>
    <message>
        <source>Recolour document label {label}</source>
        <translation>Changer la couleur de l’étiquette {label}</translation>
    </message>
    <message>
        <source>Move document label {label}</source>
        <translation>Déplacer l’étiquette de document {label}</translation>
    </message>
    <message>
        <source>Remove document label {label}</source>
        <translation>Supprimer l’étiquette de document {label}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is a label “{name}” already.</source>
        <translation>Il existe déjà une étiquette « {name} ».</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>Labelled {label}</source>
        <translation>Étiquetés {label}</translation>
    </message>
    <message>
        <source>{count} document(s) are labelled {label}. What should their label become?</source>
        <translation>{count} document(s) portent l’étiquette {label}. Que doit devenir leur étiquette ?</translation>
    </message>
    <message>
        <source>Remove Document Label</source>
        <translation>Supprimer l’étiquette de document</translation>
    </message>
    <message>
        <source>Keys: N / P next or previous disagreement · 1–{n} take that coder&apos;s version · M merge them with the tag chosen · T tag the text selected in the consensus · Delete leave the passage out · Ctrl+Z undo</source>
        <translation>Touches : N / P désaccord suivant ou précédent · 1–{n} prendre la version de ce codeur · M les fusionner avec l’étiquette choisie · T étiqueter le texte sélectionné dans le consensus · Suppr écarter le passage · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>The agreed passages, each taken into the consensus or not · Alt+A takes those not yet taken · Alt+E back to the disagreements · Ctrl+Z undo</source>
        <translation>Les passages concordants, chacun repris dans le consensus ou non · Alt+A reprend ceux qui ne le sont pas encore · Alt+E revient aux désaccords · Ctrl+Z annuler</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Curate “{title}”</source>
        <translation>Arbitrer « {title} »</translation>
    </message>
    <message numerus="yes">
        <source> of %n coder(s)</source>
        <translation>
            <numerusform> sur %n codeur</numerusform>
            <numerusform> sur %n codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders who must agree</source>
        <translation>Codeurs qui doivent concorder</translation>
    </message>
    <message>
        <source>&amp;Accept All Agreed</source>
        <translation>&amp;Accepter tous les concordants</translation>
    </message>
    <message>
        <source>Show agr&amp;eed</source>
        <translation>Afficher les &amp;concordants</translation>
    </message>
    <message>
        <source>List the agreed passages one by one, each taken or not</source>
        <translation>Lister les passages concordants un à un, chacun repris ou non</translation>
    </message>
    <message>
        <source>Agreed passages</source>
        <translation>Passages concordants</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Tag for a merge or a new passage</source>
        <translation>Étiquette d’une fusion ou d’un nouveau passage</translation>
    </message>
    <message>
        <source>Consensus: select text and press T to tag it</source>
        <translation>Consensus : sélectionnez du texte et appuyez sur T pour l’étiqueter</translation>
    </message>
    <message>
        <source>Agreed when &amp;given alike by</source>
        <translation>Concordant si &amp;donné pareil par</translation>
    </message>
    <message>
        <source>&amp;Tag for a merge or a new passage:</source>
        <translation>É&amp;tiquette d’une fusion ou d’un nouveau passage :</translation>
    </message>
    <message>
        <source>all taken</source>
        <translation>tous repris</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet taken</source>
        <translation>
            <numerusform>%n pas encore repris</numerusform>
            <numerusform>%n pas encore repris</numerusform>
        </translation>
    </message>
    <message>
        <source>   {agreed}, {waiting} · {disagreements}, {settled}</source>
        <translation>   {agreed}, {waiting} · {disagreements}, {settled}</translation>
    </message>
    <message numerus="yes">
        <source>%n agreed passage(s)</source>
        <translation>
            <numerusform>%n passage concordant</numerusform>
            <numerusform>%n passages concordants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n désaccord</numerusform>
            <numerusform>%n désaccords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled</source>
        <translation>
            <numerusform>%n réglé</numerusform>
            <numerusform>%n réglés</numerusform>
        </translation>
    </message>
    <message>
        <source>No disagreement: every passage is agreed.</source>
        <translation>Aucun désaccord : tous les passages concordent.</translation>
    </message>
    <message>
        <source>{coder}: {version}</source>
        <translation>{coder} : {version}</translation>
    </message>
    <message>
        <source>Consensus: {version}</source>
        <translation>Consensus : {version}</translation>
    </message>
    <message>
        <source>Take {coder}&apos;s version</source>
        <translation>Prendre la version de {coder}</translation>
    </message>
    <message>
        <source>Merge versions as {tag}</source>
        <translation>Fusionner les versions en {tag}</translation>
    </message>
    <message>
        <source>Leave out of consensus</source>
        <translation>Écarter du consensus</translation>
    </message>
    <message>
        <source>Select words in the consensus pane first, then press T.</source>
        <translation>Sélectionnez d’abord des mots dans le volet du consensus, puis appuyez sur T.</translation>
    </message>
    <message>
        <source>Tag as {tag} in consensus</source>
        <translation>Étiqueter {tag} dans le consensus</translation>
    </message>
    <message>
        <source>Accept all agreed passages</source>
        <translation>Accepter tous les passages concordants</translation>
    </message>
    <message>
        <source>The consensus holds that already: nothing changed.</source>
        <translation>Le consensus le contient déjà : rien n’a changé.</translation>
    </message>
    <message>
        <source>— nothing</source>
        <translation>— rien</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>non réglé</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non repris</translation>
    </message>
    <message>
        <source>{tag} (part)</source>
        <translation>{tag} (partie)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>matches the key</source>
        <translation>correspond au corrigé</translation>
    </message>
    <message>
        <source>partly matches</source>
        <translation>correspond en partie</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <translation>mauvaise étiquette</translation>
    </message>
    <message>
        <source>not in the key</source>
        <translation>absent du corrigé</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>This exercise does not show its answer key.</source>
        <translation>Cet exercice ne montre pas son corrigé.</translation>
    </message>
    <message>
        <source>This exercise has no answer key to check against.</source>
        <translation>Cet exercice n’a pas de corrigé auquel comparer votre travail.</translation>
    </message>
    <message>
        <source>You tagged it {tag}.</source>
        <translation>Vous l’avez étiqueté «&#xa0;{tag}&#xa0;».</translation>
    </message>
    <message>
        <source>The key tags it {tag}.</source>
        <translation>Le corrigé l’étiquette «&#xa0;{tag}&#xa0;».</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>Vérifié le {date}</translation>
    </message>
    <message>
        <source>Your passages</source>
        <translation>Vos passages</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Dans l’article</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>{points} of %n key passage(s)</source>
        <translation>
            <numerusform>{points} sur %n passage du corrigé</numerusform>
            <numerusform>{points} sur %n passages du corrigé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n manqué</numerusform>
            <numerusform>%n manqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the key or wrong tag</source>
        <translation>
            <numerusform>%n absent du corrigé ou mal étiqueté</numerusform>
            <numerusform>%n absents du corrigé ou mal étiquetés</numerusform>
        </translation>
    </message>
    <message>
        <source>Your teacher has not shared the key: the passages you missed are counted, not shown.</source>
        <translation>Votre enseignant n’a pas communiqué le corrigé&#xa0;: les passages que vous avez manqués sont comptés, mais pas montrés.</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Votre score</translation>
    </message>
    <message>
        <source>A passage matches when it has the key passage&apos;s tag and the two share at least {match} of the characters either covers; it partly matches when they share any character. It has the wrong tag when it shares at least {wrong} with a key passage of another tag, and is not in the key otherwise. A key passage that no passage of its tag touches is missed.</source>
        <translation>Un passage correspond quand il porte l’étiquette du passage du corrigé et que les deux ont en commun au moins {match} des caractères que couvre l’un ou l’autre&#xa0;; il correspond en partie quand ils ont au moins un caractère en commun. Il porte une mauvaise étiquette quand il a au moins {wrong} en commun avec un passage du corrigé d’une autre étiquette&#xa0;; sinon, il est absent du corrigé. Un passage du corrigé qu’aucun passage de son étiquette ne touche est manqué.</translation>
    </message>
    <message>
        <source>Score per tag: 1 point for each key passage matched, ½ for one partly matched, divided by the key&apos;s passages plus your passages not in the key or with the wrong tag.</source>
        <translation>Score par étiquette&#xa0;: 1 point pour chaque passage du corrigé auquel correspond un passage, ½ pour une correspondance partielle, divisé par le nombre de passages du corrigé plus celui de vos passages absents du corrigé ou mal étiquetés.</translation>
    </message>
    <message>
        <source>Score per tag: 1 point for each key passage matched, ½ for one partly matched, divided by the key&apos;s passages plus a student&apos;s passages not in the key or with the wrong tag.</source>
        <translation>Score par étiquette&#xa0;: 1 point pour chaque passage du corrigé auquel correspond un passage, ½ pour une correspondance partielle, divisé par le nombre de passages du corrigé plus celui des passages de l’élève absents du corrigé ou mal étiquetés.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Worksheet, {date}</source>
        <translation>Fiche d’exercice, {date}</translation>
    </message>
    <message>
        <source>Answer sheet, {date}</source>
        <translation>Corrigé, {date}</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Readmark report</source>
        <translation>Rapport Readmark</translation>
    </message>
    <message>
        <source>Readmark report, {date}</source>
        <translation>Rapport Readmark, {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>No passages are tagged in this document.</source>
        <translation>Aucun passage n’est étiqueté dans ce document.</translation>
    </message>
    <message>
        <source>Passages and notes</source>
        <translation>Passages et notes</translation>
    </message>
    <message>
        <source>(a tag no longer in the codebook)</source>
        <translation>(une étiquette qui n’est plus dans la grille de codage)</translation>
    </message>
    <message>
        <source>(no longer found in this version of the text)</source>
        <translation>(introuvable dans cette version du texte)</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <translation>«&#xa0;{passage}&#xa0;»</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>named source</source>
        <translation>source nommée</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>précaution de langage</translation>
    </message>
    <message>
        <source>first person</source>
        <translation>première personne</translation>
    </message>
    <message>
        <source>evaluative word</source>
        <translation>mot évaluatif</translation>
    </message>
    <message>
        <source>number</source>
        <comment>column</comment>
        <translation>numéro</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>column</comment>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>passage</source>
        <comment>column</comment>
        <translation>passage</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>fin</translation>
    </message>
    <message>
        <source>found</source>
        <comment>column</comment>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>matched</source>
        <comment>column</comment>
        <translation>correspond</translation>
    </message>
    <message>
        <source>partly</source>
        <comment>column</comment>
        <translation>en partie</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>column</comment>
        <translation>manqué</translation>
    </message>
    <message>
        <source>tagged as {tag}</source>
        <comment>column</comment>
        <translation>étiqueté {tag}</translation>
    </message>
    <message>
        <source>student</source>
        <comment>column</comment>
        <translation>élève</translation>
    </message>
    <message>
        <source>score</source>
        <comment>column</comment>
        <translation>score</translation>
    </message>
    <message>
        <source>{tag} score</source>
        <comment>column</comment>
        <translation>score {tag}</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <comment>column</comment>
        <translation>mauvaise étiquette</translation>
    </message>
    <message>
        <source>not in key</source>
        <comment>column</comment>
        <translation>absent du corrigé</translation>
    </message>
    <message>
        <source>key&apos;s tag</source>
        <comment>column</comment>
        <translation>étiquette du corrigé</translation>
    </message>
    <message>
        <source>tag given</source>
        <comment>column</comment>
        <translation>étiquette donnée</translation>
    </message>
    <message>
        <source>answers</source>
        <comment>column</comment>
        <translation>réponses</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <comment>column</comment>
        <translation>raison&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <comment>column</comment>
        <translation>sans raison</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no tag given</comment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Claim or opinion</source>
        <translation>Affirmation ou opinion</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>jugement</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>prise de position</translation>
    </message>
    <message>
        <source>view credited to someone</source>
        <translation>avis prêté à quelqu’un</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimation</translation>
    </message>
    <message>
        <source>reaction reported</source>
        <translation>réaction rapportée</translation>
    </message>
    <message>
        <source>judgement reported</source>
        <translation>jugement rapporté</translation>
    </message>
    <message>
        <source>advice reported</source>
        <translation>conseil rapporté</translation>
    </message>
    <message>
        <source>evaluative</source>
        <translation>évaluatif</translation>
    </message>
    <message>
        <source>subjectivity lexicon</source>
        <translation>lexique de subjectivité</translation>
    </message>
    <message>
        <source>generalisation</source>
        <translation>généralisation</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>past event</source>
        <translation>événement passé</translation>
    </message>
    <message>
        <source>routine or relation</source>
        <translation>habitude ou appartenance</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>un simple énoncé</translation>
    </message>
    <message>
        <source>marked as a caption by the importer</source>
        <translation>marqué comme légende à l’importation</translation>
    </message>
    <message>
        <source>caption line</source>
        <translation>ligne de légende</translation>
    </message>
    <message>
        <source>ends with a dateline</source>
        <translation>se termine par une date</translation>
    </message>
    <message>
        <source>repeated in the text, as captions are</source>
        <translation>répété dans le texte, comme le sont les légendes</translation>
    </message>
    <message>
        <source>quoted inside a quotation</source>
        <translation>cité à l’intérieur d’une citation</translation>
    </message>
    <message>
        <source>direct speech in quotation marks</source>
        <translation>discours direct entre guillemets</translation>
    </message>
    <message>
        <source>block quote</source>
        <translation>citation en bloc</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <source>{kind}: {evidence}</source>
        <translation>{kind}&#xa0;: {evidence}</translation>
    </message>
    <message>
        <source>{reason}; {more}</source>
        <translation>{reason}&#xa0;; {more}</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Tag as {tag}</source>
        <translation>Étiqueter comme {tag}</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Supprimer %n annotation</numerusform>
            <numerusform>Supprimer %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>Ajouter %n annotation</numerusform>
            <numerusform>Ajouter %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Rétablir « {title} »</translation>
    </message>
    <message>
        <source>New tag “{tag}”</source>
        <translation>Nouvelle étiquette « {tag} »</translation>
    </message>
    <message>
        <source>Change tag “{tag}”</source>
        <translation>Modifier l’étiquette « {tag} »</translation>
    </message>
    <message>
        <source>Delete tag {tag}</source>
        <translation>Supprimer l’étiquette {tag}</translation>
    </message>
    <message>
        <source>Merge into {tag}</source>
        <translation>Fusionner dans {tag}</translation>
    </message>
    <message>
        <source>Restore tag “{tag}”</source>
        <translation>Rétablir l’étiquette « {tag} »</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importer la grille de codage</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Renseigner {field}</translation>
    </message>
    <message>
        <source>Edit fields</source>
        <translation>Modifier les champs</translation>
    </message>
    <message>
        <source>Change tag to {tag}</source>
        <translation>Changer l’étiquette en {tag}</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>Lier des passages</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>Classer comme {label}</translation>
    </message>
    <message>
        <source>Remove document label</source>
        <translation>Retirer l’étiquette de document</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Retirer la raison</translation>
    </message>
    <message>
        <source>Give reason: {reason}</source>
        <translation>Donner la raison : {reason}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>Modifier le réglage</translation>
    </message>
    <message numerus="yes">
        <source>Change tag of %n annotation(s)</source>
        <translation>
            <numerusform>Changer l’étiquette de %n annotation</numerusform>
            <numerusform>Changer l’étiquette de %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder tags</source>
        <translation>Réordonner les étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>its “{name}” unpacks to more than {size}</source>
        <translation>son élément «&#xa0;{name}&#xa0;» dépasse {size} une fois décompressé</translation>
    </message>
    <message>
        <source>its contents nest more than {depth} levels deep</source>
        <translation>son contenu est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;Mo</translation>
    </message>
    <message>
        <source>is not an EPUB book it can read: it is damaged, or another kind of file</source>
        <translation>n’est pas un livre EPUB lisible&#xa0;: il est endommagé, ou c’est un autre type de fichier</translation>
    </message>
    <message>
        <source>has no text in it</source>
        <translation>ne contient aucun texte</translation>
    </message>
    <message>
        <source>is not a complete EPUB book: “{path}” is missing</source>
        <translation>n’est pas un livre EPUB complet&#xa0;: «&#xa0;{path}&#xa0;» manque</translation>
    </message>
    <message>
        <source>cannot be opened: {refusal}</source>
        <translation>ne peut pas être ouvert&#xa0;: {refusal}</translation>
    </message>
    <message>
        <source>is damaged: “{path}” cannot be unpacked</source>
        <translation>est endommagé&#xa0;: «&#xa0;{path}&#xa0;» ne peut pas être décompressé</translation>
    </message>
    <message>
        <source>is damaged: “{path}” is not valid XML</source>
        <translation>est endommagé&#xa0;: «&#xa0;{path}&#xa0;» n’est pas du XML valide</translation>
    </message>
    <message>
        <source>is not an EPUB book: it names no package</source>
        <translation>n’est pas un livre EPUB&#xa0;: il n’indique aucun fichier de paquet</translation>
    </message>
    <message>
        <source>is protected by DRM, so its text cannot be read</source>
        <translation>est protégé par des DRM&#xa0;: son texte ne peut donc pas être lu</translation>
    </message>
    <message>
        <source>is not an EPUB book: it has no chapters</source>
        <translation>n’est pas un livre EPUB&#xa0;: il ne contient aucun chapitre</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a saved web page: there is no HTML in it</source>
        <translation>n’est pas une page web enregistrée&#xa0;: il ne contient pas de HTML</translation>
    </message>
    <message>
        <source>has no article in it</source>
        <translation>ne contient aucun article</translation>
    </message>
    <message>
        <source>“{name}” {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» {reason}.</translation>
    </message>
    <message>
        <source>The file {reason}.</source>
        <translation>Le fichier {reason}.</translation>
    </message>
    <message>
        <source>is not a text file: it looks like binary data</source>
        <translation>n’est pas un fichier texte&#xa0;: il semble contenir des données binaires</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is too large to open ({size}; the limit is {limit})</source>
        <translation>est trop volumineux pour être ouvert ({size}&#xa0;; la limite est de {limit})</translation>
    </message>
    <message>
        <source>could not be read: its name is not valid</source>
        <translation>n’a pas pu être lu&#xa0;: son nom n’est pas valide</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count}&#xa0;Ko</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}&#xa0;octets</translation>
    </message>
    <message>
        <source>could not be found</source>
        <translation>est introuvable</translation>
    </message>
    <message>
        <source>could not be read: permission denied</source>
        <translation>n’a pas pu être lu&#xa0;: accès refusé</translation>
    </message>
    <message>
        <source>could not be read: {detail}</source>
        <translation>n’a pas pu être lu&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>is not a complete document: “{path}” is missing</source>
        <translation>n’est pas un document complet&#xa0;: «&#xa0;{path}&#xa0;» manque</translation>
    </message>
    <message>
        <source>is not a Word document it can read: it is damaged, or another kind of file</source>
        <translation>n’est pas un document Word lisible&#xa0;: il est endommagé, ou c’est un autre type de fichier</translation>
    </message>
    <message>
        <source>is not an OpenDocument text it can read: it is damaged, or another kind of file</source>
        <translation>n’est pas un texte OpenDocument lisible&#xa0;: il est endommagé, ou c’est un autre type de fichier</translation>
    </message>
    <message>
        <source>is locked, and that password does not open it</source>
        <translation>est verrouillé, et ce mot de passe ne l’ouvre pas</translation>
    </message>
    <message>
        <source>is locked with a password</source>
        <translation>est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>is not a PDF it can read: it may be damaged</source>
        <translation>n’est pas un PDF lisible&#xa0;: il est peut-être endommagé</translation>
    </message>
    <message>
        <source>has no text in it: it is a scan or pictures of pages, which text recognition (OCR) can read</source>
        <translation>ne contient aucun texte&#xa0;: c’est un scan ou des images de pages, que la reconnaissance de texte (OCR) peut lire</translation>
    </message>
    <message>
        <source>has no text in it: it is a scan or pictures of pages, which would need text recognition (OCR) first: install Tesseract to have Readmark do it</source>
        <translation>ne contient aucun texte&#xa0;: c’est un scan ou des images de pages, qui nécessiteraient d’abord la reconnaissance de texte (OCR)&#xa0;: installez Tesseract pour que Readmark s’en charge</translation>
    </message>
    <message>
        <source>has no text on page {pages}: it is a scan, which text recognition (OCR) can read</source>
        <translation>ne contient aucun texte en page {pages}&#xa0;: c’est un scan, que la reconnaissance de texte (OCR) peut lire</translation>
    </message>
    <message>
        <source>has no text on pages {pages}: they are scans, which text recognition (OCR) can read</source>
        <translation>ne contient aucun texte aux pages {pages}&#xa0;: ce sont des scans, que la reconnaissance de texte (OCR) peut lire</translation>
    </message>
    <message>
        <source>Page {pages} of “{name}” was left out: it is a scan, with no text in it, which would need text recognition (OCR): install Tesseract to have Readmark read it</source>
        <translation>La page {pages} de «&#xa0;{name}&#xa0;» a été laissée de côté&#xa0;: c’est un scan, sans texte, qui nécessiterait la reconnaissance de texte (OCR)&#xa0;: installez Tesseract pour que Readmark la lise</translation>
    </message>
    <message>
        <source>Pages {pages} of “{name}” were left out: they are scans, with no text in them, which would need text recognition (OCR): install Tesseract to have Readmark read them</source>
        <translation>Les pages {pages} de «&#xa0;{name}&#xa0;» ont été laissées de côté&#xa0;: ce sont des scans, sans texte, qui nécessiteraient la reconnaissance de texte (OCR)&#xa0;: installez Tesseract pour que Readmark les lise</translation>
    </message>
    <message>
        <source>{pages} and {last}</source>
        <translation>{pages} et {last}</translation>
    </message>
    <message>
        <source>has no text that text recognition could read</source>
        <translation>ne contient aucun texte que la reconnaissance de texte ait pu lire</translation>
    </message>
    <message>
        <source>needs text recognition, and Tesseract is not installed</source>
        <translation>nécessite la reconnaissance de texte, et Tesseract n’est pas installé</translation>
    </message>
    <message>
        <source>was not imported: its text recognition was stopped</source>
        <translation>n’a pas été importé&#xa0;: sa reconnaissance de texte a été arrêtée</translation>
    </message>
    <message>
        <source>could not be read by Tesseract: {error}</source>
        <translation>n’a pas pu être lu par Tesseract&#xa0;: {error}</translation>
    </message>
    <message>
        <source>is not a web address (it should begin with https://)</source>
        <translation>n’est pas une adresse web (elle devrait commencer par https://)</translation>
    </message>
    <message>
        <source>could not be fetched: the site answered {code} {reason}</source>
        <translation>n’a pas pu être téléchargé&#xa0;: le site a répondu {code} {reason}</translation>
    </message>
    <message>
        <source>is not a web page or document it can read ({type})</source>
        <translation>n’est pas une page web ni un document que Readmark sait lire ({type})</translation>
    </message>
    <message>
        <source>is too large to open (over {limit} MB)</source>
        <translation>est trop volumineux pour être ouvert (plus de {limit}&#xa0;Mo)</translation>
    </message>
    <message>
        <source>could not be fetched: {host} could not be found. Check the address, or whether this computer is online</source>
        <translation>n’a pas pu être téléchargé&#xa0;: {host} est introuvable. Vérifiez l’adresse, ou que cet ordinateur est bien connecté à Internet</translation>
    </message>
    <message>
        <source>could not be fetched: {host} did not answer within {seconds} seconds</source>
        <translation>n’a pas pu être téléchargé&#xa0;: {host} n’a pas répondu dans les {seconds}&#xa0;secondes</translation>
    </message>
    <message>
        <source>could not be fetched: {host} refused the connection</source>
        <translation>n’a pas pu être téléchargé&#xa0;: {host} a refusé la connexion</translation>
    </message>
    <message>
        <source>could not be fetched ({detail}): check whether this computer is online</source>
        <translation>n’a pas pu être téléchargé ({detail})&#xa0;: vérifiez que cet ordinateur est bien connecté à Internet</translation>
    </message>
    <message>
        <source>it is not a codebook file (not XML: {error})</source>
        <translation>ce n’est pas un fichier de grille de codage (pas du XML&#xa0;: {error})</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA codebook (no CodeBook element)</source>
        <translation>ce n’est pas une grille de codage REFI-QDA (aucun élément CodeBook)</translation>
    </message>
    <message>
        <source>it holds no codes</source>
        <translation>il ne contient aucun code</translation>
    </message>
    <message>
        <source>a code in it has no name</source>
        <translation>l’un de ses codes n’a pas de nom</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it lacks the columns {columns} of a Readmark CSV export</source>
        <translation>il lui manque les colonnes {columns} d’un export CSV de Readmark</translation>
    </message>
    <message>
        <source>it lacks the column {columns} of a Readmark CSV export</source>
        <translation>il lui manque la colonne {columns} d’un export CSV de Readmark</translation>
    </message>
    <message>
        <source>it is not a readable CSV file ({error})</source>
        <translation>ce n’est pas un fichier CSV lisible ({error})</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (not a readable zip archive)</source>
        <translation>ce n’est pas un projet REFI-QDA (pas une archive zip lisible)</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (no project.qde in it)</source>
        <translation>ce n’est pas un projet REFI-QDA (il ne contient pas de project.qde)</translation>
    </message>
    <message>
        <source>it is damaged: “{name}” cannot be unpacked ({error})</source>
        <translation>il est endommagé&#xa0;: «&#xa0;{name}&#xa0;» ne peut pas être décompressé ({error})</translation>
    </message>
    <message>
        <source>its “{name}” is packed in a way Readmark cannot read</source>
        <translation>son élément «&#xa0;{name}&#xa0;» est compressé d’une façon que Readmark ne sait pas lire</translation>
    </message>
    <message>
        <source>its project.qde is not XML ({error})</source>
        <translation>son project.qde n’est pas du XML ({error})</translation>
    </message>
    <message>
        <source>its project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>son project.qde n’est pas un projet REFI-QDA (aucun élément Project)</translation>
    </message>
    <message>
        <source>its codebook cannot be read: {error}</source>
        <translation>sa grille de codage ne peut pas être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>it is not a UTF-8 text file</source>
        <translation>ce n’est pas un fichier texte UTF-8</translation>
    </message>
    <message>
        <source>it is not JSON (line {line}: {error})</source>
        <translation>ce n’est pas du JSON (ligne {line}&#xa0;: {error})</translation>
    </message>
    <message>
        <source>its item {number} is not a Web Annotation</source>
        <translation>son élément {number} n’est pas une Web Annotation</translation>
    </message>
    <message>
        <source>it is not a Web Annotation file (neither an object nor a list)</source>
        <translation>ce n’est pas un fichier Web Annotation (ni un objet ni une liste)</translation>
    </message>
    <message>
        <source>its collection has no pages</source>
        <translation>sa collection n’a aucune page</translation>
    </message>
    <message>
        <source>its annotations are on pages elsewhere (the collection only links to them)</source>
        <translation>ses annotations sont sur des pages situées ailleurs (la collection ne fait que les référencer)</translation>
    </message>
    <message>
        <source>its pages link in a circle</source>
        <translation>ses pages renvoient les unes aux autres en boucle</translation>
    </message>
    <message>
        <source>it is not a Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection in it)</source>
        <translation>ce n’est pas un fichier Web Annotation (il ne contient ni Annotation, ni AnnotationPage, ni AnnotationCollection)</translation>
    </message>
    <message>
        <source>a page of its annotations has no list of items</source>
        <translation>une page de ses annotations n’a pas de liste d’éléments</translation>
    </message>
    <message>
        <source>its quote is not text</source>
        <translation>sa citation n’est pas du texte</translation>
    </message>
    <message>
        <source>its text position is not a pair of offsets</source>
        <translation>sa position dans le texte n’est pas une paire de positions</translation>
    </message>
    <message>
        <source>it selects no text (no TextPositionSelector or TextQuoteSelector)</source>
        <translation>elle ne sélectionne aucun texte (ni TextPositionSelector ni TextQuoteSelector)</translation>
    </message>
    <message>
        <source>its target is not a part of a text (no source with a selector)</source>
        <translation>sa cible n’est pas une partie d’un texte (aucune source avec un sélecteur)</translation>
    </message>
    <message>
        <source>it has no tag (no body with the purpose “tagging”)</source>
        <translation>elle n’a pas d’étiquette (aucun corps ayant pour but «&#xa0;tagging&#xa0;»)</translation>
    </message>
    <message>
        <source>its list of documents is not a list</source>
        <translation>sa liste de documents n’est pas une liste</translation>
    </message>
    <message>
        <source>its document {number} has no id</source>
        <translation>son document {number} n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it would add {count} tags, and Readmark takes at most {most} new tags from one file.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé&#xa0;: il ajouterait {count} étiquettes, et Readmark en accepte au plus {most} nouvelles par fichier.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: Readmark reads annotations from .json (Web Annotation), .csv and .qdpx (REFI-QDA) files.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé&#xa0;: Readmark lit les annotations des fichiers .json (Web Annotation), .csv et .qdpx (REFI-QDA).</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is larger than 200 MB.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé&#xa0;: il dépasse 200&#xa0;Mo.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {error}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Report as a web page</source>
        <translation>Rapport en page web</translation>
    </message>
    <message>
        <source>Fact checks for publishing (ClaimReview)</source>
        <translation>Vérifications à publier (ClaimReview)</translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation>Rapport en PDF</translation>
    </message>
    <message>
        <source>Readmark cannot export “{kind}” here.</source>
        <translation>Readmark ne peut pas exporter «&#xa0;{kind}&#xa0;» ici.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma or a semicolon.</source>
        <translation>Le séparateur CSV doit être une virgule ou un point-virgule.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {most} annotations, and this export has more. Export them as CSV, or fewer documents at a time.</source>
        <translation>Une feuille Excel contient au plus {most} annotations, et cet export en compte davantage. Exportez-les en CSV, ou moins de documents à la fois.</translation>
    </message>
    <message>
        <source>The fact checks were not exported: {reason}.</source>
        <translation>Les vérifications des faits n’ont pas été exportées&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>There is no document {id} in this library.</source>
        <translation>Il n’y a pas de document {id} dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}” in this library; its tags are {tags}.</source>
        <translation>Il n’y a pas d’étiquette «&#xa0;{tag}&#xa0;» dans cette bibliothèque&#xa0;; ses étiquettes sont {tags}.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address (https://…): fact-check readers need the address of the page the reviews are published on</source>
        <translation>«&#xa0;{address}&#xa0;» n’est pas une adresse web (https://…)&#xa0;: les lecteurs de vérifications des faits ont besoin de l’adresse de la page où les vérifications sont publiées</translation>
    </message>
    <message>
        <source>it is a student&apos;s work file, not an exercise</source>
        <translation>c’est le fichier de travail d’un élève, pas un exercice</translation>
    </message>
    <message>
        <source>it is damaged (an incomplete or broken zip file)</source>
        <translation>il est endommagé (un fichier zip incomplet ou abîmé)</translation>
    </message>
    <message>
        <source>it is not a Readmark exercise (not a zip file)</source>
        <translation>ce n’est pas un exercice Readmark (pas un fichier zip)</translation>
    </message>
    <message>
        <source>it is not a Readmark exercise</source>
        <translation>ce n’est pas un exercice Readmark</translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <translation>il est endommagé ({error})</translation>
    </message>
    <message>
        <source>it is packed in a way Readmark cannot read</source>
        <translation>il est compressé d’une façon que Readmark ne sait pas lire</translation>
    </message>
    <message>
        <source>it is damaged (its contents cannot be read)</source>
        <translation>il est endommagé (son contenu ne peut pas être lu)</translation>
    </message>
    <message>
        <source>it was made by a newer Readmark; update Readmark to open it</source>
        <translation>il a été créé par une version plus récente de Readmark&#xa0;; mettez Readmark à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>it is damaged (its text does not match its checksum)</source>
        <translation>il est endommagé (son texte ne correspond pas à sa somme de contrôle)</translation>
    </message>
    <message>
        <source>it is damaged (its text holds control characters)</source>
        <translation>il est endommagé (son texte contient des caractères de contrôle)</translation>
    </message>
    <message>
        <source>it is damaged (a part of it is missing or malformed)</source>
        <translation>il est endommagé (une partie manque ou est mal formée)</translation>
    </message>
    <message>
        <source>it is damaged (a tag&apos;s name is empty or too long)</source>
        <translation>il est endommagé (le nom d’une étiquette est vide ou trop long)</translation>
    </message>
    <message>
        <source>it is damaged (its paragraphs do not fit its text)</source>
        <translation>il est endommagé (ses paragraphes ne correspondent pas à son texte)</translation>
    </message>
    <message>
        <source>it has a passage of “{tag}”, a tag not in play</source>
        <translation>il contient un passage «&#xa0;{tag}&#xa0;», une étiquette qui ne fait pas partie de l’exercice</translation>
    </message>
    <message>
        <source>its passages do not match its text</source>
        <translation>ses passages ne correspondent pas à son texte</translation>
    </message>
    <message>
        <source>it is too large for a work file (over 16 MB)</source>
        <translation>il est trop volumineux pour un fichier de travail (plus de 16&#xa0;Mo)</translation>
    </message>
    <message>
        <source>it is not a Readmark work file</source>
        <translation>ce n’est pas un fichier de travail Readmark</translation>
    </message>
    <message>
        <source>it was made by a newer Readmark; update Readmark to read it</source>
        <translation>il a été créé par une version plus récente de Readmark&#xa0;; mettez Readmark à jour pour le lire</translation>
    </message>
    <message>
        <source>it is the work for another exercise</source>
        <translation>c’est le travail d’un autre exercice</translation>
    </message>
    <message>
        <source>its document&apos;s text differs from the exercise&apos;s</source>
        <translation>le texte de son document diffère de celui de l’exercice</translation>
    </message>
    <message>
        <source>{field} is one of {choices}, not “{value}”</source>
        <translation>{field} vaut l’une des valeurs {choices}, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>{field} is a number, not “{value}”</source>
        <translation>{field} est un nombre, pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>{field} is a date (YYYY-MM-DD), not “{value}”</source>
        <translation>{field} est une date (AAAA-MM-JJ), pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>{field} holds web addresses (http://, https://), not “{value}”</source>
        <translation>{field} contient des adresses web (http://, https://), pas «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>the tag&apos;s fields cannot be read ({error})</source>
        <translation>les champs de l’étiquette ne peuvent pas être lus ({error})</translation>
    </message>
    <message>
        <source>line {number} is not “name: kind” with a kind of {kinds}</source>
        <translation>la ligne {number} n’est pas de la forme «&#xa0;nom&#xa0;: type&#xa0;», avec un type parmi {kinds}</translation>
    </message>
    <message>
        <source>line {number}: a choice lists its values, “{name}: choice (a, b)”</source>
        <translation>ligne {number}&#xa0;: un choix énumère ses valeurs, «&#xa0;{name}: choice (a, b)&#xa0;»</translation>
    </message>
    <message>
        <source>line {number}: there is already a field called “{name}”</source>
        <translation>ligne {number}&#xa0;: il existe déjà un champ appelé «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most {most} rows</source>
        <translation>une feuille Excel contient au plus {most} lignes</translation>
    </message>
    <message>
        <source>Choose at least one tag for the exercise.</source>
        <translation>Choisissez au moins une étiquette pour l’exercice.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened as an exercise: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être ouvert comme exercice&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Set your name first, so that your teacher knows whose work it is.</source>
        <translation>Indiquez d’abord votre nom, pour que votre enseignant sache de qui est ce travail.</translation>
    </message>
    <message>
        <source>This document&apos;s text differs from the exercise&apos;s.</source>
        <translation>Le texte de ce document diffère de celui de l’exercice.</translation>
    </message>
    <message>
        <source>Choose the students&apos; work files.</source>
        <translation>Choisissez les fichiers de travail des élèves.</translation>
    </message>
    <message>
        <source>This exercise has no answer key, so the work cannot be scored.</source>
        <translation>Cet exercice n’a pas de corrigé&#xa0;: le travail ne peut donc pas être noté.</translation>
    </message>
    <message>
        <source>“{name}” is not a Readmark work file.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier de travail Readmark.</translation>
    </message>
    <message>
        <source>“{name}” is the work for an exercise not made in this library. Choose the exercise&apos;s file to score it.</source>
        <translation>«&#xa0;{name}&#xa0;» est le travail d’un exercice qui n’a pas été créé dans cette bibliothèque. Choisissez le fichier de l’exercice pour le noter.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is larger than 100 MB.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être lu&#xa0;: il dépasse 100&#xa0;Mo.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être utilisé&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Import “{title}”</source>
        <translation>Importer «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Import {count} articles</source>
        <translation>Importer {count} articles</translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été ajouté&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Added {articles}</source>
        <translation>Ajouté&#xa0;: {articles}</translation>
    </message>
    <message>
        <source>{articles} was in your library already (opened, not copied)</source>
        <translation>{articles} était déjà dans votre bibliothèque (ouvert, non copié)</translation>
    </message>
    <message>
        <source>{articles} were in your library already (opened, not copied)</source>
        <translation>{articles} étaient déjà dans votre bibliothèque (ouverts, non copiés)</translation>
    </message>
    <message>
        <source>{articles} changed since imported</source>
        <translation>modifié depuis l’import&#xa0;: {articles}</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the files brought in as notes on the “{tag}” tag</source>
        <translation>
            <numerusform>%n commentaire des fichiers importé comme note sur l’étiquette «&#xa0;{tag}&#xa0;»</numerusform>
            <numerusform>%n commentaires des fichiers importés comme notes sur l’étiquette «&#xa0;{tag}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the files left out, as chosen</source>
        <translation>
            <numerusform>%n commentaire des fichiers laissé de côté, comme demandé</numerusform>
            <numerusform>%n commentaires des fichiers laissés de côté, comme demandé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n fichier non importé</numerusform>
            <numerusform>%n fichiers non importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Found no articles to import.</source>
        <translation>Aucun article à importer n’a été trouvé.</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} articles</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{titles} and {last}</source>
        <translation>{titles} et {last}</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestion(s)</source>
        <translation>
            <numerusform>Rejeter %n suggestion</numerusform>
            <numerusform>Rejeter %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Readmark cannot open its library</source>
        <translation>Readmark ne peut pas ouvrir sa bibliothèque</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>La sauvegarde quotidienne n’a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <source>the library “{library}” is damaged</source>
        <translation>la bibliothèque « {library} » est endommagée</translation>
    </message>
    <message>
        <source>the library “{library}” failed its daily check: it is damaged. Restart Readmark to restore its newest good backup.</source>
        <translation>la bibliothèque « {library} » a échoué à sa vérification quotidienne : elle est endommagée. Redémarrez Readmark pour restaurer sa dernière sauvegarde saine.</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged.</source>
        <translation>La sauvegarde « {name} » est endommagée.</translation>
    </message>
    <message>
        <source>The library “{path}” is damaged: its schema version ({version}) is not one Readmark ever wrote. The file was left untouched.</source>
        <translation>La bibliothèque « {path} » est endommagée : sa version de schéma ({version}) n’a jamais été écrite par Readmark. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library “{path}” was written by a newer version of Readmark (schema {version}; this version reads up to {newest}). Update Readmark to open it; the file was left untouched.</source>
        <translation>La bibliothèque « {path} » a été écrite par une version plus récente de Readmark (schéma {version} ; cette version lit jusqu’au {newest}). Mettez Readmark à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library “{path}” could not be opened: {reason}. The file was left untouched.</source>
        <translation>La bibliothèque « {path} » n’a pas pu être ouverte : {reason}. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a library file.</source>
        <translation>« {path} » est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>The library “{path}” could not be read: {reason}.</source>
        <translation>La bibliothèque « {path} » n’a pas pu être lue : {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a Readmark library (it is not an SQLite database). The file was left untouched.</source>
        <translation>« {path} » n’est pas une bibliothèque Readmark (ce n’est pas une base de données SQLite). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The library “{path}” is read-only, and Readmark saves every change as you make it. Make the file writable, or copy it somewhere you can write, and open that.</source>
        <translation>La bibliothèque « {path} » est en lecture seule, et Readmark enregistre chaque modification au moment où vous la faites. Rendez le fichier modifiable, ou copiez-le dans un endroit où vous pouvez écrire, et ouvrez cette copie.</translation>
    </message>
    <message>
        <source>The library “{path}” is damaged ({problems}). The file was left untouched.</source>
        <translation>La bibliothèque « {path} » est endommagée ({problems}). Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Some of those annotations are no longer in the library.</source>
        <translation>Certaines de ces annotations ne sont plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>There is no document {document_id} in this library.</source>
        <translation>Il n’y a pas de document {document_id} dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>The document “{title}” cannot be read: its text in the library is damaged. File &gt; Restore from Backup… brings back an earlier copy of the library.</source>
        <translation>Le document « {title} » ne peut pas être lu : son texte dans la bibliothèque est endommagé. Fichier &gt; Restaurer une sauvegarde… rétablit une copie antérieure de la bibliothèque.</translation>
    </message>
    <message>
        <source>The annotation {annotation_id} is no longer in the library.</source>
        <translation>L’annotation {annotation_id} n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The tag “{name}” is no longer in the library.</source>
        <translation>L’étiquette « {name} » n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The tag {tag_id} is no longer in the library.</source>
        <translation>L’étiquette {tag_id} n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Could not reach the team library: {reason}</source>
        <translation>Impossible de joindre la bibliothèque d’équipe : {reason}</translation>
    </message>
    <message>
        <source>The connection to the team library was lost ({reason}). Nothing was half written; try again to complete it.</source>
        <translation>La connexion à la bibliothèque d’équipe a été perdue ({reason}). Rien n’a été écrit à moitié ; réessayez pour terminer.</translation>
    </message>
    <message>
        <source>That database holds no team library; a lead sets it up with `readmark team init URL`.</source>
        <translation>Cette base de données ne contient pas de bibliothèque d’équipe ; un responsable la crée avec `readmark team init URL`.</translation>
    </message>
    <message>
        <source>The team library was upgraded by a newer Readmark (team schema {version}; this version knows up to {needed}). Update Readmark to sync; nothing was written.</source>
        <translation>La bibliothèque d’équipe a été mise à niveau par un Readmark plus récent (schéma d’équipe {version} ; cette version connaît jusqu’au {needed}). Mettez Readmark à jour pour synchroniser ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The team library has team schema {version}; this Readmark needs {needed}. A lead upgrades it with `readmark team upgrade URL`.</source>
        <translation>La bibliothèque d’équipe a le schéma d’équipe {version} ; ce Readmark a besoin du {needed}. Un responsable la met à niveau avec `readmark team upgrade URL`.</translation>
    </message>
    <message>
        <source>That database already holds other tables ({names}); a team library needs an empty database of its own. Nothing was changed.</source>
        <translation>Cette base de données contient déjà d’autres tables ({names}) ; une bibliothèque d’équipe a besoin de sa propre base de données vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That database holds no team library; use `readmark team init URL`.</source>
        <translation>Cette base de données ne contient pas de bibliothèque d’équipe ; utilisez `readmark team init URL`.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a coder&apos;s login: use a letter, then letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>« {name} » ne peut pas être l’identifiant d’un codeur : utilisez une lettre, puis des lettres, des chiffres, « . », « _ » ou « - » (63 au plus).</translation>
    </message>
    <message>
        <source>There is no coder called “{name}” in this team.</source>
        <translation>Il n’y a pas de codeur nommé « {name} » dans cette équipe.</translation>
    </message>
    <message>
        <source>The team library has no document “{document}”.</source>
        <translation>La bibliothèque d’équipe n’a pas de document « {document} ».</translation>
    </message>
    <message>
        <source>“{document}” names {count} documents; give the start of one&apos;s content hash instead (`readmark show` prints it).</source>
        <translation>« {document} » désigne {count} documents ; donnez plutôt le début de l’empreinte du contenu de l’un d’eux (`readmark show` l’affiche).</translation>
    </message>
    <message>
        <source>Only a lead of the team makes it blind or reveals it.</source>
        <translation>Seul un responsable de l’équipe la rend aveugle ou la dévoile.</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL address: {reason}</source>
        <translation>Ce n’est pas une adresse PostgreSQL : {reason}</translation>
    </message>
    <message>
        <source>Give the team address with your login and the database, as in postgresql://NAME@HOST/DATABASE.</source>
        <translation>Indiquez l’adresse de l’équipe avec votre identifiant et la base de données, comme dans postgresql://NOM@HÔTE/BASE.</translation>
    </message>
    <message>
        <source>sslmode={mode} would send your team&apos;s work unencrypted to {host}; a team library on another machine needs TLS (sslmode=require or verify-full).</source>
        <translation>sslmode={mode} enverrait le travail de votre équipe en clair à {host} ; une bibliothèque d’équipe sur une autre machine exige TLS (sslmode=require ou verify-full).</translation>
    </message>
    <message>
        <source>This library is not in a team; join one with `readmark team join URL`.</source>
        <translation>Cette bibliothèque ne fait partie d’aucune équipe ; rejoignez-en une avec `readmark team join URL`.</translation>
    </message>
    <message>
        <source>the library file to use (default: ${variable}, else your user data folder)</source>
        <translation>le fichier de bibliothèque à utiliser (par défaut : ${variable}, sinon votre dossier de données)</translation>
    </message>
    <message>
        <source>Read articles offline and tag their passages as claim, opinion, caption or quote. With no command, opens the Readmark window.</source>
        <translation>Lisez des articles hors ligne et étiquetez leurs passages comme affirmation, opinion, légende ou citation. Sans commande, ouvre la fenêtre de Readmark.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argument {argument} : {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>les arguments suivants sont obligatoires : {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>l’un des arguments {arguments} est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>option ambiguë : {option} peut désigner {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>incompatible avec l’argument {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>ne prend pas de valeur, {value} est ignoré</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>attend un argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>attend au plus un argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>attend au moins un argument</translation>
    </message>
    <message>
        <source>expected {count} argument</source>
        <translation>attend {count} argument</translation>
    </message>
    <message>
        <source>expected {count} arguments</source>
        <translation>attend {count} arguments</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>valeur invalide : {value} (un nombre entier est attendu)</translation>
    </message>
    <message>
        <source>invalid float value: {value}</source>
        <translation>valeur invalide : {value} (un nombre est attendu)</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valeur invalide pour le type {type} : {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>choix invalide : {value} (valeurs possibles : {choices})</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;{filename}&apos;: {error}</source>
        <translation>impossible d’ouvrir &apos;{filename}&apos; : {error}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>{program}: error: {message}</source>
        <translation>{program} : erreur : {message}</translation>
    </message>
    <message>
        <source>the languages it has are {languages}.</source>
        <translation>les langues dont il dispose sont {languages}.</translation>
    </message>
    <message>
        <source>Tesseract is not installed.</source>
        <translation>Tesseract n’est pas installé.</translation>
    </message>
    <message>
        <source>Tesseract cannot read “{language}”: {reason}</source>
        <translation>Tesseract ne sait pas lire « {language} » : {reason}</translation>
    </message>
    <message>
        <source>Give its password with --password.</source>
        <translation>Donnez son mot de passe avec --password.</translation>
    </message>
    <message>
        <source>Read it by text recognition with --ocr.</source>
        <translation>Lisez-le par reconnaissance de texte avec --ocr.</translation>
    </message>
    <message>
        <source>(already in the library)</source>
        <translation>(déjà dans la bibliothèque)</translation>
    </message>
    <message>
        <source>could not write “{file}”: {reason}.</source>
        <translation>impossible d’écrire « {file} » : {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {file}</source>
        <translation>
            <numerusform>%n annotation exportée vers {file}</numerusform>
            <numerusform>%n annotations exportées vers {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped {what}: {why}</source>
        <translation>ignoré {what} : {why}</translation>
    </message>
    <message>
        <source>add articles (text, Markdown, HTML, EPUB, Word or OpenDocument files, folders of them, or web addresses, fetched once); prints their ids</source>
        <translation>ajoute des articles (fichiers texte, Markdown, HTML, EPUB, Word ou OpenDocument, dossiers de ces fichiers, ou adresses web, récupérées une fois) ; affiche leurs identifiants</translation>
    </message>
    <message>
        <source>the password that opens a locked PDF</source>
        <translation>le mot de passe qui ouvre un PDF verrouillé</translation>
    </message>
    <message>
        <source>read scanned PDFs (no text in them) by text recognition, with Tesseract</source>
        <translation>lit les PDF numérisés (sans texte) par reconnaissance de texte, avec Tesseract</translation>
    </message>
    <message>
        <source>the language text recognition reads scans in, as Tesseract names it (&quot;fra&quot;, &quot;deu&quot;, &quot;fra+eng&quot;; see tesseract --list-langs); default: the article&apos;s or the system&apos;s where Tesseract has it, else English</source>
        <translation>la langue dans laquelle la reconnaissance de texte lit les numérisations, comme Tesseract la nomme (« fra », « deu », « fra+eng » ; voir tesseract --list-langs) ; par défaut : celle de l’article ou du système si Tesseract l’a, sinon l’anglais</translation>
    </message>
    <message>
        <source>bring the comments in Word and OpenDocument files in as annotations of a &quot;comment&quot; tag (default: as last chosen in the window&apos;s File menu, else yes)</source>
        <translation>importe les commentaires des fichiers Word et OpenDocument comme annotations d’une étiquette « comment » (par défaut : comme choisi en dernier dans le menu Fichier de la fenêtre, sinon oui)</translation>
    </message>
    <message>
        <source>print a document&apos;s text, or its metadata and blocks</source>
        <translation>affiche le texte d’un document, ou ses métadonnées et ses blocs</translation>
    </message>
    <message>
        <source>metadata and blocks (kind, start, end) as JSON</source>
        <translation>métadonnées et blocs (type, début, fin) en JSON</translation>
    </message>
    <message>
        <source>list the library&apos;s documents</source>
        <translation>liste les documents de la bibliothèque</translation>
    </message>
    <message>
        <source>suggest quotes, captions, claims and opinions in an article file or a document</source>
        <translation>suggère citations, légendes, affirmations et opinions dans un fichier d’article ou un document</translation>
    </message>
    <message>
        <source>as JSON: tag, start, end, exact text, reason</source>
        <translation>en JSON : étiquette, début, fin, texte exact, raison</translation>
    </message>
    <message>
        <source>write annotations to a file: CSV or Excel for spreadsheets, Web Annotation JSON, a REFI-QDA project, or a report (HTML or PDF)</source>
        <translation>écrit les annotations dans un fichier : CSV ou Excel pour les tableurs, JSON Web Annotation, un projet REFI-QDA, ou un rapport (HTML ou PDF)</translation>
    </message>
    <message>
        <source>csv (default), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html or pdf (a report of the documents with their highlights and notes), claimreview (schema.org ClaimReview and MediaReview JSON-LD of the claims with a verdict and the captions with a media context; needs --review-page)</source>
        <translation>csv (par défaut), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html ou pdf (un rapport des documents avec leurs surlignages et leurs notes), claimreview (JSON-LD ClaimReview et MediaReview de schema.org des affirmations qui ont un verdict et des légendes qui ont un contexte média ; demande --review-page)</translation>
    </message>
    <message>
        <source>claimreview: the address of the page the fact checks will be published on</source>
        <translation>claimreview : l’adresse de la page où les vérifications seront publiées</translation>
    </message>
    <message>
        <source>only this document; give it again for several (default: all)</source>
        <translation>seulement ce document ; répétez l’option pour plusieurs (par défaut : tous)</translation>
    </message>
    <message>
        <source>only these tags, by name, comma-separated</source>
        <translation>seulement ces étiquettes, par nom, séparées par des virgules</translation>
    </message>
    <message>
        <source>only this coder&apos;s passages; &apos;consensus&apos; exports the version agreed in Tools &gt; Curate (default: everyone&apos;s)</source>
        <translation>seulement les passages de ce codeur ; « consensus » exporte la version convenue dans Outils &gt; Harmoniser (par défaut : ceux de tous)</translation>
    </message>
    <message>
        <source>CSV field separator: semicolon suits Excel where the comma is the decimal sign</source>
        <translation>séparateur des champs CSV : le point-virgule convient à Excel là où la virgule est le séparateur décimal</translation>
    </message>
    <message>
        <source>CSV and XLSX: add the sentence around each passage (context_before, context_after)</source>
        <translation>CSV et XLSX : ajoute la phrase autour de chaque passage (context_before, context_after)</translation>
    </message>
    <message>
        <source>the language of the report (html and pdf: its words, numbers and date, as the window writes them) and of this command&apos;s messages (default: the window&apos;s language)</source>
        <translation>la langue du rapport (html et pdf : ses mots, ses nombres et sa date, comme la fenêtre les écrit) et des messages de cette commande (par défaut : la langue de la fenêtre)</translation>
    </message>
    <message>
        <source>qdpx: give documents read from files their full path on this computer (by default only the file&apos;s name: the folders name you)</source>
        <translation>qdpx : donne aux documents lus depuis des fichiers leur chemin complet sur cet ordinateur (par défaut, seulement le nom du fichier : les dossiers vous nomment)</translation>
    </message>
    <message>
        <source>read annotations from a Readmark JSON or CSV export or a REFI-QDA project (.qdpx) into the library, merging with what is there</source>
        <translation>lit dans la bibliothèque les annotations d’un export JSON ou CSV de Readmark ou d’un projet REFI-QDA (.qdpx), en les fusionnant avec ce qui s’y trouve</translation>
    </message>
    <message>
        <source>set up a team library on PostgreSQL (a lead), or join one (each coder)</source>
        <translation>met en place une bibliothèque d’équipe sur PostgreSQL (un responsable), ou en rejoint une (chaque codeur)</translation>
    </message>
    <message>
        <source>create the team schema in an empty PostgreSQL database (once, by a lead)</source>
        <translation>crée le schéma de l’équipe dans une base PostgreSQL vide (une fois, par un responsable)</translation>
    </message>
    <message>
        <source>take the team schema to this Readmark&apos;s version</source>
        <translation>met le schéma de l’équipe à la version de ce Readmark</translation>
    </message>
    <message>
        <source>create a coder&apos;s login and print its one-time password</source>
        <translation>crée l’identifiant d’un codeur et affiche son mot de passe à usage unique</translation>
    </message>
    <message>
        <source>may change the codebook and remove documents</source>
        <translation>peut modifier le livre de codes et retirer des documents</translation>
    </message>
    <message>
        <source>take a coder&apos;s login away (their passages stay)</source>
        <translation>retire l’identifiant d’un codeur (ses passages restent)</translation>
    </message>
    <message>
        <source>until revealed, each coder sees only their own passages on a document</source>
        <translation>jusqu’à sa révélation, chaque codeur ne voit que ses propres passages sur un document</translation>
    </message>
    <message>
        <source>let every coder see all the passages on a blind document</source>
        <translation>laisse chaque codeur voir tous les passages d’un document en aveugle</translation>
    </message>
    <message>
        <source>the whole team: every document, those added later too</source>
        <translation>toute l’équipe : chaque document, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <source>every document of the team</source>
        <translation>chaque document de l’équipe</translation>
    </message>
    <message>
        <source>link a library to the team with your login (postgresql://NAME:PASSWORD@HOST/DB); the password goes to PostgreSQL&apos;s password file, not the library</source>
        <translation>relie une bibliothèque à l’équipe avec votre identifiant (postgresql://NOM:MOT_DE_PASSE@HÔTE/BASE) ; le mot de passe va dans le fichier de mots de passe de PostgreSQL, pas dans la bibliothèque</translation>
    </message>
    <message>
        <source>send this library&apos;s changes to its team and bring everyone else&apos;s</source>
        <translation>envoie les modifications de cette bibliothèque à son équipe et rapporte celles des autres</translation>
    </message>
    <message>
        <source>Team library set up.</source>
        <translation>Bibliothèque d’équipe mise en place.</translation>
    </message>
    <message>
        <source>The team library was already set up; its schema is current.</source>
        <translation>La bibliothèque d’équipe était déjà en place ; son schéma est à jour.</translation>
    </message>
    <message>
        <source>Team schema {before} → {after}.</source>
        <translation>Schéma de l’équipe {before} → {after}.</translation>
    </message>
    <message>
        <source>The team schema is current ({version}).</source>
        <translation>Le schéma de l’équipe est à jour ({version}).</translation>
    </message>
    <message>
        <source>Added lead {name}. Their one-time password (shown only now):</source>
        <translation>Responsable {name} ajouté. Son mot de passe à usage unique (affiché seulement maintenant) :</translation>
    </message>
    <message>
        <source>Added coder {name}. Their one-time password (shown only now):</source>
        <translation>Codeur {name} ajouté. Son mot de passe à usage unique (affiché seulement maintenant) :</translation>
    </message>
    <message>
        <source>{name} can no longer log in; their passages stay in the team library.</source>
        <translation>{name} ne peut plus se connecter ; ses passages restent dans la bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>The team is blind: until revealed, coders see only their own passages on every document, those added later too.</source>
        <translation>L’équipe est en aveugle : jusqu’à la révélation, les codeurs ne voient que leurs propres passages sur chaque document, y compris ceux ajoutés plus tard.</translation>
    </message>
    <message>
        <source>Every document is revealed: every coder&apos;s next sync brings all passages.</source>
        <translation>Chaque document est révélé : la prochaine synchronisation de chaque codeur apporte tous les passages.</translation>
    </message>
    <message>
        <source>“{title}” is blind: coders see only their own passages on it.</source>
        <translation>« {title} » est en aveugle : les codeurs n’y voient que leurs propres passages.</translation>
    </message>
    <message>
        <source>“{title}” is revealed: every coder&apos;s next sync brings all its passages.</source>
        <translation>« {title} » est révélé : la prochaine synchronisation de chaque codeur apporte tous ses passages.</translation>
    </message>
    <message>
        <source>Joined the team and synced: sent {sent}, received {received}.</source>
        <translation>Équipe rejointe et synchronisée. Envoi : {sent} ; réception : {received}.</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}.</source>
        <translation>Synchronisé. Envoi : {sent} ; réception : {received}.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for codes a lead has not added to the team codebook yet: %n change(s).</source>
        <translation>
            <numerusform>En attente de codes qu’un responsable n’a pas encore ajoutés au livre de codes de l’équipe : %n modification.</numerusform>
            <numerusform>En attente de codes qu’un responsable n’a pas encore ajoutés au livre de codes de l’équipe : %n modifications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept on this laptop, as only their owner or a lead may make them: %n change(s).</source>
        <translation>
            <numerusform>Gardée sur cet ordinateur, car seul son auteur ou un responsable peut la faire : %n modification.</numerusform>
            <numerusform>Gardées sur cet ordinateur, car seuls leur auteur ou un responsable peuvent les faire : %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team library refused the sync: {reason}</source>
        <translation>La bibliothèque d’équipe a refusé la synchronisation : {reason}</translation>
    </message>
    <message>
        <source>The library could not take the sync: {reason}</source>
        <translation>La bibliothèque n’a pas pu recevoir la synchronisation : {reason}</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Add tags of “{preset}”</source>
        <translation>Ajouter les étiquettes de « {preset} »</translation>
    </message>
    <message>
        <source>The tags were not added.</source>
        <translation>Les étiquettes n’ont pas été ajoutées.</translation>
    </message>
    <message>
        <source>The codebook already has every tag of “{preset}”; nothing was changed.</source>
        <translation>Le livre de codes a déjà toutes les étiquettes de « {preset} » ; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tag(s) from “{preset}”: {tags}.</source>
        <translation>
            <numerusform>%n étiquette ajoutée depuis « {preset} » : {tags}.</numerusform>
            <numerusform>%n étiquettes ajoutées depuis « {preset} » : {tags}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there and left as they were: {tags}.</source>
        <translation>Déjà présentes et laissées telles quelles : {tags}.</translation>
    </message>
    <message>
        <source>No tag or passage was removed.</source>
        <translation>Aucune étiquette ni aucun passage n’a été retiré.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Étiquette : {label}</translation>
    </message>
</context>
</TS>
