"""REFI-QDA projects (.qdpx), the exchange format of qualitative-analysis software (NVivo,
ATLAS.ti, MAXQDA, QualCoder): what writing one (`refi_qda_export`) and reading one
(`refi_qda_import`) share.

A .qdpx is a zip archive holding `project.qde` (XML in the urn:QDA-XML:project:1.0 namespace,
Project.xsd of 18 March 2019) and the sources' texts in `sources/`. Each document becomes a
TextSource whose plain text is `sources/<guid>.txt`; each tag a Code (groups nest); each
annotation a PlainTextSelection (guid = the annotation's id) with one Coding of its tag and
its note as the selection's Description, its fields' values after it under a "Fields:" line
(the format gives a selection no variables). Positions count characters (code points) of the
source text, end exclusive, as Readmark's offsets do; the texts are UTF-8 with no byte-order
mark, so position 0 is the file's first character (REFI-QDA 1.5, section 10.2).
"""

from __future__ import annotations

import uuid

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_FILE = "project.qde"
SOURCES_FOLDER = "sources"
# Document facts that become the sources' variables, under these names.
VARIABLES = (
    ("source", "Source"),
    ("author", "Author"),
    ("published", "Published"),
    ("site", "Site"),
    ("url", "URL"),
    ("label", "Document label"),  # what kind of information it is: core.document_labels
)
# The kinds of a document's blocks (title, heading, quote, ...), which REFI-QDA has no place
# for, as a text variable other tools show and pass on: [[kind, start, end], ...] as JSON.
BLOCKS_VARIABLE = "Readmark blocks"


def user_guid(coder: str) -> str:
    """A coder's user guid ("" for Readmark itself): the same name, the same guid."""
    return str(
        uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:user:{coder}" if coder else "readmark:user")
    )
