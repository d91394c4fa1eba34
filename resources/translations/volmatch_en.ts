<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="19"/>
        <source>About volmatch</source>
        <translation>About volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="20"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="26"/>
        <source>Volunteering opportunities for foreigners in Prague: keep listings, match volunteers, publish to the city website.</source>
        <translation>Volunteering opportunities for foreigners in Prague: keep listings, match volunteers, publish to the city website.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="31"/>
        <source>Licence: GNU GPL version 3 or later.</source>
        <translation>Licence: GNU GPL version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="34"/>
        <source>Built with Qt for Python (PySide6 %1), licensed under the GNU LGPL version 3.</source>
        <translation>Built with Qt for Python (PySide6 %1), licensed under the GNU LGPL version 3.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="38"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="43"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="48"/>
        <source>Settings:</source>
        <translation>Settings:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="54"/>
        <source>Volunteer profiles are personal data: they stay in this database and are never published.</source>
        <translation>Volunteer profiles are personal data: they stay in this database and are never published.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="65"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccreditationDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="27"/>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="31"/>
        <source>Accredited sending organization under zákon č. 198/2002 Sb.</source>
        <translation>Accredited sending organization under zákon č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="37"/>
        <source>Decision of the Ministry of the Interior</source>
        <translation>Decision of the Ministry of the Interior</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="38"/>
        <source>e.g. MV-12345-4/PDS-2024 (optional)</source>
        <translation>e.g. MV-12345-4/PDS-2024 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="43"/>
        <source>Ministry&apos;s decision:</source>
        <translation>Ministry&apos;s decision:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="46"/>
        <source>Its certificates of volunteering then follow the act: a confirmation of volunteer service stating its kind, extent and period. Other organizations issue a plain confirmation of volunteering.</source>
        <translation>Its certificates of volunteering then follow the act: a confirmation of volunteer service stating its kind, extent and period. Other organizations issue a plain confirmation of volunteering.</translation>
    </message>
</context>
<context>
    <name>CardPreparation</name>
    <message>
        <location filename="../../src/volmatch/gui/card_preparation.py" line="156"/>
        <source>Preparing share cards for publishing: %1 %</source>
        <extracomment>The status bar while share card images are drawn ahead for Publish: %1 = percent.</extracomment>
        <translation>Preparing share cards for publishing: %1 %</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="52"/>
        <source>Certificate of volunteering</source>
        <translation>Certificate of volunteering</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="59"/>
        <source>Second language</source>
        <translation>Second language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="60"/>
        <source>Czech only</source>
        <translation>Czech only</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="62"/>
        <source>Czech and %1</source>
        <translation>Czech and %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="67"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="68"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="70"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="71"/>
        <source>Still going on</source>
        <translation>Still going on</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="75"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="75"/>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="77"/>
        <source>Praha</source>
        <translation>Praha</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="79"/>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="80"/>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="83"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="84"/>
        <source>e.g. Jana Nováková, volunteer coordinator</source>
        <translation>e.g. Jana Nováková, volunteer coordinator</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="94"/>
        <source>The certificate carries the volunteer&apos;s name and is for them. It is not kept by the app: save it as a PDF and hand it over, or print it.</source>
        <translation>The certificate carries the volunteer&apos;s name and is for them. It is not kept by the app: save it as a PDF and hand it over, or print it.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="100"/>
        <source>Languages:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="104"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="108"/>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="109"/>
        <source>Place of issue:</source>
        <translation>Place of issue:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="110"/>
        <source>Date of issue:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="111"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="120"/>
        <source>Preview of the certificate</source>
        <translation>Preview of the certificate</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="127"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="131"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="158"/>
        <source>“%1” is accredited under the volunteer-service act (zákon č. 198/2002 Sb.): the certificate is a confirmation of volunteer service under the act.</source>
        <translation>“%1” is accredited under the volunteer-service act (zákon č. 198/2002 Sb.): the certificate is a confirmation of volunteer service under the act.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="162"/>
        <source>“%1” is not marked as accredited under zákon č. 198/2002 Sb., so this is a plain confirmation of volunteering. An accredited organization is marked in Edit → Organizations…</source>
        <translation>“%1” is not marked as accredited under zákon č. 198/2002 Sb., so this is a plain confirmation of volunteering. An accredited organization is marked in Edit → Organizations…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="200"/>
        <source>No language is recorded for the volunteer.</source>
        <translation>No language is recorded for the volunteer.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="203"/>
        <source>Certificates are not available in %1; the second language is %2.</source>
        <translation>Certificates are not available in %1; the second language is %2.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="208"/>
        <source>The volunteer&apos;s language is %1.</source>
        <translation>The volunteer&apos;s language is %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="213"/>
        <source>No hours: the act asks the confirmation to state the extent of service.</source>
        <translation>No hours: the act asks the confirmation to state the extent of service.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="219"/>
        <source>The period ends before it begins.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="233"/>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="235"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="256"/>
        <source>The certificate could not be saved to %1: %2</source>
        <translation>The certificate could not be saved to %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="262"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="64"/>
        <source>Someone else changed this record</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="67"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="70"/>
        <source>%1 deleted this record for good after you opened it. Keep mine stores your version as a new record.</source>
        <translation>%1 deleted this record for good after you opened it. Keep mine stores your version as a new record.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="75"/>
        <source>%1 moved this record to the trash after you opened it. Choose what to keep; saving takes it out of the trash.</source>
        <translation>%1 moved this record to the trash after you opened it. Choose what to keep; saving takes it out of the trash.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="80"/>
        <source>%1 saved this record after you opened it. Nothing of yours is saved yet: choose for each field which version to keep.</source>
        <translation>%1 saved this record after you opened it. Nothing of yours is saved yet: choose for each field which version to keep.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="89"/>
        <source>Both versions side by side</source>
        <translation>Both versions side by side</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="113"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="114"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="112"/>
        <source>Keep for %1</source>
        <translation>Keep for %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="122"/>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="125"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="128"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DatabaseFaultDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="64"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="84"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="89"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="94"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="100"/>
        <source>The database cannot be reached</source>
        <translation>The database cannot be reached</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="101"/>
        <source>volmatch could not reach the database. Its folder may be missing or not writable, a network drive may be disconnected, or the database server may be down or the address, user name or password wrong. Check these and try again, or open another database.</source>
        <translation>volmatch could not reach the database. Its folder may be missing or not writable, a network drive may be disconnected, or the database server may be down or the address, user name or password wrong. Check these and try again, or open another database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="107"/>
        <source>The disk is full</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="108"/>
        <source>The disk that holds the database has no space left, so nothing could be saved. Free some space on it (empty the recycle bin, move large files away) and try again, or open another database.</source>
        <translation>The disk that holds the database has no space left, so nothing could be saved. Free some space on it (empty the recycle bin, move large files away) and try again, or open another database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="113"/>
        <source>The database is busy</source>
        <translation>The database is busy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="114"/>
        <source>Another program or window has held the database for too long. Nothing was changed. Wait a moment and try again, or close the other program first.</source>
        <translation>Another program or window has held the database for too long. Nothing was changed. Wait a moment and try again, or close the other program first.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="118"/>
        <source>The database can only be read</source>
        <translation>The database can only be read</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="119"/>
        <source>The database file or its folder cannot be written to, so volmatch cannot prepare it. Ask for permission to change the file, or copy it to a folder of your own; then try again, or open another database.</source>
        <translation>The database file or its folder cannot be written to, so volmatch cannot prepare it. Ask for permission to change the file, or copy it to a folder of your own; then try again, or open another database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="124"/>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="125"/>
        <source>The file is damaged or is not a volmatch database. Restore a backup (the damaged file is kept aside in the backups folder), or open another database.</source>
        <translation>The file is damaged or is not a volmatch database. Restore a backup (the damaged file is kept aside in the backups folder), or open another database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="129"/>
        <source>The database is from a newer volmatch</source>
        <translation>The database is from a newer volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="130"/>
        <source>This database was last used by a newer version of volmatch, which this version cannot read. Update volmatch on this computer (ask whoever installs your software) and open it again, or open another database. The database was not changed.</source>
        <translation>This database was last used by a newer version of volmatch, which this version cannot read. Update volmatch on this computer (ask whoever installs your software) and open it again, or open another database. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="135"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="136"/>
        <source>The database could not be opened. Try again, or open another database.</source>
        <translation>The database could not be opened. Try again, or open another database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="156"/>
        <source>Backups in %1:</source>
        <translation>Backups in %1:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="162"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="168"/>
        <source>No backups found; choose a file instead.</source>
        <translation>No backups found; choose a file instead.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="173"/>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Restore the chosen backup</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="176"/>
        <source>Choose a backup &amp;file…</source>
        <translation>Choose a backup &amp;file…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="197"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="199"/>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="202"/>
        <source>chosen file</source>
        <translation>chosen file</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="218"/>
        <source>Choose a backup first.</source>
        <translation>Choose a backup first.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="222"/>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="239"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="236"/>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
</context>
<context>
    <name>DidYouMean</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="82"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="84"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="90"/>
        <source>Nothing found for “%1”. Did you mean %2?</source>
        <extracomment>%1 is what was searched for, %2 one or more clickable corrected spellings.</extracomment>
        <translation>Nothing found for “%1”. Did you mean %2?</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="32"/>
        <source>These rows look like listings already stored. For each, choose whether to skip it or merge it into the stored listing, then import again.</source>
        <translation>These rows look like listings already stored. For each, choose whether to skip it or merge it into the stored listing, then import again.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="39"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Title in the file</source>
        <translation>Title in the file</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Stored listing</source>
        <translation>Stored listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="47"/>
        <source>Skip all</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="48"/>
        <source>Merge all</source>
        <translation>Merge all</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="80"/>
        <source>What to do with row %1</source>
        <translation>What to do with row %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="81"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="82"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="83"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="36"/>
        <source>“%1” is not an e-mail address; write e.g. name@example.org.</source>
        <translation>“%1” is not an e-mail address; write e.g. name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="45"/>
        <source>“%1” is not a web address; write e.g. https://example.org.</source>
        <translation>“%1” is not a web address; write e.g. https://example.org.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="53"/>
        <source>“%1” is not a date; write e.g. 1. 3. 2025.</source>
        <translation>“%1” is not a date; write e.g. 1. 3. 2025.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="78"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="133"/>
        <source>A language is listed twice: %1.</source>
        <translation>A language is listed twice: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="47"/>
        <source>The name, contact details and profile (languages, days and times, district, interests) may be passed to the listing&apos;s organization.</source>
        <translation>The name, contact details and profile (languages, days and times, district, interests) may be passed to the listing&apos;s organization.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="53"/>
        <source>The name and contact details may be passed to the listing&apos;s organization.</source>
        <translation>The name and contact details may be passed to the listing&apos;s organization.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="64"/>
        <source>Allows matching to listings and contacting the person.</source>
        <translation>Allows matching to listings and contacting the person.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="68"/>
        <source>Allows matching only: the person may not be contacted.</source>
        <translation>Allows matching only: the person may not be contacted.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="72"/>
        <source>Allows contact only: the person is not matched to listings.</source>
        <translation>Allows contact only: the person is not matched to listings.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="75"/>
        <source>Names neither matching nor contact: the profile is not matched.</source>
        <translation>Names neither matching nor contact: the profile is not matched.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="15"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="17"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="18"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="19"/>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="20"/>
        <source>Language of the text</source>
        <translation>Language of the text</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="21"/>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="22"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="23"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="24"/>
        <source>Home district</source>
        <translation>Home district</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="25"/>
        <source>Place as written</source>
        <translation>Place as written</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="26"/>
        <source>Travels to</source>
        <translation>Travels to</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="27"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="28"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="29"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="30"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="31"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="32"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="33"/>
        <source>Interests as written</source>
        <translation>Interests as written</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="34"/>
        <source>Free keywords</source>
        <translation>Free keywords</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="35"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="36"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="37"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="38"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="39"/>
        <source>Schedule (days)</source>
        <translation>Schedule (days)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="40"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="41"/>
        <source>Minimum age</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="42"/>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="43"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="44"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="45"/>
        <source>Application web page</source>
        <translation>Application web page</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="46"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="47"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="48"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="50"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="51"/>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="52"/>
        <source>Availability (days)</source>
        <translation>Availability (days)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="53"/>
        <source>Available from</source>
        <translation>Available from</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="54"/>
        <source>Available until</source>
        <translation>Available until</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="55"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="56"/>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="57"/>
        <source>Consent scope</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="58"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="59"/>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="60"/>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="61"/>
        <source>Merged organizations</source>
        <translation>Merged organizations</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="31"/>
        <source>How did it go?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="35"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="36"/>
        <source>e.g. Started on Monday, comes every week.</source>
        <translation>e.g. Started on Monday, comes every week.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="39"/>
        <source>State now</source>
        <translation>State now</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="44"/>
        <source>Hours volunteered</source>
        <translation>Hours volunteered</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="44"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="46"/>
        <source>Ask again on</source>
        <translation>Ask again on</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="49"/>
        <source>Next follow-up date</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="54"/>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="55"/>
        <source>State now:</source>
        <translation>State now:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="56"/>
        <source>Hours volunteered:</source>
        <translation>Hours volunteered:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/guide.py" line="34"/>
        <location filename="../../src/volmatch/gui/dialogs/guide.py" line="38"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="34"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="35"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="36"/>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="37"/>
        <source>Restored from the trash</source>
        <translation>Restored from the trash</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="38"/>
        <source>Deleted for good</source>
        <translation>Deleted for good</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="39"/>
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="40"/>
        <source>Merged into another</source>
        <translation>Merged into another</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="55"/>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="99"/>
        <source>History of the record</source>
        <translation>History of the record</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="58"/>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="64"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="97"/>
        <source>History of “%1”</source>
        <translation>History of “%1”</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="101"/>
        <source>No history is recorded for this record yet.</source>
        <translation>No history is recorded for this record yet.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="115"/>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="36"/>
        <source>Record hours</source>
        <translation>Record hours</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="39"/>
        <source>Hours so far: %1</source>
        <translation>Hours so far: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="41"/>
        <source>No hours recorded yet.</source>
        <translation>No hours recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="45"/>
        <source>Add hours volunteered on a day</source>
        <translation>Add hours volunteered on a day</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="47"/>
        <source>Correct the total</source>
        <translation>Correct the total</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="53"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="57"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="62"/>
        <source>e.g. tutoring, two children</source>
        <translation>e.g. tutoring, two children</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="63"/>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="65"/>
        <source>Hours:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="67"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="100"/>
        <source>The hours are added to the total, shown in the placements list and on the certificate of volunteering.</source>
        <translation>The hours are added to the total, shown in the placements list and on the certificate of volunteering.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="105"/>
        <source>The total replaces what is recorded; the change is noted with today&apos;s date.</source>
        <translation>The total replaces what is recorded; the change is noted with today&apos;s date.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="64"/>
        <source>Import from a file</source>
        <extracomment>File name endings the importer reads (importing.spreadsheet and json_listings).</extracomment>
        <translation>Import from a file</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="65"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="66"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="68"/>
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="69"/>
        <source>Opportunities (listings)</source>
        <translation>Opportunities (listings)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="70"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="73"/>
        <source>&amp;Holds:</source>
        <translation>&amp;Holds:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="85"/>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="111"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="153"/>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="76"/>
        <source>Choose a file (CSV, Excel, OpenDocument or a volmatch export). Check which field each column fills, check the file, then import it. Either all rows are imported, or none.</source>
        <translation>Choose a file (CSV, Excel, OpenDocument or a volmatch export). Check which field each column fills, check the file, then import it. Either all rows are imported, or none.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="89"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Load mapping…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="92"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Save mapping…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="98"/>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="157"/>
        <source>All files volmatch reads (%1)</source>
        <translation>All files volmatch reads (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="160"/>
        <source>CSV files (%1)</source>
        <translation>CSV files (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="161"/>
        <source>Excel workbooks (%1)</source>
        <translation>Excel workbooks (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="162"/>
        <source>OpenDocument spreadsheets (%1)</source>
        <translation>OpenDocument spreadsheets (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="163"/>
        <source>volmatch exports (%1)</source>
        <translation>volmatch exports (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="164"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="192"/>
        <source>A volmatch export is read as it was written: no mapping is needed.</source>
        <translation>A volmatch export is read as it was written: no mapping is needed.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="195"/>
        <source>The columns are shown here once a file is chosen.</source>
        <translation>The columns are shown here once a file is chosen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="217"/>
        <source>%n column(s) read</source>
        <extracomment>Begins &quot;12 columns read; …&quot;</extracomment>
        <translation>
            <numerusform>%n column read</numerusform>
            <numerusform>%n columns read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="221"/>
        <source>%1; %n without a field. Correct any field below, then Check the file.</source>
        <extracomment>%1 is &quot;12 columns read&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n without a field. Correct any field below, then Check the file.</numerusform>
            <numerusform>%1; %n without a field. Correct any field below, then Check the file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="232"/>
        <source>Reading the columns…</source>
        <translation>Reading the columns…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="237"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="255"/>
        <source>Load a mapping file</source>
        <translation>Load a mapping file</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="257"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Mapping files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="270"/>
        <source>The mapping file cannot be used: %1</source>
        <translation>The mapping file cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="273"/>
        <source>Mapping loaded from %1.</source>
        <translation>Mapping loaded from %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="282"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="282"/>
        <source>Mapping files (*.json)</source>
        <translation>Mapping files (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="295"/>
        <source>The mapping could not be saved: %1</source>
        <translation>The mapping could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="300"/>
        <source>Mapping saved to %1.</source>
        <translation>Mapping saved to %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="307"/>
        <source>Choose an existing file first.</source>
        <translation>Choose an existing file first.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="329"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="335"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="343"/>
        <source>%n row(s) read, no errors</source>
        <extracomment>Begins &quot;3 rows read, no errors; …&quot; and &quot;3 rows read, no errors: ready to import …&quot;</extracomment>
        <translation>
            <numerusform>%n row read, no errors</numerusform>
            <numerusform>%n rows read, no errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="369"/>
        <source>%n row(s) read</source>
        <extracomment>Begins &quot;3 rows read; 2 problems must be fixed in the file. …&quot;</extracomment>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="372"/>
        <source>%1; %n problem(s) must be fixed in the file. Nothing was imported.</source>
        <extracomment>%1 is &quot;3 rows read&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n problem must be fixed in the file. Nothing was imported.</numerusform>
            <numerusform>%1; %n problems must be fixed in the file. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="379"/>
        <source>%1; %n of them look(s) like listings already stored and need(s) a decision before importing.</source>
        <extracomment>%1 is &quot;3 rows read, no errors&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n of them looks like a listing already stored and needs a decision before importing.</numerusform>
            <numerusform>%1; %n of them look like listings already stored and need a decision before importing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="387"/>
        <source>Nothing was imported: %n row(s) of %1 look(s) like listings already stored. Choose for each whether to skip or merge it, then import again.</source>
        <extracomment>%1 is the number of rows read.</extracomment>
        <translation>
            <numerusform>Nothing was imported: %n row of %1 looks like a listing already stored. Choose whether to skip or merge it, then import again.</numerusform>
            <numerusform>Nothing was imported: %n rows of %1 look like listings already stored. Choose for each whether to skip or merge it, then import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="394"/>
        <source>%1: ready to import (%n warning(s)).</source>
        <extracomment>%1 is &quot;3 rows read, no errors&quot;.</extracomment>
        <translation>
            <numerusform>%1: ready to import (%n warning).</numerusform>
            <numerusform>%1: ready to import (%n warnings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="400"/>
        <source>Imported %n row(s): %1 new, %2 updated.</source>
        <extracomment>%1 and %2 are how many of the rows are new and how many updated.</extracomment>
        <translation>
            <numerusform>Imported %n row: %1 new, %2 updated.</numerusform>
            <numerusform>Imported %n rows: %1 new, %2 updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="406"/>
        <source>%n merged into stored listing(s).</source>
        <extracomment>Ends &quot;2 possible duplicates skipped, 1 merged into a stored listing.&quot;</extracomment>
        <translation>
            <numerusform>%n merged into a stored listing.</numerusform>
            <numerusform>%n merged into stored listings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="409"/>
        <source>%n possible duplicate(s) skipped, %1</source>
        <extracomment>%1 is &quot;1 merged into a stored listing.&quot;</extracomment>
        <translation>
            <numerusform>%n possible duplicate skipped, %1</numerusform>
            <numerusform>%n possible duplicates skipped, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="412"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="41"/>
        <source>Identifier in the source</source>
        <extracomment>The combo entry of a column whose rules came with transforms or several fields. Languages a file&apos;s titles and descriptions may be written in (None: Czech).</extracomment>
        <translation>Identifier in the source</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="42"/>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="87"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="43"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="44"/>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="89"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="45"/>
        <source>District (Prague)</source>
        <translation>District (Prague)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="46"/>
        <source>Place as written</source>
        <translation>Place as written</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="47"/>
        <source>Required languages</source>
        <translation>Required languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="48"/>
        <source>Welcome languages</source>
        <translation>Welcome languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="49"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="50"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="51"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="52"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="53"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="54"/>
        <source>Minimum age</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="55"/>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="56"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="57"/>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="59"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="60"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="61"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="62"/>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="63"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="64"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="65"/>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="67"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="68"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="69"/>
        <source>Travel districts</source>
        <translation>Travel districts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="70"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="71"/>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="72"/>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="73"/>
        <source>Consent scope</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="74"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="81"/>
        <source>Not mapped</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="83"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="93"/>
        <source>%1 in language %2 (%3)</source>
        <extracomment>%1 is &quot;Title&quot; or &quot;Description&quot;, %2 a language code such as &quot;en&quot;.</extracomment>
        <translation>%1 in language %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Interests</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="75"/>
        <source>words in any language, e.g. children, zahradničení, готування</source>
        <translation>words in any language, e.g. children, zahradničení, готування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="79"/>
        <source>Pick…</source>
        <translation>Pick…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="81"/>
        <source>Pick an interest by category</source>
        <translation>Pick an interest by category</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="152"/>
        <source>%1 → free keyword</source>
        <translation>%1 → free keyword</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../src/volmatch/gui/issues.py" line="23"/>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="59"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="88"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="342"/>
        <source>Showing %1 of %2</source>
        <extracomment>&quot;opportunity&quot; | &quot;volunteer&quot;: pages that can reload single rows (see fetch_rows).</extracomment>
        <translation>Showing %1 of %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="58"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="59"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="60"/>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="61"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="62"/>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="66"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="44"/>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="48"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="55"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="67"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="70"/>
        <source>Find &amp;matches</source>
        <translation>Find &amp;matches</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="75"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="78"/>
        <source>Ne&amp;xt</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="85"/>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="99"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="106"/>
        <source>Open database by &amp;address…</source>
        <translation>Open database by &amp;address…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="113"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="120"/>
        <source>&amp;Publish to the website…</source>
        <translation>&amp;Publish to the website…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="125"/>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="127"/>
        <source>&amp;About volmatch</source>
        <translation>&amp;About volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="31"/>
        <source>Show what others changed in the database just now (F5)</source>
        <translation>Show what others changed in the database just now (F5)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="131"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="136"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="137"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="140"/>
        <source>&amp;Organizations…</source>
        <translation>&amp;Organizations…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="33"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Create a new record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="34"/>
        <source>Search in the list (Ctrl+F)</source>
        <translation>Search in the list (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="191"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="203"/>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="207"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="222"/>
        <source>Prepare share &amp;cards in the background</source>
        <translation>Prepare share &amp;cards in the background</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="226"/>
        <source>After listings change, draw the images shown when a listing is shared on social media, so that publishing a large website takes less time</source>
        <translation>After listings change, draw the images shown when a listing is shared on social media, so that publishing a large website takes less time</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="240"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="117"/>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="182"/>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="215"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="200"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="220"/>
        <source>Start-of-day housekeeping: %1</source>
        <translation>Start-of-day housekeeping: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="212"/>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="227"/>
        <source>An empty database</source>
        <translation>An empty database</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="229"/>
        <source>This database holds no opportunities or volunteers yet.

Load the demo data (made-up listings and volunteers in Prague) to try the app?</source>
        <translation>This database holds no opportunities or volunteers yet.

Load the demo data (made-up listings and volunteers in Prague) to try the app?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="238"/>
        <source>Demo data loaded.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="245"/>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="298"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Updated with changes made elsewhere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/mainwindow.py" line="301"/>
        <source>Updated: %n record(s) changed elsewhere.</source>
        <extracomment>Shown when another person or process changed records in the same database.</extracomment>
        <translation>
            <numerusform>Updated: %n record changed elsewhere.</numerusform>
            <numerusform>Updated: %n records changed elsewhere.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="308"/>
        <source>Open another database</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="310"/>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="319"/>
        <source>Open database by address</source>
        <translation>Open database by address</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="320"/>
        <source>Database address, e.g. postgresql+psycopg://user@server/volmatch:</source>
        <translation>Database address, e.g. postgresql+psycopg://user@server/volmatch:</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="115"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>Columns of the file and the fields they fill</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="118"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="119"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="120"/>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="121"/>
        <source>How sure / other candidates</source>
        <translation>How sure / other candidates</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="137"/>
        <source>Columns not mapped</source>
        <translation>Columns not mapped</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="138"/>
        <source>keep their values in the internal notes</source>
        <translation>keep their values in the internal notes</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="139"/>
        <source>leave them out</source>
        <translation>leave them out</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="143"/>
        <source>Language of titles and descriptions</source>
        <translation>Language of titles and descriptions</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="145"/>
        <source>Czech</source>
        <translation>Czech</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="146"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="147"/>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="148"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="149"/>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="150"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="157"/>
        <source>Fixed values</source>
        <translation>Fixed values</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="164"/>
        <source>Add a fixed value</source>
        <translation>Add a fixed value</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="167"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="171"/>
        <source>Columns not &amp;mapped:</source>
        <translation>Columns not &amp;mapped:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="172"/>
        <source>&amp;Texts are in:</source>
        <translation>&amp;Texts are in:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="175"/>
        <source>Fixed values: a value for every row, always or where the cell is empty.</source>
        <translation>Fixed values: a value for every row, always or where the cell is empty.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="207"/>
        <source>Field for column %1</source>
        <translation>Field for column %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="233"/>
        <source>%1, transformed as the mapping file says</source>
        <extracomment>%1 lists the fields a mapping file sends one column to.</extracomment>
        <translation>%1, transformed as the mapping file says</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="251"/>
        <source>as the mapping file says</source>
        <translation>as the mapping file says</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="255"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="259"/>
        <source>or: %1</source>
        <extracomment>%1 lists other fields the column might hold, with their scores.</extracomment>
        <translation>or: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="265"/>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="272"/>
        <source>Field of the fixed value</source>
        <translation>Field of the fixed value</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="279"/>
        <source>Fixed value</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="281"/>
        <source>When the fixed value applies</source>
        <translation>When the fixed value applies</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="282"/>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="283"/>
        <source>where the cell is empty</source>
        <translation>where the cell is empty</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="34"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="33"/>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="42"/>
        <source>Listing</source>
        <extracomment>The four parts in drawing order, with a colour each (readable on light backgrounds).</extracomment>
        <translation>Listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="35"/>
        <source>Score parts</source>
        <translation>Score parts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="36"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="37"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="42"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="69"/>
        <source>all met</source>
        <translation>all met</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="73"/>
        <source>not met: %1</source>
        <translation>not met: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="101"/>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="103"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="107"/>
        <source>all places taken</source>
        <translation>all places taken</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="109"/>
        <source>already placed</source>
        <translation>already placed</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="114"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="115"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="116"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="117"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="97"/>
        <source>Listings for a volunteer</source>
        <extracomment>After this long without an answer, the page says why the first match takes a while. From this many rows derived again, the page counts them as they go. At most this many &quot;N more if you relax …&quot; choices are offered.</extracomment>
        <translation>Listings for a volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="98"/>
        <source>Volunteers for a listing</source>
        <translation>Volunteers for a listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="108"/>
        <source>Whom to match</source>
        <translation>Whom to match</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="109"/>
        <source>Type a name or a title…</source>
        <translation>Type a name or a title…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="117"/>
        <source>Only published listings still valid</source>
        <translation>Only published listings still valid</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="120"/>
        <source>Find matches</source>
        <translation>Find matches</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="135"/>
        <source>Change weights…</source>
        <translation>Change weights…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="138"/>
        <source>Hide listings with every place taken</source>
        <translation>Hide listings with every place taken</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="141"/>
        <source>Show pairs hidden by a coordinator</source>
        <translation>Show pairs hidden by a coordinator</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="155"/>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="197"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="229"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="231"/>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="232"/>
        <source>contacted</source>
        <translation>contacted</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="233"/>
        <source>placed</source>
        <translation>placed</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="234"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="235"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="238"/>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="78"/>
        <source>Pin to the top</source>
        <translation>Pin to the top</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="241"/>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="83"/>
        <source>Hide this pair</source>
        <translation>Hide this pair</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="244"/>
        <source>Record outcome</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="246"/>
        <source>Copy message for the volunteer</source>
        <translation>Copy message for the volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="215"/>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="248"/>
        <source>E-mails and invitation…</source>
        <translation>E-mails and invitation…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="205"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="210"/>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="288"/>
        <source>Preparing the matching data once, after new reference data: {done} of {total}…</source>
        <translation>Preparing the matching data once, after new reference data: {done} of {total}…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="302"/>
        <location filename="../../src/volmatch/gui/pages/matching_subject.py" line="120"/>
        <source>Matching…</source>
        <translation>Matching…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_questions.py" line="79"/>
        <source>Matching… The first match after the app starts reads all the listings and volunteers, which takes a few seconds in a large database.</source>
        <translation>Matching… The first match after the app starts reads all the listings and volunteers, which takes a few seconds in a large database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="325"/>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="327"/>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="375"/>
        <source>%n match(es) meet(s) every requirement (%1 considered).</source>
        <comment>listings for a volunteer</comment>
        <translation>
            <numerusform>%n match meets every requirement (%1 considered).</numerusform>
            <numerusform>%n matches meet every requirement (%1 considered).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="381"/>
        <source>%n more with relaxed requirements.</source>
        <comment>listings for a volunteer</comment>
        <translation>
            <numerusform>%n more with relaxed requirements.</numerusform>
            <numerusform>%n more with relaxed requirements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="387"/>
        <source>%n match(es) meet(s) every requirement (%1 considered).</source>
        <comment>volunteers for a listing</comment>
        <translation>
            <numerusform>%n match meets every requirement (%1 considered).</numerusform>
            <numerusform>%n matches meet every requirement (%1 considered).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="393"/>
        <source>%n more with relaxed requirements.</source>
        <comment>volunteers for a listing</comment>
        <translation>
            <numerusform>%n more with relaxed requirements.</numerusform>
            <numerusform>%n more with relaxed requirements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="404"/>
        <source>%n pair(s) hidden by a coordinator.</source>
        <translation>
            <numerusform>%n pair hidden by a coordinator.</numerusform>
            <numerusform>%n pairs hidden by a coordinator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="407"/>
        <source>%n listing(s) with every place taken left out.</source>
        <translation>
            <numerusform>%n listing with every place taken left out.</numerusform>
            <numerusform>%n listings with every place taken left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="430"/>
        <source>%n volunteer(s) were left out because they have not consented to matching.</source>
        <translation>
            <numerusform>%n volunteer was left out because they have not consented to matching.</numerusform>
            <numerusform>%n volunteers were left out because they have not consented to matching.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="63"/>
        <source>Available in a moment, the database is opening.</source>
        <translation>Available in a moment, the database is opening.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="76"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="81"/>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="420"/>
        <source>This volunteer has not consented to being matched — add the consent date in the profile.</source>
        <translation>This volunteer has not consented to being matched — add the consent date in the profile.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="425"/>
        <source>This volunteer&apos;s consent does not cover matching — widen the consent scope in the profile.</source>
        <translation>This volunteer&apos;s consent does not cover matching — widen the consent scope in the profile.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="31"/>
        <source>Recorded: %1.</source>
        <translation>Recorded: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="50"/>
        <source>Placements of this volunteer:</source>
        <translation>Placements of this volunteer:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="52"/>
        <source>Placements for this listing:</source>
        <translation>Placements for this listing:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="80"/>
        <source>None recorded yet.</source>
        <translation>None recorded yet.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="221"/>
        <source>Written in %1: messages are not available in %2.</source>
        <translation>Written in %1: messages are not available in %2.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="227"/>
        <source>The listing&apos;s own text is in %1: add a translation.</source>
        <translation>The listing&apos;s own text is in %1: add a translation.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="217"/>
        <source>Message copied (%1).</source>
        <translation>Message copied (%1).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="107"/>
        <source>Cancelled — nothing was changed</source>
        <translation>Cancelled — nothing was changed</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="191"/>
        <source>Cancel</source>
        <extracomment>QThreadPool priorities: queued work of a higher one starts first, equal ones in order.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="250"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="269"/>
        <source>Operation failed</source>
        <translation>Operation failed</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="31"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="32"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="33"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="34"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="35"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="37"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="40"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="41"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="42"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="43"/>
        <source>All interests</source>
        <translation>All interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="44"/>
        <source>All organizations</source>
        <translation>All organizations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="49"/>
        <source>Search listings: title, organization, place… (Ctrl+F)</source>
        <translation>Search listings: title, organization, place… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="51"/>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="87"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="88"/>
        <source>Duplicate…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="89"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="90"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="92"/>
        <source>Find volunteers for this listing</source>
        <translation>Find volunteers for this listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="93"/>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="102"/>
        <source>This listing no longer exists.</source>
        <translation>This listing no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="125"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="103"/>
        <source>Listing saved.</source>
        <translation>Listing saved.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="163"/>
        <source>Listing archived.</source>
        <translation>Listing archived.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="105"/>
        <source>Delete listing</source>
        <translation>Delete listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="106"/>
        <source>Delete the listing “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Delete the listing “%1”? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="104"/>
        <source>Listing deleted.</source>
        <translation>Listing deleted.</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="69"/>
        <source>New listing</source>
        <translation>New listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="69"/>
        <source>Edit listing</source>
        <translation>Edit listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="114"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="89"/>
        <source>in districts</source>
        <translation>in districts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="115"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="90"/>
        <source>anywhere in Prague</source>
        <translation>anywhere in Prague</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="116"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="91"/>
        <source>online / from home</source>
        <translation>online / from home</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="123"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="84"/>
        <source>one-off</source>
        <translation>one-off</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="124"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="85"/>
        <source>regular</source>
        <translation>regular</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="125"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="86"/>
        <source>long-term</source>
        <translation>long-term</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="146"/>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Minimum age:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="151"/>
        <source>Tick “required” for a language the volunteer must speak at least at the level chosen; the others are welcome.</source>
        <translation>Tick “required” for a language the volunteer must speak at least at the level chosen; the others are welcome.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="162"/>
        <source>e.g. Mon–Fri evenings, Saturday morning</source>
        <translation>e.g. Mon–Fri evenings, Saturday morning</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="112"/>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="160"/>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="161"/>
        <source>d. m. yyyy</source>
        <translation>d. m. yyyy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="128"/>
        <source>not limited</source>
        <translation>not limited</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="169"/>
        <source>Internal notes, never published</source>
        <translation>Internal notes, never published</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="136"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organization:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="85"/>
        <source>Main facts</source>
        <translation>Main facts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="86"/>
        <source>Time and contact</source>
        <translation>Time and contact</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="117"/>
        <source>e.g. Praha 7, Holešovice, na Letné</source>
        <translation>e.g. Praha 7, Holešovice, na Letné</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="119"/>
        <source>street and number, if there is one place</source>
        <translation>street and number, if there is one place</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="131"/>
        <source>any age</source>
        <translation>any age</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="132"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="137"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="139"/>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="140"/>
        <source>&amp;Districts:</source>
        <translation>&amp;Districts:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="141"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="142"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Interests:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="144"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="180"/>
        <source>Application &amp;web page:</source>
        <translation>Application &amp;web page:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="321"/>
        <source>Give the listing a title, in Czech or in another language.</source>
        <translation>Give the listing a title, in Czech or in another language.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="322"/>
        <source>A title is needed.</source>
        <translation>A title is needed.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="325"/>
        <source>The Czech title is missing: add it before publishing.</source>
        <translation>The Czech title is missing: add it before publishing.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="143"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="176"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="174"/>
        <source>Start date:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="175"/>
        <source>End date:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="138"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="145"/>
        <source>Ca&amp;pacity:</source>
        <translation>Ca&amp;pacity:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="164"/>
        <source>e.g. wheelchair access, lift, quiet room</source>
        <translation>e.g. wheelchair access, lift, quiet room</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="177"/>
        <source>Accessi&amp;bility:</source>
        <translation>Accessi&amp;bility:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="178"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Contact &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="179"/>
        <source>Contact p&amp;hone:</source>
        <translation>Contact p&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="181"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="191"/>
        <source>Title (%1)</source>
        <translation>Title (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="195"/>
        <source>Description (%1)</source>
        <translation>Description (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="196"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="198"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="334"/>
        <source>Name at least one district, or choose “anywhere in Prague”.</source>
        <translation>Name at least one district, or choose “anywhere in Prague”.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="341"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="380"/>
        <source>This looks like an existing listing: “%1”. Check that it is not a duplicate.</source>
        <translation>This looks like an existing listing: “%1”. Check that it is not a duplicate.</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="49"/>
        <source>type part of the name, e.g. komunitni centrum</source>
        <translation>type part of the name, e.g. komunitni centrum</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="65"/>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="201"/>
        <source>Create a new organization</source>
        <translation>Create a new organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="137"/>
        <source>✓ a stored organization</source>
        <translation>✓ a stored organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="142"/>
        <source>A new organization “%1” will be stored.</source>
        <translation>A new organization “%1” will be stored.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="151"/>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="157"/>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="162"/>
        <source>No stored organization has this name.</source>
        <translation>No stored organization has this name.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="179"/>
        <source>New organization?</source>
        <translation>New organization?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="183"/>
        <source>“%1” looks like the stored organization “%2”. Is it the same one?</source>
        <translation>“%1” looks like the stored organization “%2”. Is it the same one?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="191"/>
        <source>Use “%1”</source>
        <translation>Use “%1”</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="196"/>
        <source>No stored organization is called “%1”.</source>
        <translation>No stored organization is called “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="205"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="38"/>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="49"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="44"/>
        <source>Search: any part of the name, e.g. komunitni</source>
        <translation>Search: any part of the name, e.g. komunitni</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="45"/>
        <source>Search organizations</source>
        <translation>Search organizations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Accreditation</source>
        <translation>Accreditation</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="62"/>
        <source>Accredited as a sending organization under zákon č. 198/2002 Sb.</source>
        <translation>Accredited as a sending organization under zákon č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="67"/>
        <source>Two records of one organization? Select both (Ctrl+click) and merge them: their listings move to the name you keep.</source>
        <translation>Two records of one organization? Select both (Ctrl+click) and merge them: their listings move to the name you keep.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="72"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="74"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="76"/>
        <source>&amp;Accreditation…</source>
        <translation>&amp;Accreditation…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="129"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="168"/>
        <source>Rename organization</source>
        <translation>Rename organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="168"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="175"/>
        <source>Renamed; %n listing(s) show the new name.</source>
        <translation>
            <numerusform>Renamed; %n listing shows the new name.</numerusform>
            <numerusform>Renamed; %n listings show the new name.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="187"/>
        <source>Merge organizations</source>
        <translation>Merge organizations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="188"/>
        <source>These records become one organization. Keep the name:</source>
        <translation>These records become one organization. Keep the name:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="201"/>
        <source>Merged into “%1”; %n listing(s) moved.</source>
        <translation>
            <numerusform>Merged into “%1”; %n listing moved.</numerusform>
            <numerusform>Merged into “%1”; %n listings moved.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="219"/>
        <source>“%1” is marked as accredited under zákon č. 198/2002 Sb.</source>
        <translation>“%1” is marked as accredited under zákon č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="221"/>
        <source>“%1” is not marked as accredited.</source>
        <translation>“%1” is not marked as accredited.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="238"/>
        <source>Another organization is already called “%1”. To make them one, select both and merge them.</source>
        <translation>Another organization is already called “%1”. To make them one, select both and merge them.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="241"/>
        <source>An organization needs a name.</source>
        <translation>An organization needs a name.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="242"/>
        <source>The organization no longer exists; the list is reloaded.</source>
        <translation>The organization no longer exists; the list is reloaded.</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="65"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="66"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="67"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="68"/>
        <source>languages</source>
        <translation>languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="69"/>
        <source>days and times</source>
        <translation>days and times</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="70"/>
        <source>home district</source>
        <translation>home district</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="71"/>
        <source>interests</source>
        <translation>interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="72"/>
        <source>available dates</source>
        <translation>available dates</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="73"/>
        <source>year of birth</source>
        <translation>year of birth</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="74"/>
        <source>internal notes</source>
        <translation>internal notes</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="84"/>
        <source>Left out, no consent is recorded: %1.</source>
        <translation>Left out, no consent is recorded: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="88"/>
        <source>Left out, the consent covers passing on contact details only: %1.</source>
        <translation>Left out, the consent covers passing on contact details only: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="93"/>
        <source>Left out, the consent does not cover passing data to organizations: %1.</source>
        <translation>Left out, the consent does not cover passing data to organizations: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="98"/>
        <source>Never passed on: %1.</source>
        <translation>Never passed on: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="115"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="116"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="119"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="122"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="127"/>
        <source>Open in the mail program</source>
        <translation>Open in the mail program</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="131"/>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="241"/>
        <source>Save as .eml…</source>
        <translation>Save as .eml…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="134"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="138"/>
        <source>Save the invitation (.ics)…</source>
        <translation>Save the invitation (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="148"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="149"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="166"/>
        <source>No consent to contact is recorded: the message cannot be sent from here.</source>
        <translation>No consent to contact is recorded: the message cannot be sent from here.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="171"/>
        <source>The person&apos;s consent does not cover being contacted.</source>
        <translation>The person&apos;s consent does not cover being contacted.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="177"/>
        <source>No e-mail address is recorded: write it in “To”.</source>
        <translation>No e-mail address is recorded: write it in “To”.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="183"/>
        <source>The recorded e-mail address is not valid: correct it in “To”.</source>
        <translation>The recorded e-mail address is not valid: correct it in “To”.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="191"/>
        <source>Written in %1: messages are not available in the person&apos;s language.</source>
        <translation>Written in %1: messages are not available in the person&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="198"/>
        <source>The listing&apos;s own text is in %1: add a translation.</source>
        <translation>The listing&apos;s own text is in %1: add a translation.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="206"/>
        <source>A long message: a mail program may cut it off when opened from here; save it as .eml instead.</source>
        <translation>A long message: a mail program may cut it off when opened from here; save it as .eml instead.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="215"/>
        <source>A calendar invitation is attached to the .eml (a mailto: link cannot carry attachments; save it alone to attach it by hand).</source>
        <translation>A calendar invitation is attached to the .eml (a mailto: link cannot carry attachments; save it alone to attach it by hand).</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="229"/>
        <source>Message too long for a mail link</source>
        <translation>Message too long for a mail link</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="230"/>
        <source>The message makes a link of %1 characters; mail programs take about %2 and may cut the text off. Save it as an .eml file and open that instead.</source>
        <translation>The message makes a link of %1 characters; mail programs take about %2 and may cut the text off. Save it as an .eml file and open that instead.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="245"/>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="258"/>
        <source>No mail program</source>
        <translation>No mail program</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="259"/>
        <source>No mail program opened the message. Save it as an .eml file instead.</source>
        <translation>No mail program opened the message. Save it as an .eml file instead.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="285"/>
        <source>Not an e-mail address</source>
        <translation>Not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="286"/>
        <source>“%1” is not an e-mail address; correct it or leave it empty.</source>
        <translation>“%1” is not an e-mail address; correct it or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="292"/>
        <source>message-to-volunteer.eml</source>
        <translation>message-to-volunteer.eml</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="294"/>
        <source>message-to-organization.eml</source>
        <translation>message-to-organization.eml</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="297"/>
        <source>Save the e-mail</source>
        <translation>Save the e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="299"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="307"/>
        <source>Save the calendar invitation</source>
        <translation>Save the calendar invitation</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="309"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="316"/>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="324"/>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="383"/>
        <source>E-mails and invitation</source>
        <translation>E-mails and invitation</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="331"/>
        <source>To the volunteer (%1)</source>
        <translation>To the volunteer (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="337"/>
        <source>To the organization (%1)</source>
        <translation>To the organization (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="363"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="364"/>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="371"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="384"/>
        <source>The volunteer or the listing no longer exists.</source>
        <translation>The volunteer or the listing no longer exists.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="23"/>
        <source>Per district</source>
        <translation>Per district</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="22"/>
        <source>Per language</source>
        <translation>Per language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="25"/>
        <source>volunteers but no listings</source>
        <translation>volunteers but no listings</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="26"/>
        <source>No data yet.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="27"/>
        <source>Opportunities and volunteers per district</source>
        <translation>Opportunities and volunteers per district</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="28"/>
        <source>Opportunities and volunteers per language</source>
        <translation>Opportunities and volunteers per language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="33"/>
        <source>Click a bar to see those listings or volunteers. With the keyboard: Tab to a chart, choose a row with Up and Down, Enter opens its listings and Shift+Enter its volunteers.</source>
        <translation>Click a bar to see those listings or volunteers. With the keyboard: Tab to a chart, choose a row with Up and Down, Enter opens its listings and Shift+Enter its volunteers.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="65"/>
        <source>published listings</source>
        <translation>published listings</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="65"/>
        <source>volunteers</source>
        <translation>volunteers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/overview.py" line="74"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n placed</numerusform>
            <numerusform>%n placed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="114"/>
        <source>Languages with volunteers but no listings: %1.</source>
        <translation>Languages with volunteers but no listings: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="120"/>
        <source>Districts with volunteers but no listings: %1.</source>
        <translation>Districts with volunteers but no listings: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="126"/>
        <source>Every language and district with volunteers has published listings.</source>
        <translation>Every language and district with volunteers has published listings.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="131"/>
        <source>Placements so far, per district of the listing: %1.</source>
        <translation>Placements so far, per district of the listing: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="142"/>
        <source>Hours volunteered so far: %1.</source>
        <translation>Hours volunteered so far: %1.</translation>
    </message>
</context>
<context>
    <name>PairedBarChart</name>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/widgets/charts.py" line="71"/>
        <source>%n volunteer(s)</source>
        <extracomment>The end of a chart row&apos;s description, after the published listings: &quot;Praha 7: 3 published listings, 5 volunteers&quot;.</extracomment>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/widgets/charts.py" line="74"/>
        <source>%1: %n published listing(s), %2</source>
        <extracomment>A chart row spoken by a screen reader: %1 is a district or a language, the last part the volunteers (&quot;Praha 7: 3 published listings, 5 volunteers&quot;).</extracomment>
        <translation>
            <numerusform>%1: %n published listing, %2</numerusform>
            <numerusform>%1: %n published listings, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="44"/>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="45"/>
        <source>contacted</source>
        <translation>contacted</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="46"/>
        <source>placed</source>
        <translation>placed</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="47"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="48"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="58"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="59"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="60"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="61"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="71"/>
        <source>shared by everyone using this database</source>
        <translation>shared by everyone using this database</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="73"/>
        <source>defaults</source>
        <translation>defaults</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="76"/>
        <source>Weights: %1 (%2)</source>
        <translation>Weights: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlacementDocs</name>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="17"/>
        <source>Record hours…</source>
        <translation>Record hours…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="21"/>
        <source>Issue certificate…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="72"/>
        <source>Add the hours volunteered, or correct the total.</source>
        <translation>Add the hours volunteered, or correct the total.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="77"/>
        <source>A certificate of volunteering in Czech and the volunteer&apos;s language, as a PDF.</source>
        <translation>A certificate of volunteering in Czech and the volunteer&apos;s language, as a PDF.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="84"/>
        <source>Select a pair first.</source>
        <translation>Select a pair first.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="86"/>
        <source>Only for a placed or ended pair: record the outcome “placed” first.</source>
        <translation>Only for a placed or ended pair: record the outcome “placed” first.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="131"/>
        <source>A certificate is issued only for a placed or ended pair.</source>
        <translation>A certificate is issued only for a placed or ended pair.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="135"/>
        <source>The placement, its volunteer or its listing no longer exists.</source>
        <translation>The placement, its volunteer or its listing no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="140"/>
        <source>Certificate of volunteering</source>
        <translation>Certificate of volunteering</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="25"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="26"/>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="27"/>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="28"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="29"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="30"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="31"/>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="32"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="33"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="84"/>
        <source>(due)</source>
        <translation>(due)</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="51"/>
        <source>Show placements in state</source>
        <translation>Show placements in state</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="52"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="58"/>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="59"/>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="62"/>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="61"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="64"/>
        <source>How did it go?…</source>
        <translation>How did it go?…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="67"/>
        <source>Show the volunteer&apos;s matches</source>
        <translation>Show the volunteer&apos;s matches</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="69"/>
        <source>E-mails and invitation…</source>
        <translation>E-mails and invitation…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="81"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="116"/>
        <source>%n to follow up</source>
        <translation>
            <numerusform>%n to follow up</numerusform>
            <numerusform>%n to follow up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="118"/>
        <source>(%n due)</source>
        <translation>
            <numerusform>(%n due)</numerusform>
            <numerusform>(%n due)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="121"/>
        <source>To follow up (%1)</source>
        <translation>To follow up (%1)</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="90"/>
        <source>%1 → anywhere in Prague</source>
        <translation>%1 → anywhere in Prague</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="95"/>
        <source>%1 → online / from home</source>
        <translation>%1 → online / from home</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="99"/>
        <source>“%1” lies in several districts. Which one is meant:</source>
        <translation>“%1” lies in several districts. Which one is meant:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="107"/>
        <source>“%1” read as %2 (a typo?)</source>
        <translation>“%1” read as %2 (a typo?)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="116"/>
        <source>“%1” is not a Prague district or quarter.</source>
        <translation>“%1” is not a Prague district or quarter.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="120"/>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="124"/>
        <source>Name the one district where the person lives.</source>
        <translation>Name the one district where the person lives.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/places.py" line="117"/>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/place_filter.py" line="52"/>
        <source>No listed record is in %1.</source>
        <translation>No listed record is in %1.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="62"/>
        <source>Publish to the website</source>
        <translation>Publish to the website</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="65"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="68"/>
        <source>What to write</source>
        <translation>What to write</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="37"/>
        <source>Website (HTML pages in every language)</source>
        <extracomment>Formats whose output has a start page to open in a browser.</extracomment>
        <translation>Website (HTML pages in every language)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="40"/>
        <source>Website and all data feeds</source>
        <translation>Website and all data feeds</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="41"/>
        <source>JSON data</source>
        <translation>JSON data</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="42"/>
        <source>Open Referral HSDS data</source>
        <translation>Open Referral HSDS data</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="43"/>
        <source>Czech open data (OFN events)</source>
        <translation>Czech open data (OFN events)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="44"/>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="45"/>
        <source>Calendar (iCalendar)</source>
        <translation>Calendar (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="46"/>
        <source>News feed (Atom)</source>
        <translation>News feed (Atom)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="47"/>
        <source>Social media posts</source>
        <translation>Social media posts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="79"/>
        <source>Accessibility feedback contact</source>
        <translation>Accessibility feedback contact</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="80"/>
        <source>e.g. pristupnost@praha.eu or https://…</source>
        <translation>e.g. pristupnost@praha.eu or https://…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="83"/>
        <source>The e-mail address or web page where readers of the website report accessibility problems (shown in the accessibility statement). Empty: the statement names the city&apos;s website. Shared by everyone using this database.</source>
        <translation>The e-mail address or web page where readers of the website report accessibility problems (shown in the accessibility statement). Empty: the statement names the city&apos;s website. Shared by everyone using this database.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="90"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="91"/>
        <source>W&amp;rite:</source>
        <translation>W&amp;rite:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="92"/>
        <source>Accessibility feedback &amp;contact:</source>
        <translation>Accessibility feedback &amp;contact:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="95"/>
        <source>Published listings are written into this folder in the chosen format. Volunteer profiles are never published.</source>
        <translation>Published listings are written into this folder in the chosen format. Volunteer profiles are never published.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="103"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="106"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="109"/>
        <source>Open the site in the browser</source>
        <translation>Open the site in the browser</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="146"/>
        <source>Choose the website folder</source>
        <translation>Choose the website folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="160"/>
        <source>%n listing(s) published</source>
        <translation>
            <numerusform>%n listing published</numerusform>
            <numerusform>%n listings published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="161"/>
        <source>in %n language(s)</source>
        <translation>
            <numerusform>in %n language</numerusform>
            <numerusform>in %n languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="162"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="165"/>
        <source>%n left out because they are no longer valid</source>
        <translation>
            <numerusform>%n left out because it is no longer valid</numerusform>
            <numerusform>%n left out because they are no longer valid</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="169"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="174"/>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="181"/>
        <source>The accessibility feedback contact must be an e-mail address (pristupnost@praha.eu) or a web page (https://…). Correct it or leave it empty to name the city&apos;s website.</source>
        <translation>The accessibility feedback contact must be an e-mail address (pristupnost@praha.eu) or a web page (https://…). Correct it or leave it empty to name the city&apos;s website.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="208"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="214"/>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="229"/>
        <source>Publishing stopped unexpectedly (%1). The folder holds either the previous publication or the new one, never a mix of both. Publish again; if it stops again, tell your IT support what is written in brackets.</source>
        <translation>Publishing stopped unexpectedly (%1). The folder holds either the previous publication or the new one, never a mix of both. Publish again; if it stops again, tell your IT support what is written in brackets.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="239"/>
        <source>Files volmatch did not write</source>
        <translation>Files volmatch did not write</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="241"/>
        <source>This folder holds %n file(s) that volmatch did not write: %1. Publish the website beside them? They are kept exactly as they are; only the files of the previous publication are replaced.</source>
        <translation>
            <numerusform>This folder holds %n file that volmatch did not write: %1. Publish the website beside it? It is kept exactly as it is; only the files of the previous publication are replaced.</numerusform>
            <numerusform>This folder holds %n files that volmatch did not write: %1. Publish the website beside them? They are kept exactly as they are; only the files of the previous publication are replaced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/records.py" line="126"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/records.py" line="143"/>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/schedule.py" line="47"/>
        <source>Not understood: “%1”; write e.g. po–pá večer, so dopoledne.</source>
        <translation>Not understood: “%1”; write e.g. po–pá večer, so dopoledne.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="48"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="79"/>
        <source>draft</source>
        <extracomment>Languages a listing can be written in; Czech first, the city&apos;s source language.</extracomment>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="49"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="80"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="50"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="81"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="46"/>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="55"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="49"/>
        <source>Loading the trash…</source>
        <translation>Loading the trash…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Title or name</source>
        <translation>Title or name</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="66"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="70"/>
        <source>&amp;Empty trash of items older than 30 days</source>
        <translation>&amp;Empty trash of items older than 30 days</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="78"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="91"/>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="91"/>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="111"/>
        <source>%n deleted record(s). Each can be restored for 30 days.</source>
        <translation>
            <numerusform>%n deleted record. It can be restored for 30 days.</numerusform>
            <numerusform>%n deleted records. Each can be restored for 30 days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="118"/>
        <source>The trash could not be read: %1</source>
        <translation>The trash could not be read: %1</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="93"/>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="93"/>
        <source>Edit volunteer</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="167"/>
        <source>other districts the person will travel to</source>
        <translation>other districts the person will travel to</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="170"/>
        <source>e.g. Mon–Fri evenings, weekends</source>
        <translation>e.g. Mon–Fri evenings, weekends</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="126"/>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="171"/>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="172"/>
        <source>d. m. yyyy</source>
        <translation>d. m. yyyy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="120"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="125"/>
        <source>e.g. 1990</source>
        <translation>e.g. 1990</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="132"/>
        <source>matching and contact by the coordinator</source>
        <translation>matching and contact by the coordinator</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="134"/>
        <source>matching and passing contact to organizations</source>
        <translation>matching and passing contact to organizations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="138"/>
        <source>matching and passing contact and profile to organizations</source>
        <translation>matching and passing contact and profile to organizations</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="141"/>
        <source>matching only, no contact</source>
        <translation>matching only, no contact</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="147"/>
        <source>Internal notes, never published</source>
        <translation>Internal notes, never published</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="152"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="153"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="164"/>
        <source>What matching reads</source>
        <translation>What matching reads</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="166"/>
        <source>where the person lives, e.g. Karlín</source>
        <translation>where the person lives, e.g. Karlín</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="176"/>
        <source>Home &amp;district:</source>
        <translation>Home &amp;district:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="177"/>
        <source>&amp;Travels to:</source>
        <translation>&amp;Travels to:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="178"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="179"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Interests:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="180"/>
        <source>A&amp;vailability:</source>
        <translation>A&amp;vailability:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="181"/>
        <source>Available &amp;from:</source>
        <translation>Available &amp;from:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="182"/>
        <source>Available &amp;until:</source>
        <translation>Available &amp;until:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="249"/>
        <source>“Available until” is before “available from”.</source>
        <translation>“Available until” is before “available from”.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="269"/>
        <source>No consent recorded: the profile is neither matched nor contacted.</source>
        <translation>No consent recorded: the profile is neither matched nor contacted.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="285"/>
        <source>given today</source>
        <translation>given today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="287"/>
        <source>given %n day(s) ago</source>
        <translation>
            <numerusform>given %n day ago</numerusform>
            <numerusform>given %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="288"/>
        <source>given %n month(s) ago</source>
        <translation>
            <numerusform>given %n month ago</numerusform>
            <numerusform>given %n months ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="154"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Year of birth:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="155"/>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Consent given on:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="156"/>
        <source>Consent &amp;scope:</source>
        <translation>Consent &amp;scope:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="158"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="241"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="263"/>
        <source>The consent date cannot be in the future.</source>
        <translation>The consent date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="255"/>
        <source>“%1” is not a year of birth; write e.g. 1990.</source>
        <translation>“%1” is not a year of birth; write e.g. 1990.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="31"/>
        <source>Home district</source>
        <translation>Home district</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="32"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="33"/>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="34"/>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="37"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="38"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="39"/>
        <source>All interests</source>
        <translation>All interests</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="43"/>
        <source>Search volunteers: name, e-mail, place… (Ctrl+F)</source>
        <translation>Search volunteers: name, e-mail, place… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="44"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="51"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="52"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="54"/>
        <source>Find listings for this volunteer</source>
        <translation>Find listings for this volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="55"/>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="69"/>
        <source>This volunteer no longer exists.</source>
        <translation>This volunteer no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="70"/>
        <source>Volunteer saved.</source>
        <translation>Volunteer saved.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="72"/>
        <source>Delete volunteer</source>
        <translation>Delete volunteer</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="74"/>
        <source>Delete the profile of %1 with all their placements? You can undo this with Ctrl+Z.</source>
        <translation>Delete the profile of %1 with all their placements? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="71"/>
        <source>Volunteer deleted.</source>
        <translation>Volunteer deleted.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="37"/>
        <source>Matching weights</source>
        <translation>Matching weights</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="40"/>
        <source>How much each part counts in the score (0 = not at all). The numbers are shared by everyone using this database and by the command line.</source>
        <translation>How much each part counts in the score (0 = not at all). The numbers are shared by everyone using this database and by the command line.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="67"/>
        <source>Reset to defaults</source>
        <translation>Reset to defaults</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="90"/>
        <source>At least one part must count more than 0.</source>
        <translation>At least one part must count more than 0.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="49"/>
        <source>Czech</source>
        <extracomment>Languages offered in the pickers: codes, most common among Prague&apos;s foreigners first.</extracomment>
        <translation>Czech</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="50"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="51"/>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="52"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="53"/>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="54"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="55"/>
        <source>Slovak</source>
        <translation>Slovak</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="56"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="57"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="58"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="59"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="60"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="61"/>
        <source>Mongolian</source>
        <translation>Mongolian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="62"/>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="63"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="64"/>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="113"/>
        <source>any level</source>
        <translation>any level</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="115"/>
        <source>native speaker</source>
        <translation>native speaker</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="124"/>
        <source>Level not stated.</source>
        <translation>Level not stated.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="125"/>
        <source>A1 beginner: everyday phrases, simple introductions.</source>
        <translation>A1 beginner: everyday phrases, simple introductions.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="128"/>
        <source>A2 elementary: simple routine tasks, shopping, directions.</source>
        <translation>A2 elementary: simple routine tasks, shopping, directions.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="131"/>
        <source>B1 intermediate: handles most everyday situations, simple texts.</source>
        <translation>B1 intermediate: handles most everyday situations, simple texts.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="134"/>
        <source>B2 upper intermediate: fluent conversation, detailed texts.</source>
        <translation>B2 upper intermediate: fluent conversation, detailed texts.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="137"/>
        <source>C1 advanced: fluent and precise, also at work.</source>
        <translation>C1 advanced: fluent and precise, also at work.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="140"/>
        <source>C2 proficient: understands virtually everything with ease.</source>
        <translation>C2 proficient: understands virtually everything with ease.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="143"/>
        <source>Native speaker: the person&apos;s mother tongue.</source>
        <translation>Native speaker: the person&apos;s mother tongue.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="153"/>
        <source>Levels of the Common European Framework of Reference (CEFR):</source>
        <translation>Levels of the Common European Framework of Reference (CEFR):</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="261"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="265"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="118"/>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="274"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="277"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="278"/>
        <source>Remove language</source>
        <translation>Remove language</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="324"/>
        <source>Add a language</source>
        <translation>Add a language</translation>
    </message>
</context>
</TS>
