"""Exports: pure functions of a register snapshot that return or write bytes. No Qt, no session."""
