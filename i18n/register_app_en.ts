<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About register_app</source>
        <translation>About register_app</translation>
    </message>
    <message>
        <source>register_app {version}
The GDPR Article 30 register, kept offline.

Proprietary software. © The register_app authors. All rights reserved.

Log files: {logs}</source>
        <translation>register_app {version}
The GDPR Article 30 register, kept offline.

Proprietary software. © The register_app authors. All rights reserved.

Log files: {logs}</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Third-party licences</translation>
    </message>
    <message>
        <source>The third-party notices are missing from this installation: {path}</source>
        <translation>The third-party notices are missing from this installation: {path}</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Third-party software and licences:</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>Search names, purposes, data, subprocessors…</source>
        <translation>Search names, purposes, data, subprocessors…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Search activities</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Role filter</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>From a template…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity matches the search or filters.</source>
        <translation>No activity matches the search or filters.</translation>
    </message>
    <message>
        <source>No processing activity yet. Click “New activity…” to describe the first one, or “From a template…” to start from a typical processing.</source>
        <translation>No processing activity yet. Click “New activity…” to describe the first one, or “From a template…” to start from a typical processing.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>Duplicate “{name}”</translation>
    </message>
    <message>
        <source>Retire “{name}”</source>
        <translation>Retire “{name}”</translation>
    </message>
    <message>
        <source>Delete “{reference} {name}” from the register? Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</source>
        <translation>Delete “{reference} {name}” from the register? Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Delete the activity</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Record as &amp;PDF…</source>
        <translation>Record as &amp;PDF…</translation>
    </message>
    <message>
        <source>Save this activity&apos;s record (fiche) as a PDF, to read or print</source>
        <translation>Save this activity&apos;s record (fiche) as a PDF, to read or print</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The record shows the activity as saved: save your changes first.</source>
        <translation>The record shows the activity as saved: save your changes first.</translation>
    </message>
    <message>
        <source>Record as PDF</source>
        <translation>Record as PDF</translation>
    </message>
    <message>
        <source>Please correct the marked fields before saving.</source>
        <translation>Please correct the marked fields before saving.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here. Try again, or Cancel to discard them.</source>
        <translation>Nothing was saved; your changes are still here. Try again, or Cancel to discard them.</translation>
    </message>
    <message>
        <source>This processing activity has changes that are not saved. Discard them?</source>
        <translation>This processing activity has changes that are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Yearly review: {label}</source>
        <translation>Yearly review: {label}</translation>
    </message>
    <message>
        <source>Contract review: {label}</source>
        <translation>Contract review: {label}</translation>
    </message>
    <message>
        <source>Certificate {detail} expires: {label}</source>
        <translation>Certificate {detail} expires: {label}</translation>
    </message>
    <message>
        <source>DPIA review: {label}</source>
        <translation>DPIA review: {label}</translation>
    </message>
    <message>
        <source>End of the 72 hours to notify: {label}</source>
        <translation>End of the 72 hours to notify: {label}</translation>
    </message>
    <message>
        <source>Answer due: {label}</source>
        <translation>Answer due: {label}</translation>
    </message>
    <message>
        <source>{when} — {what} (overdue)</source>
        <translation>{when} — {what} (overdue)</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{text}
(double-click to open)</source>
        <translation>{text}
(double-click to open)</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 90 days.</source>
        <translation>Nothing falls due in the next 90 days.</translation>
    </message>
</context>
<context>
    <name>AsOfField</name>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>23:59: the end of the day; no date: as it is now</source>
        <translation>23:59: the end of the day; no date: as it is now</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s)</source>
        <translation>
            <numerusform>%n subprocessor</numerusform>
            <numerusform>%n subprocessors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Copies of {file}, newest first. Restoring one puts it in the register&apos;s place; the current file is kept as a backup first.</source>
        <translation>Copies of {file}, newest first. Restoring one puts it in the register&apos;s place; the current file is kept as a backup first.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <source>This register has no backup yet.</source>
        <translation>This register has no backup yet.</translation>
    </message>
    <message>
        <source>Put the backup of {taken} ({reason}: {contents}) in the place of {file}?

The current file is kept as a backup first, so this can itself be undone from this list. The register is closed and reopened; Edit ▸ Undo starts afresh.</source>
        <translation>Put the backup of {taken} ({reason}: {contents}) in the place of {file}?

The current file is kept as a backup first, so this can itself be undone from this list. The register is closed and reopened; Edit ▸ Undo starts afresh.</translation>
    </message>
</context>
<context>
    <name>BreachClock</name>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>The 72 hours start once the time of discovery is entered.</source>
        <translation>The 72 hours start once the time of discovery is entered.</translation>
    </message>
    <message>
        <source>{left} left to notify the CNIL (by {due})</source>
        <translation>{left} left to notify the CNIL (by {due})</translation>
    </message>
    <message>
        <source>72 hours over by {late} (since {due}): notify now, with the reasons for the delay</source>
        <translation>72 hours over by {late} (since {due}): notify now, with the reasons for the delay</translation>
    </message>
    <message>
        <source>Notified to the CNIL: the clock has stopped.</source>
        <translation>Notified to the CNIL: the clock has stopped.</translation>
    </message>
    <message>
        <source>Assessed as unlikely to result in a risk: no notification expected.</source>
        <translation>Assessed as unlikely to result in a risk: no notification expected.</translation>
    </message>
    <message>
        <source>Not notified, by decision: the clock has stopped.</source>
        <translation>Not notified, by decision: the clock has stopped.</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>{left} left</translation>
    </message>
    <message>
        <source>late by {late}</source>
        <translation>late by {late}</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>e.g. V-2026-01</source>
        <translation>e.g. V-2026-01</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>not assessed yet</translation>
    </message>
    <message>
        <source>e.g. individual e-mail, letter, public notice</source>
        <translation>e.g. individual e-mail, letter, public notice</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Discovered on *</source>
        <translation>Discovered on *</translation>
    </message>
    <message>
        <source>Began on</source>
        <translation>Began on</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>People concerned</translation>
    </message>
    <message>
        <source>Approximate number of people</source>
        <translation>Approximate number of people</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Approximate number of records</translation>
    </message>
    <message>
        <source>Activities involved</source>
        <translation>Activities involved</translation>
    </message>
    <message>
        <source>Subprocessors involved</source>
        <translation>Subprocessors involved</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Likely consequences</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Measures planned</source>
        <translation>Measures planned</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risk to people</translation>
    </message>
    <message>
        <source>Notification to the CNIL</source>
        <translation>Notification to the CNIL</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <source>Notification reference</source>
        <translation>Notification reference</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Reasons for the delay</translation>
    </message>
    <message>
        <source>Why not notified</source>
        <translation>Why not notified</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>People informed</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informed on</translation>
    </message>
    <message>
        <source>Informed how</source>
        <translation>Informed how</translation>
    </message>
    <message>
        <source>Why not informed</source>
        <translation>Why not informed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; the 72 hours run from discovery.</source>
        <translation>Times are in this computer&apos;s time zone; the 72 hours run from discovery.</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>Search breaches…</source>
        <translation>Search breaches…</translation>
    </message>
    <message>
        <source>Search breaches</source>
        <translation>Search breaches</translation>
    </message>
    <message>
        <source>New breach…</source>
        <translation>New breach…</translation>
    </message>
    <message>
        <source>Notification draft (PDF)…</source>
        <translation>Notification draft (PDF)…</translation>
    </message>
    <message>
        <source>The breach as a draft of its notification to the CNIL, to complete on notifications.cnil.fr</source>
        <translation>The breach as a draft of its notification to the CNIL, to complete on notifications.cnil.fr</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
    <message>
        <source>No breach matches the search.</source>
        <translation>No breach matches the search.</translation>
    </message>
    <message>
        <source>No breach recorded. Record every personal data breach here, notified or not (GDPR Art. 33(5)).</source>
        <translation>No breach recorded. Record every personal data breach here, notified or not (GDPR Art. 33(5)).</translation>
    </message>
    <message>
        <source>Notification draft</source>
        <translation>Notification draft</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Delete the breach</source>
        <translation>Delete the breach</translation>
    </message>
    <message>
        <source>Delete “{name}” from the breach register? You can undo this with Edit ▸ Undo.</source>
        <translation>Delete “{name}” from the breach register? You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Inspection bundle</source>
        <translation>Inspection bundle</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Register as of</source>
        <translation>Register as of</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Language of the documents</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Make the bundle</source>
        <translation>Make the bundle</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Open the f&amp;older</translation>
    </message>
    <message>
        <source>One zip for an inspection: the Article 30 extract and the full register (Excel and PDF), the processor register, the subprocessors with their certificates and contracts, the current findings, the DPIA screening, the history of the period since the last frozen version, and a list of fingerprints (MANIFEST.sha256) that shows any file changed afterwards.</source>
        <translation>One zip for an inspection: the Article 30 extract and the full register (Excel and PDF), the processor register, the subprocessors with their certificates and contracts, the current findings, the DPIA screening, the history of the period since the last frozen version, and a list of fingerprints (MANIFEST.sha256) that shows any file changed afterwards.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <source>The “as of” date is not a date: type it as dd/mm/yyyy.</source>
        <translation>The “as of” date is not a date: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Making the inspection bundle…</source>
        <translation>Making the inspection bundle…</translation>
    </message>
    <message>
        <source>Bundle saved: {path}</source>
        <translation>Bundle saved: {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Apply this rule to other categories</source>
        <translation>Apply this rule to other categories</translation>
    </message>
    <message>
        <source>The durations, start, end, criterion and source of this rule go to the categories ticked here, in a rule of their own.</source>
        <translation>The durations, start, end, criterion and source of this rule go to the categories ticked here, in a rule of their own.</translation>
    </message>
</context>
<context>
    <name>CertificationRow</name>
    <message>
        <source>what the certificate covers (services, sites)</source>
        <translation>what the certificate covers (services, sites)</translation>
    </message>
    <message>
        <source>— unknown —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <source>The HDS certification standard the certificate was issued under</source>
        <translation>The HDS certification standard the certificate was issued under</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>HDS activities covered:</source>
        <translation>HDS activities covered:</translation>
    </message>
    <message>
        <source>HDS standard</source>
        <translation>HDS standard</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>Covers health-data hosting until {date} only: the certificate must be renewed under the current standard.</source>
        <translation>Covers health-data hosting until {date} only: the certificate must be renewed under the current standard.</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Compliance checks</source>
        <translation>Compliance checks</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Severity filter</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Search objects, fields, messages, references…</source>
        <translation>Search objects, fields, messages, references…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Search findings</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Open in the editor</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>List again</source>
        <translation>List again</translation>
    </message>
    <message>
        <source>Open findings ({n})</source>
        <translation>Open findings ({n})</translation>
    </message>
    <message>
        <source>Dismissed ({n})</source>
        <translation>Dismissed ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n open finding</numerusform>
            <numerusform>%n open findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Checking the register…</translation>
    </message>
    <message>
        <source>The register could not be checked: see the log.</source>
        <translation>The register could not be checked: see the log.</translation>
    </message>
    <message>
        <source>Dismissed by {author} on {day}: {reason}</source>
        <translation>Dismissed by {author} on {day}: {reason}</translation>
    </message>
    <message>
        <source>Dismiss a finding</source>
        <translation>Dismiss a finding</translation>
    </message>
    <message>
        <source>List a finding again</source>
        <translation>List a finding again</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Processing activity</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Main purpose</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>CNIL heading</source>
        <translation>CNIL heading</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Subprocessor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Hosting countries</source>
        <translation>Hosting countries</translation>
    </message>
    <message>
        <source>Art. 28 contract</source>
        <translation>Art. 28 contract</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Breach</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>CNIL notification</source>
        <translation>CNIL notification</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>72-hour clock</translation>
    </message>
    <message>
        <source>Dismissed by</source>
        <translation>Dismissed by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Frozen on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Saved by someone else meanwhile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>Keep yours: {field}</source>
        <translation>Keep yours: {field}</translation>
    </message>
    <message>
        <source>Take theirs: {field}</source>
        <translation>Take theirs: {field}</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Keep all &amp;yours</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Take all &amp;theirs</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Its DPO</source>
        <translation>Its DPO</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>DPO contact</translation>
    </message>
    <message>
        <source>Its representative</source>
        <translation>Its representative</translation>
    </message>
    <message>
        <source>Representative contact</source>
        <translation>Representative contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>International organisations</source>
        <translation>International organisations</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Every change is saved in the register file as soon as you make it.</source>
        <translation>Every change is saved in the register file as soon as you make it.</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Compliance checks</source>
        <translation>Compliance checks</translation>
    </message>
    <message>
        <source>Agenda: the next 90 days</source>
        <translation>Agenda: the next 90 days</translation>
    </message>
    <message>
        <source>Export to a calendar (.ics)…</source>
        <translation>Export to a calendar (.ics)…</translation>
    </message>
    <message>
        <source>Everything that falls due, as events to import into your calendar</source>
        <translation>Everything that falls due, as events to import into your calendar</translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Latest changes</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>%n retired</numerusform>
            <numerusform>%n retired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>declared; %n catalogue suggestion(s) not declared</source>
        <translation>
            <numerusform>declared; %n catalogue suggestion not declared</numerusform>
            <numerusform>declared; %n catalogue suggestions not declared</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Checking the register…</translation>
    </message>
    <message>
        <source>The register could not be checked: see the log.</source>
        <translation>The register could not be checked: see the log.</translation>
    </message>
    <message numerus="yes">
        <source>Register completeness: share of the Article 30 items filled in, over %n activity(ies) in use.</source>
        <translation>
            <numerusform>Register completeness: share of the Article 30 items filled in, over %n activity in use.</numerusform>
            <numerusform>Register completeness: share of the Article 30 items filled in, over %n activities in use.</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {infos}; {dismissed}</source>
        <translation>{errors}, {warnings}, {infos}; {dismissed}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
    <message>
        <source>{overdue}; {coming} within 90 days (agenda below)</source>
        <translation>{overdue}; {coming} within 90 days (agenda below)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {name}</source>
        <translation>
            <numerusform>%n event written to {name}</numerusform>
            <numerusform>%n events written to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataBlock</name>
    <message>
        <source>Data subjects and personal data</source>
        <translation>Data subjects and personal data</translation>
    </message>
    <message>
        <source>Tick what applies and add a precision where useful (e.g. &quot;staff and interns&quot;).</source>
        <translation>Tick what applies and add a precision where useful (e.g. &quot;staff and interns&quot;).</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categories of data subjects</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categories of personal data</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Where the data comes from</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choose in a calendar</translation>
    </message>
    <message>
        <source>Not a date: type it as dd/mm/yyyy, e.g. 15/03/2025</source>
        <translation>Not a date: type it as dd/mm/yyyy, e.g. 15/03/2025</translation>
    </message>
    <message>
        <source>Not a date: the previous value is kept.</source>
        <translation>Not a date: the previous value is kept.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <source>Deleted items</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>What was deleted from this register, newest first, kept in its history. Restoring an item brings it back as it was, with its links to the objects that still exist.</source>
        <translation>What was deleted from this register, newest first, kept in its history. Restoring an item brings it back as it was, with its links to the objects that still exist.</translation>
    </message>
    <message>
        <source>Nothing has been deleted from this register.</source>
        <translation>Nothing has been deleted from this register.</translation>
    </message>
    <message>
        <source>Restored: {name}.</source>
        <translation>Restored: {name}.</translation>
    </message>
    <message>
        <source>Links left out, to objects that no longer exist: {names}.</source>
        <translation>Links left out, to objects that no longer exist: {names}.</translation>
    </message>
</context>
<context>
    <name>DescriptionBlock</name>
    <message>
        <source>Description and actors</source>
        <translation>Description and actors</translation>
    </message>
    <message>
        <source>e.g. Payroll, Customer management, Recruitment</source>
        <translation>e.g. Payroll, Customer management, Recruitment</translation>
    </message>
    <message>
        <source>Left empty, it is numbered automatically (T-001…)</source>
        <translation>Left empty, it is numbered automatically (T-001…)</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <source>— choose the client —</source>
        <translation>— choose the client —</translation>
    </message>
    <message>
        <source>No other controller yet: add them on the Organisation &amp; DPO page.</source>
        <translation>No other controller yet: add them on the Organisation &amp; DPO page.</translation>
    </message>
    <message>
        <source>Name of the processing *</source>
        <translation>Name of the processing *</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Our role</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Client (controller)</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Joint controllers</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Their email</source>
        <translation>Their email</translation>
    </message>
    <message>
        <source>Software or tool used</source>
        <translation>Software or tool used</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Last review</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>Controller:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Data protection officer:</translation>
    </message>
    <message>
        <source>Actors (from the Organisation &amp; DPO page):</source>
        <translation>Actors (from the Organisation &amp; DPO page):</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>How to fix it</translation>
    </message>
    <message>
        <source>Select a finding to see what it means and how to fix it.</source>
        <translation>Select a finding to see what it means and how to fix it.</translation>
    </message>
    <message>
        <source>{severity} — {kind} {object} — {field}</source>
        <translation>{severity} — {kind} {object} — {field}</translation>
    </message>
</context>
<context>
    <name>DismissDialog</name>
    <message>
        <source>Dismiss a finding</source>
        <translation>Dismiss a finding</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. the contract is signed, the scan is filed under DPA-2026-04</source>
        <translation>e.g. the contract is signed, the scan is filed under DPA-2026-04</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Why does this finding not call for a change? The reason is kept in the register with your name and today&apos;s date; you can list the finding again at any time.</source>
        <translation>Why does this finding not call for a change? The reason is kept in the register with your name and today&apos;s date; you can list the finding again at any time.</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>A reason is required to dismiss a finding.</source>
        <translation>A reason is required to dismiss a finding.</translation>
    </message>
</context>
<context>
    <name>DpiaBlock</name>
    <message>
        <source>DPIA screening</source>
        <translation>DPIA screening</translation>
    </message>
    <message>
        <source>Meeting two or more of these nine criteria generally means a data protection impact assessment (DPIA) is required. The CNIL also lists processing that always requires one, and processing that never does.</source>
        <translation>Meeting two or more of these nine criteria generally means a data protection impact assessment (DPIA) is required. The CNIL also lists processing that always requires one, and processing that never does.</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <source>— not on a CNIL list —</source>
        <translation>— not on a CNIL list —</translation>
    </message>
    <message>
        <source>DPIA required:</source>
        <translation>DPIA required:</translation>
    </message>
    <message>
        <source>No DPIA needed:</source>
        <translation>No DPIA needed:</translation>
    </message>
    <message>
        <source>CNIL list</source>
        <translation>CNIL list</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation>DPIA status</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation>DPIA reference</translation>
    </message>
    <message>
        <source>{n} criteria met: a DPIA is generally required.</source>
        <translation>{n} criteria met: a DPIA is generally required.</translation>
    </message>
    <message>
        <source>{n} criterion met.</source>
        <translation>{n} criterion met.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>New processing activity</source>
        <translation>New processing activity</translation>
    </message>
    <message>
        <source>New data breach</source>
        <translation>New data breach</translation>
    </message>
    <message>
        <source>Create “{name}”</source>
        <translation>Create “{name}”</translation>
    </message>
    <message>
        <source>{name} — data breach</source>
        <translation>{name} — data breach</translation>
    </message>
    <message>
        <source>{reference} {name} — processing activity</source>
        <translation>{reference} {name} — processing activity</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <source>New subprocessor</source>
        <translation>New subprocessor</translation>
    </message>
    <message>
        <source>{name} — subprocessor</source>
        <translation>{name} — subprocessor</translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation>New security measure</translation>
    </message>
    <message>
        <source>{name} — security measure</source>
        <translation>{name} — security measure</translation>
    </message>
    <message>
        <source>New rights request</source>
        <translation>New rights request</translation>
    </message>
    <message>
        <source>{name} — rights request</source>
        <translation>{name} — rights request</translation>
    </message>
</context>
<context>
    <name>ErrorMarkDelegate</name>
    <message numerus="yes">
        <source>%n error(s) found by the checks:</source>
        <translation>
            <numerusform>%n error found by the checks:</numerusform>
            <numerusform>%n errors found by the checks:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Something went wrong inside register_app. Your register is safe: every change was saved as soon as it was made.

Please send the log file to your support:
{path}</source>
        <translation>Something went wrong inside register_app. Your register is safe: every change was saved as soon as it was made.

Please send the log file to your support:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>Article 30 extract — what the CNIL asks for, without internal notes</source>
        <translation>Article 30 extract — what the CNIL asks for, without internal notes</translation>
    </message>
    <message>
        <source>Full register — everything, notes included</source>
        <translation>Full register — everything, notes included</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) in draft or retired will not be in the extract, which holds the activities in progress; the full register holds them all.</source>
        <translation>
            <numerusform>%n activity in draft or retired will not be in the extract, which holds the activities in progress; the full register holds them all.</numerusform>
            <numerusform>%n activities in draft or retired will not be in the extract, which holds the activities in progress; the full register holds them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Register as of</source>
        <translation>Register as of</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Open the f&amp;older</translation>
    </message>
    <message>
        <source>The language of the document does not depend on the language of the app.</source>
        <translation>The language of the document does not depend on the language of the app.</translation>
    </message>
    <message>
        <source>The checks have not finished yet: the register may still lack required items.</source>
        <translation>The checks have not finished yet: the register may still lack required items.</translation>
    </message>
    <message numerus="yes">
        <source>The checks still find %n error(s) in this register: the export will show these gaps. The Checks page lists them.</source>
        <translation>
            <numerusform>The checks still find %n error in this register: the export will show this gap. The Checks page lists it.</numerusform>
            <numerusform>The checks still find %n errors in this register: the export will show these gaps. The Checks page lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <source>The “as of” date is not a date: type it as dd/mm/yyyy.</source>
        <translation>The “as of” date is not a date: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <source>Cancelling: the export stops before the file is written…</source>
        <translation>Cancelling: the export stops before the file is written…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FicheExport</name>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Save the record as PDF</translation>
    </message>
    <message>
        <source>The record was saved as {path}.</source>
        <translation>The record was saved as {path}.</translation>
    </message>
    <message>
        <source>Record saved</source>
        <translation>Record saved</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Open the &amp;file</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Your name, as the register&apos;s history will record it beside each change
(you can change it later in Preferences):</source>
        <translation>Your name, as the register&apos;s history will record it beside each change
(you can change it later in Preferences):</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Please correct the marked fields before saving.</source>
        <translation>Please correct the marked fields before saving.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here. Try again, or Cancel to discard them.</source>
        <translation>Nothing was saved; your changes are still here. Try again, or Cancel to discard them.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Discard the changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Your changes are not saved. Discard them?</source>
        <translation>Your changes are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze a version</source>
        <translation>Freeze a version</translation>
    </message>
    <message>
        <source>e.g. Register validated on 31/03/2026</source>
        <translation>e.g. Register validated on 31/03/2026</translation>
    </message>
    <message>
        <source>e.g. Validated by the management committee</source>
        <translation>e.g. Validated by the management committee</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>The register as it is now is kept under this name, dated, with your name as the one who froze it. A frozen version never changes; its document can be saved at any time.</source>
        <translation>The register as it is now is kept under this name, dated, with your name as the one who froze it. A frozen version never changes; its document can be saved at any time.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Guide — register_app</source>
        <translation>Guide — register_app</translation>
    </message>
    <message>
        <source>What to write here: open the guide (F1)</source>
        <translation>What to write here: open the guide (F1)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{time} — {author} — {object}: {action}</source>
        <translation>{time} — {author} — {object}: {action}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>name or kind of object, e.g. Payroll</source>
        <translation>name or kind of object, e.g. Payroll</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Every change recorded in this register: when, who, which object and field, the value before and after.</source>
        <translation>Every change recorded in this register: when, who, which object and field, the value before and after.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} of %n change</numerusform>
            <numerusform>{shown} of %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this object.</source>
        <translation>Nothing recorded yet for this object.</translation>
    </message>
    <message>
        <source>Every change saved to this object, newest first: when, who, which field, its value before and after.</source>
        <translation>Every change saved to this object, newest first: when, who, which field, its value before and after.</translation>
    </message>
</context>
<context>
    <name>HostingRow</name>
    <message>
        <source>— country —</source>
        <translation>— country —</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Data is</source>
        <translation>Data is</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into the register</source>
        <translation>Import into the register</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>Preview &gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>This file does not exist.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Import processing activities, subprocessors and security measures from:
• the CNIL&apos;s register model (spreadsheet, .ods or .xlsx);
• a workbook exported by this application (.xlsx);
• a register exported by this application as JSON (.json);
• any other table (.xlsx, .ods, .csv), a JSON list or Markdown files with YAML front matter (a file or a folder): you then say which field each column goes to.

Objects already in the register are updated; the others are added. You will see what the import would do before anything is written.</source>
        <translation>Import processing activities, subprocessors and security measures from:
• the CNIL&apos;s register model (spreadsheet, .ods or .xlsx);
• a workbook exported by this application (.xlsx);
• a register exported by this application as JSON (.json);
• any other table (.xlsx, .ods, .csv), a JSON list or Markdown files with YAML front matter (a file or a folder): you then say which field each column goes to.

Objects already in the register are updated; the others are added. You will see what the import would do before anything is written.</translation>
    </message>
    <message>
        <source>Registers to import (*.xlsx *.xlsm *.ods *.json *.csv *.tsv *.md);;All files (*)</source>
        <translation>Registers to import (*.xlsx *.xlsm *.ods *.json *.csv *.tsv *.md);;All files (*)</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .ods, .csv, .json or .md file, or a folder.</source>
        <translation>Choose an .xlsx, .ods, .csv, .json or .md file, or a folder.</translation>
    </message>
    <message>
        <source>Import {file} into the register?

An import cannot be undone with Edit ▸ Undo (nor can the edits made before it). A backup of the register is made just before the import: to go back, use File ▸ Restore from backup… and choose the copy marked “Before import”.</source>
        <translation>Import {file} into the register?

An import cannot be undone with Edit ▸ Undo (nor can the edits made before it). A backup of the register is made just before the import: to go back, use File ▸ Restore from backup… and choose the copy marked “Before import”.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>to create</source>
        <translation>to create</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>to update</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>the CNIL&apos;s register model</source>
        <translation>the CNIL&apos;s register model</translation>
    </message>
    <message>
        <source>a workbook exported by this application</source>
        <translation>a workbook exported by this application</translation>
    </message>
    <message>
        <source>a register exported by this application (JSON)</source>
        <translation>a register exported by this application (JSON)</translation>
    </message>
    <message>
        <source>a table read through its column mapping</source>
        <translation>a table read through its column mapping</translation>
    </message>
    <message>
        <source>Nothing has been written yet. “To check” lines were read but interpreted: look at them after the import.</source>
        <translation>Nothing has been written yet. “To check” lines were read but interpreted: look at them after the import.</translation>
    </message>
    <message>
        <source>{file}: {layout}</source>
        <translation>{file}: {layout}</translation>
    </message>
    <message>
        <source>The file holds {activities}, {subprocessors}, {measures} and {controllers}.</source>
        <translation>The file holds {activities}, {subprocessors}, {measures} and {controllers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies)</source>
        <translation>
            <numerusform>%n processing activity</numerusform>
            <numerusform>%n processing activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s)</source>
        <translation>
            <numerusform>%n subprocessor</numerusform>
            <numerusform>%n subprocessors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security measure(s)</source>
        <translation>
            <numerusform>%n security measure</numerusform>
            <numerusform>%n security measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other controller(s)</source>
        <translation>
            <numerusform>%n other controller</numerusform>
            <numerusform>%n other controllers</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: {counts}.</source>
        <translation>Report: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: the file has %n error(s), listed below with their sheet and cell. Correct them in the file and try again.</source>
        <translation>
            <numerusform>Nothing can be imported: the file has %n error, shown below with its sheet and cell. Correct it in the file and try again.</numerusform>
            <numerusform>Nothing can be imported: the file has %n errors, listed below with their sheet and cell. Correct them in the file and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: the file holds no processing activity, subprocessor, measure or controller.</source>
        <translation>Nothing can be imported: the file holds no processing activity, subprocessor, measure or controller.</translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message numerus="yes">
        <source>… and %n other object(s).</source>
        <translation>
            <numerusform>… and %n other object.</numerusform>
            <numerusform>… and %n other objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register was changed outside the app, or its history was altered. What it holds may not be what was recorded; keep a copy of the file and check these items:</source>
        <translation>This register was changed outside the app, or its history was altered. What it holds may not be what was recorded; keep a copy of the file and check these items:</translation>
    </message>
    <message>
        <source>History check</source>
        <translation>History check</translation>
    </message>
    <message>
        <source>The history could not be checked: see the log.</source>
        <translation>The history could not be checked: see the log.</translation>
    </message>
    <message numerus="yes">
        <source>History check: %n object(s) changed outside the app (see the banner above).</source>
        <translation>
            <numerusform>History check: %n object changed outside the app (see the banner above).</numerusform>
            <numerusform>History check: %n objects changed outside the app (see the banner above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>EEA</source>
        <translation>EEA</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>adequate</translation>
    </message>
    <message>
        <source>third country</source>
        <translation>third country</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Legal obligation</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vital interests</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Public interest</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>1° Physical sites</source>
        <translation>1° Physical sites</translation>
    </message>
    <message>
        <source>2° Hardware infrastructure</source>
        <translation>2° Hardware infrastructure</translation>
    </message>
    <message>
        <source>3° Virtual infrastructure</source>
        <translation>3° Virtual infrastructure</translation>
    </message>
    <message>
        <source>4° Application hosting platform</source>
        <translation>4° Application hosting platform</translation>
    </message>
    <message>
        <source>5° Administration and operation of the system</source>
        <translation>5° Administration and operation of the system</translation>
    </message>
    <message>
        <source>6° Off-site backup</source>
        <translation>6° Off-site backup</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;New register…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demo register</source>
        <translation>Open the &amp;demo register</translation>
    </message>
    <message>
        <source>Connect to a team re&amp;gister…</source>
        <translation>Connect to a team re&amp;gister…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a privacy po&amp;licy…</source>
        <translation>Import a privacy po&amp;licy…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>&amp;Freeze a version…</source>
        <translation>&amp;Freeze a version…</translation>
    </message>
    <message>
        <source>Frozen &amp;versions…</source>
        <translation>Frozen &amp;versions…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>&amp;Blank…</source>
        <translation>&amp;Blank…</translation>
    </message>
    <message>
        <source>From a &amp;template…</source>
        <translation>From a &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Organisation &amp; DPO</source>
        <translation>Organisation &amp; DPO</translation>
    </message>
    <message>
        <source>Compliance checks</source>
        <translation>Compliance checks</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About register_app</source>
        <translation>&amp;About register_app</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed.</source>
        <translation>Read-only: nothing can be changed.</translation>
    </message>
    <message>
        <source>All changes are saved in the team register.</source>
        <translation>All changes are saved in the team register.</translation>
    </message>
    <message>
        <source>All changes are saved in the file.</source>
        <translation>All changes are saved in the file.</translation>
    </message>
    <message>
        <source>This register was upgraded to the new version; a copy of the old file was kept: {path}</source>
        <translation>This register was upgraded to the new version; a copy of the old file was kept: {path}</translation>
    </message>
    <message>
        <source>{organisation} — {file} — read-only</source>
        <translation>{organisation} — {file} — read-only</translation>
    </message>
    <message>
        <source>{organisation} — {file} — saved</source>
        <translation>{organisation} — {file} — saved</translation>
    </message>
    <message>
        <source>Updated with what others saved ({time}).</source>
        <translation>Updated with what others saved ({time}).</translation>
    </message>
    <message>
        <source>All changes saved ({time}).</source>
        <translation>All changes saved ({time}).</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <source>Imported: {created}, {updated}.</source>
        <translation>Imported: {created}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Version frozen.</source>
        <translation>Version frozen.</translation>
    </message>
    <message>
        <source>Registers (*{ext});;All files (*)</source>
        <translation>Registers (*{ext});;All files (*)</translation>
    </message>
    <message>
        <source>New register from a privacy polic&amp;y…</source>
        <translation>New register from a privacy polic&amp;y…</translation>
    </message>
    <message>
        <source>Comp&amp;are with the privacy policy…</source>
        <translation>Comp&amp;are with the privacy policy…</translation>
    </message>
    <message>
        <source>Deleted i&amp;tems…</source>
        <translation>Deleted i&amp;tems…</translation>
    </message>
    <message>
        <source>Infor&amp;mation notice…</source>
        <translation>Infor&amp;mation notice…</translation>
    </message>
    <message>
        <source>Inspection b&amp;undle…</source>
        <translation>Inspection b&amp;undle…</translation>
    </message>
    <message>
        <source>Clo&amp;se the register</source>
        <translation>Clo&amp;se the register</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Demo register</translation>
    </message>
    <message>
        <source>The demo register is not available.</source>
        <translation>The demo register is not available.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Registers (*{ext})</source>
        <translation>Registers (*{ext})</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Notice saved: {path}</source>
        <translation>Notice saved: {path}</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>CISO Assistant processing workbook</source>
        <translation>CISO Assistant processing workbook</translation>
    </message>
    <message>
        <source>Fides-style data map</source>
        <translation>Fides-style data map</translation>
    </message>
    <message>
        <source>ICO documentation template (UK)</source>
        <translation>ICO documentation template (UK)</translation>
    </message>
    <message>
        <source>KOOS register in Markdown (German VVT keys)</source>
        <translation>KOOS register in Markdown (German VVT keys)</translation>
    </message>
    <message>
        <source>ROPA as a JSON list</source>
        <translation>ROPA as a JSON list</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>Save preset…</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Start from</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Source column</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Purposes and legal basis</source>
        <translation>Purposes and legal basis</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>This file is neither the CNIL model nor a register of this application: say which field each column goes to. Text that cannot be read as a code is kept as text.</source>
        <translation>This file is neither the CNIL model nor a register of this application: say which field each column goes to. Text that cannot be read as a code is kept as text.</translation>
    </message>
    <message>
        <source>First rows as they would import</source>
        <translation>First rows as they would import</translation>
    </message>
    <message>
        <source>{source}: map the columns</source>
        <translation>{source}: map the columns</translation>
    </message>
    <message>
        <source>Proposed from the headers</source>
        <translation>Proposed from the headers</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Field for {column}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Mappings (*.json)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <source>where the proof is: procedure, audit report, screenshot…</source>
        <translation>where the proof is: procedure, audit report, screenshot…</translation>
    </message>
    <message>
        <source>Applies to the whole organisation</source>
        <translation>Applies to the whole organisation</translation>
    </message>
    <message>
        <source>e.g. CNIL security guide, sheet 5</source>
        <translation>e.g. CNIL security guide, sheet 5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>CNIL heading</source>
        <translation>CNIL heading</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
</context>
<context>
    <name>MeasuresBlock</name>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Tick the measures that protect this processing, under the CNIL&apos;s seven headings. Measures are described once on the Security measures page.</source>
        <translation>Tick the measures that protect this processing, under the CNIL&apos;s seven headings. Measures are described once on the Security measures page.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion → in place</source>
        <translation>Suggestion → in place</translation>
    </message>
    <message>
        <source>A catalogue suggestion: saving declares it in place.</source>
        <translation>A catalogue suggestion: saving declares it in place.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) ticked.</source>
        <translation>
            <numerusform>%n measure ticked.</numerusform>
            <numerusform>%n measures ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of these, %n catalogue suggestion(s) will be declared in place when you save.</source>
        <translation>
            <numerusform>Of these, %n catalogue suggestion will be declared in place when you save.</numerusform>
            <numerusform>Of these, %n catalogue suggestions will be declared in place when you save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Search measures…</source>
        <translation>Search measures…</translation>
    </message>
    <message>
        <source>Search measures</source>
        <translation>Search measures</translation>
    </message>
    <message>
        <source>Show catalogue suggestions</source>
        <translation>Show catalogue suggestions</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Declare in place</source>
        <translation>Declare in place</translation>
    </message>
    <message>
        <source>Make the selected catalogue suggestion one of the organisation&apos;s measures, in place</source>
        <translation>Make the selected catalogue suggestion one of the organisation&apos;s measures, in place</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <source>%n declared measure(s)</source>
        <translation>
            <numerusform>%n declared measure</numerusform>
            <numerusform>%n declared measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalogue suggestion(s)</source>
        <translation>
            <numerusform>%n catalogue suggestion</numerusform>
            <numerusform>%n catalogue suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure matches the search.</source>
        <translation>No measure matches the search.</translation>
    </message>
    <message>
        <source>No measure declared yet: show the catalogue suggestions and declare those in place.</source>
        <translation>No measure declared yet: show the catalogue suggestions and declare those in place.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>No measure yet.</translation>
    </message>
    <message>
        <source>Declare “{name}” as planned</source>
        <translation>Declare “{name}” as planned</translation>
    </message>
    <message>
        <source>Declare “{name}” in place</source>
        <translation>Declare “{name}” in place</translation>
    </message>
    <message>
        <source>Declare as planned</source>
        <translation>Declare as planned</translation>
    </message>
    <message>
        <source>Delete “{name}”? Activities and subprocessors lose it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</source>
        <translation>Delete “{name}”? Activities and subprocessors lose it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>Delete the measure</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>e.g. Dupont &amp; Fils SARL</source>
        <translation>e.g. Dupont &amp; Fils SARL</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Organisation&apos;s legal name</source>
        <translation>Organisation&apos;s legal name</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Create the register</translation>
    </message>
    <message>
        <source>The register is one file on your computer. Keep it with your other documents; every change is saved in it at once.</source>
        <translation>The register is one file on your computer. Keep it with your other documents; every change is saved in it at once.</translation>
    </message>
    <message>
        <source>Registers (*{ext})</source>
        <translation>Registers (*{ext})</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>This file already exists: choose another name, or open it.</source>
        <translation>This file already exists: choose another name, or open it.</translation>
    </message>
</context>
<context>
    <name>NotesBlock</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Internal notes: left out of the Article 30 extract.</source>
        <translation>Internal notes: left out of the Article 30 extract.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Information notice</source>
        <translation>Information notice</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Everyone (the whole company)</source>
        <translation>Everyone (the whole company)</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Preview of the notice</translation>
    </message>
    <message>
        <source>What the notice still lacks</source>
        <translation>What the notice still lacks</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Language of the notice</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>What the notice still lacks ({count}), highlighted in the text:</source>
        <translation>What the notice still lacks ({count}), highlighted in the text:</translation>
    </message>
    <message>
        <source>Nothing is missing: the register gives every fact the notice needs.</source>
        <translation>Nothing is missing: the register gives every fact the notice needs.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Save the notice</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation &amp; DPO</source>
        <translation>Organisation &amp; DPO</translation>
    </message>
    <message>
        <source>Who keeps this register. Each change is saved when you leave the field.</source>
        <translation>Who keeps this register. Each change is saved when you leave the field.</translation>
    </message>
    <message>
        <source>Organisation (controller)</source>
        <translation>Organisation (controller)</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Data protection officer (DPO)</source>
        <translation>Data protection officer (DPO)</translation>
    </message>
    <message>
        <source>when the DPO is external: their company</source>
        <translation>when the DPO is external: their company</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>e.g. SAS, SARL, association</source>
        <translation>e.g. SAS, SARL, association</translation>
    </message>
    <message>
        <source>brands, shop or website names, separated by commas</source>
        <translation>brands, shop or website names, separated by commas</translation>
    </message>
    <message>
        <source>e.g. www.example.fr, shop.example.fr</source>
        <translation>e.g. www.example.fr, shop.example.fr</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Trade names</source>
        <translation>Trade names</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>Choose once the organisation has decided whether it designates a DPO (mandatory in the cases of GDPR Art. 37, voluntary otherwise).</source>
        <translation>Choose once the organisation has decided whether it designates a DPO (mandatory in the cases of GDPR Art. 37, voluntary otherwise).</translation>
    </message>
    <message>
        <source>e.g. no large-scale processing of sensitive data, no systematic monitoring</source>
        <translation>e.g. no large-scale processing of sensitive data, no systematic monitoring</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, GDPR lead</source>
        <translation>e.g. Data protection officer, GDPR lead</translation>
    </message>
    <message>
        <source>Why no DPO</source>
        <translation>Why no DPO</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Representative in the EU (if established outside)</source>
        <translation>Representative in the EU (if established outside)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Other controllers</source>
        <translation>Other controllers</translation>
    </message>
    <message>
        <source>Joint controllers, and the clients we process data for.</source>
        <translation>Joint controllers, and the clients we process data for.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Edit the organisation</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <source>New controller</source>
        <translation>New controller</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Edit “{name}”</translation>
    </message>
    <message>
        <source>Delete the controller</source>
        <translation>Delete the controller</translation>
    </message>
    <message>
        <source>Delete “{name}”? Activities naming it will no longer do so.</source>
        <translation>Delete “{name}”? Activities naming it will no longer do so.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
</context>
<context>
    <name>PolicyCompareDialog</name>
    <message>
        <source>Compare with the privacy policy</source>
        <translation>Compare with the privacy policy</translation>
    </message>
    <message>
        <source>No policy chosen yet.</source>
        <translation>No policy chosen yet.</translation>
    </message>
    <message>
        <source>Choose the policy…</source>
        <translation>Choose the policy…</translation>
    </message>
    <message>
        <source>Compare again</source>
        <translation>Compare again</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>The policy says</source>
        <translation>The policy says</translation>
    </message>
    <message>
        <source>The register says</source>
        <translation>The register says</translation>
    </message>
    <message>
        <source>Open what it is about</source>
        <translation>Open what it is about</translation>
    </message>
    <message>
        <source>What the policy states and the register does not record, what the register records and the policy does not disclose, and what they state differently. The differences also appear on the Compliance checks page.</source>
        <translation>What the policy states and the register does not record, what the register records and the policy does not disclose, and what they state differently. The differences also appear on the Compliance checks page.</translation>
    </message>
    <message>
        <source>The policy states it, the register does not record it</source>
        <translation>The policy states it, the register does not record it</translation>
    </message>
    <message>
        <source>The register records it, the policy does not disclose it</source>
        <translation>The register records it, the policy does not disclose it</translation>
    </message>
    <message>
        <source>Both state it, differently</source>
        <translation>Both state it, differently</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Subprocessor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Security measure</translation>
    </message>
    <message>
        <source>Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the privacy policy</source>
        <translation>Choose the privacy policy</translation>
    </message>
    <message>
        <source>Comparing the register with {policy}…</source>
        <translation>Comparing the register with {policy}…</translation>
    </message>
    <message numerus="yes">
        <source>{policy}: %n difference(s).</source>
        <translation>
            <numerusform>{policy}: %n difference.</numerusform>
            <numerusform>{policy}: %n differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>(says nothing of it)</source>
        <translation>(says nothing of it)</translation>
    </message>
    <message>
        <source>(nothing recorded)</source>
        <translation>(nothing recorded)</translation>
    </message>
</context>
<context>
    <name>PolicyFlow</name>
    <message>
        <source>Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the privacy policy</source>
        <translation>Choose the privacy policy</translation>
    </message>
    <message>
        <source>Save the new register</source>
        <translation>Save the new register</translation>
    </message>
    <message>
        <source>Registers (*.rgpd)</source>
        <translation>Registers (*.rgpd)</translation>
    </message>
</context>
<context>
    <name>PolicyReviewDialog</name>
    <message>
        <source>Review the proposals of {policy}</source>
        <translation>Review the proposals of {policy}</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Untick what the register must not hold; select a proposal to correct it below the list. The activities enter as drafts, in one step.</source>
        <translation>Untick what the register must not hold; select a proposal to correct it below the list. The activities enter as drafts, in one step.</translation>
    </message>
    <message>
        <source>Add the accepted proposals</source>
        <translation>Add the accepted proposals</translation>
    </message>
    <message>
        <source>Correct the selected proposal</source>
        <translation>Correct the selected proposal</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Starting from</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Nothing to correct here: tick or untick it.</source>
        <translation>Nothing to correct here: tick or untick it.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Activity (draft)</source>
        <translation>Activity (draft)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Security measure</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Subprocessor</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Your name (recorded in the history)</source>
        <translation>Your name (recorded in the history)</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Default export folder</translation>
    </message>
    <message>
        <source>Backups kept before a change</source>
        <translation>Backups kept before a change</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>One copy per day the register was open: its last state that day.</source>
        <translation>One copy per day the register was open: its last state that day.</translation>
    </message>
    <message>
        <source>Copies made just before an upgrade, an import or a restore.</source>
        <translation>Copies made just before an upgrade, an import or a restore.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Open the backup folder</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>A new language applies the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <source>What the processing is for</source>
        <translation>What the processing is for</translation>
    </message>
    <message>
        <source>— choose the legal basis —</source>
        <translation>— choose the legal basis —</translation>
    </message>
    <message>
        <source>The legitimate interest pursued</source>
        <translation>The legitimate interest pursued</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Main purpose</translation>
    </message>
    <message>
        <source>Sub-purpose {n}</source>
        <translation>Sub-purpose {n}</translation>
    </message>
</context>
<context>
    <name>PurposesBlock</name>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>One line per purpose, the main one first, each with its legal basis (GDPR Art. 6).</source>
        <translation>One line per purpose, the main one first, each with its legal basis (GDPR Art. 6).</translation>
    </message>
    <message>
        <source>Add a purpose</source>
        <translation>Add a purpose</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{user} on {host} since {date} {time}</source>
        <translation>{user} on {host} since {date} {time}</translation>
    </message>
    <message>
        <source>Opened read-only: {who} has it open for editing. You can read and export this register, not change it.</source>
        <translation>Opened read-only: {who} has it open for editing. You can read and export this register, not change it.</translation>
    </message>
    <message>
        <source>Opened read-only: you can read and export this register, not change it.</source>
        <translation>Opened read-only: you can read and export this register, not change it.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (read-only)</translation>
    </message>
</context>
<context>
    <name>RecipientsBlock</name>
    <message>
        <source>Recipients and subprocessors</source>
        <translation>Recipients and subprocessors</translation>
    </message>
    <message>
        <source>Who receives the data. Subprocessors are picked from the register&apos;s list; their hosting countries feed the transfers.</source>
        <translation>Who receives the data. Subprocessors are picked from the register&apos;s list; their hosting countries feed the transfers.</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Categories of recipients</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
    <message>
        <source>New subprocessor…</source>
        <translation>New subprocessor…</translation>
    </message>
    <message>
        <source>Subprocessors (GDPR Art. 28)</source>
        <translation>Subprocessors (GDPR Art. 28)</translation>
    </message>
    <message>
        <source>Tick the subprocessors this processing uses (space bar ticks).</source>
        <translation>Tick the subprocessors this processing uses (space bar ticks).</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>e.g. D-2026-07</source>
        <translation>e.g. D-2026-07</translation>
    </message>
    <message>
        <source>only what is needed to answer</source>
        <translation>only what is needed to answer</translation>
    </message>
    <message>
        <source>Extended by two months (complexity, number of requests)</source>
        <translation>Extended by two months (complexity, number of requests)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Right exercised *</source>
        <translation>Right exercised *</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Received on *</source>
        <translation>Received on *</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Reasons for the extension</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(enter the date received)</source>
        <translation>(enter the date received)</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — overdue</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Rights requests</source>
        <translation>Rights requests</translation>
    </message>
    <message>
        <source>Search requests…</source>
        <translation>Search requests…</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Search requests</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches the search.</source>
        <translation>No request matches the search.</translation>
    </message>
    <message>
        <source>No request recorded. Log here each request to exercise a right, and its answer.</source>
        <translation>No request recorded. Log here each request to exercise a right, and its answer.</translation>
    </message>
    <message>
        <source>Delete the request of “{name}”? You can undo this with Edit ▸ Undo.</source>
        <translation>Delete the request of “{name}”? You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Delete the request</source>
        <translation>Delete the request</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The register was restored from the backup of {taken}.</source>
        <translation>The register was restored from the backup of {taken}.</translation>
    </message>
    <message>
        <source>The previous file was kept here:
{path}</source>
        <translation>The previous file was kept here:
{path}</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Register restored</translation>
    </message>
    <message>
        <source>Damaged register</source>
        <translation>Damaged register</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened safely, and it has no readable backup on this computer.

The file was left as it is. If you keep copies elsewhere (another computer, a shared folder), open one of them.</source>
        <translation>{file} is damaged and cannot be opened safely, and it has no readable backup on this computer.

The file was left as it is. If you keep copies elsewhere (another computer, a shared folder), open one of them.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened safely.

Its latest readable backup is from {taken} ({reason}): {contents}.

Restore it? The damaged file is kept in the backup folder, unchanged.</source>
        <translation>{file} is damaged and cannot be opened safely.

Its latest readable backup is from {taken} ({reason}): {contents}.

Restore it? The damaged file is kept in the backup folder, unchanged.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
</context>
<context>
    <name>RetentionBlock</name>
    <message>
        <source>Retention periods</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>For each category of data ticked earlier: how long it is kept, from when, and what happens then. Where no fixed duration is possible, give the criterion.</source>
        <translation>For each category of data ticked earlier: how long it is kept, from when, and what happens then. Where no fixed duration is possible, give the criterion.</translation>
    </message>
    <message>
        <source>Tick data categories in &quot;Data subjects and personal data&quot; first.</source>
        <translation>Tick data categories in &quot;Data subjects and personal data&quot; first.</translation>
    </message>
    <message>
        <source>{category} — rule {n}</source>
        <translation>{category} — rule {n}</translation>
    </message>
</context>
<context>
    <name>RetentionRow</name>
    <message>
        <source>— start from a reference duration —</source>
        <translation>— start from a reference duration —</translation>
    </message>
    <message>
        <source>which data of this category, in your own words</source>
        <translation>which data of this category, in your own words</translation>
    </message>
    <message>
        <source>— from when —</source>
        <translation>— from when —</translation>
    </message>
    <message>
        <source>— then —</source>
        <translation>— then —</translation>
    </message>
    <message>
        <source>when no fixed duration: e.g. until the end of the contract</source>
        <translation>when no fixed duration: e.g. until the end of the contract</translation>
    </message>
    <message>
        <source>law, CNIL reference framework…</source>
        <translation>law, CNIL reference framework…</translation>
    </message>
    <message>
        <source>Another rule for this category</source>
        <translation>Another rule for this category</translation>
    </message>
    <message>
        <source>Apply to other categories…</source>
        <translation>Apply to other categories…</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Remove this rule</translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Data covered</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>In the active base</source>
        <translation>In the active base</translation>
    </message>
    <message>
        <source>In intermediate archive</source>
        <translation>In intermediate archive</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ShortLabels</name>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Joint controller</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
</context>
<context>
    <name>SpecialBlock</name>
    <message>
        <source>Sensitive data</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <source>Special categories (GDPR Art. 9), offence data (Art. 10) and the social security number (NIR) each follow their own rules: say why the processing may use them.</source>
        <translation>Special categories (GDPR Art. 9), offence data (Art. 10) and the social security number (NIR) each follow their own rules: say why the processing may use them.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>— choose the Art. 9(2) exception —</source>
        <translation>— choose the Art. 9(2) exception —</translation>
    </message>
    <message>
        <source>Exception allowing it</source>
        <translation>Exception allowing it</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9)</source>
        <translation>Special categories of data (Art. 9)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Criminal convictions and offences (Art. 10)</translation>
    </message>
    <message>
        <source>Legal ground (the text that authorises it):</source>
        <translation>Legal ground (the text that authorises it):</translation>
    </message>
    <message>
        <source>Social security number (NIR)</source>
        <translation>Social security number (NIR)</translation>
    </message>
    <message>
        <source>Why the NIR is needed (the text that allows its use):</source>
        <translation>Why the NIR is needed (the text that allows its use):</translation>
    </message>
</context>
<context>
    <name>SubprocessorDialog</name>
    <message>
        <source>e.g. hosting, payroll, emailing, CRM</source>
        <translation>e.g. hosting, payroll, emailing, CRM</translation>
    </message>
    <message>
        <source>— country —</source>
        <translation>— country —</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Service provided</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Add a country</source>
        <translation>Add a country</translation>
    </message>
    <message>
        <source>— none (EEA or adequate country) —</source>
        <translation>— none (EEA or adequate country) —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>The tool to rely on should the transfer tool fall, e.g. should the EU-US Data Privacy Framework be annulled: standard contractual clauses with a transfer impact assessment.</source>
        <translation>The tool to rely on should the transfer tool fall, e.g. should the EU-US Data Privacy Framework be annulled: standard contractual clauses with a transfer impact assessment.</translation>
    </message>
    <message>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation>Certified under the EU-US Data Privacy Framework</translation>
    </message>
    <message>
        <source>Where the data is hosted, or accessed from:</source>
        <translation>Where the data is hosted, or accessed from:</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Transfer tool</translation>
    </message>
    <message>
        <source>Fallback tool</source>
        <translation>Fallback tool</translation>
    </message>
    <message>
        <source>Safeguards in detail</source>
        <translation>Safeguards in detail</translation>
    </message>
    <message>
        <source>Its own subprocessors</source>
        <translation>Its own subprocessors</translation>
    </message>
    <message>
        <source>Hosting and transfers</source>
        <translation>Hosting and transfers</translation>
    </message>
    <message>
        <source>where the signed contract is filed</source>
        <translation>where the signed contract is filed</translation>
    </message>
    <message>
        <source>The contract required by GDPR Art. 28 (data processing agreement).</source>
        <translation>The contract required by GDPR Art. 28 (data processing agreement).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Document reference</translation>
    </message>
    <message>
        <source>Contract (Art. 28)</source>
        <translation>Contract (Art. 28)</translation>
    </message>
    <message>
        <source>Add a certification</source>
        <translation>Add a certification</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>{explained} Ticking it declares it in place.</source>
        <translation>{explained} Ticking it declares it in place.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Activities using it</source>
        <translation>Activities using it</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Measures, activities, notes</source>
        <translation>Measures, activities, notes</translation>
    </message>
</context>
<context>
    <name>SubprocessorsPage</name>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
    <message>
        <source>Search names, services, countries…</source>
        <translation>Search names, services, countries…</translation>
    </message>
    <message>
        <source>Search subprocessors</source>
        <translation>Search subprocessors</translation>
    </message>
    <message>
        <source>New subprocessor…</source>
        <translation>New subprocessor…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s)</source>
        <translation>
            <numerusform>%n subprocessor</numerusform>
            <numerusform>%n subprocessors</numerusform>
        </translation>
    </message>
    <message>
        <source>No subprocessor matches the search.</source>
        <translation>No subprocessor matches the search.</translation>
    </message>
    <message>
        <source>No subprocessor yet: add your host, payroll provider, emailing tool…</source>
        <translation>No subprocessor yet: add your host, payroll provider, emailing tool…</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}”? It will be removed from the %n activity(ies) that use it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</source>
        <translation>
            <numerusform>Delete “{name}”? It will be removed from the %n activityy that use it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</numerusform>
            <numerusform>Delete “{name}”? It will be removed from the %n activities that use it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the subprocessor</source>
        <translation>Delete the subprocessor</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>A measure from the catalogue that the organisation has not declared: no export shows it until you declare it in place or planned.</source>
        <translation>A measure from the catalogue that the organisation has not declared: no export shows it until you declare it in place or planned.</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Connect to a team register</source>
        <translation>Connect to a team register</translation>
    </message>
    <message>
        <source>(a new one)</source>
        <translation>(a new one)</translation>
    </message>
    <message>
        <source>disable — no encryption</source>
        <translation>disable — no encryption</translation>
    </message>
    <message>
        <source>allow — encrypted if the server asks</source>
        <translation>allow — encrypted if the server asks</translation>
    </message>
    <message>
        <source>prefer — encrypted when the server can</source>
        <translation>prefer — encrypted when the server can</translation>
    </message>
    <message>
        <source>require — always encrypted, server not verified</source>
        <translation>require — always encrypted, server not verified</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, server&apos;s certificate verified</source>
        <translation>verify-ca — encrypted, server&apos;s certificate verified</translation>
    </message>
    <message>
        <source>verify-full — encrypted, certificate and host name verified</source>
        <translation>verify-full — encrypted, certificate and host name verified</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is asked each time, never kept.</source>
        <translation>This computer has no system keyring: the password is asked each time, never kept.</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;TLS mode</source>
        <translation>&amp;TLS mode</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New activity from a template</source>
        <translation>New activity from a template</translation>
    </message>
    <message>
        <source>Search names, purposes, sources…</source>
        <translation>Search names, purposes, sources…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Search templates</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Template preview</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>No template matches the search.</source>
        <translation>No template matches the search.</translation>
    </message>
    <message>
        <source>from: {start}</source>
        <translation>from: {start}</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Purposes and legal bases</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Data subjects</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Data categories</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Typical measures (to declare)</source>
        <translation>Typical measures (to declare)</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>Impact assessment</translation>
    </message>
    <message>
        <source>To complete after creating</source>
        <translation>To complete after creating</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Create “{name}” from a template</source>
        <translation>Create “{name}” from a template</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>— no transfer tool —</source>
        <translation>— no transfer tool —</translation>
    </message>
    <message>
        <source>e.g. SCC 2021, module 2 (controller to processor)</source>
        <translation>e.g. SCC 2021, module 2 (controller to processor)</translation>
    </message>
    <message>
        <source>link or reference to the documentation</source>
        <translation>link or reference to the documentation</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>— choose the country or organisation —</source>
        <translation>— choose the country or organisation —</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Transfer tool</translation>
    </message>
    <message>
        <source>Safeguards in detail</source>
        <translation>Safeguards in detail</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Transfer impact assessment</translation>
    </message>
    <message>
        <source>Inside the EEA: no transfer tool is needed.</source>
        <translation>Inside the EEA: no transfer tool is needed.</translation>
    </message>
    <message>
        <source>Adequacy decision: check that it covers this recipient.</source>
        <translation>Adequacy decision: check that it covers this recipient.</translation>
    </message>
    <message>
        <source>Third country: a transfer tool (SCC, BCR…) or a derogation is required.</source>
        <translation>Third country: a transfer tool (SCC, BCR…) or a derogation is required.</translation>
    </message>
</context>
<context>
    <name>TransfersBlock</name>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Transfers outside the EU</translation>
    </message>
    <message>
        <source>One line per recipient and country outside the European Economic Area.</source>
        <translation>One line per recipient and country outside the European Economic Area.</translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation>Add a transfer</translation>
    </message>
    <message>
        <source>Add the transfers of the ticked subprocessors</source>
        <translation>Add the transfers of the ticked subprocessors</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Frozen versions</source>
        <translation>Frozen versions</translation>
    </message>
    <message>
        <source>No version frozen yet. “Freeze a version…” keeps the register as it is now.</source>
        <translation>No version frozen yet. “Freeze a version…” keeps the register as it is now.</translation>
    </message>
    <message>
        <source>&amp;Freeze a version…</source>
        <translation>&amp;Freeze a version…</translation>
    </message>
    <message>
        <source>&amp;Save its document…</source>
        <translation>&amp;Save its document…</translation>
    </message>
    <message>
        <source>The selected version&apos;s JSON document, exactly as it was frozen</source>
        <translation>The selected version&apos;s JSON document, exactly as it was frozen</translation>
    </message>
    <message>
        <source>Versions of the register the DPO froze, oldest first.</source>
        <translation>Versions of the register the DPO froze, oldest first.</translation>
    </message>
    <message>
        <source>Save the version&apos;s document</source>
        <translation>Save the version&apos;s document</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your GDPR record of processing activities</source>
        <translation>Your GDPR record of processing activities</translation>
    </message>
    <message>
        <source>Keep the Article 30 register of your organisation: processing activities, subprocessors and security measures, ready to export for the CNIL.</source>
        <translation>Keep the Article 30 register of your organisation: processing activities, subprocessors and security measures, ready to export for the CNIL.</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>New register…</translation>
    </message>
    <message>
        <source>Open a register…</source>
        <translation>Open a register…</translation>
    </message>
    <message>
        <source>Open the demo register</source>
        <translation>Open the demo register</translation>
    </message>
    <message>
        <source>Recent registers</source>
        <translation>Recent registers</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Processing activities</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Subprocessors</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <source>Organisation &amp; DPO</source>
        <translation>Organisation &amp; DPO</translation>
    </message>
    <message>
        <source>Compliance checks</source>
        <translation>Compliance checks</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Data breaches</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Rights requests</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>Checking the history…</translation>
    </message>
</context>
</TS>
