"""Services: every use case of the register as a plain function over a RegisterFile, taking and
returning the frozen dataclasses of `records`. No Qt here."""
