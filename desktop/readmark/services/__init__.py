"""Work that spans core and store, shared by the window and the command line, with no Qt:
documents (import, update, search, seeding), exchange (exports), annotation_import, classroom
(exercises and class results), web_fetch, and files (writing whole or not at all)."""
