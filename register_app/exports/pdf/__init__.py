"""The PDF dossier handed to the CNIL: cover, contents, summary, one fiche per activity, annexes."""
