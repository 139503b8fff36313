"""Drafting the register from the company's privacy policy: read the policy (`reader`), cut it into
sentences (`sentences`), extract proposals each carrying its source sentence (`extract`), turn the
accepted ones into a register (`draft`) and compare a policy with a register (`compare`)."""
