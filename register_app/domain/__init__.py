"""Domain: the register's data model and the reference catalogues. No Qt, no I/O beyond reading
the catalogues shipped in the package."""
