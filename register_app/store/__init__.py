"""Store: register files (SQLite), their engine, sessions, migrations and safety copies."""
