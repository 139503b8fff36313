"""The register as an Excel workbook in the CNIL model's layout (openpyxl, no Qt)."""
