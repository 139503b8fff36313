"""register_app: keep a GDPR Article 30 register offline and hand the CNIL a clean export."""

__version__ = "0.1.0"
