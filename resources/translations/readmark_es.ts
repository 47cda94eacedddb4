<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Select a passage in the article, then press &lt;b&gt;1&lt;/b&gt; claim, &lt;b&gt;2&lt;/b&gt; opinion, &lt;b&gt;3&lt;/b&gt; caption or &lt;b&gt;4&lt;/b&gt; quote, or use the toolbar or the right-click menu.</source>
        <translation>Seleccione un pasaje del artículo y pulse &lt;b&gt;1&lt;/b&gt; claim, &lt;b&gt;2&lt;/b&gt; opinion, &lt;b&gt;3&lt;/b&gt; caption o &lt;b&gt;4&lt;/b&gt; quote, o use la barra de herramientas o el menú del clic derecho.</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Eliminar anotación</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <source>Tag &amp;As</source>
        <translation>Etiquetar &amp;como</translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Todo {count}</translation>
    </message>
    <message>
        <source>Show only {name} passages</source>
        <translation>Mostrar solo los pasajes {name}</translation>
    </message>
    <message>
        <source>Readmark exercise</source>
        <translation>Ejercicio de Readmark</translation>
    </message>
    <message>
        <source>Readmark work</source>
        <translation>Trabajo de Readmark</translation>
    </message>
    <message>
        <source>&amp;Make Exercise…</source>
        <translation>&amp;Crear ejercicio…</translation>
    </message>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>&amp;Abrir ejercicio…</translation>
    </message>
    <message>
        <source>&amp;Check My Work</source>
        <translation>&amp;Revisar mi trabajo</translation>
    </message>
    <message>
        <source>&amp;Export My Work…</source>
        <translation>&amp;Exportar mi trabajo…</translation>
    </message>
    <message>
        <source>Class &amp;Results…</source>
        <translation>&amp;Resultados de la clase…</translation>
    </message>
    <message>
        <source>Save &amp;Worksheet as PDF…</source>
        <translation>Guardar la &amp;hoja de trabajo en PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Answer Sheet as PDF…</source>
        <translation>Guardar las &amp;soluciones en PDF…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, for your teacher (Edit &gt; Your Name as Coder changes it later):</source>
        <translation>Su nombre, para su docente (Editar &gt; Su nombre como codificador lo cambia después):</translation>
    </message>
    <message>
        <source>Open the document to make an exercise of.</source>
        <translation>Abra el documento del que quiere hacer un ejercicio.</translation>
    </message>
    <message>
        <source>Save Exercise</source>
        <translation>Guardar el ejercicio</translation>
    </message>
    <message>
        <source>The exercise was not saved</source>
        <translation>El ejercicio no se guardó</translation>
    </message>
    <message>
        <source>Saved the exercise (no key) to {path}.</source>
        <translation>Ejercicio guardado (sin soluciones) en {path}.</translation>
    </message>
    <message>
        <source>Saved the exercise (with a key of {size}) to {path}.</source>
        <translation>Ejercicio guardado (con soluciones de {size}) en {path}.</translation>
    </message>
    <message>
        <source>Students&apos; Work</source>
        <translation>Trabajos de los alumnos</translation>
    </message>
    <message>
        <source>Class Results</source>
        <translation>Resultados de la clase</translation>
    </message>
    <message>
        <source>Reading the class&apos;s work…</source>
        <translation>Leyendo el trabajo de la clase…</translation>
    </message>
    <message>
        <source>The Exercise This Work Is For</source>
        <translation>El ejercicio al que corresponde este trabajo</translation>
    </message>
    <message>
        <source>The class&apos;s work could not be read</source>
        <translation>No se pudo leer el trabajo de la clase</translation>
    </message>
    <message>
        <source>Stopped reading the class&apos;s work.</source>
        <translation>Se detuvo la lectura del trabajo de la clase.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Export Class Results</source>
        <translation>Exportar los resultados de la clase</translation>
    </message>
    <message>
        <source>The results were not exported</source>
        <translation>Los resultados no se exportaron</translation>
    </message>
    <message>
        <source>Exported the class results to {chosen}.</source>
        <translation>Resultados de la clase exportados a {chosen}.</translation>
    </message>
    <message>
        <source>Open Exercise</source>
        <translation>Abrir ejercicio</translation>
    </message>
    <message>
        <source>The exercise was not opened</source>
        <translation>El ejercicio no se abrió</translation>
    </message>
    <message>
        <source>Opened the exercise “{title}”.</source>
        <translation>Ejercicio «{title}» abierto.</translation>
    </message>
    <message>
        <source>Your work could not be checked</source>
        <translation>No se pudo revisar su trabajo</translation>
    </message>
    <message>
        <source>Your work was not exported: it needs your name.</source>
        <translation>Su trabajo no se exportó: necesita su nombre.</translation>
    </message>
    <message>
        <source>Export My Work</source>
        <translation>Exportar mi trabajo</translation>
    </message>
    <message>
        <source>Your work was not exported</source>
        <translation>Su trabajo no se exportó</translation>
    </message>
    <message>
        <source>Exported {count} passages to {path}.</source>
        <translation>{count} pasajes exportados a {path}.</translation>
    </message>
    <message>
        <source>Open an exercise first: Classroom &gt; Open Exercise….</source>
        <translation>Abra primero un ejercicio: Aula &gt; Abrir ejercicio….</translation>
    </message>
    <message>
        <source>Make an exercise of this document first, or open one.</source>
        <translation>Haga primero un ejercicio de este documento, o abra uno.</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>This document is not an exercise with an answer key.</source>
        <translation>Este documento no es un ejercicio con soluciones.</translation>
    </message>
    <message>
        <source>The answer key of this exercise is for the teacher.</source>
        <translation>Las soluciones de este ejercicio son para el docente.</translation>
    </message>
    <message>
        <source>Answer sheet</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <source>Save {kind} as PDF</source>
        <translation>Guardar en PDF: {kind}</translation>
    </message>
    <message>
        <source>Not saved: {kind}</source>
        <translation>No guardado: {kind}</translation>
    </message>
    <message>
        <source>{kind} saved to {path}.</source>
        <translation>{kind}: guardado en {path}.</translation>
    </message>
    <message>
        <source>Your &amp;Name as Coder…</source>
        <translation>Su &amp;nombre como codificador…</translation>
    </message>
    <message>
        <source>&amp;Coders</source>
        <translation>&amp;Codificadores</translation>
    </message>
    <message>
        <source>Coder &amp;Agreement…</source>
        <translation>&amp;Acuerdo entre codificadores…</translation>
    </message>
    <message>
        <source>C&amp;urate…</source>
        <translation>Ar&amp;monizar…</translation>
    </message>
    <message>
        <source>Settle the coders&apos; disagreements on this document into one agreed version</source>
        <translation>Resolver los desacuerdos de los codificadores en este documento en una versión común</translation>
    </message>
    <message>
        <source>Your annotations are made under this name (Edit &gt; Your Name)</source>
        <translation>Sus anotaciones se hacen con este nombre (Editar &gt; Su nombre)</translation>
    </message>
    <message>
        <source>Your Name as Coder</source>
        <translation>Su nombre como codificador</translation>
    </message>
    <message>
        <source>The name your annotations are made under, so that a team&apos;s work can be told apart.
Annotations already made keep the name they have.</source>
        <translation>El nombre con el que se hacen sus anotaciones, para distinguir el trabajo de cada miembro de un equipo.
Las anotaciones ya hechas conservan su nombre.</translation>
    </message>
    <message>
        <source>You now tag as {coder}.</source>
        <translation>Ahora etiqueta como {coder}.</translation>
    </message>
    <message>
        <source>Curation needs a document that two or more coders tagged (only {coders} has).</source>
        <translation>Armonizar necesita un documento etiquetado por dos o más codificadores (solo {coders} lo hizo).</translation>
    </message>
    <message>
        <source>Curation needs a document that two or more coders tagged.</source>
        <translation>Armonizar necesita un documento etiquetado por dos o más codificadores.</translation>
    </message>
    <message>
        <source>{line} (you)</source>
        <translation>{line} (usted)</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>Codificador: {coder}</translation>
    </message>
    <message>
        <source>{status} · showing {coders}</source>
        <translation>{status} · mostrando: {coders}</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>Only &amp;Mine</source>
        <translation>Solo los &amp;míos</translation>
    </message>
    <message>
        <source>&amp;Label Document As</source>
        <translation>&amp;Clasificar el documento como</translation>
    </message>
    <message>
        <source>&amp;No Label</source>
        <translation>&amp;Sin clasificación</translation>
    </message>
    <message>
        <source>Show &amp;Documents</source>
        <translation>Mostrar &amp;documentos</translation>
    </message>
    <message>
        <source>&amp;Edit Document Labels…</source>
        <translation>&amp;Editar etiquetas de documento…</translation>
    </message>
    <message>
        <source>&amp;All Documents</source>
        <translation>&amp;Todos los documentos</translation>
    </message>
    <message>
        <source>Only {label}</source>
        <translation>Solo: {label}</translation>
    </message>
    <message>
        <source>Only &amp;Unlabelled</source>
        <translation>Solo los &amp;no clasificados</translation>
    </message>
    <message>
        <source>Library: {label}</source>
        <translation>Biblioteca: {label}</translation>
    </message>
    <message>
        <source>Library: unlabelled</source>
        <translation>Biblioteca: sin clasificar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export annotations as CSV, Excel, Web Annotation JSON, a REFI-QDA project or a report</source>
        <translation>Exportar las anotaciones como CSV, Excel, JSON de Web Annotation, proyecto REFI-QDA o informe</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importar anotaciones…</translation>
    </message>
    <message>
        <source>Read annotations from a Readmark JSON or CSV export or a REFI-QDA project</source>
        <translation>Leer anotaciones de una exportación JSON o CSV de Readmark o de un proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exportar el informe en P&amp;DF…</translation>
    </message>
    <message>
        <source>Prin&amp;t Report…</source>
        <translation>Imp&amp;rimir el informe…</translation>
    </message>
    <message>
        <source>Open a document to make its report.</source>
        <translation>Abra un documento para hacer su informe.</translation>
    </message>
    <message>
        <source>Exporting 1 annotation…</source>
        <translation>Exportando 1 anotación…</translation>
    </message>
    <message>
        <source>Exporting {count} annotations…</source>
        <translation>Exportando {count} anotaciones…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Could not write “{path}”: {error}.</source>
        <translation>No se pudo escribir «{path}»: {error}.</translation>
    </message>
    <message>
        <source>Export as {label}</source>
        <translation>Exportar como {label}</translation>
    </message>
    <message>
        <source>Readmark library</source>
        <translation>Biblioteca de Readmark</translation>
    </message>
    <message>
        <source>Readmark documents</source>
        <translation>Documentos de Readmark</translation>
    </message>
    <message>
        <source>Open a document to print its report.</source>
        <translation>Abra un documento para imprimir su informe.</translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation>La impresión no está disponible</translation>
    </message>
    <message>
        <source>This build of Readmark cannot print.</source>
        <translation>Esta versión de Readmark no puede imprimir.</translation>
    </message>
    <message>
        <source>Sent “{title}” to the printer.</source>
        <translation>«{title}» enviado a la impresora.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Web Annotation JSON</source>
        <translation>JSON Web Annotation</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Importing annotations from “{name}”…</source>
        <translation>Importando anotaciones de «{name}»…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The library could not be changed: {error}</source>
        <translation>No se pudo modificar la biblioteca: {error}</translation>
    </message>
    <message>
        <source>Some annotations were not imported</source>
        <translation>Algunas anotaciones no se importaron</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Exported 1 annotation to {path}.</source>
        <translation>1 anotación exportada a {path}.</translation>
    </message>
    <message>
        <source>Exported {count} annotations to {path}.</source>
        <translation>{count} anotaciones exportadas a {path}.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>This &amp;document ({title})</source>
        <translation>Este &amp;documento ({title})</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <source>&amp;Chosen documents:</source>
        <translation>Documentos eleg&amp;idos:</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Toda la &amp;biblioteca</translation>
    </message>
    <message>
        <source>Documents to export</source>
        <translation>Documentos que exportar</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel where the comma is the decimal sign</source>
        <translation>Punto y coma ( ; ) para Excel donde la coma es el separador decimal</translation>
    </message>
    <message>
        <source>Deli&amp;miter:</source>
        <translation>Sepa&amp;rador:</translation>
    </message>
    <message>
        <source>Add the sentence around each passage</source>
        <translation>Añadir la frase en torno a cada pasaje</translation>
    </message>
    <message>
        <source>Include the documents&apos; file paths on this computer</source>
        <translation>Incluir las rutas de los archivos de los documentos en este equipo</translation>
    </message>
    <message>
        <source>Only the &amp;agreed version: the passages settled in Tools &gt; Curate</source>
        <translation>Solo la versión &amp;armonizada: los pasajes resueltos en Herramientas &gt; Armonizar</translation>
    </message>
    <message>
        <source>https://… where the fact checks will be published</source>
        <translation>https://… donde se publicarán las verificaciones</translation>
    </message>
    <message>
        <source>Fact checks&apos; &amp;page:</source>
        <translation>&amp;Página de las verificaciones:</translation>
    </message>
    <message>
        <source>One row per passage, for any spreadsheet; it can be imported again.</source>
        <translation>Una fila por pasaje, para cualquier hoja de cálculo; se puede volver a importar.</translation>
    </message>
    <message>
        <source>A sheet of passages and a sheet of counts per tag and document.</source>
        <translation>Una hoja de pasajes y una hoja de recuentos por etiqueta y documento.</translation>
    </message>
    <message>
        <source>W3C Web Annotation: other annotation software reads it; it carries the texts, so another Readmark can import it whole.</source>
        <translation>W3C Web Annotation: otros programas de anotación lo leen; lleva los textos, para que otro Readmark lo importe entero.</translation>
    </message>
    <message>
        <source>For NVivo, ATLAS.ti, MAXQDA or QualCoder: the texts, the tags as codes and the tagged passages.</source>
        <translation>Para NVivo, ATLAS.ti, MAXQDA o QualCoder: los textos, las etiquetas como códigos y los pasajes etiquetados.</translation>
    </message>
    <message>
        <source>The articles with their highlights, a legend and the notes, to print or hand out.</source>
        <translation>Los artículos con sus resaltados, una leyenda y las notas, para imprimir o repartir.</translation>
    </message>
    <message>
        <source>The articles with their highlights, a legend and the notes, ready to print.</source>
        <translation>Los artículos con sus resaltados, una leyenda y las notas, listos para imprimir.</translation>
    </message>
    <message>
        <source>schema.org ClaimReview for each claim with a verdict, and MediaReview for each caption with a media context: the markup fact-check search engines read, for the page that publishes them.</source>
        <translation>ClaimReview de schema.org para cada afirmación con veredicto y MediaReview para cada pie de foto con contexto mediático: el marcado que leen los buscadores de verificaciones, para la página que las publica.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The interface will be in this language the next time Readmark starts.</source>
        <translation>La interfaz estará en este idioma la próxima vez que se inicie Readmark.</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>respalda</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradice</translation>
    </message>
    <message>
        <source>same speaker as</source>
        <translation>mismo hablante que</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>relacionado con</translation>
    </message>
    <message>
        <source>supported by</source>
        <translation>respaldado por</translation>
    </message>
    <message>
        <source>contradicted by</source>
        <translation>contradicho por</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>&amp;Enlazar con…</translation>
    </message>
    <message>
        <source>Link this passage to another (Ctrl+Shift+L)</source>
        <translation>Enlazar este pasaje con otro (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Link to…</source>
        <translation>Enlazar con…</translation>
    </message>
    <message>
        <source>&amp;Follow Link</source>
        <translation>&amp;Seguir el enlace</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Quitar el enlace</translation>
    </message>
    <message>
        <source>{relation}: this {name}. Enter goes to it.</source>
        <translation>{relation}: este pasaje ({name}). Intro lleva a él.</translation>
    </message>
    <message>
        <source>Links {count}</source>
        <translation>Enlaces {count}</translation>
    </message>
    <message>
        <source>Tag another passage first: a link joins two passages.</source>
        <translation>Etiquete antes otro pasaje: un vínculo une dos pasajes.</translation>
    </message>
    <message>
        <source>Link to Another Passage</source>
        <translation>Enlazar con otro pasaje</translation>
    </message>
    <message>
        <source>This {name}, “{words}”,</source>
        <translation>Este pasaje ({name}), «{words}»,</translation>
    </message>
    <message>
        <source>How it links</source>
        <translation>Tipo de enlace</translation>
    </message>
    <message>
        <source>Type to find the passage</source>
        <translation>Escriba para encontrar el pasaje</translation>
    </message>
    <message>
        <source>Find passage</source>
        <translation>Buscar pasaje</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlazar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Classroom</source>
        <translation>&amp;Aula</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Readmark</source>
        <translation>Readmark</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>About Readmark</source>
        <translation>Acerca de Readmark</translation>
    </message>
    <message>
        <source>Read articles offline, tag their passages as claim, opinion, caption or quote, and export them to a spreadsheet; nothing leaves your computer.</source>
        <translation>Lea artículos sin conexión, etiquete sus pasajes como afirmación, opinión, pie de foto o cita y expórtelos a una hoja de cálculo; nada sale de su equipo.</translation>
    </message>
    <message>
        <source>Readmark is free software under the {licence}.</source>
        <translation>Readmark es software libre bajo la {licence}.</translation>
    </message>
    <message>
        <source>Your library and its backups are in&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>Su biblioteca y sus copias de seguridad están en&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Bundled libraries</source>
        <translation>Bibliotecas incluidas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the LGPL-3.0; their source is at &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</source>
        <translation>Qt y PySide6 se usan bajo la LGPL-3.0; su código fuente está en &lt;a href=&quot;https://code.qt.io&quot;&gt;code.qt.io&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>{title} — Readmark</source>
        <translation>{title} — Readmark</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Select a passage and press 1–4 to tag it.</source>
        <translation>Seleccione un pasaje y pulse 1–4 para etiquetarlo.</translation>
    </message>
    <message>
        <source>Select a passage first, then press 1–4 to tag it.</source>
        <translation>Seleccione primero un pasaje y pulse después 1–4 para etiquetarlo.</translation>
    </message>
    <message>
        <source>You have tagged this passage as {name} already.</source>
        <translation>Ya ha etiquetado este pasaje como {name}.</translation>
    </message>
    <message>
        <source>Tagged as {name}. Ctrl+Z undoes it.</source>
        <translation>Etiquetado como {name}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>1 suggestion: Enter accepts, Del rejects.</source>
        <translation>1 sugerencia: Intro la acepta, Supr la rechaza.</translation>
    </message>
    <message>
        <source>{count} suggestions: Enter accepts, Del rejects.</source>
        <translation>{count} sugerencias: Intro acepta, Supr rechaza.</translation>
    </message>
    <message>
        <source>No more annotations that way.</source>
        <translation>No hay más anotaciones en esa dirección.</translation>
    </message>
    <message>
        <source>This passage is not in the current version of the document; the annotation is kept so that nothing is lost.</source>
        <translation>Este pasaje no está en la versión actual del documento; la anotación se conserva para que no se pierda nada.</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Reading &amp;Font…</source>
        <translation>&amp;Fuente de lectura…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Interface Size</source>
        <translation>Tamaño de la &amp;interfaz</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Text size {size} pt.</source>
        <translation>Tamaño del texto: {size} pt.</translation>
    </message>
    <message>
        <source>Join Team</source>
        <translation>Unirse a un equipo</translation>
    </message>
    <message>
        <source>postgresql://NAME@HOST/DATABASE</source>
        <translation>postgresql://NOMBRE@HOST/BASE</translation>
    </message>
    <message>
        <source>the one-time password your lead gave you</source>
        <translation>la contraseña de un solo uso que le dio su responsable</translation>
    </message>
    <message>
        <source>Team &amp;address:</source>
        <translation>&amp;Dirección del equipo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password goes to PostgreSQL&apos;s password file, not into the library.</source>
        <translation>La contraseña va al archivo de contraseñas de PostgreSQL, no a la biblioteca.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Joining the team…</source>
        <translation>Uniéndose al equipo…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;Join Team…</source>
        <translation>&amp;Unirse a un equipo…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your changes to the team and bring everyone else&apos;s</source>
        <translation>Enviar sus cambios al equipo y traer los de los demás</translation>
    </message>
    <message>
        <source>Join a team first (File &gt; Team &gt; Join Team…)</source>
        <translation>Únase primero a un equipo (Archivo &gt; Equipo &gt; Unirse a un equipo…)</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Sincronizando con el equipo…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión: %n cambio en espera</numerusform>
            <numerusform>Sin conexión: %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: {reason}</source>
        <translation>Sin sincronizar: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last synced {moment}</source>
        <translation>Última sincronización: {moment}</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Sincronizado hace %n min</numerusform>
            <numerusform>Sincronizado hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n h ago</source>
        <translation>
            <numerusform>Sincronizado hace %n h</numerusform>
            <numerusform>Sincronizado hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Sincronizado hace %n día</numerusform>
            <numerusform>Sincronizado hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Abrir una &amp;dirección…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Pegar como artículo nuevo</translation>
    </message>
    <message>
        <source>Import File &amp;Comments as Annotations</source>
        <translation>Importar los &amp;comentarios de los archivos como anotaciones</translation>
    </message>
    <message>
        <source>Comments in Word and OpenDocument files come in as notes on a “comment” tag</source>
        <translation>Los comentarios de los archivos Word y OpenDocument entran como notas con la etiqueta «comentario»</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Export Document as CSV…</source>
        <translation>&amp;Exportar el documento como CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Library as CSV…</source>
        <translation>Exportar la &amp;biblioteca como CSV…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Deshecho: {step}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Rehecho: {step}</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>&amp;Etiquetar la selección como</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Libro de códigos…</translation>
    </message>
    <message>
        <source>&amp;Remove Document from Library…</source>
        <translation>&amp;Quitar el documento de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>&amp;Quitar de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>Buscar en la bi&amp;blioteca…</translation>
    </message>
    <message>
        <source>&amp;Next Annotation</source>
        <translation>Anotación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Annotation</source>
        <translation>Anotación &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Pa&amp;nel anterior</translation>
    </message>
    <message>
        <source>Show Folded &amp;Repeats</source>
        <translation>Mostrar las &amp;repeticiones plegadas</translation>
    </message>
    <message>
        <source>S&amp;ummary of the Library…</source>
        <translation>&amp;Resumen de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Suggest Tags</source>
        <translation>&amp;Sugerir etiquetas</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;About Readmark</source>
        <translation>&amp;Acerca de Readmark</translation>
    </message>
    <message>
        <source>Tag the selected passage as {name}</source>
        <translation>Etiquetar el pasaje seleccionado como {name}</translation>
    </message>
    <message>
        <source>Next {label}</source>
        <translation>Siguiente: {label}</translation>
    </message>
    <message>
        <source>No documents yet</source>
        <translation>Todavía no hay documentos</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Named source</source>
        <translation>Fuente citada</translation>
    </message>
    <message>
        <source>Hedge</source>
        <translation>Atenuación</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <source>Evaluative word</source>
        <translation>Palabra valorativa</translation>
    </message>
    <message>
        <source>Give a &amp;Reason for the Tag</source>
        <translation>Dar una &amp;razón para la etiqueta</translation>
    </message>
    <message>
        <source>What in the words made it a claim or an opinion</source>
        <translation>Qué en las palabras lo convierte en una afirmación o una opinión</translation>
    </message>
    <message>
        <source>&amp;No Reason</source>
        <translation>&amp;Sin razón</translation>
    </message>
    <message>
        <source>Choose a passage first, then its reason.</source>
        <translation>Elija primero un pasaje y después su razón.</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Acerca de este documento</translation>
    </message>
    <message>
        <source>Not saved: {error}. Esc puts back the saved value.</source>
        <translation>No guardado: {error}. Esc recupera el valor guardado.</translation>
    </message>
    <message>
        <source>Field problem</source>
        <translation>Problema en el campo</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Words in the articles or in your notes</source>
        <translation>Palabras de los artículos o de sus notas</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>{found} so far, searching…</source>
        <translation>{found} por ahora, buscando…</translation>
    </message>
    <message>
        <source>1 place found</source>
        <translation>1 lugar encontrado</translation>
    </message>
    <message>
        <source>{count} places found</source>
        <translation>{count} lugares encontrados</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves (so does moving on) · Esc puts back the saved note</source>
        <translation>Ctrl+Intro guarda (pasar a otro también) · Esc recupera la nota guardada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Not found in the current version of the document:</source>
        <translation>No se encuentra en la versión actual del documento:</translation>
    </message>
    <message>
        <source>Double-click or press F2 to write a note</source>
        <translation>Haga doble clic o pulse F2 para escribir una nota</translation>
    </message>
    <message>
        <source>Tagged by {coder}</source>
        <translation>Etiquetado por {coder}</translation>
    </message>
    <message>
        <source>Write a note on this passage</source>
        <translation>Escriba una nota sobre este pasaje</translation>
    </message>
    <message>
        <source>Choose a passage to write its note</source>
        <translation>Elija un pasaje para escribir su nota</translation>
    </message>
    <message>
        <source>Note saved. Ctrl+Z undoes it.</source>
        <translation>Nota guardada. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The note has not changed.</source>
        <translation>La nota no ha cambiado.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Razón: {reason}</translation>
    </message>
    <message>
        <source>Where the highlights are; click to go there</source>
        <translation>Dónde están los resaltados; haga clic para ir allí</translation>
    </message>
    <message>
        <source>Highlights overview</source>
        <translation>Vista general de los resaltados</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Suggested because: {reason}</source>
        <translation>Sugerido por: {reason}</translation>
    </message>
    <message>
        <source>Tools &gt; Suggest Tags (Ctrl+Shift+G) proposes quotes, captions, claims and opinions for you to confirm. Quotes and captions are reliable (all found, none wrong on our test articles); claims and opinions are hints to check.</source>
        <translation>Herramientas &gt; Sugerir etiquetas (Ctrl+Mayús+G) propone citas, pies de foto, afirmaciones y opiniones para que las confirme. Las citas y los pies de foto son fiables (todos encontrados, ninguno erróneo en nuestros artículos de prueba); las afirmaciones y opiniones son pistas que comprobar.</translation>
    </message>
    <message>
        <source>Forget What It Learned</source>
        <translation>Olvidar lo aprendido</translation>
    </message>
    <message>
        <source>Suggest every kind again, as before any accept or reject</source>
        <translation>Volver a sugerir cada tipo, como antes de aceptar o rechazar nada</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Accept Selected</source>
        <translation>Aceptar la selección</translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation>Rechazar la selección</translation>
    </message>
    <message>
        <source>Accept All of…</source>
        <translation>Aceptar todos los…</translation>
    </message>
    <message>
        <source>you kept {kept} of {decided} like this</source>
        <translation>conservó {kept} de {decided} de este tipo</translation>
    </message>
    <message>
        <source>Held back, as you turned them down: {cues}.</source>
        <translation>Retenidas, porque las rechazó: {cues}.</translation>
    </message>
    <message>
        <source>1 suggestion: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected ones are not suggested again).</source>
        <translation>1 sugerencia: Intro la acepta, 1–4 la acepta con esa etiqueta, Supr la rechaza (lo rechazado no se vuelve a sugerir).</translation>
    </message>
    <message>
        <source>{count} suggestions: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected ones are not suggested again).</source>
        <translation>{count} sugerencias: Intro acepta, 1–4 acepta con esa etiqueta, Supr rechaza (lo rechazado no se vuelve a sugerir).</translation>
    </message>
    <message>
        <source>No suggestions left to decide.</source>
        <translation>No quedan sugerencias por decidir.</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Buscando sugerencias…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation>Borrar el campo</translation>
    </message>
    <message>
        <source>Now: {key}.</source>
        <translation>Ahora: {key}.</translation>
    </message>
    <message>
        <source>Now: none.</source>
        <translation>Ahora: ninguna.</translation>
    </message>
    <message>
        <source>Fold the Repeats</source>
        <translation>Plegar las repeticiones</translation>
    </message>
    <message>
        <source>Keep as It Is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>This article repeats 1 passage word for word.</source>
        <translation>Este artículo repite 1 pasaje palabra por palabra.</translation>
    </message>
    <message>
        <source>This article repeats {count} passages word for word.</source>
        <translation>Este artículo repite {count} pasajes palabra por palabra.</translation>
    </message>
    <message>
        <source>Scraped pages often repeat captions. Folding deletes nothing: View &gt; Show Folded Repeats brings them back.</source>
        <translation>Las páginas descargadas suelen repetir los pies de foto. Plegar no borra nada: Ver &gt; Mostrar las repeticiones plegadas las recupera.</translation>
    </message>
    <message>
        <source>Make Exercise</source>
        <translation>Crear ejercicio</translation>
    </message>
    <message>
        <source>An exercise of “{title}”</source>
        <translation>Un ejercicio sobre «{title}»</translation>
    </message>
    <message>
        <source>&amp;Tags in play:</source>
        <translation>&amp;Etiquetas en juego:</translation>
    </message>
    <message>
        <source>What the students should do, in a few sentences.</source>
        <translation>Lo que deben hacer los alumnos, en pocas frases.</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instrucciones:</translation>
    </message>
    <message>
        <source>Take the key from the &amp;agreed version (Tools &gt; Curate)</source>
        <translation>Tomar las soluciones de la versión &amp;armonizada (Herramientas &gt; Armonizar)</translation>
    </message>
    <message>
        <source>Show the key to students when they check their work</source>
        <translation>Mostrar las soluciones a los alumnos cuando revisen su trabajo</translation>
    </message>
    <message>
        <source>Save Exercise…</source>
        <translation>Guardar el ejercicio…</translation>
    </message>
    <message>
        <source>Include an answer key: the agreed version&apos;s 1 tagged passage of these tags</source>
        <translation>Incluir soluciones: el pasaje etiquetado de la versión armonizada con estas etiquetas</translation>
    </message>
    <message>
        <source>Include an answer key: the agreed version&apos;s {size} tagged passages of these tags</source>
        <translation>Incluir soluciones: los {size} pasajes etiquetados de la versión armonizada con estas etiquetas</translation>
    </message>
    <message>
        <source>Include an answer key: your 1 tagged passage of these tags</source>
        <translation>Incluir soluciones: su pasaje etiquetado con estas etiquetas</translation>
    </message>
    <message>
        <source>Include an answer key: your {size} tagged passages of these tags</source>
        <translation>Incluir soluciones: sus {size} pasajes etiquetados con estas etiquetas</translation>
    </message>
    <message>
        <source>Check My Work</source>
        <translation>Revisar mi trabajo</translation>
    </message>
    <message>
        <source>Your work checked</source>
        <translation>Su trabajo revisado</translation>
    </message>
    <message>
        <source>Class Results — {title}</source>
        <translation>Resultados de la clase — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s).</source>
        <translation>
            <numerusform>%n alumno.</numerusform>
            <numerusform>%n alumnos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key passages (most missed first)</source>
        <translation>Pasajes de las soluciones (los más fallados primero)</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Alumnos</translation>
    </message>
    <message>
        <source>Claim or opinion?</source>
        <translation>¿Afirmación u opinión?</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Exportar la tabla como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export All as &amp;Excel…</source>
        <translation>Exportar todo como &amp;Excel…</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Pasajes de las soluciones</translation>
    </message>
    <message>
        <source>Export My Work…</source>
        <translation>Exportar mi trabajo…</translation>
    </message>
    <message>
        <source>Tag the passages.</source>
        <translation>Etiquete los pasajes.</translation>
    </message>
    <message>
        <source>Exercise: {instructions} Tags: {tags}.</source>
        <translation>Ejercicio: {instructions} Etiquetas: {tags}.</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Editar la etiqueta</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Press the key that tags a selection with this tag.</source>
        <translation>Pulse la tecla que etiqueta una selección con esta etiqueta.</translation>
    </message>
    <message>
        <source>What passages this tag is for (shown as a tooltip)</source>
        <translation>Para qué pasajes es esta etiqueta (se muestra como información sobre herramientas)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(sin grupo)</translation>
    </message>
    <message>
        <source>What its passages record, one a line: “verdict: choice (true, false)”, “evidence: link”; kinds: text, choice, number, date, link</source>
        <translation>Lo que registran sus pasajes, uno por línea: «veredicto: choice (verdadero, falso)», «prueba: link»; tipos: text, choice, number, date, link</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Tecla</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>Underlines its passages too, so the colour is not all</source>
        <translation>Subraya también sus pasajes, para que no dependa todo del color</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Subrayado</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>C&amp;ampos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
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
        <translation>α_U de la segmentación</translation>
    </message>
    <message>
        <source>Not defined: no passage of this tag in the documents every coder tagged.</source>
        <translation>No definido: ningún pasaje de esta etiqueta en los documentos que cada codificador etiquetó.</translation>
    </message>
    <message>
        <source>Not defined: no variation to compare (for example, nobody used this tag).</source>
        <translation>No definido: no hay variación que comparar (por ejemplo, nadie usó esta etiqueta).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Not defined: the coders used no tag, or one alone, with no variation.</source>
        <translation>No definido: los codificadores no usaron ninguna etiqueta, o solo una, sin variación.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Characters {start}–{end}</source>
        <translation>Caracteres {start}–{end}</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a tag called “{name}”.</source>
        <translation>Ya hay una etiqueta llamada «{name}».</translation>
    </message>
    <message>
        <source>The key {key} is already in use by {command}.</source>
        <translation>La tecla {key} ya la usa {command}.</translation>
    </message>
    <message>
        <source>The fields cannot be read: {error}.</source>
        <translation>No se pueden leer los campos: {error}.</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nueva etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionar en…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add from &amp;Preset…</source>
        <translation>Añadir desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>Move Them to Another Tag…</source>
        <translation>Moverlos a otra etiqueta…</translation>
    </message>
    <message>
        <source>Delete Them Too</source>
        <translation>Eliminarlos también</translation>
    </message>
    <message>
        <source>Move the passages of “{tag}” to:</source>
        <translation>Mover los pasajes de «{tag}» a:</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exportar el libro de códigos</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importar un libro de códigos</translation>
    </message>
    <message>
        <source>“{name}” was not imported: {error}.</source>
        <translation>«{name}» no se importó: {error}.</translation>
    </message>
    <message>
        <source>Choose a Tag</source>
        <translation>Elegir una etiqueta</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Abrir artículos</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed “{title}”. Ctrl+Z brings it back.</source>
        <translation>«{title}» quitado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make an article of.</source>
        <translation>El portapapeles no contiene texto con el que hacer un artículo.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>Made “{title}” from the clipboard.</source>
        <translation>«{title}» creado desde el portapapeles.</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Abrir una carpeta de artículos</translation>
    </message>
    <message>
        <source>Importing “{name}” ({number} of {total})</source>
        <translation>Importando «{name}» ({number} de {total})</translation>
    </message>
    <message>
        <source>Importing Articles</source>
        <translation>Importando artículos</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Abrir una dirección</translation>
    </message>
    <message>
        <source>The address of the article (fetched once; nothing it links to is loaded):</source>
        <translation>La dirección del artículo (se descarga una vez; no se carga nada de lo que enlaza):</translation>
    </message>
    <message>
        <source>Fetching {address}…</source>
        <translation>Descargando {address}…</translation>
    </message>
    <message>
        <source>Updated “{title}”: {kept} annotations moved with their passages, {lost} not found (kept, marked in the list).</source>
        <translation>«{title}» actualizado: {kept} anotaciones han seguido a sus pasajes, {lost} no encontradas (conservadas, marcadas en la lista).</translation>
    </message>
    <message>
        <source>Updated “{title}”: {kept} annotations moved with their passages.</source>
        <translation>«{title}» actualizado: {kept} anotaciones han seguido a sus pasajes.</translation>
    </message>
    <message>
        <source>The article’s, else this computer’s</source>
        <translation>El del artículo, si no, el de este equipo</translation>
    </message>
    <message>
        <source>Language of the text:</source>
        <translation>Idioma del texto:</translation>
    </message>
    <message>
        <source>{count} PDFs hold scanned pages, with no text on them: {names} and {more} more.</source>
        <translation>{count} PDF contienen páginas escaneadas, sin texto: {names} y {more} más.</translation>
    </message>
    <message>
        <source>{count} PDFs hold scanned pages, with no text on them: {names}.</source>
        <translation>{count} PDF contienen páginas escaneadas, sin texto: {names}.</translation>
    </message>
    <message>
        <source>Scanned PDFs</source>
        <translation>PDF escaneados</translation>
    </message>
    <message>
        <source>Read its pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may hold the odd misread word: check the passages you quote.</source>
        <translation>¿Leer sus páginas con reconocimiento de texto (Tesseract)? Tarda unos segundos por página y el texto puede contener alguna palabra mal leída: revise los pasajes que cite.</translation>
    </message>
    <message>
        <source>Read their pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may hold the odd misread word: check the passages you quote.</source>
        <translation>¿Leer sus páginas con reconocimiento de texto (Tesseract)? Tarda unos segundos por página y el texto puede contener alguna palabra mal leída: revise los pasajes que cite.</translation>
    </message>
    <message>
        <source>Reading page {page} of {total} of “{name}” (file {number} of {files})</source>
        <translation>Leyendo la página {page} de {total} de «{name}» (archivo {number} de {files})</translation>
    </message>
    <message>
        <source>Reading page {page} of {total} of “{name}”</source>
        <translation>Leyendo la página {page} de {total} de «{name}»</translation>
    </message>
    <message>
        <source>A newer version</source>
        <translation>Una versión más reciente</translation>
    </message>
    <message>
        <source>“{title}” has changed since you imported it.</source>
        <translation>«{title}» ha cambiado desde que lo importó.</translation>
    </message>
    <message>
        <source>Update the document to this version? Your annotations move with their passages; any whose passage is gone are kept and listed as not found. Or keep both versions.</source>
        <translation>¿Actualizar el documento a esta versión? Sus anotaciones se mueven con sus pasajes; las que han perdido su pasaje se conservan y se listan como no encontradas. O conserve ambas versiones.</translation>
    </message>
    <message>
        <source>Restored the backup of {backup}. The library as it was is kept beside it in the data folder.</source>
        <translation>Copia de seguridad de {backup} restaurada. La biblioteca tal como estaba se conserva al lado, en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Algunos archivos no se importaron</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>{error}

Its password:</source>
        <translation>{error}

Su contraseña:</translation>
    </message>
    <message>
        <source>Recognise Text</source>
        <translation>Reconocer el texto</translation>
    </message>
    <message>
        <source>Recognising Text</source>
        <translation>Reconociendo el texto</translation>
    </message>
    <message>
        <source>Recognising text…</source>
        <translation>Reconociendo el texto…</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>There is no backup yet. Readmark makes one each day it starts, in “{backup_folder}”.</source>
        <translation>Todavía no hay copia de seguridad. Readmark hace una cada día que se inicia, en «{backup_folder}».</translation>
    </message>
    <message>
        <source>Chart of passages per tag and document</source>
        <translation>Gráfico de pasajes por etiqueta y documento</translation>
    </message>
    <message>
        <source>Summary of the Library</source>
        <translation>Resumen de la biblioteca</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Passages per tag and document</source>
        <translation>Pasajes por etiqueta y documento</translation>
    </message>
    <message>
        <source>Readmark’s library is damaged</source>
        <translation>La biblioteca de Readmark está dañada</translation>
    </message>
    <message>
        <source>Readmark will not change the damaged file: it is kept beside the new library, renamed, whatever you choose.</source>
        <translation>Readmark no cambiará el archivo dañado: se conserva junto a la nueva biblioteca, con otro nombre, elija lo que elija.</translation>
    </message>
    <message>
        <source>Restore the Backup of {backup}</source>
        <translation>Restaurar la copia de seguridad de {backup}</translation>
    </message>
    <message>
        <source>Start a New Library</source>
        <translation>Empezar una biblioteca nueva</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Replace the library with this backup? The library as it is now is kept beside it.</source>
        <translation>¿Reemplazar la biblioteca por esta copia de seguridad? La biblioteca actual se conserva al lado.</translation>
    </message>
    <message>
        <source>Coder Agreement</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Agreement per tag</source>
        <translation>Acuerdo por etiqueta</translation>
    </message>
    <message>
        <source>Agreement per document</source>
        <translation>Acuerdo por documento</translation>
    </message>
    <message>
        <source>Per &amp;tag</source>
        <translation>Por e&amp;tiqueta</translation>
    </message>
    <message>
        <source>&amp;Per document</source>
        <translation>&amp;Por documento</translation>
    </message>
    <message>
        <source>Document to compare</source>
        <translation>Documento que comparar</translation>
    </message>
    <message>
        <source>Only d&amp;ifferences</source>
        <translation>Solo las d&amp;iferencias</translation>
    </message>
    <message>
        <source>Passages of the document by coder</source>
        <translation>Pasajes del documento por codificador</translation>
    </message>
    <message>
        <source>&amp;Method…</source>
        <translation>&amp;Método…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Choose at least two coders to compare.</source>
        <translation>Elija al menos dos codificadores para comparar.</translation>
    </message>
    <message>
        <source>No document has been tagged by two of the chosen coders yet.</source>
        <translation>Ningún documento ha sido etiquetado aún por dos de los codificadores elegidos.</translation>
    </message>
    <message numerus="yes">
        <source>Agreement of {coders} on %n document(s) ({characters} characters) that two or more of them tagged.</source>
        <translation>
            <numerusform>Acuerdo de {coders} en %n documento ({characters} caracteres) que dos o más de ellos etiquetaron.</numerusform>
            <numerusform>Acuerdo de {coders} en %n documentos ({characters} caracteres) que dos o más de ellos etiquetaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>α_U compares passages on the %n document(s) both tagged; each document&apos;s figures are under Per document.</source>
        <translation>
            <numerusform>α_U compara los pasajes en el documento que ambos etiquetaron; las cifras de cada documento están en Por documento.</numerusform>
            <numerusform>α_U compara los pasajes en los %n documentos que ambos etiquetaron; las cifras de cada documento están en Por documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>α_U compares passages on the %n document(s) all of them tagged; each document&apos;s figures are under Per document.</source>
        <translation>
            <numerusform>α_U compara los pasajes en el documento que todos etiquetaron; las cifras de cada documento están en Por documento.</numerusform>
            <numerusform>α_U compara los pasajes en los %n documentos que todos etiquetaron; las cifras de cada documento están en Por documento.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no document to compare.</source>
        <translation>No hay ningún documento que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s), {differ} where the coders differ.</source>
        <translation>
            <numerusform>%n pasaje, {differ} en que los codificadores difieren.</numerusform>
            <numerusform>%n pasajes, {differ} en que los codificadores difieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement needs two coders: none of the chosen coders has tagged this document.</source>
        <translation>El acuerdo necesita dos codificadores: ninguno de los codificadores elegidos ha etiquetado este documento.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: no one has tagged this document.</source>
        <translation>El acuerdo necesita dos codificadores: nadie ha etiquetado este documento.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: of the chosen coders, only {who} has tagged this document.</source>
        <translation>El acuerdo necesita dos codificadores: de los codificadores elegidos, solo {who} ha etiquetado este documento.</translation>
    </message>
    <message>
        <source>Agreement needs two coders: only {who} has tagged this document.</source>
        <translation>El acuerdo necesita dos codificadores: solo {who} ha etiquetado este documento.</translation>
    </message>
    <message>
        <source>How Agreement Is Measured</source>
        <translation>Cómo se mide el acuerdo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>Exportar el acuerdo</translation>
    </message>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>Readmark could not write {file}: {error}</source>
        <translation>Readmark no pudo escribir {file}: {error}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>The description of the method is missing from this installation.</source>
        <translation>Falta la descripción del método en esta instalación.</translation>
    </message>
    <message>
        <source>Add Tags from a Preset</source>
        <translation>Añadir etiquetas de una plantilla</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Tags of the preset</source>
        <translation>Etiquetas de la plantilla</translation>
    </message>
    <message>
        <source>Adds the tags your codebook does not have yet. Tags you have keep their colour, key and description, and no passage changes. Undo takes the whole step back.</source>
        <translation>Añade las etiquetas que su libro de códigos aún no tiene. Las que ya tiene conservan su color, tecla y descripción, y ningún pasaje cambia. Deshacer revierte todo el paso.</translation>
    </message>
    <message>
        <source>&amp;Add Tags</source>
        <translation>&amp;Añadir etiquetas</translation>
    </message>
    <message>
        <source>called
{tag}</source>
        <translation>etiquetado como
{tag}</translation>
    </message>
    <message>
        <source>left
untagged</source>
        <translation>dejado
sin etiquetar</translation>
    </message>
    <message>
        <source>the key&apos;s {tag}</source>
        <translation>{tag} de las soluciones</translation>
    </message>
    <message>
        <source>What the class called each key passage</source>
        <translation>Cómo etiquetó la clase cada pasaje de las soluciones</translation>
    </message>
    <message>
        <source>Each student&apos;s answer for each passage of the key: the tag they gave it (a passage they tagged twice over gave two answers), or none.</source>
        <translation>La respuesta de cada alumno para cada pasaje de las soluciones: la etiqueta que le dio (un pasaje etiquetado dos veces da dos respuestas), o ninguna.</translation>
    </message>
    <message>
        <source>No passage of the key was given another tag.</source>
        <translation>Ningún pasaje de las soluciones recibió otra etiqueta.</translation>
    </message>
    <message>
        <source>{key_tag} called {given}</source>
        <translation>{key_tag} etiquetado como {given}</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>{called} ({answers}): {reasons}</source>
        <translation>{called} ({answers}): {reasons}</translation>
    </message>
    <message>
        <source>The reasons given with the mistakes:</source>
        <translation>Las razones dadas con los errores:</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin razón dada</translation>
    </message>
    <message>
        <source>{answers}: a {key_tag} of the key left untagged</source>
        <translation>{answers}: un pasaje {key_tag} de las soluciones sin etiquetar</translation>
    </message>
    <message>
        <source>{answers}: a {key_tag} of the key called {given}</source>
        <translation>{answers}: un pasaje {key_tag} de las soluciones etiquetado como {given}</translation>
    </message>
    <message>
        <source>Update “{title}”</source>
        <translation>Actualizar «{title}»</translation>
    </message>
    <message>
        <source>The backup was not restored: {error}</source>
        <translation>No se restauró la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>The change was not saved, so it was not made: {reason}. Nothing else was changed; try again once that is put right.</source>
        <translation>El cambio no se guardó, así que no se hizo: {reason}. No se cambió nada más; vuelva a intentarlo cuando se haya resuelto.</translation>
    </message>
    <message>
        <source>Evidence passages</source>
        <translation>Pasajes de prueba</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Passage…</source>
        <translation>Añadir un pasaje de &amp;prueba…</translation>
    </message>
    <message>
        <source>Link a passage that supports or contradicts this claim (Ctrl+Shift+B)</source>
        <translation>Enlazar un pasaje que respalda o contradice esta afirmación (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <source>Add Evidence Passage…</source>
        <translation>Añadir un pasaje de prueba…</translation>
    </message>
    <message>
        <source>Add Evidence Passage</source>
        <translation>Añadir un pasaje de prueba</translation>
    </message>
    <message>
        <source>Document Labels</source>
        <translation>Etiquetas de documento</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Add Document Label</source>
        <translation>Añadir etiqueta de documento</translation>
    </message>
    <message>
        <source>Add document label {label}</source>
        <translation>Añadir la etiqueta de documento {label}</translation>
    </message>
    <message>
        <source>Rename Document Label</source>
        <translation>Renombrar etiqueta de documento</translation>
    </message>
    <message>
        <source>Rename document label {label}</source>
        <translation>Renombrar la etiqueta de documento {label}</translation>
    </message>
    <message>
        <source>Recolour document label {label}</source>
        <translation>Cambiar el color de la etiqueta {label}</translation>
    </message>
    <message>
        <source>Move document label {label}</source>
        <translation>Mover la etiqueta de documento {label}</translation>
    </message>
    <message>
        <source>Remove document label {label}</source>
        <translation>Quitar la etiqueta de documento {label}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>There is a label “{name}” already.</source>
        <translation>Ya hay una etiqueta «{name}».</translation>
    </message>
    <message>
        <source>Label Colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Labelled {label}</source>
        <translation>Etiquetados {label}</translation>
    </message>
    <message>
        <source>{count} document(s) are labelled {label}. What should their label become?</source>
        <translation>{count} documento(s) llevan la etiqueta {label}. ¿Qué etiqueta deben tener ahora?</translation>
    </message>
    <message>
        <source>Remove Document Label</source>
        <translation>Quitar etiqueta de documento</translation>
    </message>
    <message>
        <source>Keys: N / P next or previous disagreement · 1–{n} take that coder&apos;s version · M merge them with the tag chosen · T tag the text selected in the consensus · Delete leave the passage out · Ctrl+Z undo</source>
        <translation>Teclas: N / P desacuerdo siguiente o anterior · 1–{n} tomar la versión de ese codificador · M fusionarlas con la etiqueta elegida · T etiquetar el texto seleccionado en el consenso · Supr dejar fuera el pasaje · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>The agreed passages, each taken into the consensus or not · Alt+A takes those not yet taken · Alt+E back to the disagreements · Ctrl+Z undo</source>
        <translation>Los pasajes acordados, cada uno tomado en el consenso o no · Alt+A toma los que faltan · Alt+E vuelve a los desacuerdos · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Curate “{title}”</source>
        <translation>Consensuar «{title}»</translation>
    </message>
    <message numerus="yes">
        <source> of %n coder(s)</source>
        <translation>
            <numerusform> de %n codificador</numerusform>
            <numerusform> de %n codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Coders who must agree</source>
        <translation>Codificadores que deben coincidir</translation>
    </message>
    <message>
        <source>&amp;Accept All Agreed</source>
        <translation>&amp;Aceptar todos los acordados</translation>
    </message>
    <message>
        <source>Show agr&amp;eed</source>
        <translation>Mostrar acor&amp;dados</translation>
    </message>
    <message>
        <source>List the agreed passages one by one, each taken or not</source>
        <translation>Listar los pasajes acordados uno a uno, cada uno tomado o no</translation>
    </message>
    <message>
        <source>Agreed passages</source>
        <translation>Pasajes acordados</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Tag for a merge or a new passage</source>
        <translation>Etiqueta para una fusión o un pasaje nuevo</translation>
    </message>
    <message>
        <source>Consensus: select text and press T to tag it</source>
        <translation>Consenso: seleccione texto y pulse T para etiquetarlo</translation>
    </message>
    <message>
        <source>Agreed when &amp;given alike by</source>
        <translation>Acordado si lo &amp;dan igual</translation>
    </message>
    <message>
        <source>&amp;Tag for a merge or a new passage:</source>
        <translation>&amp;Etiqueta para una fusión o un pasaje nuevo:</translation>
    </message>
    <message>
        <source>all taken</source>
        <translation>todos tomados</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet taken</source>
        <translation>
            <numerusform>%n aún sin tomar</numerusform>
            <numerusform>%n aún sin tomar</numerusform>
        </translation>
    </message>
    <message>
        <source>   {agreed}, {waiting} · {disagreements}, {settled}</source>
        <translation>   {agreed}, {waiting} · {disagreements}, {settled}</translation>
    </message>
    <message numerus="yes">
        <source>%n agreed passage(s)</source>
        <translation>
            <numerusform>%n pasaje acordado</numerusform>
            <numerusform>%n pasajes acordados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s)</source>
        <translation>
            <numerusform>%n desacuerdo</numerusform>
            <numerusform>%n desacuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settled</source>
        <translation>
            <numerusform>%n resuelto</numerusform>
            <numerusform>%n resueltos</numerusform>
        </translation>
    </message>
    <message>
        <source>No disagreement: every passage is agreed.</source>
        <translation>Ningún desacuerdo: todos los pasajes coinciden.</translation>
    </message>
    <message>
        <source>{coder}: {version}</source>
        <translation>{coder}: {version}</translation>
    </message>
    <message>
        <source>Consensus: {version}</source>
        <translation>Consenso: {version}</translation>
    </message>
    <message>
        <source>Take {coder}&apos;s version</source>
        <translation>Tomar la versión de {coder}</translation>
    </message>
    <message>
        <source>Merge versions as {tag}</source>
        <translation>Fusionar las versiones como {tag}</translation>
    </message>
    <message>
        <source>Leave out of consensus</source>
        <translation>Dejar fuera del consenso</translation>
    </message>
    <message>
        <source>Select words in the consensus pane first, then press T.</source>
        <translation>Seleccione primero palabras en el panel del consenso y pulse T.</translation>
    </message>
    <message>
        <source>Tag as {tag} in consensus</source>
        <translation>Etiquetar como {tag} en el consenso</translation>
    </message>
    <message>
        <source>Accept all agreed passages</source>
        <translation>Aceptar todos los pasajes acordados</translation>
    </message>
    <message>
        <source>The consensus holds that already: nothing changed.</source>
        <translation>El consenso ya lo contiene: nada ha cambiado.</translation>
    </message>
    <message>
        <source>— nothing</source>
        <translation>— nada</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>dejado fuera</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tomado</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>no tomado</translation>
    </message>
    <message>
        <source>{tag} (part)</source>
        <translation>{tag} (parte)</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dado por</translation>
    </message>
    <message>
        <source>matches the key</source>
        <translation>coincide con las soluciones</translation>
    </message>
    <message>
        <source>partly matches</source>
        <translation>coincide en parte</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <translation>etiqueta equivocada</translation>
    </message>
    <message>
        <source>not in the key</source>
        <translation>no está en las soluciones</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>This exercise does not show its answer key.</source>
        <translation>Este ejercicio no muestra sus soluciones.</translation>
    </message>
    <message>
        <source>This exercise has no answer key to check against.</source>
        <translation>Este ejercicio no tiene soluciones con las que comparar.</translation>
    </message>
    <message>
        <source>You tagged it {tag}.</source>
        <translation>Lo etiquetó como «{tag}».</translation>
    </message>
    <message>
        <source>The key tags it {tag}.</source>
        <translation>Las soluciones lo etiquetan como «{tag}».</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>Revisado el {date}</translation>
    </message>
    <message>
        <source>Your passages</source>
        <translation>Sus pasajes</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>En el artículo</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>{points} of %n key passage(s)</source>
        <translation>
            <numerusform>{points} de %n pasaje de las soluciones</numerusform>
            <numerusform>{points} de %n pasajes de las soluciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n no encontrado</numerusform>
            <numerusform>%n no encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the key or wrong tag</source>
        <translation>
            <numerusform>%n fuera de las soluciones o con etiqueta equivocada</numerusform>
            <numerusform>%n fuera de las soluciones o con etiqueta equivocada</numerusform>
        </translation>
    </message>
    <message>
        <source>Your teacher has not shared the key: the passages you missed are counted, not shown.</source>
        <translation>Su docente no ha compartido las soluciones: los pasajes que no encontró se cuentan, pero no se muestran.</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Su puntuación</translation>
    </message>
    <message>
        <source>A passage matches when it has the key passage&apos;s tag and the two share at least {match} of the characters either covers; it partly matches when they share any character. It has the wrong tag when it shares at least {wrong} with a key passage of another tag, and is not in the key otherwise. A key passage that no passage of its tag touches is missed.</source>
        <translation>Un pasaje coincide cuando tiene la etiqueta del pasaje de las soluciones y ambos comparten al menos el {match} de los caracteres que cubre uno u otro; coincide en parte cuando comparten algún carácter. Tiene una etiqueta equivocada cuando comparte al menos el {wrong} con un pasaje de las soluciones de otra etiqueta; si no, no está en las soluciones. Un pasaje de las soluciones que ningún pasaje de su etiqueta toca cuenta como no encontrado.</translation>
    </message>
    <message>
        <source>Score per tag: 1 point for each key passage matched, ½ for one partly matched, divided by the key&apos;s passages plus your passages not in the key or with the wrong tag.</source>
        <translation>Puntuación por etiqueta: 1 punto por cada pasaje de las soluciones con el que coincide un pasaje, ½ por cada coincidencia parcial, dividido entre el número de pasajes de las soluciones más el de sus pasajes que no están en las soluciones o tienen una etiqueta equivocada.</translation>
    </message>
    <message>
        <source>Score per tag: 1 point for each key passage matched, ½ for one partly matched, divided by the key&apos;s passages plus a student&apos;s passages not in the key or with the wrong tag.</source>
        <translation>Puntuación por etiqueta: 1 punto por cada pasaje de las soluciones con el que coincide un pasaje, ½ por cada coincidencia parcial, dividido entre el número de pasajes de las soluciones más el de los pasajes del alumno que no están en las soluciones o tienen una etiqueta equivocada.</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Worksheet, {date}</source>
        <translation>Hoja de trabajo, {date}</translation>
    </message>
    <message>
        <source>Answer sheet, {date}</source>
        <translation>Soluciones, {date}</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Readmark report</source>
        <translation>Informe de Readmark</translation>
    </message>
    <message>
        <source>Readmark report, {date}</source>
        <translation>Informe de Readmark, {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>No passages are tagged in this document.</source>
        <translation>No hay pasajes etiquetados en este documento.</translation>
    </message>
    <message>
        <source>Passages and notes</source>
        <translation>Pasajes y notas</translation>
    </message>
    <message>
        <source>(a tag no longer in the codebook)</source>
        <translation>(una etiqueta que ya no está en el libro de códigos)</translation>
    </message>
    <message>
        <source>(no longer found in this version of the text)</source>
        <translation>(ya no se encuentra en esta versión del texto)</translation>
    </message>
    <message>
        <source>“{passage}”</source>
        <translation>«{passage}»</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>named source</source>
        <translation>fuente citada</translation>
    </message>
    <message>
        <source>hedge</source>
        <translation>atenuación</translation>
    </message>
    <message>
        <source>first person</source>
        <translation>primera persona</translation>
    </message>
    <message>
        <source>evaluative word</source>
        <translation>palabra valorativa</translation>
    </message>
    <message>
        <source>number</source>
        <comment>column</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>tag</source>
        <comment>column</comment>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>passage</source>
        <comment>column</comment>
        <translation>pasaje</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>fin</translation>
    </message>
    <message>
        <source>found</source>
        <comment>column</comment>
        <translation>encontrado</translation>
    </message>
    <message>
        <source>matched</source>
        <comment>column</comment>
        <translation>coincide</translation>
    </message>
    <message>
        <source>partly</source>
        <comment>column</comment>
        <translation>en parte</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>column</comment>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>tagged as {tag}</source>
        <comment>column</comment>
        <translation>etiquetado como {tag}</translation>
    </message>
    <message>
        <source>student</source>
        <comment>column</comment>
        <translation>alumno</translation>
    </message>
    <message>
        <source>score</source>
        <comment>column</comment>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>{tag} score</source>
        <comment>column</comment>
        <translation>puntuación {tag}</translation>
    </message>
    <message>
        <source>wrong tag</source>
        <comment>column</comment>
        <translation>etiqueta equivocada</translation>
    </message>
    <message>
        <source>not in key</source>
        <comment>column</comment>
        <translation>fuera de las soluciones</translation>
    </message>
    <message>
        <source>key&apos;s tag</source>
        <comment>column</comment>
        <translation>etiqueta de las soluciones</translation>
    </message>
    <message>
        <source>tag given</source>
        <comment>column</comment>
        <translation>etiqueta dada</translation>
    </message>
    <message>
        <source>answers</source>
        <comment>column</comment>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <comment>column</comment>
        <translation>razón: {reason}</translation>
    </message>
    <message>
        <source>no reason</source>
        <comment>column</comment>
        <translation>sin razón</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no tag given</comment>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Claim or opinion</source>
        <translation>Afirmación u opinión</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>judgement</source>
        <translation>juicio</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>view credited to someone</source>
        <translation>opinión atribuida a alguien</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>obligación</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <source>reaction reported</source>
        <translation>reacción referida</translation>
    </message>
    <message>
        <source>judgement reported</source>
        <translation>juicio referido</translation>
    </message>
    <message>
        <source>advice reported</source>
        <translation>consejo referido</translation>
    </message>
    <message>
        <source>evaluative</source>
        <translation>valorativo</translation>
    </message>
    <message>
        <source>subjectivity lexicon</source>
        <translation>léxico de subjetividad</translation>
    </message>
    <message>
        <source>generalisation</source>
        <translation>generalización</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>past event</source>
        <translation>hecho pasado</translation>
    </message>
    <message>
        <source>routine or relation</source>
        <translation>costumbre o pertenencia</translation>
    </message>
    <message>
        <source>a plain statement</source>
        <translation>una afirmación simple</translation>
    </message>
    <message>
        <source>marked as a caption by the importer</source>
        <translation>marcado como pie de foto al importar</translation>
    </message>
    <message>
        <source>caption line</source>
        <translation>línea de pie de foto</translation>
    </message>
    <message>
        <source>ends with a dateline</source>
        <translation>termina con una fecha</translation>
    </message>
    <message>
        <source>repeated in the text, as captions are</source>
        <translation>repetido en el texto, como suelen estarlo los pies de foto</translation>
    </message>
    <message>
        <source>quoted inside a quotation</source>
        <translation>citado dentro de una cita</translation>
    </message>
    <message>
        <source>direct speech in quotation marks</source>
        <translation>estilo directo entre comillas</translation>
    </message>
    <message>
        <source>block quote</source>
        <translation>cita en bloque</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>hablante</translation>
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
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Tag as {tag}</source>
        <translation>Etiquetar como {tag}</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Eliminar %n anotación</numerusform>
            <numerusform>Eliminar %n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n annotation(s)</source>
        <translation>
            <numerusform>Añadir %n anotación</numerusform>
            <numerusform>Añadir %n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Restaurar «{title}»</translation>
    </message>
    <message>
        <source>New tag “{tag}”</source>
        <translation>Nueva etiqueta «{tag}»</translation>
    </message>
    <message>
        <source>Change tag “{tag}”</source>
        <translation>Modificar la etiqueta «{tag}»</translation>
    </message>
    <message>
        <source>Delete tag {tag}</source>
        <translation>Eliminar la etiqueta {tag}</translation>
    </message>
    <message>
        <source>Merge into {tag}</source>
        <translation>Fusionar en {tag}</translation>
    </message>
    <message>
        <source>Restore tag “{tag}”</source>
        <translation>Restaurar la etiqueta «{tag}»</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importar el libro de códigos</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>Fijar {field}</translation>
    </message>
    <message>
        <source>Edit fields</source>
        <translation>Editar campos</translation>
    </message>
    <message>
        <source>Change tag to {tag}</source>
        <translation>Cambiar la etiqueta a {tag}</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>Enlazar pasajes</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Quitar el enlace</translation>
    </message>
    <message>
        <source>Label as {label}</source>
        <translation>Clasificar como {label}</translation>
    </message>
    <message>
        <source>Remove document label</source>
        <translation>Quitar la etiqueta de documento</translation>
    </message>
    <message>
        <source>Remove reason</source>
        <translation>Quitar la razón</translation>
    </message>
    <message>
        <source>Give reason: {reason}</source>
        <translation>Dar la razón: {reason}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Change setting</source>
        <translation>Cambiar el ajuste</translation>
    </message>
    <message numerus="yes">
        <source>Change tag of %n annotation(s)</source>
        <translation>
            <numerusform>Cambiar la etiqueta de %n anotación</numerusform>
            <numerusform>Cambiar la etiqueta de %n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder tags</source>
        <translation>Reordenar las etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>its “{name}” unpacks to more than {size}</source>
        <translation>su elemento «{name}» ocupa más de {size} al descomprimirse</translation>
    </message>
    <message>
        <source>its contents nest more than {depth} levels deep</source>
        <translation>su contenido está anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count}&#xa0;MB</translation>
    </message>
    <message>
        <source>is not an EPUB book it can read: it is damaged, or another kind of file</source>
        <translation>no es un libro EPUB legible: está dañado o es otro tipo de archivo</translation>
    </message>
    <message>
        <source>has no text in it</source>
        <translation>no contiene texto</translation>
    </message>
    <message>
        <source>is not a complete EPUB book: “{path}” is missing</source>
        <translation>no es un libro EPUB completo: falta «{path}»</translation>
    </message>
    <message>
        <source>cannot be opened: {refusal}</source>
        <translation>no se puede abrir: {refusal}</translation>
    </message>
    <message>
        <source>is damaged: “{path}” cannot be unpacked</source>
        <translation>está dañado: «{path}» no se puede descomprimir</translation>
    </message>
    <message>
        <source>is damaged: “{path}” is not valid XML</source>
        <translation>está dañado: «{path}» no es XML válido</translation>
    </message>
    <message>
        <source>is not an EPUB book: it names no package</source>
        <translation>no es un libro EPUB: no indica ningún archivo de paquete</translation>
    </message>
    <message>
        <source>is protected by DRM, so its text cannot be read</source>
        <translation>está protegido con DRM, por lo que no se puede leer su texto</translation>
    </message>
    <message>
        <source>is not an EPUB book: it has no chapters</source>
        <translation>no es un libro EPUB: no tiene capítulos</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not a saved web page: there is no HTML in it</source>
        <translation>no es una página web guardada: no contiene HTML</translation>
    </message>
    <message>
        <source>has no article in it</source>
        <translation>no contiene ningún artículo</translation>
    </message>
    <message>
        <source>“{name}” {reason}.</source>
        <translation>«{name}» {reason}.</translation>
    </message>
    <message>
        <source>The file {reason}.</source>
        <translation>El archivo {reason}.</translation>
    </message>
    <message>
        <source>is not a text file: it looks like binary data</source>
        <translation>no es un archivo de texto: parece contener datos binarios</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is too large to open ({size}; the limit is {limit})</source>
        <translation>es demasiado grande para abrirlo ({size}; el límite es de {limit})</translation>
    </message>
    <message>
        <source>could not be read: its name is not valid</source>
        <translation>no se pudo leer: su nombre no es válido</translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count}&#xa0;KB</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}&#xa0;bytes</translation>
    </message>
    <message>
        <source>could not be found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>could not be read: permission denied</source>
        <translation>no se pudo leer: permiso denegado</translation>
    </message>
    <message>
        <source>could not be read: {detail}</source>
        <translation>no se pudo leer: {detail}</translation>
    </message>
    <message>
        <source>is not a complete document: “{path}” is missing</source>
        <translation>no es un documento completo: falta «{path}»</translation>
    </message>
    <message>
        <source>is not a Word document it can read: it is damaged, or another kind of file</source>
        <translation>no es un documento de Word legible: está dañado o es otro tipo de archivo</translation>
    </message>
    <message>
        <source>is not an OpenDocument text it can read: it is damaged, or another kind of file</source>
        <translation>no es un texto OpenDocument legible: está dañado o es otro tipo de archivo</translation>
    </message>
    <message>
        <source>is locked, and that password does not open it</source>
        <translation>está bloqueado y esa contraseña no lo abre</translation>
    </message>
    <message>
        <source>is locked with a password</source>
        <translation>está protegido con contraseña</translation>
    </message>
    <message>
        <source>is not a PDF it can read: it may be damaged</source>
        <translation>no es un PDF legible: puede que esté dañado</translation>
    </message>
    <message>
        <source>has no text in it: it is a scan or pictures of pages, which text recognition (OCR) can read</source>
        <translation>no contiene texto: es un escaneo o son imágenes de páginas, que el reconocimiento de texto (OCR) puede leer</translation>
    </message>
    <message>
        <source>has no text in it: it is a scan or pictures of pages, which would need text recognition (OCR) first: install Tesseract to have Readmark do it</source>
        <translation>no contiene texto: es un escaneo o son imágenes de páginas, que primero necesitarían reconocimiento de texto (OCR): instale Tesseract para que Readmark lo haga</translation>
    </message>
    <message>
        <source>has no text on page {pages}: it is a scan, which text recognition (OCR) can read</source>
        <translation>no contiene texto en la página {pages}: es un escaneo, que el reconocimiento de texto (OCR) puede leer</translation>
    </message>
    <message>
        <source>has no text on pages {pages}: they are scans, which text recognition (OCR) can read</source>
        <translation>no contiene texto en las páginas {pages}: son escaneos, que el reconocimiento de texto (OCR) puede leer</translation>
    </message>
    <message>
        <source>Page {pages} of “{name}” was left out: it is a scan, with no text in it, which would need text recognition (OCR): install Tesseract to have Readmark read it</source>
        <translation>Se omitió la página {pages} de «{name}»: es un escaneo sin texto, que necesitaría reconocimiento de texto (OCR): instale Tesseract para que Readmark la lea</translation>
    </message>
    <message>
        <source>Pages {pages} of “{name}” were left out: they are scans, with no text in them, which would need text recognition (OCR): install Tesseract to have Readmark read them</source>
        <translation>Se omitieron las páginas {pages} de «{name}»: son escaneos sin texto, que necesitarían reconocimiento de texto (OCR): instale Tesseract para que Readmark las lea</translation>
    </message>
    <message>
        <source>{pages} and {last}</source>
        <translation>{pages} y {last}</translation>
    </message>
    <message>
        <source>has no text that text recognition could read</source>
        <translation>no contiene ningún texto que el reconocimiento de texto haya podido leer</translation>
    </message>
    <message>
        <source>needs text recognition, and Tesseract is not installed</source>
        <translation>necesita reconocimiento de texto y Tesseract no está instalado</translation>
    </message>
    <message>
        <source>was not imported: its text recognition was stopped</source>
        <translation>no se importó: se detuvo su reconocimiento de texto</translation>
    </message>
    <message>
        <source>could not be read by Tesseract: {error}</source>
        <translation>no pudo ser leído por Tesseract: {error}</translation>
    </message>
    <message>
        <source>is not a web address (it should begin with https://)</source>
        <translation>no es una dirección web (debería empezar por https://)</translation>
    </message>
    <message>
        <source>could not be fetched: the site answered {code} {reason}</source>
        <translation>no se pudo descargar: el sitio respondió {code} {reason}</translation>
    </message>
    <message>
        <source>is not a web page or document it can read ({type})</source>
        <translation>no es una página web ni un documento que Readmark pueda leer ({type})</translation>
    </message>
    <message>
        <source>is too large to open (over {limit} MB)</source>
        <translation>es demasiado grande para abrirlo (más de {limit}&#xa0;MB)</translation>
    </message>
    <message>
        <source>could not be fetched: {host} could not be found. Check the address, or whether this computer is online</source>
        <translation>no se pudo descargar: no se encontró {host}. Compruebe la dirección o si este ordenador está conectado a internet</translation>
    </message>
    <message>
        <source>could not be fetched: {host} did not answer within {seconds} seconds</source>
        <translation>no se pudo descargar: {host} no respondió en {seconds} segundos</translation>
    </message>
    <message>
        <source>could not be fetched: {host} refused the connection</source>
        <translation>no se pudo descargar: {host} rechazó la conexión</translation>
    </message>
    <message>
        <source>could not be fetched ({detail}): check whether this computer is online</source>
        <translation>no se pudo descargar ({detail}): compruebe si este ordenador está conectado a internet</translation>
    </message>
    <message>
        <source>it is not a codebook file (not XML: {error})</source>
        <translation>no es un archivo de libro de códigos (no es XML: {error})</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA codebook (no CodeBook element)</source>
        <translation>no es un libro de códigos REFI-QDA (no tiene elemento CodeBook)</translation>
    </message>
    <message>
        <source>it holds no codes</source>
        <translation>no contiene ningún código</translation>
    </message>
    <message>
        <source>a code in it has no name</source>
        <translation>uno de sus códigos no tiene nombre</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it lacks the columns {columns} of a Readmark CSV export</source>
        <translation>le faltan las columnas {columns} de una exportación CSV de Readmark</translation>
    </message>
    <message>
        <source>it lacks the column {columns} of a Readmark CSV export</source>
        <translation>le falta la columna {columns} de una exportación CSV de Readmark</translation>
    </message>
    <message>
        <source>it is not a readable CSV file ({error})</source>
        <translation>no es un archivo CSV legible ({error})</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>no es un archivo de texto</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (not a readable zip archive)</source>
        <translation>no es un proyecto REFI-QDA (no es un archivo zip legible)</translation>
    </message>
    <message>
        <source>it is not a REFI-QDA project (no project.qde in it)</source>
        <translation>no es un proyecto REFI-QDA (no contiene ningún project.qde)</translation>
    </message>
    <message>
        <source>it is damaged: “{name}” cannot be unpacked ({error})</source>
        <translation>está dañado: «{name}» no se puede descomprimir ({error})</translation>
    </message>
    <message>
        <source>its “{name}” is packed in a way Readmark cannot read</source>
        <translation>su elemento «{name}» está comprimido de una forma que Readmark no puede leer</translation>
    </message>
    <message>
        <source>its project.qde is not XML ({error})</source>
        <translation>su project.qde no es XML ({error})</translation>
    </message>
    <message>
        <source>its project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>su project.qde no es un proyecto REFI-QDA (no tiene elemento Project)</translation>
    </message>
    <message>
        <source>its codebook cannot be read: {error}</source>
        <translation>no se puede leer su libro de códigos: {error}</translation>
    </message>
    <message>
        <source>it is not a UTF-8 text file</source>
        <translation>no es un archivo de texto UTF-8</translation>
    </message>
    <message>
        <source>it is not JSON (line {line}: {error})</source>
        <translation>no es JSON (línea {line}: {error})</translation>
    </message>
    <message>
        <source>its item {number} is not a Web Annotation</source>
        <translation>su elemento {number} no es una Web Annotation</translation>
    </message>
    <message>
        <source>it is not a Web Annotation file (neither an object nor a list)</source>
        <translation>no es un archivo Web Annotation (ni un objeto ni una lista)</translation>
    </message>
    <message>
        <source>its collection has no pages</source>
        <translation>su colección no tiene páginas</translation>
    </message>
    <message>
        <source>its annotations are on pages elsewhere (the collection only links to them)</source>
        <translation>sus anotaciones están en páginas de otro lugar (la colección solo enlaza a ellas)</translation>
    </message>
    <message>
        <source>its pages link in a circle</source>
        <translation>sus páginas se enlazan en círculo</translation>
    </message>
    <message>
        <source>it is not a Web Annotation file (no Annotation, AnnotationPage or AnnotationCollection in it)</source>
        <translation>no es un archivo Web Annotation (no contiene Annotation, AnnotationPage ni AnnotationCollection)</translation>
    </message>
    <message>
        <source>a page of its annotations has no list of items</source>
        <translation>una página de sus anotaciones no tiene lista de elementos</translation>
    </message>
    <message>
        <source>its quote is not text</source>
        <translation>su cita no es texto</translation>
    </message>
    <message>
        <source>its text position is not a pair of offsets</source>
        <translation>su posición en el texto no es un par de posiciones</translation>
    </message>
    <message>
        <source>it selects no text (no TextPositionSelector or TextQuoteSelector)</source>
        <translation>no selecciona ningún texto (ni TextPositionSelector ni TextQuoteSelector)</translation>
    </message>
    <message>
        <source>its target is not a part of a text (no source with a selector)</source>
        <translation>su destino no es una parte de un texto (ninguna fuente con un selector)</translation>
    </message>
    <message>
        <source>it has no tag (no body with the purpose “tagging”)</source>
        <translation>no tiene etiqueta (ningún cuerpo con el propósito «tagging»)</translation>
    </message>
    <message>
        <source>its list of documents is not a list</source>
        <translation>su lista de documentos no es una lista</translation>
    </message>
    <message>
        <source>its document {number} has no id</source>
        <translation>su documento {number} no tiene identificador</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it would add {count} tags, and Readmark takes at most {most} new tags from one file.</source>
        <translation>«{name}» no se puede importar: añadiría {count} etiquetas, y Readmark acepta como máximo {most} etiquetas nuevas de un archivo.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: Readmark reads annotations from .json (Web Annotation), .csv and .qdpx (REFI-QDA) files.</source>
        <translation>«{name}» no se puede importar: Readmark lee anotaciones de archivos .json (Web Annotation), .csv y .qdpx (REFI-QDA).</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is larger than 200 MB.</source>
        <translation>«{name}» no se puede importar: ocupa más de 200&#xa0;MB.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {error}.</source>
        <translation>«{name}» no se puede leer: {error}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}.</source>
        <translation>«{name}» no se puede importar: {reason}.</translation>
    </message>
    <message>
        <source>Report as a web page</source>
        <translation>Informe como página web</translation>
    </message>
    <message>
        <source>Fact checks for publishing (ClaimReview)</source>
        <translation>Verificaciones para publicar (ClaimReview)</translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation>Informe en PDF</translation>
    </message>
    <message>
        <source>Readmark cannot export “{kind}” here.</source>
        <translation>Readmark no puede exportar «{kind}» aquí.</translation>
    </message>
    <message>
        <source>The CSV delimiter must be a comma or a semicolon.</source>
        <translation>El delimitador CSV debe ser una coma o un punto y coma.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {most} annotations, and this export has more. Export them as CSV, or fewer documents at a time.</source>
        <translation>Una hoja de Excel admite como máximo {most} anotaciones, y esta exportación tiene más. Expórtelas como CSV, o menos documentos a la vez.</translation>
    </message>
    <message>
        <source>The fact checks were not exported: {reason}.</source>
        <translation>Las verificaciones de datos no se exportaron: {reason}.</translation>
    </message>
    <message>
        <source>There is no document {id} in this library.</source>
        <translation>No hay ningún documento {id} en esta biblioteca.</translation>
    </message>
    <message>
        <source>There is no tag “{tag}” in this library; its tags are {tags}.</source>
        <translation>No hay ninguna etiqueta «{tag}» en esta biblioteca; sus etiquetas son {tags}.</translation>
    </message>
    <message>
        <source>“{address}” is not a web address (https://…): fact-check readers need the address of the page the reviews are published on</source>
        <translation>«{address}» no es una dirección web (https://…): los lectores de verificaciones de datos necesitan la dirección de la página donde se publican las verificaciones</translation>
    </message>
    <message>
        <source>it is a student&apos;s work file, not an exercise</source>
        <translation>es el archivo de trabajo de un alumno, no un ejercicio</translation>
    </message>
    <message>
        <source>it is damaged (an incomplete or broken zip file)</source>
        <translation>está dañado (un archivo zip incompleto o roto)</translation>
    </message>
    <message>
        <source>it is not a Readmark exercise (not a zip file)</source>
        <translation>no es un ejercicio de Readmark (no es un archivo zip)</translation>
    </message>
    <message>
        <source>it is not a Readmark exercise</source>
        <translation>no es un ejercicio de Readmark</translation>
    </message>
    <message>
        <source>it is damaged ({error})</source>
        <translation>está dañado ({error})</translation>
    </message>
    <message>
        <source>it is packed in a way Readmark cannot read</source>
        <translation>está comprimido de una forma que Readmark no puede leer</translation>
    </message>
    <message>
        <source>it is damaged (its contents cannot be read)</source>
        <translation>está dañado (no se puede leer su contenido)</translation>
    </message>
    <message>
        <source>it was made by a newer Readmark; update Readmark to open it</source>
        <translation>se creó con una versión más reciente de Readmark; actualice Readmark para abrirlo</translation>
    </message>
    <message>
        <source>it is damaged (its text does not match its checksum)</source>
        <translation>está dañado (su texto no coincide con su suma de comprobación)</translation>
    </message>
    <message>
        <source>it is damaged (its text holds control characters)</source>
        <translation>está dañado (su texto contiene caracteres de control)</translation>
    </message>
    <message>
        <source>it is damaged (a part of it is missing or malformed)</source>
        <translation>está dañado (falta una parte o está mal formada)</translation>
    </message>
    <message>
        <source>it is damaged (a tag&apos;s name is empty or too long)</source>
        <translation>está dañado (el nombre de una etiqueta está vacío o es demasiado largo)</translation>
    </message>
    <message>
        <source>it is damaged (its paragraphs do not fit its text)</source>
        <translation>está dañado (sus párrafos no se ajustan a su texto)</translation>
    </message>
    <message>
        <source>it has a passage of “{tag}”, a tag not in play</source>
        <translation>contiene un pasaje «{tag}», una etiqueta que no forma parte del ejercicio</translation>
    </message>
    <message>
        <source>its passages do not match its text</source>
        <translation>sus pasajes no coinciden con su texto</translation>
    </message>
    <message>
        <source>it is too large for a work file (over 16 MB)</source>
        <translation>es demasiado grande para un archivo de trabajo (más de 16&#xa0;MB)</translation>
    </message>
    <message>
        <source>it is not a Readmark work file</source>
        <translation>no es un archivo de trabajo de Readmark</translation>
    </message>
    <message>
        <source>it was made by a newer Readmark; update Readmark to read it</source>
        <translation>se creó con una versión más reciente de Readmark; actualice Readmark para leerlo</translation>
    </message>
    <message>
        <source>it is the work for another exercise</source>
        <translation>es el trabajo de otro ejercicio</translation>
    </message>
    <message>
        <source>its document&apos;s text differs from the exercise&apos;s</source>
        <translation>el texto de su documento difiere del del ejercicio</translation>
    </message>
    <message>
        <source>{field} is one of {choices}, not “{value}”</source>
        <translation>{field} es uno de los valores {choices}, no «{value}»</translation>
    </message>
    <message>
        <source>{field} is a number, not “{value}”</source>
        <translation>{field} es un número, no «{value}»</translation>
    </message>
    <message>
        <source>{field} is a date (YYYY-MM-DD), not “{value}”</source>
        <translation>{field} es una fecha (AAAA-MM-DD), no «{value}»</translation>
    </message>
    <message>
        <source>{field} holds web addresses (http://, https://), not “{value}”</source>
        <translation>{field} contiene direcciones web (http://, https://), no «{value}»</translation>
    </message>
    <message>
        <source>the tag&apos;s fields cannot be read ({error})</source>
        <translation>no se pueden leer los campos de la etiqueta ({error})</translation>
    </message>
    <message>
        <source>line {number} is not “name: kind” with a kind of {kinds}</source>
        <translation>la línea {number} no tiene la forma «nombre: tipo», con un tipo de entre {kinds}</translation>
    </message>
    <message>
        <source>line {number}: a choice lists its values, “{name}: choice (a, b)”</source>
        <translation>línea {number}: una elección enumera sus valores, «{name}: choice (a, b)»</translation>
    </message>
    <message>
        <source>line {number}: there is already a field called “{name}”</source>
        <translation>línea {number}: ya hay un campo llamado «{name}»</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most {most} rows</source>
        <translation>una hoja de Excel admite como máximo {most} filas</translation>
    </message>
    <message>
        <source>Choose at least one tag for the exercise.</source>
        <translation>Elija al menos una etiqueta para el ejercicio.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened as an exercise: {reason}.</source>
        <translation>«{name}» no se puede abrir como ejercicio: {reason}.</translation>
    </message>
    <message>
        <source>Set your name first, so that your teacher knows whose work it is.</source>
        <translation>Indique primero su nombre, para que su docente sepa de quién es el trabajo.</translation>
    </message>
    <message>
        <source>This document&apos;s text differs from the exercise&apos;s.</source>
        <translation>El texto de este documento difiere del del ejercicio.</translation>
    </message>
    <message>
        <source>Choose the students&apos; work files.</source>
        <translation>Elija los archivos de trabajo de los alumnos.</translation>
    </message>
    <message>
        <source>This exercise has no answer key, so the work cannot be scored.</source>
        <translation>Este ejercicio no tiene soluciones, por lo que el trabajo no se puede puntuar.</translation>
    </message>
    <message>
        <source>“{name}” is not a Readmark work file.</source>
        <translation>«{name}» no es un archivo de trabajo de Readmark.</translation>
    </message>
    <message>
        <source>“{name}” is the work for an exercise not made in this library. Choose the exercise&apos;s file to score it.</source>
        <translation>«{name}» es el trabajo de un ejercicio que no se creó en esta biblioteca. Elija el archivo del ejercicio para puntuarlo.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is larger than 100 MB.</source>
        <translation>«{name}» no se puede leer: ocupa más de 100&#xa0;MB.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used: {reason}.</source>
        <translation>«{name}» no se puede usar: {reason}.</translation>
    </message>
    <message>
        <source>Import “{title}”</source>
        <translation>Importar «{title}»</translation>
    </message>
    <message>
        <source>Import {count} articles</source>
        <translation>Importar {count} artículos</translation>
    </message>
    <message>
        <source>“{name}” was not added: {reason}.</source>
        <translation>«{name}» no se añadió: {reason}.</translation>
    </message>
    <message>
        <source>Added {articles}</source>
        <translation>Añadido: {articles}</translation>
    </message>
    <message>
        <source>{articles} was in your library already (opened, not copied)</source>
        <translation>{articles} ya estaba en su biblioteca (abierto, no copiado)</translation>
    </message>
    <message>
        <source>{articles} were in your library already (opened, not copied)</source>
        <translation>{articles} ya estaban en su biblioteca (abiertos, no copiados)</translation>
    </message>
    <message>
        <source>{articles} changed since imported</source>
        <translation>con cambios desde la importación: {articles}</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the files brought in as notes on the “{tag}” tag</source>
        <translation>
            <numerusform>%n comentario de los archivos importado como nota con la etiqueta «{tag}»</numerusform>
            <numerusform>%n comentarios de los archivos importados como notas con la etiqueta «{tag}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) in the files left out, as chosen</source>
        <translation>
            <numerusform>%n comentario de los archivos omitido, como se eligió</numerusform>
            <numerusform>%n comentarios de los archivos omitidos, como se eligió</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n archivo no importado</numerusform>
            <numerusform>%n archivos no importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Found no articles to import.</source>
        <translation>No se encontró ningún artículo para importar.</translation>
    </message>
    <message>
        <source>{count} articles</source>
        <translation>{count} artículos</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>{titles} and {last}</source>
        <translation>{titles} y {last}</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestion(s)</source>
        <translation>
            <numerusform>Rechazar %n sugerencia</numerusform>
            <numerusform>Rechazar %n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Readmark cannot open its library</source>
        <translation>Readmark no puede abrir su biblioteca</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad diaria: {reason}</translation>
    </message>
    <message>
        <source>the library “{library}” is damaged</source>
        <translation>la biblioteca «{library}» está dañada</translation>
    </message>
    <message>
        <source>the library “{library}” failed its daily check: it is damaged. Restart Readmark to restore its newest good backup.</source>
        <translation>la biblioteca «{library}» no ha pasado su comprobación diaria: está dañada. Reinicie Readmark para restaurar su copia de seguridad sana más reciente.</translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged.</source>
        <translation>La copia de seguridad «{name}» está dañada.</translation>
    </message>
    <message>
        <source>The library “{path}” is damaged: its schema version ({version}) is not one Readmark ever wrote. The file was left untouched.</source>
        <translation>La biblioteca «{path}» está dañada: Readmark nunca escribió su versión de esquema ({version}). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The library “{path}” was written by a newer version of Readmark (schema {version}; this version reads up to {newest}). Update Readmark to open it; the file was left untouched.</source>
        <translation>La biblioteca «{path}» la escribió una versión más reciente de Readmark (esquema {version}; esta versión lee hasta el {newest}). Actualice Readmark para abrirla; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The library “{path}” could not be opened: {reason}. The file was left untouched.</source>
        <translation>No se pudo abrir la biblioteca «{path}»: {reason}. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a library file.</source>
        <translation>«{path}» es una carpeta, no un archivo de biblioteca.</translation>
    </message>
    <message>
        <source>The library “{path}” could not be read: {reason}.</source>
        <translation>No se pudo leer la biblioteca «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>“{path}” is not a Readmark library (it is not an SQLite database). The file was left untouched.</source>
        <translation>«{path}» no es una biblioteca de Readmark (no es una base de datos SQLite). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The library “{path}” is read-only, and Readmark saves every change as you make it. Make the file writable, or copy it somewhere you can write, and open that.</source>
        <translation>La biblioteca «{path}» es de solo lectura, y Readmark guarda cada cambio en el momento en que lo hace. Haga que el archivo se pueda escribir, o cópielo a un lugar donde pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>The library “{path}” is damaged ({problems}). The file was left untouched.</source>
        <translation>La biblioteca «{path}» está dañada ({problems}). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Some of those annotations are no longer in the library.</source>
        <translation>Algunas de esas anotaciones ya no están en la biblioteca.</translation>
    </message>
    <message>
        <source>There is no document {document_id} in this library.</source>
        <translation>No hay ningún documento {document_id} en esta biblioteca.</translation>
    </message>
    <message>
        <source>The document “{title}” cannot be read: its text in the library is damaged. File &gt; Restore from Backup… brings back an earlier copy of the library.</source>
        <translation>No se puede leer el documento «{title}»: su texto en la biblioteca está dañado. Archivo &gt; Restaurar una copia de seguridad… recupera una copia anterior de la biblioteca.</translation>
    </message>
    <message>
        <source>The annotation {annotation_id} is no longer in the library.</source>
        <translation>La anotación {annotation_id} ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The tag “{name}” is no longer in the library.</source>
        <translation>La etiqueta «{name}» ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The tag {tag_id} is no longer in the library.</source>
        <translation>La etiqueta {tag_id} ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Could not reach the team library: {reason}</source>
        <translation>No se pudo acceder a la biblioteca del equipo: {reason}</translation>
    </message>
    <message>
        <source>The connection to the team library was lost ({reason}). Nothing was half written; try again to complete it.</source>
        <translation>Se perdió la conexión con la biblioteca del equipo ({reason}). No se escribió nada a medias; vuelva a intentarlo para completarlo.</translation>
    </message>
    <message>
        <source>That database holds no team library; a lead sets it up with `readmark team init URL`.</source>
        <translation>Esa base de datos no contiene ninguna biblioteca de equipo; un responsable la crea con `readmark team init URL`.</translation>
    </message>
    <message>
        <source>The team library was upgraded by a newer Readmark (team schema {version}; this version knows up to {needed}). Update Readmark to sync; nothing was written.</source>
        <translation>La biblioteca del equipo la actualizó un Readmark más reciente (esquema de equipo {version}; esta versión conoce hasta el {needed}). Actualice Readmark para sincronizar; no se escribió nada.</translation>
    </message>
    <message>
        <source>The team library has team schema {version}; this Readmark needs {needed}. A lead upgrades it with `readmark team upgrade URL`.</source>
        <translation>La biblioteca del equipo tiene el esquema de equipo {version}; este Readmark necesita el {needed}. Un responsable la actualiza con `readmark team upgrade URL`.</translation>
    </message>
    <message>
        <source>That database already holds other tables ({names}); a team library needs an empty database of its own. Nothing was changed.</source>
        <translation>Esa base de datos ya contiene otras tablas ({names}); una biblioteca de equipo necesita una base de datos vacía propia. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That database holds no team library; use `readmark team init URL`.</source>
        <translation>Esa base de datos no contiene ninguna biblioteca de equipo; use `readmark team init URL`.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a coder&apos;s login: use a letter, then letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63).</source>
        <translation>«{name}» no puede ser el usuario de un codificador: use una letra y luego letras, dígitos, «.», «_» o «-» (63 como máximo).</translation>
    </message>
    <message>
        <source>There is no coder called “{name}” in this team.</source>
        <translation>No hay ningún codificador llamado «{name}» en este equipo.</translation>
    </message>
    <message>
        <source>The team library has no document “{document}”.</source>
        <translation>La biblioteca del equipo no tiene ningún documento «{document}».</translation>
    </message>
    <message>
        <source>“{document}” names {count} documents; give the start of one&apos;s content hash instead (`readmark show` prints it).</source>
        <translation>«{document}» designa {count} documentos; indique en su lugar el comienzo del hash de contenido de uno de ellos (`readmark show` lo muestra).</translation>
    </message>
    <message>
        <source>Only a lead of the team makes it blind or reveals it.</source>
        <translation>Solo un responsable del equipo lo hace ciego o lo revela.</translation>
    </message>
    <message>
        <source>That is not a PostgreSQL address: {reason}</source>
        <translation>Esa no es una dirección de PostgreSQL: {reason}</translation>
    </message>
    <message>
        <source>Give the team address with your login and the database, as in postgresql://NAME@HOST/DATABASE.</source>
        <translation>Indique la dirección del equipo con su usuario y la base de datos, como en postgresql://NOMBRE@HOST/BASE.</translation>
    </message>
    <message>
        <source>sslmode={mode} would send your team&apos;s work unencrypted to {host}; a team library on another machine needs TLS (sslmode=require or verify-full).</source>
        <translation>sslmode={mode} enviaría el trabajo de su equipo sin cifrar a {host}; una biblioteca de equipo en otra máquina necesita TLS (sslmode=require o verify-full).</translation>
    </message>
    <message>
        <source>This library is not in a team; join one with `readmark team join URL`.</source>
        <translation>Esta biblioteca no está en ningún equipo; únase a uno con `readmark team join URL`.</translation>
    </message>
    <message>
        <source>the library file to use (default: ${variable}, else your user data folder)</source>
        <translation>el archivo de biblioteca que usar (por defecto: ${variable}, si no, su carpeta de datos)</translation>
    </message>
    <message>
        <source>Read articles offline and tag their passages as claim, opinion, caption or quote. With no command, opens the Readmark window.</source>
        <translation>Lea artículos sin conexión y etiquete sus pasajes como afirmación, opinión, pie de foto o cita. Sin orden, abre la ventana de Readmark.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>muestra la versión y sale</translation>
    </message>
    <message>
        <source>argument {argument}: {message}</source>
        <translation>argumento {argument}: {message}</translation>
    </message>
    <message>
        <source>the following arguments are required: {arguments}</source>
        <translation>se requieren los siguientes argumentos: {arguments}</translation>
    </message>
    <message>
        <source>one of the arguments {arguments} is required</source>
        <translation>se requiere uno de los argumentos {arguments}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} podría ser {matches}</translation>
    </message>
    <message>
        <source>not allowed with argument {argument}</source>
        <translation>no se permite junto con el argumento {argument}</translation>
    </message>
    <message>
        <source>ignored explicit argument {value}</source>
        <translation>no admite ningún valor; se ignora {value}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>espera un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>espera como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>espera al menos un argumento</translation>
    </message>
    <message>
        <source>expected {count} argument</source>
        <translation>espera {count} argumento</translation>
    </message>
    <message>
        <source>expected {count} arguments</source>
        <translation>espera {count} argumentos</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>valor no válido: {value} (se espera un número entero)</translation>
    </message>
    <message>
        <source>invalid float value: {value}</source>
        <translation>valor no válido: {value} (se espera un número)</translation>
    </message>
    <message>
        <source>invalid {type} value: {value}</source>
        <translation>valor no válido para el tipo {type}: {value}</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;{filename}&apos;: {error}</source>
        <translation>no se puede abrir &apos;{filename}&apos;: {error}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>{program}: error: {message}</source>
        <translation>{program}: error: {message}</translation>
    </message>
    <message>
        <source>the languages it has are {languages}.</source>
        <translation>los idiomas que tiene son {languages}.</translation>
    </message>
    <message>
        <source>Tesseract is not installed.</source>
        <translation>Tesseract no está instalado.</translation>
    </message>
    <message>
        <source>Tesseract cannot read “{language}”: {reason}</source>
        <translation>Tesseract no puede leer «{language}»: {reason}</translation>
    </message>
    <message>
        <source>Give its password with --password.</source>
        <translation>Indique su contraseña con --password.</translation>
    </message>
    <message>
        <source>Read it by text recognition with --ocr.</source>
        <translation>Léalo por reconocimiento de texto con --ocr.</translation>
    </message>
    <message>
        <source>(already in the library)</source>
        <translation>(ya está en la biblioteca)</translation>
    </message>
    <message>
        <source>could not write “{file}”: {reason}.</source>
        <translation>no se pudo escribir «{file}»: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to {file}</source>
        <translation>
            <numerusform>%n anotación exportada a {file}</numerusform>
            <numerusform>%n anotaciones exportadas a {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped {what}: {why}</source>
        <translation>omitido {what}: {why}</translation>
    </message>
    <message>
        <source>add articles (text, Markdown, HTML, EPUB, Word or OpenDocument files, folders of them, or web addresses, fetched once); prints their ids</source>
        <translation>añade artículos (archivos de texto, Markdown, HTML, EPUB, Word u OpenDocument, carpetas de ellos o direcciones web, descargadas una vez); muestra sus identificadores</translation>
    </message>
    <message>
        <source>the password that opens a locked PDF</source>
        <translation>la contraseña que abre un PDF bloqueado</translation>
    </message>
    <message>
        <source>read scanned PDFs (no text in them) by text recognition, with Tesseract</source>
        <translation>lee los PDF escaneados (sin texto) por reconocimiento de texto, con Tesseract</translation>
    </message>
    <message>
        <source>the language text recognition reads scans in, as Tesseract names it (&quot;fra&quot;, &quot;deu&quot;, &quot;fra+eng&quot;; see tesseract --list-langs); default: the article&apos;s or the system&apos;s where Tesseract has it, else English</source>
        <translation>el idioma en que el reconocimiento de texto lee los escaneos, tal como lo nombra Tesseract («fra», «deu», «fra+eng»; vea tesseract --list-langs); por defecto: el del artículo o el del sistema si Tesseract lo tiene, si no, inglés</translation>
    </message>
    <message>
        <source>bring the comments in Word and OpenDocument files in as annotations of a &quot;comment&quot; tag (default: as last chosen in the window&apos;s File menu, else yes)</source>
        <translation>importa los comentarios de los archivos Word y OpenDocument como anotaciones de una etiqueta «comment» (por defecto: como se eligió por última vez en el menú Archivo de la ventana, si no, sí)</translation>
    </message>
    <message>
        <source>print a document&apos;s text, or its metadata and blocks</source>
        <translation>muestra el texto de un documento, o sus metadatos y bloques</translation>
    </message>
    <message>
        <source>metadata and blocks (kind, start, end) as JSON</source>
        <translation>metadatos y bloques (tipo, inicio, fin) en JSON</translation>
    </message>
    <message>
        <source>list the library&apos;s documents</source>
        <translation>lista los documentos de la biblioteca</translation>
    </message>
    <message>
        <source>suggest quotes, captions, claims and opinions in an article file or a document</source>
        <translation>sugiere citas, pies de foto, afirmaciones y opiniones en un archivo de artículo o un documento</translation>
    </message>
    <message>
        <source>as JSON: tag, start, end, exact text, reason</source>
        <translation>en JSON: etiqueta, inicio, fin, texto exacto, motivo</translation>
    </message>
    <message>
        <source>write annotations to a file: CSV or Excel for spreadsheets, Web Annotation JSON, a REFI-QDA project, or a report (HTML or PDF)</source>
        <translation>escribe las anotaciones en un archivo: CSV o Excel para hojas de cálculo, JSON Web Annotation, un proyecto REFI-QDA o un informe (HTML o PDF)</translation>
    </message>
    <message>
        <source>csv (default), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html or pdf (a report of the documents with their highlights and notes), claimreview (schema.org ClaimReview and MediaReview JSON-LD of the claims with a verdict and the captions with a media context; needs --review-page)</source>
        <translation>csv (por defecto), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html o pdf (un informe de los documentos con sus resaltados y notas), claimreview (JSON-LD ClaimReview y MediaReview de schema.org de las afirmaciones con veredicto y de los pies de foto con contexto mediático; necesita --review-page)</translation>
    </message>
    <message>
        <source>claimreview: the address of the page the fact checks will be published on</source>
        <translation>claimreview: la dirección de la página en que se publicarán las verificaciones</translation>
    </message>
    <message>
        <source>only this document; give it again for several (default: all)</source>
        <translation>solo este documento; repítalo para varios (por defecto: todos)</translation>
    </message>
    <message>
        <source>only these tags, by name, comma-separated</source>
        <translation>solo estas etiquetas, por nombre, separadas por comas</translation>
    </message>
    <message>
        <source>only this coder&apos;s passages; &apos;consensus&apos; exports the version agreed in Tools &gt; Curate (default: everyone&apos;s)</source>
        <translation>solo los pasajes de este codificador; «consensus» exporta la versión acordada en Herramientas &gt; Armonizar (por defecto: los de todos)</translation>
    </message>
    <message>
        <source>CSV field separator: semicolon suits Excel where the comma is the decimal sign</source>
        <translation>separador de campos CSV: el punto y coma conviene a Excel donde la coma es el separador decimal</translation>
    </message>
    <message>
        <source>CSV and XLSX: add the sentence around each passage (context_before, context_after)</source>
        <translation>CSV y XLSX: añade la frase en torno a cada pasaje (context_before, context_after)</translation>
    </message>
    <message>
        <source>the language of the report (html and pdf: its words, numbers and date, as the window writes them) and of this command&apos;s messages (default: the window&apos;s language)</source>
        <translation>el idioma del informe (html y pdf: sus palabras, números y fecha, como los escribe la ventana) y de los mensajes de esta orden (por defecto: el idioma de la ventana)</translation>
    </message>
    <message>
        <source>qdpx: give documents read from files their full path on this computer (by default only the file&apos;s name: the folders name you)</source>
        <translation>qdpx: da a los documentos leídos de archivos su ruta completa en este equipo (por defecto solo el nombre del archivo: las carpetas le nombran a usted)</translation>
    </message>
    <message>
        <source>read annotations from a Readmark JSON or CSV export or a REFI-QDA project (.qdpx) into the library, merging with what is there</source>
        <translation>lee en la biblioteca las anotaciones de una exportación JSON o CSV de Readmark o de un proyecto REFI-QDA (.qdpx), fusionándolas con lo que ya hay</translation>
    </message>
    <message>
        <source>set up a team library on PostgreSQL (a lead), or join one (each coder)</source>
        <translation>crea una biblioteca de equipo en PostgreSQL (un responsable) o se une a una (cada codificador)</translation>
    </message>
    <message>
        <source>create the team schema in an empty PostgreSQL database (once, by a lead)</source>
        <translation>crea el esquema del equipo en una base de datos PostgreSQL vacía (una vez, un responsable)</translation>
    </message>
    <message>
        <source>take the team schema to this Readmark&apos;s version</source>
        <translation>lleva el esquema del equipo a la versión de este Readmark</translation>
    </message>
    <message>
        <source>create a coder&apos;s login and print its one-time password</source>
        <translation>crea el acceso de un codificador y muestra su contraseña de un solo uso</translation>
    </message>
    <message>
        <source>may change the codebook and remove documents</source>
        <translation>puede cambiar el libro de códigos y quitar documentos</translation>
    </message>
    <message>
        <source>take a coder&apos;s login away (their passages stay)</source>
        <translation>retira el acceso de un codificador (sus pasajes se quedan)</translation>
    </message>
    <message>
        <source>until revealed, each coder sees only their own passages on a document</source>
        <translation>hasta que se revele, cada codificador ve solo sus propios pasajes en un documento</translation>
    </message>
    <message>
        <source>let every coder see all the passages on a blind document</source>
        <translation>deja que cada codificador vea todos los pasajes de un documento ciego</translation>
    </message>
    <message>
        <source>the whole team: every document, those added later too</source>
        <translation>todo el equipo: cada documento, también los que se añadan después</translation>
    </message>
    <message>
        <source>every document of the team</source>
        <translation>cada documento del equipo</translation>
    </message>
    <message>
        <source>link a library to the team with your login (postgresql://NAME:PASSWORD@HOST/DB); the password goes to PostgreSQL&apos;s password file, not the library</source>
        <translation>vincula una biblioteca al equipo con su acceso (postgresql://NOMBRE:CONTRASEÑA@SERVIDOR/BD); la contraseña va al archivo de contraseñas de PostgreSQL, no a la biblioteca</translation>
    </message>
    <message>
        <source>send this library&apos;s changes to its team and bring everyone else&apos;s</source>
        <translation>envía los cambios de esta biblioteca a su equipo y trae los de los demás</translation>
    </message>
    <message>
        <source>Team library set up.</source>
        <translation>Biblioteca de equipo creada.</translation>
    </message>
    <message>
        <source>The team library was already set up; its schema is current.</source>
        <translation>La biblioteca de equipo ya estaba creada; su esquema está al día.</translation>
    </message>
    <message>
        <source>Team schema {before} → {after}.</source>
        <translation>Esquema del equipo {before} → {after}.</translation>
    </message>
    <message>
        <source>The team schema is current ({version}).</source>
        <translation>El esquema del equipo está al día ({version}).</translation>
    </message>
    <message>
        <source>Added lead {name}. Their one-time password (shown only now):</source>
        <translation>Responsable {name} añadido. Su contraseña de un solo uso (solo se muestra ahora):</translation>
    </message>
    <message>
        <source>Added coder {name}. Their one-time password (shown only now):</source>
        <translation>Codificador {name} añadido. Su contraseña de un solo uso (solo se muestra ahora):</translation>
    </message>
    <message>
        <source>{name} can no longer log in; their passages stay in the team library.</source>
        <translation>{name} ya no puede iniciar sesión; sus pasajes se quedan en la biblioteca de equipo.</translation>
    </message>
    <message>
        <source>The team is blind: until revealed, coders see only their own passages on every document, those added later too.</source>
        <translation>El equipo es ciego: hasta que se revele, los codificadores ven solo sus propios pasajes en cada documento, también en los que se añadan después.</translation>
    </message>
    <message>
        <source>Every document is revealed: every coder&apos;s next sync brings all passages.</source>
        <translation>Todos los documentos están revelados: la próxima sincronización de cada codificador trae todos los pasajes.</translation>
    </message>
    <message>
        <source>“{title}” is blind: coders see only their own passages on it.</source>
        <translation>«{title}» es ciego: los codificadores solo ven en él sus propios pasajes.</translation>
    </message>
    <message>
        <source>“{title}” is revealed: every coder&apos;s next sync brings all its passages.</source>
        <translation>«{title}» está revelado: la próxima sincronización de cada codificador trae todos sus pasajes.</translation>
    </message>
    <message>
        <source>Joined the team and synced: sent {sent}, received {received}.</source>
        <translation>Se unió al equipo y sincronizó. Envío: {sent}; recepción: {received}.</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}.</source>
        <translation>Sincronizado. Envío: {sent}; recepción: {received}.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for codes a lead has not added to the team codebook yet: %n change(s).</source>
        <translation>
            <numerusform>A la espera de códigos que un responsable aún no ha añadido al libro de códigos del equipo: %n cambio.</numerusform>
            <numerusform>A la espera de códigos que un responsable aún no ha añadido al libro de códigos del equipo: %n cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept on this laptop, as only their owner or a lead may make them: %n change(s).</source>
        <translation>
            <numerusform>Se queda en este portátil, pues solo su autor o un responsable puede hacerlo: %n cambio.</numerusform>
            <numerusform>Se quedan en este portátil, pues solo su autor o un responsable puede hacerlos: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team library refused the sync: {reason}</source>
        <translation>La biblioteca de equipo rechazó la sincronización: {reason}</translation>
    </message>
    <message>
        <source>The library could not take the sync: {reason}</source>
        <translation>La biblioteca no pudo recibir la sincronización: {reason}</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Add tags of “{preset}”</source>
        <translation>Añadir las etiquetas de «{preset}»</translation>
    </message>
    <message>
        <source>The tags were not added.</source>
        <translation>No se añadieron las etiquetas.</translation>
    </message>
    <message>
        <source>The codebook already has every tag of “{preset}”; nothing was changed.</source>
        <translation>El libro de códigos ya tiene todas las etiquetas de «{preset}»; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n tag(s) from “{preset}”: {tags}.</source>
        <translation>
            <numerusform>Se añadió %n etiqueta de «{preset}»: {tags}.</numerusform>
            <numerusform>Se añadieron %n etiquetas de «{preset}»: {tags}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already there and left as they were: {tags}.</source>
        <translation>Ya estaban y se dejaron como estaban: {tags}.</translation>
    </message>
    <message>
        <source>No tag or passage was removed.</source>
        <translation>No se quitó ninguna etiqueta ni ningún pasaje.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Label: {label}</source>
        <translation>Etiqueta: {label}</translation>
    </message>
</context>
</TS>
