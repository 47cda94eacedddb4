<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
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
        <source>{line} (you)</source>
        <translation>{line} (vous)</translation>
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
        <source>Lin&amp;k to…</source>
        <translation>&amp;Lier à…</translation>
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
        <source>Library</source>
        <translation>Bibliothèque</translation>
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
</context>
</TS>
