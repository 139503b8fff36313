<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About register_app</source>
        <translation>À propos de register_app</translation>
    </message>
    <message>
        <source>register_app {version}
The GDPR Article 30 register, kept offline.

Proprietary software. © The register_app authors. All rights reserved.

Log files: {logs}</source>
        <translation>register_app {version}
Le registre des activités de traitement (article 30 du RGPD), tenu hors ligne.

Logiciel propriétaire. © Les auteurs de register_app. Tous droits réservés.

Fichiers journaux&#xa0;: {logs}</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences des logiciels tiers</translation>
    </message>
    <message>
        <source>The third-party notices are missing from this installation: {path}</source>
        <translation>Les mentions des logiciels tiers sont absentes de cette installation&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Logiciels tiers et leurs licences&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Search names, purposes, data, subprocessors…</source>
        <translation>Rechercher dans les noms, finalités, données, sous-traitants…</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Rechercher des traitements</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Filtre par rôle</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>Nouveau traitement…</translation>
    </message>
    <message>
        <source>From a template…</source>
        <translation>À partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity matches the search or filters.</source>
        <translation>Aucun traitement ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>No processing activity yet. Click “New activity…” to describe the first one, or “From a template…” to start from a typical processing.</source>
        <translation>Aucun traitement pour l&apos;instant. Cliquez sur «&#xa0;Nouveau traitement…&#xa0;» pour décrire le premier, ou sur «&#xa0;À partir d&apos;un modèle…&#xa0;» pour partir d&apos;un traitement type.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>Dupliquer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Retire “{name}”</source>
        <translation>Marquer comme terminé «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{reference} {name}” from the register? Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</source>
        <translation>Supprimer «&#xa0;{reference} {name}&#xa0;» du registre&#xa0;? Édition ▸ Annuler revient en arrière, et Fichier ▸ Éléments supprimés… le rétablit même après la fermeture du registre.</translation>
    </message>
    <message>
        <source>Delete the activity</source>
        <translation>Supprimer le traitement</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Record as &amp;PDF…</source>
        <translation>&amp;Fiche en PDF…</translation>
    </message>
    <message>
        <source>Save this activity&apos;s record (fiche) as a PDF, to read or print</source>
        <translation>Enregistrer la fiche de registre de ce traitement en PDF, à lire ou à imprimer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The record shows the activity as saved: save your changes first.</source>
        <translation>La fiche montre le traitement tel qu&apos;il est enregistré&#xa0;: enregistrez d&apos;abord vos modifications.</translation>
    </message>
    <message>
        <source>Record as PDF</source>
        <translation>Fiche en PDF</translation>
    </message>
    <message>
        <source>Please correct the marked fields before saving.</source>
        <translation>Corrigez les champs signalés avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here. Try again, or Cancel to discard them.</source>
        <translation>Rien n&apos;a été enregistré ; vos modifications sont toujours là. Réessayez, ou cliquez sur Annuler pour les abandonner.</translation>
    </message>
    <message>
        <source>This processing activity has changes that are not saved. Discard them?</source>
        <translation>Ce traitement a des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Yearly review: {label}</source>
        <translation>Revue annuelle&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Contract review: {label}</source>
        <translation>Revue du contrat&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Certificate {detail} expires: {label}</source>
        <translation>Fin de validité du certificat {detail}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>DPIA review: {label}</source>
        <translation>Réexamen de l&apos;AIPD&#xa0;: {label}</translation>
    </message>
    <message>
        <source>End of the 72 hours to notify: {label}</source>
        <translation>Fin des 72 heures pour notifier&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Answer due: {label}</source>
        <translation>Réponse due&#xa0;: {label}</translation>
    </message>
    <message>
        <source>{when} — {what} (overdue)</source>
        <translation>{when} — {what} (en retard)</translation>
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
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>{text}
(double-click to open)</source>
        <translation>{text}
(double-cliquez pour ouvrir)</translation>
    </message>
    <message>
        <source>Nothing falls due in the next 90 days.</source>
        <translation>Rien n&apos;arrive à échéance dans les 90 prochains jours.</translation>
    </message>
</context>
<context>
    <name>AsOfField</name>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>23:59: the end of the day; no date: as it is now</source>
        <translation>23:59 : fin de la journée ; sans date : tel qu&apos;il est aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s)</source>
        <translation>
            <numerusform>%n sous-traitant</numerusform>
            <numerusform>%n sous-traitants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Copies of {file}, newest first. Restoring one puts it in the register&apos;s place; the current file is kept as a backup first.</source>
        <translation>Copies de {file}, de la plus récente à la plus ancienne. En restaurer une la remet à la place du registre ; le fichier actuel est d&apos;abord conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Backup folder: {folder}</source>
        <translation>Dossier des sauvegardes&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>This register has no backup yet.</source>
        <translation>Ce registre n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Put the backup of {taken} ({reason}: {contents}) in the place of {file}?

The current file is kept as a backup first, so this can itself be undone from this list. The register is closed and reopened; Edit ▸ Undo starts afresh.</source>
        <translation>Remettre la sauvegarde du {taken} ({reason}&#xa0;: {contents}) à la place de {file}&#xa0;?

Le fichier actuel est d&apos;abord conservé comme sauvegarde&#xa0;: vous pourrez revenir en arrière depuis cette liste. Le registre est fermé puis rouvert&#xa0;; l&apos;historique d&apos;Édition ▸ Annuler repart de zéro.</translation>
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
        <translation>Les 72 heures courent dès que l&apos;heure de la découverte est saisie.</translation>
    </message>
    <message>
        <source>{left} left to notify the CNIL (by {due})</source>
        <translation>Il reste {left} pour notifier la CNIL (au plus tard le {due})</translation>
    </message>
    <message>
        <source>72 hours over by {late} (since {due}): notify now, with the reasons for the delay</source>
        <translation>72 heures dépassées de {late} (depuis le {due})&#xa0;: notifiez maintenant, avec les raisons du retard</translation>
    </message>
    <message>
        <source>Notified to the CNIL: the clock has stopped.</source>
        <translation>Notifiée à la CNIL&#xa0;: le délai est arrêté.</translation>
    </message>
    <message>
        <source>Assessed as unlikely to result in a risk: no notification expected.</source>
        <translation>Jugée non susceptible d&apos;engendrer un risque&#xa0;: pas de notification attendue.</translation>
    </message>
    <message>
        <source>Not notified, by decision: the clock has stopped.</source>
        <translation>Non notifiée, par décision&#xa0;: le délai est arrêté.</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>reste {left}</translation>
    </message>
    <message>
        <source>late by {late}</source>
        <translation>retard de {late}</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <source>e.g. V-2026-01</source>
        <translation>p. ex. V-2026-01</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>e.g. individual e-mail, letter, public notice</source>
        <translation>p. ex. courriel individuel, courrier, communication publique</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Intitulé *</translation>
    </message>
    <message>
        <source>Discovered on *</source>
        <translation>Découverte le *</translation>
    </message>
    <message>
        <source>Began on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Approximate number of people</source>
        <translation>Nombre approximatif de personnes</translation>
    </message>
    <message>
        <source>Approximate number of records</source>
        <translation>Nombre approximatif d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Activities involved</source>
        <translation>Traitements concernés</translation>
    </message>
    <message>
        <source>Subprocessors involved</source>
        <translation>Sous-traitants concernés</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Measures planned</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risque pour les personnes</translation>
    </message>
    <message>
        <source>Notification to the CNIL</source>
        <translation>Notification à la CNIL</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <source>Notification reference</source>
        <translation>Référence de la notification</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Raisons du retard</translation>
    </message>
    <message>
        <source>Why not notified</source>
        <translation>Raison de ne pas notifier</translation>
    </message>
    <message>
        <source>People informed</source>
        <translation>Information des personnes</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informées le</translation>
    </message>
    <message>
        <source>Informed how</source>
        <translation>Moyen d&apos;information</translation>
    </message>
    <message>
        <source>Why not informed</source>
        <translation>Raison de ne pas informer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Times are in this computer&apos;s time zone; the 72 hours run from discovery.</source>
        <translation>Les heures sont celles du fuseau horaire de cet ordinateur&#xa0;; les 72 heures courent à partir de la découverte.</translation>
    </message>
</context>
<context>
    <name>BreachesPage</name>
    <message>
        <source>Data breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <source>Search breaches…</source>
        <translation>Rechercher une violation…</translation>
    </message>
    <message>
        <source>Search breaches</source>
        <translation>Rechercher une violation</translation>
    </message>
    <message>
        <source>New breach…</source>
        <translation>Nouvelle violation…</translation>
    </message>
    <message>
        <source>Notification draft (PDF)…</source>
        <translation>Projet de notification (PDF)…</translation>
    </message>
    <message>
        <source>The breach as a draft of its notification to the CNIL, to complete on notifications.cnil.fr</source>
        <translation>La violation sous forme de projet de notification à la CNIL, à compléter sur notifications.cnil.fr</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <translation>
            <numerusform>%n violation</numerusform>
            <numerusform>%n violations</numerusform>
        </translation>
    </message>
    <message>
        <source>No breach matches the search.</source>
        <translation>Aucune violation ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No breach recorded. Record every personal data breach here, notified or not (GDPR Art. 33(5)).</source>
        <translation>Aucune violation inscrite. Inscrivez ici toute violation de données personnelles, notifiée ou non (art. 33.5 du RGPD).</translation>
    </message>
    <message>
        <source>Notification draft</source>
        <translation>Projet de notification</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete the breach</source>
        <translation>Supprimer la violation</translation>
    </message>
    <message>
        <source>Delete “{name}” from the breach register? You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» du registre des violations&#xa0;? Vous pourrez l&apos;annuler par Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Inspection bundle</source>
        <translation>Dossier d&apos;inspection</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Register as of</source>
        <translation>Registre à la date du</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Make the bundle</source>
        <translation>Constituer le dossier</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>One zip for an inspection: the Article 30 extract and the full register (Excel and PDF), the processor register, the subprocessors with their certificates and contracts, the current findings, the DPIA screening, the history of the period since the last frozen version, and a list of fingerprints (MANIFEST.sha256) that shows any file changed afterwards.</source>
        <translation>Un seul zip pour un contrôle : l&apos;extrait article 30 et le registre complet (Excel et PDF), le registre sous-traitant, les sous-traitants avec leurs certifications et contrats, les points de vigilance du moment, le criblage AIPD, l&apos;historique de la période depuis la dernière version figée, et une liste d&apos;empreintes (MANIFEST.sha256) qui révèle tout fichier modifié ensuite.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choisissez où enregistrer le dossier.</translation>
    </message>
    <message>
        <source>The “as of” date is not a date: type it as dd/mm/yyyy.</source>
        <translation>La date du registre n&apos;est pas une date : écrivez-la jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Making the inspection bundle…</source>
        <translation>Constitution du dossier d&apos;inspection…</translation>
    </message>
    <message>
        <source>Bundle saved: {path}</source>
        <translation>Dossier enregistré : {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Apply this rule to other categories</source>
        <translation>Appliquer cette règle à d&apos;autres catégories</translation>
    </message>
    <message>
        <source>The durations, start, end, criterion and source of this rule go to the categories ticked here, in a rule of their own.</source>
        <translation>Les durées, le point de départ, le sort final, le critère et la source de cette règle vont aux catégories cochées ici, chacune dans une règle à elle.</translation>
    </message>
</context>
<context>
    <name>CertificationRow</name>
    <message>
        <source>what the certificate covers (services, sites)</source>
        <translation>ce que couvre le certificat (services, sites)</translation>
    </message>
    <message>
        <source>— unknown —</source>
        <translation>— inconnu —</translation>
    </message>
    <message>
        <source>The HDS certification standard the certificate was issued under</source>
        <translation>Le référentiel de certification HDS selon lequel le certificat a été délivré</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>HDS activities covered:</source>
        <translation>Activités HDS couvertes&#xa0;:</translation>
    </message>
    <message>
        <source>HDS standard</source>
        <translation>Référentiel HDS</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro du certificat</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Covers health-data hosting until {date} only: the certificate must be renewed under the current standard.</source>
        <translation>Ne couvre l&apos;hébergement de données de santé que jusqu&apos;au {date}&#xa0;: le certificat doit être renouvelé selon le référentiel en vigueur.</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Compliance checks</source>
        <translation>Contrôles de conformité</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre par gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Search objects, fields, messages, references…</source>
        <translation>Rechercher objets, champs, constats, références…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Rechercher dans les constats</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>List again</source>
        <translation>Rétablir le constat</translation>
    </message>
    <message>
        <source>Open findings ({n})</source>
        <translation>Constats ouverts ({n})</translation>
    </message>
    <message>
        <source>Dismissed ({n})</source>
        <translation>Constats écartés ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s)</source>
        <translation>
            <numerusform>%n constat ouvert</numerusform>
            <numerusform>%n constats ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Vérification du registre en cours…</translation>
    </message>
    <message>
        <source>The register could not be checked: see the log.</source>
        <translation>Le registre n&apos;a pas pu être vérifié : voir le journal.</translation>
    </message>
    <message>
        <source>Dismissed by {author} on {day}: {reason}</source>
        <translation>Écarté par {author} le {day} : {reason}</translation>
    </message>
    <message>
        <source>Dismiss a finding</source>
        <translation>Écarter un constat</translation>
    </message>
    <message>
        <source>List a finding again</source>
        <translation>Rétablir un constat</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Finalité principale</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Bases légales</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>CNIL heading</source>
        <translation>Rubrique CNIL</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Hosting countries</source>
        <translation>Pays d&apos;hébergement</translation>
    </message>
    <message>
        <source>Art. 28 contract</source>
        <translation>Contrat art. 28</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Découverte le</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>CNIL notification</source>
        <translation>Notification CNIL</translation>
    </message>
    <message>
        <source>72-hour clock</source>
        <translation>Délai de 72 h</translation>
    </message>
    <message>
        <source>Dismissed by</source>
        <translation>Écarté par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Figée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Réponse due le</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Enregistré entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>L&apos;autre version (enregistrée)</translation>
    </message>
    <message>
        <source>Keep yours: {field}</source>
        <translation>Garder votre version : {field}</translation>
    </message>
    <message>
        <source>Take theirs: {field}</source>
        <translation>Prendre l&apos;autre version : {field}</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Garder toute &amp;votre version</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toute l&apos;&amp;autre version</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse mél</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Its DPO</source>
        <translation>Son DPO</translation>
    </message>
    <message>
        <source>DPO contact</source>
        <translation>Coordonnées du DPO</translation>
    </message>
    <message>
        <source>Its representative</source>
        <translation>Son représentant</translation>
    </message>
    <message>
        <source>Representative contact</source>
        <translation>Coordonnées du représentant</translation>
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
        <translation>Organisations internationales</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Every change is saved in the register file as soon as you make it.</source>
        <translation>Chaque modification est enregistrée dans le fichier du registre dès que vous la faites.</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Compliance checks</source>
        <translation>Contrôles de conformité</translation>
    </message>
    <message>
        <source>Agenda: the next 90 days</source>
        <translation>Échéancier&#xa0;: les 90 prochains jours</translation>
    </message>
    <message>
        <source>Export to a calendar (.ics)…</source>
        <translation>Exporter vers un agenda (.ics)…</translation>
    </message>
    <message>
        <source>Everything that falls due, as events to import into your calendar</source>
        <translation>Toutes les échéances, sous forme d&apos;événements à importer dans votre agenda</translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Dernières modifications</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retired</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>declared; %n catalogue suggestion(s) not declared</source>
        <translation>
            <numerusform>déclarées ; %n suggestion du catalogue non déclarée</numerusform>
            <numerusform>déclarées ; %n suggestions du catalogue non déclarées</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Vérification du registre en cours…</translation>
    </message>
    <message>
        <source>The register could not be checked: see the log.</source>
        <translation>Le registre n&apos;a pas pu être vérifié : voir le journal.</translation>
    </message>
    <message numerus="yes">
        <source>Register completeness: share of the Article 30 items filled in, over %n activity(ies) in use.</source>
        <translation>
            <numerusform>Complétude du registre : part des éléments de l&apos;article 30 renseignés, sur %n traitement (les terminés mis à part).</numerusform>
            <numerusform>Complétude du registre : part des éléments de l&apos;article 30 renseignés, sur %n traitements (les terminés mis à part).</numerusform>
        </translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {infos}; {dismissed}</source>
        <translation>{errors}, {warnings}, {infos}&#xa0;; {dismissed}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n information(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n écarté</numerusform>
            <numerusform>%n écartés</numerusform>
        </translation>
    </message>
    <message>
        <source>{overdue}; {coming} within 90 days (agenda below)</source>
        <translation>{overdue}&#xa0;; {coming} dans les 90 jours (échéancier ci-dessous)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Exporter l&apos;échéancier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to {name}</source>
        <translation>
            <numerusform>%n événement écrit dans {name}</numerusform>
            <numerusform>%n événements écrits dans {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataBlock</name>
    <message>
        <source>Data subjects and personal data</source>
        <translation>Personnes concernées et données</translation>
    </message>
    <message>
        <source>Tick what applies and add a precision where useful (e.g. &quot;staff and interns&quot;).</source>
        <translation>Cochez ce qui s&apos;applique et ajoutez une précision si utile (ex.&#xa0;: «&#xa0;salariés et stagiaires&#xa0;»).</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données personnelles</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Origine des données</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Not a date: type it as dd/mm/yyyy, e.g. 15/03/2025</source>
        <translation>Date non reconnue&#xa0;: tapez-la sous la forme jj/mm/aaaa, par exemple 15/03/2025</translation>
    </message>
    <message>
        <source>Not a date: the previous value is kept.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: la valeur précédente est conservée.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <source>Deleted items</source>
        <translation>Éléments supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>What was deleted from this register, newest first, kept in its history. Restoring an item brings it back as it was, with its links to the objects that still exist.</source>
        <translation>Ce qui a été supprimé de ce registre, du plus récent au plus ancien, conservé dans son historique. Restaurer un élément le rétablit tel qu&apos;il était, avec ses liens vers les objets qui existent encore.</translation>
    </message>
    <message>
        <source>Nothing has been deleted from this register.</source>
        <translation>Rien n&apos;a été supprimé de ce registre.</translation>
    </message>
    <message>
        <source>Restored: {name}.</source>
        <translation>Élément restauré&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Links left out, to objects that no longer exist: {names}.</source>
        <translation>Liens non rétablis, vers des objets qui n&apos;existent plus&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>DescriptionBlock</name>
    <message>
        <source>Description and actors</source>
        <translation>Description et acteurs</translation>
    </message>
    <message>
        <source>e.g. Payroll, Customer management, Recruitment</source>
        <translation>ex.&#xa0;: Paie, Gestion de la clientèle, Recrutement</translation>
    </message>
    <message>
        <source>Left empty, it is numbered automatically (T-001…)</source>
        <translation>Laissé vide, il est numéroté automatiquement (T-001…)</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Arrêté le</translation>
    </message>
    <message>
        <source>— choose the client —</source>
        <translation>— choisir le client —</translation>
    </message>
    <message>
        <source>No other controller yet: add them on the Organisation &amp; DPO page.</source>
        <translation>Aucun autre responsable pour l&apos;instant&#xa0;: ajoutez-les sur la page Organisme et DPO.</translation>
    </message>
    <message>
        <source>Name of the processing *</source>
        <translation>Nom du traitement *</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Our role</source>
        <translation>Notre rôle</translation>
    </message>
    <message>
        <source>Client (controller)</source>
        <translation>Client (responsable du traitement)</translation>
    </message>
    <message>
        <source>Joint controllers</source>
        <translation>Responsables conjoints</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Person in charge</source>
        <translation>Responsable opérationnel</translation>
    </message>
    <message>
        <source>Their email</source>
        <translation>Son adresse mél</translation>
    </message>
    <message>
        <source>Software or tool used</source>
        <translation>Logiciel ou outil utilisé</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Controller:</source>
        <translation>Responsable du traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Délégué à la protection des données&#xa0;:</translation>
    </message>
    <message>
        <source>Actors (from the Organisation &amp; DPO page):</source>
        <translation>Acteurs (repris de la page Organisme et DPO)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Legal reference</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment y remédier</translation>
    </message>
    <message>
        <source>Select a finding to see what it means and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir ce qu&apos;il signifie et comment y remédier.</translation>
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
        <translation>Écarter un constat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. the contract is signed, the scan is filed under DPA-2026-04</source>
        <translation>ex. : le contrat est signé, la copie est classée sous DPA-2026-04</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Why does this finding not call for a change? The reason is kept in the register with your name and today&apos;s date; you can list the finding again at any time.</source>
        <translation>Pourquoi ce constat n&apos;appelle-t-il pas de modification ? Le motif est conservé dans le registre avec votre nom et la date du jour ; vous pourrez rétablir le constat à tout moment.</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Motif *</translation>
    </message>
    <message>
        <source>A reason is required to dismiss a finding.</source>
        <translation>Un motif est obligatoire pour écarter un constat.</translation>
    </message>
</context>
<context>
    <name>DpiaBlock</name>
    <message>
        <source>DPIA screening</source>
        <translation>Analyse préalable (AIPD)</translation>
    </message>
    <message>
        <source>Meeting two or more of these nine criteria generally means a data protection impact assessment (DPIA) is required. The CNIL also lists processing that always requires one, and processing that never does.</source>
        <translation>Lorsque deux de ces neuf critères ou plus sont remplis, une analyse d&apos;impact relative à la protection des données (AIPD) est en général obligatoire. La CNIL liste aussi les traitements qui en exigent toujours une, et ceux qui n&apos;en exigent pas.</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Critères remplis</translation>
    </message>
    <message>
        <source>— not on a CNIL list —</source>
        <translation>— absent des listes de la CNIL —</translation>
    </message>
    <message>
        <source>DPIA required:</source>
        <translation>AIPD obligatoire&#xa0;:</translation>
    </message>
    <message>
        <source>No DPIA needed:</source>
        <translation>AIPD non requise&#xa0;:</translation>
    </message>
    <message>
        <source>CNIL list</source>
        <translation>Liste de la CNIL</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>DPIA status</source>
        <translation>État de l&apos;AIPD</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>DPIA reference</source>
        <translation>Référence de l&apos;AIPD</translation>
    </message>
    <message>
        <source>{n} criteria met: a DPIA is generally required.</source>
        <translation>{n} critères remplis&#xa0;: une AIPD est en général obligatoire.</translation>
    </message>
    <message>
        <source>{n} criterion met.</source>
        <translation>{n} critère rempli.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>New processing activity</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <source>New data breach</source>
        <translation>Nouvelle violation de données</translation>
    </message>
    <message>
        <source>Create “{name}”</source>
        <translation>Créer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{name} — data breach</source>
        <translation>{name} — violation de données</translation>
    </message>
    <message>
        <source>{reference} {name} — processing activity</source>
        <translation>{reference} {name} — traitement</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modifier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New subprocessor</source>
        <translation>Nouveau sous-traitant</translation>
    </message>
    <message>
        <source>{name} — subprocessor</source>
        <translation>{name} — sous-traitant</translation>
    </message>
    <message>
        <source>New security measure</source>
        <translation>Nouvelle mesure de sécurité</translation>
    </message>
    <message>
        <source>{name} — security measure</source>
        <translation>{name} — mesure de sécurité</translation>
    </message>
    <message>
        <source>New rights request</source>
        <translation>Nouvelle demande d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>{name} — rights request</source>
        <translation>{name} — demande d&apos;exercice de droits</translation>
    </message>
</context>
<context>
    <name>ErrorMarkDelegate</name>
    <message numerus="yes">
        <source>%n error(s) found by the checks:</source>
        <translation>
            <numerusform>%n erreur relevée par les contrôles :</numerusform>
            <numerusform>%n erreurs relevées par les contrôles :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Opération impossible</translation>
    </message>
    <message>
        <source>Something went wrong inside register_app. Your register is safe: every change was saved as soon as it was made.

Please send the log file to your support:
{path}</source>
        <translation>Une erreur inattendue s&apos;est produite dans register_app. Votre registre ne risque rien&#xa0;: chaque modification a été enregistrée dès qu&apos;elle a été faite.

Envoyez le fichier journal à votre support&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Article 30 extract — what the CNIL asks for, without internal notes</source>
        <translation>Extrait article 30 — ce que demande la CNIL, sans les notes internes</translation>
    </message>
    <message>
        <source>Full register — everything, notes included</source>
        <translation>Registre complet — tout, notes comprises</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) in draft or retired will not be in the extract, which holds the activities in progress; the full register holds them all.</source>
        <translation>
            <numerusform>%n traitement en brouillon ou terminé ne figurera pas dans l&apos;extrait, qui ne reprend que les traitements en cours ; le registre complet les contient tous.</numerusform>
            <numerusform>%n traitements en brouillon ou terminés ne figureront pas dans l&apos;extrait, qui ne reprend que les traitements en cours ; le registre complet les contient tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Register as of</source>
        <translation>Registre à la date du</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>The language of the document does not depend on the language of the app.</source>
        <translation>La langue du document ne dépend pas de la langue de l&apos;application.</translation>
    </message>
    <message>
        <source>The checks have not finished yet: the register may still lack required items.</source>
        <translation>Les contrôles ne sont pas encore terminés&#xa0;: il peut encore manquer des éléments obligatoires au registre.</translation>
    </message>
    <message numerus="yes">
        <source>The checks still find %n error(s) in this register: the export will show these gaps. The Checks page lists them.</source>
        <translation>
            <numerusform>Les contrôles trouvent encore %n erreur dans ce registre&#xa0;: l&apos;export montrera ce manque. La page Contrôles de conformité la détaille.</numerusform>
            <numerusform>Les contrôles trouvent encore %n erreurs dans ce registre&#xa0;: l&apos;export montrera ces manques. La page Contrôles de conformité les détaille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>The “as of” date is not a date: type it as dd/mm/yyyy.</source>
        <translation>La date du registre n&apos;est pas une date : écrivez-la jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Export du registre en cours…</translation>
    </message>
    <message>
        <source>Cancelling: the export stops before the file is written…</source>
        <translation>Annulation&#xa0;: l&apos;export s&apos;arrête avant l&apos;écriture du fichier…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FicheExport</name>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>The record was saved as {path}.</source>
        <translation>La fiche a été enregistrée&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Record saved</source>
        <translation>Fiche enregistrée</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Your name, as the register&apos;s history will record it beside each change
(you can change it later in Preferences):</source>
        <translation>Votre nom, tel que l&apos;historique du registre l&apos;inscrira à côté de chaque modification
(vous pourrez le changer plus tard dans les Préférences)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Please correct the marked fields before saving.</source>
        <translation>Corrigez les champs signalés avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Nothing was saved; your changes are still here. Try again, or Cancel to discard them.</source>
        <translation>Rien n&apos;a été enregistré ; vos modifications sont toujours là. Réessayez, ou cliquez sur Annuler pour les abandonner.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Your changes are not saved. Discard them?</source>
        <translation>Vos modifications ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze a version</source>
        <translation>Figer une version</translation>
    </message>
    <message>
        <source>e.g. Register validated on 31/03/2026</source>
        <translation>p. ex. Registre validé le 31/03/2026</translation>
    </message>
    <message>
        <source>e.g. Validated by the management committee</source>
        <translation>p. ex. Validé par le comité de direction</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>The register as it is now is kept under this name, dated, with your name as the one who froze it. A frozen version never changes; its document can be saved at any time.</source>
        <translation>Le registre tel qu&apos;il est aujourd&apos;hui est conservé sous ce nom, daté, avec votre nom comme auteur. Une version figée ne change jamais ; son document peut être enregistré à tout moment.</translation>
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
        <translation>Quoi écrire ici&#xa0;: ouvrir le guide (F1)</translation>
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
        <translation>{time} — {author} — {object}&#xa0;: {action}</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>name or kind of object, e.g. Payroll</source>
        <translation>nom ou type d&apos;objet, p. ex. Paie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every change recorded in this register: when, who, which object and field, the value before and after.</source>
        <translation>Chaque modification enregistrée dans ce registre : quand, par qui, sur quel objet et quel champ, la valeur avant et après.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n change(s)</source>
        <translation>
            <numerusform>{shown} sur %n modification</numerusform>
            <numerusform>{shown} sur %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this object.</source>
        <translation>Rien n&apos;est encore enregistré pour cet objet.</translation>
    </message>
    <message>
        <source>Every change saved to this object, newest first: when, who, which field, its value before and after.</source>
        <translation>Chaque modification enregistrée sur cet objet, la plus récente en premier : quand, par qui, quel champ, sa valeur avant et après.</translation>
    </message>
</context>
<context>
    <name>HostingRow</name>
    <message>
        <source>— country —</source>
        <translation>— pays —</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Data is</source>
        <translation>Les données y sont</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into the register</source>
        <translation>Importer dans le registre</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Retour</translation>
    </message>
    <message>
        <source>Preview &gt;</source>
        <translation>Aperçu &gt;</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Import processing activities, subprocessors and security measures from:
• the CNIL&apos;s register model (spreadsheet, .ods or .xlsx);
• a workbook exported by this application (.xlsx);
• a register exported by this application as JSON (.json);
• any other table (.xlsx, .ods, .csv), a JSON list or Markdown files with YAML front matter (a file or a folder): you then say which field each column goes to.

Objects already in the register are updated; the others are added. You will see what the import would do before anything is written.</source>
        <translation>Importer des traitements, des sous-traitants et des mesures de sécurité depuis&#xa0;:
• le modèle de registre de la CNIL (tableur, .ods ou .xlsx)&#xa0;;
• un classeur exporté par cette application (.xlsx)&#xa0;;
• un registre exporté par cette application en JSON (.json)&#xa0;;
• tout autre tableau (.xlsx, .ods, .csv), une liste JSON ou des fichiers Markdown avec un en-tête YAML (un fichier ou un dossier)&#xa0;: vous indiquez alors le champ de chaque colonne.

Les éléments déjà présents dans le registre sont mis à jour, les autres sont ajoutés. Vous verrez ce que l&apos;import ferait avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <source>Registers to import (*.xlsx *.xlsm *.ods *.json *.csv *.tsv *.md);;All files (*)</source>
        <translation>Registres à importer (*.xlsx *.xlsm *.ods *.json *.csv *.tsv *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an .xlsx, .ods, .csv, .json or .md file, or a folder.</source>
        <translation>Choisissez un fichier .xlsx, .ods, .csv, .json ou .md, ou un dossier.</translation>
    </message>
    <message>
        <source>Import {file} into the register?

An import cannot be undone with Edit ▸ Undo (nor can the edits made before it). A backup of the register is made just before the import: to go back, use File ▸ Restore from backup… and choose the copy marked “Before import”.</source>
        <translation>Importer {file} dans le registre&#xa0;?

Un import ne peut pas être annulé avec Édition ▸ Annuler (pas plus que les modifications faites avant lui). Une sauvegarde du registre est faite juste avant l&apos;import&#xa0;: pour revenir en arrière, utilisez Fichier ▸ Restaurer une sauvegarde… et choisissez la copie «&#xa0;Avant import&#xa0;».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>to create</source>
        <translation>à créer</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>à mettre à jour</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>the CNIL&apos;s register model</source>
        <translation>le modèle de registre de la CNIL</translation>
    </message>
    <message>
        <source>a workbook exported by this application</source>
        <translation>un classeur exporté par cette application</translation>
    </message>
    <message>
        <source>a register exported by this application (JSON)</source>
        <translation>un registre exporté par cette application (JSON)</translation>
    </message>
    <message>
        <source>a table read through its column mapping</source>
        <translation>un tableau lu selon la correspondance de ses colonnes</translation>
    </message>
    <message>
        <source>Nothing has been written yet. “To check” lines were read but interpreted: look at them after the import.</source>
        <translation>Rien n&apos;a encore été écrit. Les lignes «&#xa0;à vérifier&#xa0;» ont été lues mais interprétées&#xa0;: relisez-les après l&apos;import.</translation>
    </message>
    <message>
        <source>{file}: {layout}</source>
        <translation>{file}&#xa0;: {layout}</translation>
    </message>
    <message>
        <source>The file holds {activities}, {subprocessors}, {measures} and {controllers}.</source>
        <translation>Le fichier contient {activities}, {subprocessors}, {measures} et {controllers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies)</source>
        <translation>
            <numerusform>%n traitement</numerusform>
            <numerusform>%n traitements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s)</source>
        <translation>
            <numerusform>%n sous-traitant</numerusform>
            <numerusform>%n sous-traitants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security measure(s)</source>
        <translation>
            <numerusform>%n mesure de sécurité</numerusform>
            <numerusform>%n mesures de sécurité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other controller(s)</source>
        <translation>
            <numerusform>%n autre responsable de traitement</numerusform>
            <numerusform>%n autres responsables de traitement</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: {counts}.</source>
        <translation>Rapport&#xa0;: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: the file has %n error(s), listed below with their sheet and cell. Correct them in the file and try again.</source>
        <translation>
            <numerusform>Rien ne peut être importé&#xa0;: le fichier comporte %n erreur, indiquée ci-dessous avec sa feuille et sa cellule. Corrigez-la dans le fichier puis réessayez.</numerusform>
            <numerusform>Rien ne peut être importé&#xa0;: le fichier comporte %n erreurs, listées ci-dessous avec leur feuille et leur cellule. Corrigez-les dans le fichier puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported: the file holds no processing activity, subprocessor, measure or controller.</source>
        <translation>Rien ne peut être importé&#xa0;: le fichier ne contient aucun traitement, sous-traitant, mesure ou responsable de traitement.</translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message numerus="yes">
        <source>… and %n other object(s).</source>
        <translation>
            <numerusform>… et %n autre objet.</numerusform>
            <numerusform>… et %n autres objets.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register was changed outside the app, or its history was altered. What it holds may not be what was recorded; keep a copy of the file and check these items:</source>
        <translation>Ce registre a été modifié en dehors de l&apos;application, ou son historique a été altéré. Son contenu peut ne pas être celui qui a été enregistré ; gardez une copie du fichier et vérifiez ces éléments :</translation>
    </message>
    <message>
        <source>History check</source>
        <translation>Contrôle de l&apos;historique</translation>
    </message>
    <message>
        <source>The history could not be checked: see the log.</source>
        <translation>L&apos;historique n&apos;a pas pu être contrôlé : voir le journal.</translation>
    </message>
    <message numerus="yes">
        <source>History check: %n object(s) changed outside the app (see the banner above).</source>
        <translation>
            <numerusform>Contrôle de l&apos;historique : %n objet modifié en dehors de l&apos;application (voir le bandeau ci-dessus).</numerusform>
            <numerusform>Contrôle de l&apos;historique : %n objets modifiés en dehors de l&apos;application (voir le bandeau ci-dessus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>EEA</source>
        <translation>EEE</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>adéquat</translation>
    </message>
    <message>
        <source>third country</source>
        <translation>pays tiers</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intérêts vitaux</translation>
    </message>
    <message>
        <source>Public interest</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>1° Physical sites</source>
        <translation>1° Sites physiques</translation>
    </message>
    <message>
        <source>2° Hardware infrastructure</source>
        <translation>2° Infrastructure matérielle</translation>
    </message>
    <message>
        <source>3° Virtual infrastructure</source>
        <translation>3° Infrastructure virtuelle</translation>
    </message>
    <message>
        <source>4° Application hosting platform</source>
        <translation>4° Plateforme d&apos;hébergement d&apos;applications</translation>
    </message>
    <message>
        <source>5° Administration and operation of the system</source>
        <translation>5° Administration et exploitation du système</translation>
    </message>
    <message>
        <source>6° Off-site backup</source>
        <translation>6° Sauvegarde externalisée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un registre &amp;récent</translation>
    </message>
    <message>
        <source>Open the &amp;demo register</source>
        <translation>Ouvrir le registre de &amp;démonstration</translation>
    </message>
    <message>
        <source>Connect to a team re&amp;gister…</source>
        <translation>Se connecter à un registre d&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a privacy po&amp;licy…</source>
        <translation>Importer une po&amp;litique…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>{format}…</source>
        <translation>{format}…</translation>
    </message>
    <message>
        <source>&amp;Freeze a version…</source>
        <translation>Fi&amp;ger une version…</translation>
    </message>
    <message>
        <source>Frozen &amp;versions…</source>
        <translation>&amp;Versions figées…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nouveau traitement</translation>
    </message>
    <message>
        <source>&amp;Blank…</source>
        <translation>&amp;Vierge…</translation>
    </message>
    <message>
        <source>From a &amp;template…</source>
        <translation>À partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Organisation &amp; DPO</source>
        <translation>Organisme et DPO</translation>
    </message>
    <message>
        <source>Compliance checks</source>
        <translation>Contrôles de conformité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;About register_app</source>
        <translation>À &amp;propos de register_app</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed.</source>
        <translation>Lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>All changes are saved in the team register.</source>
        <translation>Toutes les modifications sont enregistrées dans le registre d&apos;équipe.</translation>
    </message>
    <message>
        <source>All changes are saved in the file.</source>
        <translation>Toutes les modifications sont enregistrées dans le fichier.</translation>
    </message>
    <message>
        <source>This register was upgraded to the new version; a copy of the old file was kept: {path}</source>
        <translation>Ce registre a été mis à jour pour la nouvelle version&#xa0;; une copie de l&apos;ancien fichier a été conservée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{organisation} — {file} — read-only</source>
        <translation>{organisation} — {file} — lecture seule</translation>
    </message>
    <message>
        <source>{organisation} — {file} — saved</source>
        <translation>{organisation} — {file} — enregistré</translation>
    </message>
    <message>
        <source>Updated with what others saved ({time}).</source>
        <translation>Mis à jour avec ce que d&apos;autres ont enregistré ({time}).</translation>
    </message>
    <message>
        <source>All changes saved ({time}).</source>
        <translation>Toutes les modifications sont enregistrées ({time}).</translation>
    </message>
    <message>
        <source>Open a register</source>
        <translation>Ouvrir un registre</translation>
    </message>
    <message>
        <source>Imported: {created}, {updated}.</source>
        <translation>Import terminé&#xa0;: {created}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Version frozen.</source>
        <translation>Version figée.</translation>
    </message>
    <message>
        <source>Registers (*{ext});;All files (*)</source>
        <translation>Registres (*{ext});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New register from a privacy polic&amp;y…</source>
        <translation>Nouveau registre dep&amp;uis une politique de confidentialité…</translation>
    </message>
    <message>
        <source>Comp&amp;are with the privacy policy…</source>
        <translation>Comp&amp;arer avec la politique de confidentialité…</translation>
    </message>
    <message>
        <source>Deleted i&amp;tems…</source>
        <translation>Élé&amp;ments supprimés…</translation>
    </message>
    <message>
        <source>Infor&amp;mation notice…</source>
        <translation>No&amp;te d&apos;information…</translation>
    </message>
    <message>
        <source>Inspection b&amp;undle…</source>
        <translation>Dossi&amp;er d&apos;inspection…</translation>
    </message>
    <message>
        <source>Clo&amp;se the register</source>
        <translation>&amp;Fermer le registre</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Registre de démonstration</translation>
    </message>
    <message>
        <source>The demo register is not available.</source>
        <translation>Le registre de démonstration n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Registers (*{ext})</source>
        <translation>Registres (*{ext})</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copie enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Notice saved: {path}</source>
        <translation>Note d&apos;information enregistrée : {path}</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>CISO Assistant processing workbook</source>
        <translation>Classeur des traitements de CISO Assistant</translation>
    </message>
    <message>
        <source>Fides-style data map</source>
        <translation>Cartographie des données façon Fides</translation>
    </message>
    <message>
        <source>ICO documentation template (UK)</source>
        <translation>Modèle de documentation de l&apos;ICO (Royaume-Uni)</translation>
    </message>
    <message>
        <source>KOOS register in Markdown (German VVT keys)</source>
        <translation>Registre KOOS en Markdown (clés VVT allemandes)</translation>
    </message>
    <message>
        <source>ROPA as a JSON list</source>
        <translation>Registre (ROPA) en liste JSON</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Save preset…</source>
        <translation>Enregistrer le préréglage…</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Champ du registre</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Purposes and legal basis</source>
        <translation>Finalités et base légale</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>This file is neither the CNIL model nor a register of this application: say which field each column goes to. Text that cannot be read as a code is kept as text.</source>
        <translation>Ce fichier n&apos;est ni le modèle de la CNIL ni un registre de cette application&#xa0;: indiquez le champ du registre de chaque colonne. Un texte qui ne correspond à aucune valeur des listes est conservé tel quel.</translation>
    </message>
    <message>
        <source>First rows as they would import</source>
        <translation>Premières lignes, telles qu&apos;elles seraient importées</translation>
    </message>
    <message>
        <source>{source}: map the columns</source>
        <translation>{source}&#xa0;: correspondance des colonnes</translation>
    </message>
    <message>
        <source>Proposed from the headers</source>
        <translation>Proposée d&apos;après les en-têtes</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Champ pour {column}</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
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
        <translation>où se trouve la preuve&#xa0;: procédure, rapport d&apos;audit, capture d&apos;écran…</translation>
    </message>
    <message>
        <source>Applies to the whole organisation</source>
        <translation>S&apos;applique à tout l&apos;organisme</translation>
    </message>
    <message>
        <source>e.g. CNIL security guide, sheet 5</source>
        <translation>ex.&#xa0;: guide de la sécurité de la CNIL, fiche 5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>CNIL heading</source>
        <translation>Rubrique CNIL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence documentaire</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
</context>
<context>
    <name>MeasuresBlock</name>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Tick the measures that protect this processing, under the CNIL&apos;s seven headings. Measures are described once on the Security measures page.</source>
        <translation>Cochez les mesures qui protègent ce traitement, classées sous les sept rubriques de la CNIL. Chaque mesure est décrite une seule fois, sur la page Mesures de sécurité.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n cochée</numerusform>
            <numerusform>%n cochées</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion → in place</source>
        <translation>Suggestion → en place</translation>
    </message>
    <message>
        <source>A catalogue suggestion: saving declares it in place.</source>
        <translation>Une suggestion du catalogue&#xa0;: l&apos;enregistrement la déclare en place.</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) ticked.</source>
        <translation>
            <numerusform>%n mesure cochée.</numerusform>
            <numerusform>%n mesures cochées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of these, %n catalogue suggestion(s) will be declared in place when you save.</source>
        <translation>
            <numerusform>Dont %n suggestion du catalogue, qui sera déclarée en place à l&apos;enregistrement.</numerusform>
            <numerusform>Dont %n suggestions du catalogue, qui seront déclarées en place à l&apos;enregistrement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Search measures…</source>
        <translation>Rechercher des mesures…</translation>
    </message>
    <message>
        <source>Search measures</source>
        <translation>Rechercher des mesures</translation>
    </message>
    <message>
        <source>Show catalogue suggestions</source>
        <translation>Afficher les suggestions du catalogue</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>Nouvelle mesure…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Declare in place</source>
        <translation>Déclarer en place</translation>
    </message>
    <message>
        <source>Make the selected catalogue suggestion one of the organisation&apos;s measures, in place</source>
        <translation>Faire de la suggestion sélectionnée une mesure de l&apos;organisme, en place</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n declared measure(s)</source>
        <translation>
            <numerusform>%n mesure déclarée</numerusform>
            <numerusform>%n mesures déclarées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalogue suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion du catalogue</numerusform>
            <numerusform>%n suggestions du catalogue</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure matches the search.</source>
        <translation>Aucune mesure ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No measure declared yet: show the catalogue suggestions and declare those in place.</source>
        <translation>Aucune mesure déclarée pour l&apos;instant&#xa0;: affichez les suggestions du catalogue et déclarez celles qui sont en place.</translation>
    </message>
    <message>
        <source>No measure yet.</source>
        <translation>Aucune mesure pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Declare “{name}” as planned</source>
        <translation>Déclarer «&#xa0;{name}&#xa0;» comme prévue</translation>
    </message>
    <message>
        <source>Declare “{name}” in place</source>
        <translation>Déclarer «&#xa0;{name}&#xa0;» en place</translation>
    </message>
    <message>
        <source>Declare as planned</source>
        <translation>Déclarer comme prévue</translation>
    </message>
    <message>
        <source>Delete “{name}”? Activities and subprocessors lose it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;? Les traitements et sous-traitants ne l&apos;auront plus. Édition ▸ Annuler revient en arrière, et Fichier ▸ Éléments supprimés… la rétablit même après la fermeture du registre.</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>NewRegisterDialog</name>
    <message>
        <source>New register</source>
        <translation>Nouveau registre</translation>
    </message>
    <message>
        <source>e.g. Dupont &amp; Fils SARL</source>
        <translation>ex.&#xa0;: Dupont &amp; Fils SARL</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Organisation&apos;s legal name</source>
        <translation>Dénomination de l&apos;organisme</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation>Créer le registre</translation>
    </message>
    <message>
        <source>The register is one file on your computer. Keep it with your other documents; every change is saved in it at once.</source>
        <translation>Le registre est un fichier sur votre ordinateur. Rangez-le avec vos autres documents&#xa0;; chaque modification y est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Registers (*{ext})</source>
        <translation>Registres (*{ext})</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;organisme.</translation>
    </message>
    <message>
        <source>This file already exists: choose another name, or open it.</source>
        <translation>Ce fichier existe déjà&#xa0;: choisissez un autre nom, ou ouvrez-le.</translation>
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
        <translation>Notes internes&#xa0;: elles ne figurent pas dans l&apos;extrait article 30.</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Information notice</source>
        <translation>Note d&apos;information</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Everyone (the whole company)</source>
        <translation>Toutes les personnes (toute l&apos;entreprise)</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>What the notice still lacks</source>
        <translation>Ce qui manque encore à la note</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destinée à</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>What the notice still lacks ({count}), highlighted in the text:</source>
        <translation>Ce qui manque encore à la note ({count}), surligné dans le texte :</translation>
    </message>
    <message>
        <source>Nothing is missing: the register gives every fact the notice needs.</source>
        <translation>Rien ne manque : le registre donne tout ce que la note doit dire.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Enregistrer la note d&apos;information</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation &amp; DPO</source>
        <translation>Organisme et DPO</translation>
    </message>
    <message>
        <source>Who keeps this register. Each change is saved when you leave the field.</source>
        <translation>L&apos;organisme qui tient ce registre. Chaque modification est enregistrée quand vous quittez le champ.</translation>
    </message>
    <message>
        <source>Organisation (controller)</source>
        <translation>Organisme (responsable du traitement)</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Data protection officer (DPO)</source>
        <translation>Délégué à la protection des données (DPO)</translation>
    </message>
    <message>
        <source>when the DPO is external: their company</source>
        <translation>si le DPO est externe&#xa0;: sa société</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>e.g. SAS, SARL, association</source>
        <translation>ex.&#xa0;: SAS, SARL, association</translation>
    </message>
    <message>
        <source>brands, shop or website names, separated by commas</source>
        <translation>marques, enseignes ou noms de sites, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. www.example.fr, shop.example.fr</source>
        <translation>ex.&#xa0;: www.exemple.fr, boutique.exemple.fr</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Trade names</source>
        <translation>Noms commerciaux</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message>
        <source>Choose once the organisation has decided whether it designates a DPO (mandatory in the cases of GDPR Art. 37, voluntary otherwise).</source>
        <translation>À choisir une fois que l&apos;organisme a décidé s&apos;il désigne un DPO (obligatoire dans les cas prévus à l&apos;article 37 du RGPD, volontaire sinon).</translation>
    </message>
    <message>
        <source>e.g. no large-scale processing of sensitive data, no systematic monitoring</source>
        <translation>ex.&#xa0;: pas de traitement à grande échelle de données sensibles, pas de suivi systématique</translation>
    </message>
    <message>
        <source>e.g. Data protection officer, GDPR lead</source>
        <translation>ex.&#xa0;: Délégué à la protection des données, Référent RGPD</translation>
    </message>
    <message>
        <source>Why no DPO</source>
        <translation>Motif de l&apos;absence de DPO</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Representative in the EU (if established outside)</source>
        <translation>Représentant dans l&apos;UE (organisme établi hors UE)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Other controllers</source>
        <translation>Autres responsables de traitement</translation>
    </message>
    <message>
        <source>Joint controllers, and the clients we process data for.</source>
        <translation>Responsables conjoints, et clients pour le compte desquels nous traitons des données.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>Modifier l&apos;organisme</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajouter «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New controller</source>
        <translation>Nouveau responsable du traitement</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modifier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the controller</source>
        <translation>Supprimer le responsable du traitement</translation>
    </message>
    <message>
        <source>Delete “{name}”? Activities naming it will no longer do so.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;? Les traitements qui le mentionnent ne le mentionneront plus.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PolicyCompareDialog</name>
    <message>
        <source>Compare with the privacy policy</source>
        <translation>Comparer avec la politique de confidentialité</translation>
    </message>
    <message>
        <source>No policy chosen yet.</source>
        <translation>Aucune politique choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose the policy…</source>
        <translation>Choisir la politique…</translation>
    </message>
    <message>
        <source>Compare again</source>
        <translation>Comparer de nouveau</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>The policy says</source>
        <translation>La politique dit</translation>
    </message>
    <message>
        <source>The register says</source>
        <translation>Le registre dit</translation>
    </message>
    <message>
        <source>Open what it is about</source>
        <translation>Ouvrir ce dont il s&apos;agit</translation>
    </message>
    <message>
        <source>What the policy states and the register does not record, what the register records and the policy does not disclose, and what they state differently. The differences also appear on the Compliance checks page.</source>
        <translation>Ce que la politique annonce et que le registre ne consigne pas, ce que le registre consigne et que la politique ne dit pas, et ce qu&apos;ils disent différemment. Les écarts apparaissent aussi dans la page Contrôles de conformité.</translation>
    </message>
    <message>
        <source>The policy states it, the register does not record it</source>
        <translation>La politique l&apos;annonce, le registre ne le consigne pas</translation>
    </message>
    <message>
        <source>The register records it, the policy does not disclose it</source>
        <translation>Le registre le consigne, la politique ne le dit pas</translation>
    </message>
    <message>
        <source>Both state it, differently</source>
        <translation>Tous deux le disent, différemment</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Mesure de sécurité</translation>
    </message>
    <message>
        <source>Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Politiques de confidentialité (*.txt *.md *.html *.htm *.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the privacy policy</source>
        <translation>Choisir la politique de confidentialité</translation>
    </message>
    <message>
        <source>Comparing the register with {policy}…</source>
        <translation>Comparaison du registre avec {policy}…</translation>
    </message>
    <message numerus="yes">
        <source>{policy}: %n difference(s).</source>
        <translation>
            <numerusform>{policy} : %n écart.</numerusform>
            <numerusform>{policy} : %n écarts.</numerusform>
        </translation>
    </message>
    <message>
        <source>(says nothing of it)</source>
        <translation>(n&apos;en dit rien)</translation>
    </message>
    <message>
        <source>(nothing recorded)</source>
        <translation>(rien de consigné)</translation>
    </message>
</context>
<context>
    <name>PolicyFlow</name>
    <message>
        <source>Privacy policies (*.txt *.md *.html *.htm *.pdf *.docx);;All files (*)</source>
        <translation>Politiques de confidentialité (*.txt *.md *.html *.htm *.pdf *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the privacy policy</source>
        <translation>Choisir la politique de confidentialité</translation>
    </message>
    <message>
        <source>Save the new register</source>
        <translation>Enregistrer le nouveau registre</translation>
    </message>
    <message>
        <source>Registers (*.rgpd)</source>
        <translation>Registres (*.rgpd)</translation>
    </message>
</context>
<context>
    <name>PolicyReviewDialog</name>
    <message>
        <source>Review the proposals of {policy}</source>
        <translation>Relire les propositions de {policy}</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Untick what the register must not hold; select a proposal to correct it below the list. The activities enter as drafts, in one step.</source>
        <translation>Décochez ce que le registre ne doit pas contenir ; sélectionnez une proposition pour la corriger sous la liste. Les traitements entrent comme brouillons, en une seule fois.</translation>
    </message>
    <message>
        <source>Add the accepted proposals</source>
        <translation>Ajouter les propositions retenues</translation>
    </message>
    <message>
        <source>Correct the selected proposal</source>
        <translation>Corriger la proposition sélectionnée</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— non indiqué —</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Nothing to correct here: tick or untick it.</source>
        <translation>Rien à corriger ici : cochez-la ou décochez-la.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Activity (draft)</source>
        <translation>Traitement (brouillon)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Security measure</source>
        <translation>Mesure de sécurité</translation>
    </message>
    <message>
        <source>Subprocessor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your name (recorded in the history)</source>
        <translation>Votre nom (inscrit dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d&apos;export par défaut</translation>
    </message>
    <message>
        <source>Backups kept before a change</source>
        <translation>Sauvegardes avant changement conservées</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>One copy per day the register was open: its last state that day.</source>
        <translation>Une copie par jour d&apos;ouverture du registre&#xa0;: son dernier état ce jour-là.</translation>
    </message>
    <message>
        <source>Copies made just before an upgrade, an import or a restore.</source>
        <translation>Copies faites juste avant une mise à niveau, un import ou une restauration.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <source>What the processing is for</source>
        <translation>À quoi sert le traitement</translation>
    </message>
    <message>
        <source>— choose the legal basis —</source>
        <translation>— choisir la base légale —</translation>
    </message>
    <message>
        <source>The legitimate interest pursued</source>
        <translation>L&apos;intérêt légitime poursuivi</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Main purpose</source>
        <translation>Finalité principale</translation>
    </message>
    <message>
        <source>Sub-purpose {n}</source>
        <translation>Sous-finalité {n}</translation>
    </message>
</context>
<context>
    <name>PurposesBlock</name>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>One line per purpose, the main one first, each with its legal basis (GDPR Art. 6).</source>
        <translation>Une ligne par finalité, la principale en premier, chacune avec sa base légale (article 6 du RGPD).</translation>
    </message>
    <message>
        <source>Add a purpose</source>
        <translation>Ajouter une finalité</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{user} on {host} since {date} {time}</source>
        <translation>{user} sur {host} depuis le {date} à {time}</translation>
    </message>
    <message>
        <source>Opened read-only: {who} has it open for editing. You can read and export this register, not change it.</source>
        <translation>Ouvert en lecture seule&#xa0;: {who} l&apos;a ouvert en modification. Vous pouvez consulter et exporter ce registre, pas le modifier.</translation>
    </message>
    <message>
        <source>Opened read-only: you can read and export this register, not change it.</source>
        <translation>Ouvert en lecture seule&#xa0;: vous pouvez consulter et exporter ce registre, pas le modifier.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (lecture seule)</translation>
    </message>
</context>
<context>
    <name>RecipientsBlock</name>
    <message>
        <source>Recipients and subprocessors</source>
        <translation>Destinataires et sous-traitants</translation>
    </message>
    <message>
        <source>Who receives the data. Subprocessors are picked from the register&apos;s list; their hosting countries feed the transfers.</source>
        <translation>Qui reçoit les données. Les sous-traitants sont choisis dans la liste du registre&#xa0;; leurs pays d&apos;hébergement alimentent les transferts.</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Categories of recipients</source>
        <translation>Catégories de destinataires</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>New subprocessor…</source>
        <translation>Nouveau sous-traitant…</translation>
    </message>
    <message>
        <source>Subprocessors (GDPR Art. 28)</source>
        <translation>Sous-traitants (article 28 du RGPD)</translation>
    </message>
    <message>
        <source>Tick the subprocessors this processing uses (space bar ticks).</source>
        <translation>Cochez les sous-traitants auxquels ce traitement fait appel (la barre d&apos;espace coche).</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>e.g. D-2026-07</source>
        <translation>p. ex. D-2026-07</translation>
    </message>
    <message>
        <source>only what is needed to answer</source>
        <translation>seulement ce qu&apos;il faut pour répondre</translation>
    </message>
    <message>
        <source>Extended by two months (complexity, number of requests)</source>
        <translation>Prolongée de deux mois (complexité, nombre de demandes)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Right exercised *</source>
        <translation>Droit exercé *</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Received on *</source>
        <translation>Reçue le *</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Motifs de la prolongation</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Réponse due au plus tard le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondue le</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(enter the date received)</source>
        <translation>(saisissez la date de réception)</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — en retard</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Rights requests</source>
        <translation>Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>Search requests…</source>
        <translation>Rechercher une demande…</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher une demande</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No request matches the search.</source>
        <translation>Aucune demande ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No request recorded. Log here each request to exercise a right, and its answer.</source>
        <translation>Aucune demande inscrite. Consignez ici chaque demande d&apos;exercice d&apos;un droit et la réponse donnée.</translation>
    </message>
    <message>
        <source>Delete the request of “{name}”? You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer la demande de «&#xa0;{name}&#xa0;»&#xa0;? Vous pourrez l&apos;annuler par Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete the request</source>
        <translation>Supprimer la demande</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The register was restored from the backup of {taken}.</source>
        <translation>Le registre a été restauré à partir de la sauvegarde du {taken}.</translation>
    </message>
    <message>
        <source>The previous file was kept here:
{path}</source>
        <translation>Le fichier précédent a été conservé ici&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Register restored</source>
        <translation>Registre restauré</translation>
    </message>
    <message>
        <source>Damaged register</source>
        <translation>Registre endommagé</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened safely, and it has no readable backup on this computer.

The file was left as it is. If you keep copies elsewhere (another computer, a shared folder), open one of them.</source>
        <translation>{file} est endommagé et ne peut pas être ouvert sans risque, et il n&apos;en existe aucune sauvegarde lisible sur cet ordinateur.

Le fichier a été laissé tel quel. Si vous en gardez des copies ailleurs (autre ordinateur, dossier partagé), ouvrez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened safely.

Its latest readable backup is from {taken} ({reason}): {contents}.

Restore it? The damaged file is kept in the backup folder, unchanged.</source>
        <translation>{file} est endommagé et ne peut pas être ouvert sans risque.

Sa dernière sauvegarde lisible date du {taken} ({reason})&#xa0;: {contents}.

La restaurer&#xa0;? Le fichier endommagé est conservé, inchangé, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>RetentionBlock</name>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>For each category of data ticked earlier: how long it is kept, from when, and what happens then. Where no fixed duration is possible, give the criterion.</source>
        <translation>Pour chaque catégorie de données cochée plus haut&#xa0;: combien de temps elle est conservée, à partir de quand, et ce qu&apos;elle devient ensuite. Si aucune durée fixe n&apos;est possible, indiquez le critère.</translation>
    </message>
    <message>
        <source>Tick data categories in &quot;Data subjects and personal data&quot; first.</source>
        <translation>Cochez d&apos;abord des catégories de données dans «&#xa0;Personnes concernées et données&#xa0;».</translation>
    </message>
    <message>
        <source>{category} — rule {n}</source>
        <translation>{category} — règle {n}</translation>
    </message>
</context>
<context>
    <name>RetentionRow</name>
    <message>
        <source>— start from a reference duration —</source>
        <translation>— partir d&apos;une durée de référence —</translation>
    </message>
    <message>
        <source>which data of this category, in your own words</source>
        <translation>quelles données de cette catégorie, avec vos mots</translation>
    </message>
    <message>
        <source>— from when —</source>
        <translation>— à partir de quand —</translation>
    </message>
    <message>
        <source>— then —</source>
        <translation>— ensuite —</translation>
    </message>
    <message>
        <source>when no fixed duration: e.g. until the end of the contract</source>
        <translation>sans durée fixe&#xa0;: ex. jusqu&apos;à la fin du contrat</translation>
    </message>
    <message>
        <source>law, CNIL reference framework…</source>
        <translation>texte de loi, référentiel de la CNIL…</translation>
    </message>
    <message>
        <source>Another rule for this category</source>
        <translation>Une autre règle pour cette catégorie</translation>
    </message>
    <message>
        <source>Apply to other categories…</source>
        <translation>Appliquer à d&apos;autres catégories…</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Supprimer cette règle</translation>
    </message>
    <message>
        <source>Data covered</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>In the active base</source>
        <translation>En base active</translation>
    </message>
    <message>
        <source>In intermediate archive</source>
        <translation>En archivage intermédiaire</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>À l&apos;issue</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
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
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ShortLabels</name>
    <message>
        <source>Controller</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Joint controller</source>
        <translation>Coresponsable</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
</context>
<context>
    <name>SpecialBlock</name>
    <message>
        <source>Sensitive data</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <source>Special categories (GDPR Art. 9), offence data (Art. 10) and the social security number (NIR) each follow their own rules: say why the processing may use them.</source>
        <translation>Les catégories particulières (article 9 du RGPD), les données d&apos;infraction (article 10) et le numéro de sécurité sociale (NIR) obéissent chacun à leurs propres règles&#xa0;: indiquez ce qui autorise le traitement à les utiliser.</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>— choose the Art. 9(2) exception —</source>
        <translation>— choisir l&apos;exception de l&apos;article 9.2 —</translation>
    </message>
    <message>
        <source>Exception allowing it</source>
        <translation>Exception applicable</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Special categories of data (Art. 9)</source>
        <translation>Catégories particulières de données (article 9)</translation>
    </message>
    <message>
        <source>Criminal convictions and offences (Art. 10)</source>
        <translation>Condamnations pénales et infractions (article 10)</translation>
    </message>
    <message>
        <source>Legal ground (the text that authorises it):</source>
        <translation>Fondement juridique (le texte qui l&apos;autorise)&#xa0;:</translation>
    </message>
    <message>
        <source>Social security number (NIR)</source>
        <translation>Numéro de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <source>Why the NIR is needed (the text that allows its use):</source>
        <translation>Pourquoi le NIR est nécessaire (le texte qui en permet l&apos;utilisation)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SubprocessorDialog</name>
    <message>
        <source>e.g. hosting, payroll, emailing, CRM</source>
        <translation>ex.&#xa0;: hébergement, paie, envoi de courriels, CRM</translation>
    </message>
    <message>
        <source>— country —</source>
        <translation>— pays —</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Prestation fournie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Adresse mél de contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone de contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Add a country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <source>— none (EEA or adequate country) —</source>
        <translation>— aucun (EEE ou pays adéquat) —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>The tool to rely on should the transfer tool fall, e.g. should the EU-US Data Privacy Framework be annulled: standard contractual clauses with a transfer impact assessment.</source>
        <translation>L&apos;outil sur lequel s&apos;appuyer si l&apos;outil de transfert tombe, par exemple si le cadre de protection des données UE–États-Unis (DPF) était annulé&#xa0;: clauses contractuelles types avec une analyse d&apos;impact des transferts.</translation>
    </message>
    <message>
        <source>Certified under the EU-US Data Privacy Framework</source>
        <translation>Certifié au titre du Data Privacy Framework UE–États-Unis</translation>
    </message>
    <message>
        <source>Where the data is hosted, or accessed from:</source>
        <translation>Où les données sont hébergées, ou d&apos;où elles sont consultées&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Outil de transfert</translation>
    </message>
    <message>
        <source>Fallback tool</source>
        <translation>Outil de repli</translation>
    </message>
    <message>
        <source>Safeguards in detail</source>
        <translation>Garanties en détail</translation>
    </message>
    <message>
        <source>Its own subprocessors</source>
        <translation>Ses propres sous-traitants</translation>
    </message>
    <message>
        <source>Hosting and transfers</source>
        <translation>Hébergement et transferts</translation>
    </message>
    <message>
        <source>where the signed contract is filed</source>
        <translation>où est classé le contrat signé</translation>
    </message>
    <message>
        <source>The contract required by GDPR Art. 28 (data processing agreement).</source>
        <translation>Le contrat exigé par l&apos;article 28 du RGPD (contrat de sous-traitance).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Référence du document</translation>
    </message>
    <message>
        <source>Contract (Art. 28)</source>
        <translation>Contrat (art. 28)</translation>
    </message>
    <message>
        <source>Add a certification</source>
        <translation>Ajouter une certification</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>{explained} Ticking it declares it in place.</source>
        <translation>{explained} La cocher la déclare en place.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Activities using it</source>
        <translation>Traitements qui y font appel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Measures, activities, notes</source>
        <translation>Mesures, traitements, notes</translation>
    </message>
</context>
<context>
    <name>SubprocessorsPage</name>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Search names, services, countries…</source>
        <translation>Rechercher dans les noms, prestations, pays…</translation>
    </message>
    <message>
        <source>Search subprocessors</source>
        <translation>Rechercher des sous-traitants</translation>
    </message>
    <message>
        <source>New subprocessor…</source>
        <translation>Nouveau sous-traitant…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n subprocessor(s)</source>
        <translation>
            <numerusform>%n sous-traitant</numerusform>
            <numerusform>%n sous-traitants</numerusform>
        </translation>
    </message>
    <message>
        <source>No subprocessor matches the search.</source>
        <translation>Aucun sous-traitant ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No subprocessor yet: add your host, payroll provider, emailing tool…</source>
        <translation>Aucun sous-traitant pour l&apos;instant&#xa0;: ajoutez votre hébergeur, votre prestataire de paie, votre outil d&apos;envoi de courriels…</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}”? It will be removed from the %n activity(ies) that use it. Edit ▸ Undo takes it back, and File ▸ Deleted items… restores it even after the register is closed.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;»&#xa0;? Il sera retiré du traitement (%n) qui y fait appel. Édition ▸ Annuler revient en arrière, et Fichier ▸ Éléments supprimés… le rétablit même après la fermeture du registre.</numerusform>
            <numerusform>Supprimer «&#xa0;{name}&#xa0;»&#xa0;? Il sera retiré des %n traitements qui y font appel. Édition ▸ Annuler revient en arrière, et Fichier ▸ Éléments supprimés… le rétablit même après la fermeture du registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the subprocessor</source>
        <translation>Supprimer le sous-traitant</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
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
        <translation>Une mesure du catalogue que l&apos;organisme n&apos;a pas déclarée&#xa0;: aucun export ne la mentionne tant que vous ne la déclarez pas en place ou prévue.</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Connect to a team register</source>
        <translation>Se connecter à un registre d&apos;équipe</translation>
    </message>
    <message>
        <source>(a new one)</source>
        <translation>(un nouveau)</translation>
    </message>
    <message>
        <source>disable — no encryption</source>
        <translation>disable — sans chiffrement</translation>
    </message>
    <message>
        <source>allow — encrypted if the server asks</source>
        <translation>allow — chiffré si le serveur le demande</translation>
    </message>
    <message>
        <source>prefer — encrypted when the server can</source>
        <translation>prefer — chiffré quand le serveur le peut</translation>
    </message>
    <message>
        <source>require — always encrypted, server not verified</source>
        <translation>require — toujours chiffré, serveur non vérifié</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, server&apos;s certificate verified</source>
        <translation>verify-ca — chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>verify-full — encrypted, certificate and host name verified</source>
        <translation>verify-full — chiffré, certificat et nom d&apos;hôte vérifiés</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>This computer has no system keyring: the password is asked each time, never kept.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système : le mot de passe est demandé à chaque fois, jamais conservé.</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récents</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;TLS mode</source>
        <translation>Mode &amp;TLS</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New activity from a template</source>
        <translation>Nouveau traitement à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Search names, purposes, sources…</source>
        <translation>Rechercher noms, finalités, sources…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>No template matches the search.</source>
        <translation>Aucun modèle ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>from: {start}</source>
        <translation>à compter de : {start}</translation>
    </message>
    <message>
        <source>Purposes and legal bases</source>
        <translation>Finalités et bases légales</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>Typical measures (to declare)</source>
        <translation>Mesures types (à déclarer)</translation>
    </message>
    <message>
        <source>Impact assessment</source>
        <translation>Analyse d&apos;impact</translation>
    </message>
    <message>
        <source>To complete after creating</source>
        <translation>À compléter après la création</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Create “{name}” from a template</source>
        <translation>Créer « {name} » à partir d&apos;un modèle</translation>
    </message>
</context>
<context>
    <name>TransferRow</name>
    <message>
        <source>— no transfer tool —</source>
        <translation>— aucun outil de transfert —</translation>
    </message>
    <message>
        <source>e.g. SCC 2021, module 2 (controller to processor)</source>
        <translation>ex.&#xa0;: CCT 2021, module 2 (responsable vers sous-traitant)</translation>
    </message>
    <message>
        <source>link or reference to the documentation</source>
        <translation>lien ou référence vers la documentation</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>— choose the country or organisation —</source>
        <translation>— choisir le pays ou l&apos;organisation —</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Transfer tool</source>
        <translation>Outil de transfert</translation>
    </message>
    <message>
        <source>Safeguards in detail</source>
        <translation>Garanties en détail</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Transfer impact assessment</source>
        <translation>Analyse d&apos;impact du transfert (AITD)</translation>
    </message>
    <message>
        <source>Inside the EEA: no transfer tool is needed.</source>
        <translation>Dans l&apos;EEE&#xa0;: aucun outil de transfert n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Adequacy decision: check that it covers this recipient.</source>
        <translation>Décision d&apos;adéquation&#xa0;: vérifiez qu&apos;elle couvre ce destinataire.</translation>
    </message>
    <message>
        <source>Third country: a transfer tool (SCC, BCR…) or a derogation is required.</source>
        <translation>Pays tiers&#xa0;: un outil de transfert (CCT, BCR…) ou une dérogation est nécessaire.</translation>
    </message>
</context>
<context>
    <name>TransfersBlock</name>
    <message>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors UE</translation>
    </message>
    <message>
        <source>One line per recipient and country outside the European Economic Area.</source>
        <translation>Une ligne par destinataire et par pays hors de l&apos;Espace économique européen.</translation>
    </message>
    <message>
        <source>Add a transfer</source>
        <translation>Ajouter un transfert</translation>
    </message>
    <message>
        <source>Add the transfers of the ticked subprocessors</source>
        <translation>Ajouter les transferts des sous-traitants cochés</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Frozen versions</source>
        <translation>Versions figées</translation>
    </message>
    <message>
        <source>No version frozen yet. “Freeze a version…” keeps the register as it is now.</source>
        <translation>Aucune version figée pour l&apos;instant. « Figer une version… » conserve le registre tel qu&apos;il est aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Freeze a version…</source>
        <translation>&amp;Figer une version…</translation>
    </message>
    <message>
        <source>&amp;Save its document…</source>
        <translation>&amp;Enregistrer son document…</translation>
    </message>
    <message>
        <source>The selected version&apos;s JSON document, exactly as it was frozen</source>
        <translation>Le document JSON de la version choisie, exactement tel qu&apos;il a été figé</translation>
    </message>
    <message>
        <source>Versions of the register the DPO froze, oldest first.</source>
        <translation>Les versions du registre figées par le DPO, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Save the version&apos;s document</source>
        <translation>Enregistrer le document de la version</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your GDPR record of processing activities</source>
        <translation>Votre registre des activités de traitement</translation>
    </message>
    <message>
        <source>Keep the Article 30 register of your organisation: processing activities, subprocessors and security measures, ready to export for the CNIL.</source>
        <translation>Tenez le registre article 30 de votre organisme&#xa0;: traitements, sous-traitants et mesures de sécurité, prêt à être exporté pour la CNIL.</translation>
    </message>
    <message>
        <source>New register…</source>
        <translation>Nouveau registre…</translation>
    </message>
    <message>
        <source>Open a register…</source>
        <translation>Ouvrir un registre…</translation>
    </message>
    <message>
        <source>Open the demo register</source>
        <translation>Ouvrir le registre de démonstration</translation>
    </message>
    <message>
        <source>Recent registers</source>
        <translation>Registres récents</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Subprocessors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Organisation &amp; DPO</source>
        <translation>Organisme et DPO</translation>
    </message>
    <message>
        <source>Compliance checks</source>
        <translation>Contrôles de conformité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <source>Rights requests</source>
        <translation>Demandes de droits</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>Vérification de l&apos;historique…</translation>
    </message>
</context>
</TS>
