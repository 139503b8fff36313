"""Registers kept elsewhere brought in by mapping: a table of rows (a spreadsheet sheet, a CSV file,
a list of JSON objects, Markdown files with YAML front matter), a mapping of its columns to activity
fields (proposed from the headers, or a shipped preset, or the DPO's own), and the register document
it gives, planned and applied like every other import."""
