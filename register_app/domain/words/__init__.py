"""The register's words in French and English, one table per concept, used alike by the app (in
its interface language), the exports and the command line (in the language asked for): labels of
the closed lists, fields as a finding names them, severities and kinds of objects."""
