"""Import of a register from a spreadsheet: the CNIL's own model (ODS or XLSX) or a workbook this
app exported. Two steps: `plan_workbook_import` reads and checks, `apply_import` writes."""
