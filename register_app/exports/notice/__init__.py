"""The information notice (GDPR Articles 13 and 14) written from the register: its content as a pure
function of a snapshot, an audience and a language (`content.build_notice`), and renderers to
HTML, DOCX and PDF that only lay that content out."""
