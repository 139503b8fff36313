"""Templates of typical processings (payroll, recruitment, video surveillance...) drawn from the CNIL's
référentiels and guides: listed, drafted into a register as activities the DPO adapts, and shared as
packs of JSON."""
