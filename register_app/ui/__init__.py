"""The desktop interface: the only package that imports PySide6 (except `edits`, which is Qt-free)."""
