"""Pure-Python core: no Qt and no storage here."""
