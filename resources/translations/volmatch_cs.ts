<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="19"/>
        <source>About volmatch</source>
        <translation>O aplikaci volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="20"/>
        <source>none</source>
        <translation>žádná</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="26"/>
        <source>Volunteering opportunities for foreigners in Prague: keep listings, match volunteers, publish to the city website.</source>
        <translation>Dobrovolnické příležitosti pro cizince v Praze: evidence nabídek, párování s dobrovolníky a zveřejnění na webu města.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="31"/>
        <source>Licence: GNU GPL version 3 or later.</source>
        <translation>Licence: GNU GPL verze 3 nebo novější.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="34"/>
        <source>Built with Qt for Python (PySide6 %1), licensed under the GNU LGPL version 3.</source>
        <translation>Postaveno na Qt for Python (PySide6 %1) pod licencí GNU LGPL verze 3.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="38"/>
        <source>Database:</source>
        <translation>Databáze:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="43"/>
        <source>Data folder:</source>
        <translation>Složka s daty:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="48"/>
        <source>Settings:</source>
        <translation>Nastavení:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="54"/>
        <source>Volunteer profiles are personal data: they stay in this database and are never published.</source>
        <translation>Profily dobrovolníků jsou osobní údaje: zůstávají v této databázi a nikdy se nezveřejňují.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="65"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>AccreditationDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="27"/>
        <source>Accreditation</source>
        <translation>Akreditace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="31"/>
        <source>Accredited sending organization under zákon č. 198/2002 Sb.</source>
        <translation>Akreditovaná vysílající organizace podle zákona č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="37"/>
        <source>Decision of the Ministry of the Interior</source>
        <translation>Rozhodnutí Ministerstva vnitra</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="38"/>
        <source>e.g. MV-12345-4/PDS-2024 (optional)</source>
        <translation>např. MV-12345-4/PDS-2024 (nepovinné)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="43"/>
        <source>Ministry&apos;s decision:</source>
        <translation>Rozhodnutí ministerstva:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="46"/>
        <source>Its certificates of volunteering then follow the act: a confirmation of volunteer service stating its kind, extent and period. Other organizations issue a plain confirmation of volunteering.</source>
        <translation>Potvrzení pro dobrovolníky pak odpovídají zákonu: potvrzení o výkonu dobrovolnické služby s jejím druhem, rozsahem a dobou. Ostatní organizace vystavují prosté potvrzení o dobrovolnické činnosti.</translation>
    </message>
</context>
<context>
    <name>CardPreparation</name>
    <message>
        <location filename="../../src/volmatch/gui/card_preparation.py" line="156"/>
        <source>Preparing share cards for publishing: %1 %</source>
        <extracomment>The status bar while share card images are drawn ahead for Publish: %1 = percent.</extracomment>
        <translation>Připravuji náhledy pro sdílení: %1 %</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="52"/>
        <source>Certificate of volunteering</source>
        <translation>Potvrzení o dobrovolnictví</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="59"/>
        <source>Second language</source>
        <translation>Druhý jazyk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="60"/>
        <source>Czech only</source>
        <translation>Jen čeština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="62"/>
        <source>Czech and %1</source>
        <translation>Čeština a %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="67"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="68"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="70"/>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="71"/>
        <source>Still going on</source>
        <translation>Stále probíhá</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="75"/>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="75"/>
        <source>not stated</source>
        <translation>neuvedeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="77"/>
        <source>Praha</source>
        <translation>Praha</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="79"/>
        <source>Place of issue</source>
        <translation>Místo vydání</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="80"/>
        <source>Date of issue</source>
        <translation>Datum vydání</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="83"/>
        <source>Signed by</source>
        <translation>Podepisuje</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="84"/>
        <source>e.g. Jana Nováková, volunteer coordinator</source>
        <translation>např. Jana Nováková, koordinátorka dobrovolníků</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="94"/>
        <source>The certificate carries the volunteer&apos;s name and is for them. It is not kept by the app: save it as a PDF and hand it over, or print it.</source>
        <translation>Potvrzení nese jméno dobrovolníka a je určeno jemu. Aplikace si ho neukládá: uložte ho jako PDF a předejte, nebo vytiskněte.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="100"/>
        <source>Languages:</source>
        <translation>Jazyky:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="104"/>
        <source>until</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="108"/>
        <source>Hours:</source>
        <translation>Hodiny:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="109"/>
        <source>Place of issue:</source>
        <translation>Místo vydání:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="110"/>
        <source>Date of issue:</source>
        <translation>Datum vydání:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="111"/>
        <source>Signed by:</source>
        <translation>Podepisuje:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="120"/>
        <source>Preview of the certificate</source>
        <translation>Náhled potvrzení</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="127"/>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="131"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="158"/>
        <source>“%1” is accredited under the volunteer-service act (zákon č. 198/2002 Sb.): the certificate is a confirmation of volunteer service under the act.</source>
        <translation>„%1“ je akreditovaná podle zákona o dobrovolnické službě (zákon č. 198/2002 Sb.): vystaví se potvrzení o výkonu dobrovolnické služby podle zákona.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="162"/>
        <source>“%1” is not marked as accredited under zákon č. 198/2002 Sb., so this is a plain confirmation of volunteering. An accredited organization is marked in Edit → Organizations…</source>
        <translation>„%1“ není vedena jako akreditovaná podle zákona č. 198/2002 Sb., proto jde o prosté potvrzení o dobrovolnické činnosti. Akreditaci organizace vyznačíte v nabídce Úpravy → Organizace…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="200"/>
        <source>No language is recorded for the volunteer.</source>
        <translation>U dobrovolníka není zapsán žádný jazyk.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="203"/>
        <source>Certificates are not available in %1; the second language is %2.</source>
        <translation>Potvrzení v jazyce %1 není k dispozici; druhým jazykem je %2.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="208"/>
        <source>The volunteer&apos;s language is %1.</source>
        <translation>Jazyk dobrovolníka: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="213"/>
        <source>No hours: the act asks the confirmation to state the extent of service.</source>
        <translation>Chybí hodiny: zákon žádá, aby potvrzení uvádělo rozsah služby.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="219"/>
        <source>The period ends before it begins.</source>
        <translation>Doba končí dřív, než začíná.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="233"/>
        <source>Save the certificate</source>
        <translation>Uložit potvrzení</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="235"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="256"/>
        <source>The certificate could not be saved to %1: %2</source>
        <translation>Potvrzení se nepodařilo uložit do %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="262"/>
        <source>Saved to %1.</source>
        <translation>Uloženo do %1.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="64"/>
        <source>Someone else changed this record</source>
        <translation>Záznam mezitím změnil někdo jiný</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="67"/>
        <source>Someone else</source>
        <translation>Někdo jiný</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="70"/>
        <source>%1 deleted this record for good after you opened it. Keep mine stores your version as a new record.</source>
        <translation>%1 tento záznam po jeho otevření natrvalo smazal(a). „Ponechat moje“ uloží vaši verzi jako nový záznam.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="75"/>
        <source>%1 moved this record to the trash after you opened it. Choose what to keep; saving takes it out of the trash.</source>
        <translation>%1 tento záznam po jeho otevření přesunul(a) do koše. Zvolte, co ponechat; uložením se záznam vrátí z koše.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="80"/>
        <source>%1 saved this record after you opened it. Nothing of yours is saved yet: choose for each field which version to keep.</source>
        <translation>%1 tento záznam po jeho otevření uložil(a). Vaše změny zatím uloženy nejsou: u každého pole zvolte, kterou verzi ponechat.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="89"/>
        <source>Both versions side by side</source>
        <translation>Obě verze vedle sebe</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="113"/>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="114"/>
        <source>Theirs</source>
        <translation>Jejich</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="112"/>
        <source>Keep for %1</source>
        <translation>Ponechat pro pole %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="122"/>
        <source>Keep mine</source>
        <translation>Ponechat moje</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="125"/>
        <source>Take theirs</source>
        <translation>Převzít jejich</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="128"/>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
</context>
<context>
    <name>DatabaseFaultDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="64"/>
        <source>Details: %1</source>
        <translation>Podrobnosti: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="84"/>
        <source>&amp;Retry</source>
        <translation>Zkusit &amp;znovu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="89"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Otevřít jinou databázi…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="94"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="100"/>
        <source>The database cannot be reached</source>
        <translation>Databáze není dostupná</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="101"/>
        <source>volmatch could not reach the database. Its folder may be missing or not writable, a network drive may be disconnected, or the database server may be down or the address, user name or password wrong. Check these and try again, or open another database.</source>
        <translation>volmatch se k databázi nedostal. Její složka možná chybí nebo do ní nelze zapisovat, síťový disk může být odpojený, nebo databázový server neběží či je chybná adresa, uživatelské jméno nebo heslo. Zkontrolujte to a zkuste to znovu, nebo otevřete jinou databázi.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="107"/>
        <source>The disk is full</source>
        <translation>Disk je plný</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="108"/>
        <source>The disk that holds the database has no space left, so nothing could be saved. Free some space on it (empty the recycle bin, move large files away) and try again, or open another database.</source>
        <translation>Na disku s databází nezbylo místo, proto se nic neuložilo. Uvolněte na něm místo (vysypte koš, přesuňte velké soubory jinam) a zkuste to znovu, nebo otevřete jinou databázi.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="113"/>
        <source>The database is busy</source>
        <translation>Databáze je zaneprázdněná</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="114"/>
        <source>Another program or window has held the database for too long. Nothing was changed. Wait a moment and try again, or close the other program first.</source>
        <translation>Jiný program nebo okno drží databázi příliš dlouho. Nic se nezměnilo. Chvíli počkejte a zkuste to znovu, nebo nejprve zavřete ten druhý program.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="118"/>
        <source>The database can only be read</source>
        <translation>Databázi lze jen číst</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="119"/>
        <source>The database file or its folder cannot be written to, so volmatch cannot prepare it. Ask for permission to change the file, or copy it to a folder of your own; then try again, or open another database.</source>
        <translation>Do souboru databáze nebo do jeho složky nelze zapisovat, a volmatch ji proto nemůže připravit. Požádejte o oprávnění soubor měnit, nebo si ho zkopírujte do vlastní složky; pak to zkuste znovu, nebo otevřete jinou databázi.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="124"/>
        <source>The database is damaged</source>
        <translation>Databáze je poškozená</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="125"/>
        <source>The file is damaged or is not a volmatch database. Restore a backup (the damaged file is kept aside in the backups folder), or open another database.</source>
        <translation>Soubor je poškozený, nebo to není databáze volmatch. Obnovte zálohu (poškozený soubor se odloží do složky se zálohami), nebo otevřete jinou databázi.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="129"/>
        <source>The database is from a newer volmatch</source>
        <translation>Databáze je z novější verze volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="130"/>
        <source>This database was last used by a newer version of volmatch, which this version cannot read. Update volmatch on this computer (ask whoever installs your software) and open it again, or open another database. The database was not changed.</source>
        <translation>Tuto databázi naposledy používala novější verze volmatch a tato verze ji neumí přečíst. Aktualizujte volmatch na tomto počítači (požádejte toho, kdo vám instaluje programy) a otevřete ji znovu, nebo otevřete jinou databázi. Databáze se nezměnila.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="135"/>
        <source>Cannot open the database</source>
        <translation>Databázi nelze otevřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="136"/>
        <source>The database could not be opened. Try again, or open another database.</source>
        <translation>Databázi se nepodařilo otevřít. Zkuste to znovu, nebo otevřete jinou databázi.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="156"/>
        <source>Backups in %1:</source>
        <translation>Zálohy ve složce %1:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="162"/>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="168"/>
        <source>No backups found; choose a file instead.</source>
        <translation>Žádné zálohy nebyly nalezeny; vyberte místo toho soubor.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="173"/>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Obnovit vybranou zálohu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="176"/>
        <source>Choose a backup &amp;file…</source>
        <translation>Vybrat &amp;soubor se zálohou…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="197"/>
        <source>Choose a backup</source>
        <translation>Vyberte zálohu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="199"/>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Databáze SQLite (*.sqlite3 *.sqlite *.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="202"/>
        <source>chosen file</source>
        <translation>vybraný soubor</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="218"/>
        <source>Choose a backup first.</source>
        <translation>Nejprve vyberte zálohu.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="222"/>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="239"/>
        <source>Restoring the backup…</source>
        <translation>Obnovuje se záloha…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="236"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Tuto zálohu nelze obnovit: %1</translation>
    </message>
</context>
<context>
    <name>DidYouMean</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="82"/>
        <source>Nothing found for “%1”.</source>
        <translation>Pro „%1“ se nic nenašlo.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="84"/>
        <source> or </source>
        <translation> nebo </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="90"/>
        <source>Nothing found for “%1”. Did you mean %2?</source>
        <extracomment>%1 is what was searched for, %2 one or more clickable corrected spellings.</extracomment>
        <translation>Pro „%1“ se nic nenašlo. Myslíte %2?</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="32"/>
        <source>These rows look like listings already stored. For each, choose whether to skip it or merge it into the stored listing, then import again.</source>
        <translation>Tyto řádky se podobají už uloženým nabídkám. U každého zvolte, zda jej přeskočit, nebo sloučit s uloženou nabídkou, a pak importujte znovu.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="39"/>
        <source>Possible duplicates</source>
        <translation>Možné duplicity</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Row</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Title in the file</source>
        <translation>Název v souboru</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Stored listing</source>
        <translation>Uložená nabídka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Do</source>
        <translation>Akce</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="47"/>
        <source>Skip all</source>
        <translation>Přeskočit vše</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="48"/>
        <source>Merge all</source>
        <translation>Sloučit vše</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="80"/>
        <source>What to do with row %1</source>
        <translation>Co udělat s řádkem %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="81"/>
        <source>Choose…</source>
        <translation>Vyberte…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="82"/>
        <source>Skip</source>
        <translation>Přeskočit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="83"/>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="36"/>
        <source>“%1” is not an e-mail address; write e.g. name@example.org.</source>
        <translation>„%1“ není e-mailová adresa; napište např. jmeno@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="45"/>
        <source>“%1” is not a web address; write e.g. https://example.org.</source>
        <translation>„%1“ není webová adresa; napište např. https://example.org.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="53"/>
        <source>“%1” is not a date; write e.g. 1. 3. 2025.</source>
        <translation>„%1“ není datum; napište např. 1. 3. 2025.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="78"/>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="81"/>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="133"/>
        <source>A language is listed twice: %1.</source>
        <translation>Jazyk je uveden dvakrát: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="47"/>
        <source>The name, contact details and profile (languages, days and times, district, interests) may be passed to the listing&apos;s organization.</source>
        <translation>Jméno, kontakt a profil (jazyky, dny a časy, městská část, zájmy) smějí být předány organizaci, která nabídku vypsala.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="53"/>
        <source>The name and contact details may be passed to the listing&apos;s organization.</source>
        <translation>Jméno a kontakt smějí být předány organizaci, která nabídku vypsala.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="64"/>
        <source>Allows matching to listings and contacting the person.</source>
        <translation>Dovoluje párovat s nabídkami i osobu kontaktovat.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="68"/>
        <source>Allows matching only: the person may not be contacted.</source>
        <translation>Dovoluje jen párování: osobu nelze kontaktovat.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="72"/>
        <source>Allows contact only: the person is not matched to listings.</source>
        <translation>Dovoluje jen kontakt: osoba se s nabídkami nepáruje.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="75"/>
        <source>Names neither matching nor contact: the profile is not matched.</source>
        <translation>Neuvádí párování ani kontakt: profil se nepáruje.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="15"/>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="16"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="17"/>
        <source>Organization</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="18"/>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="19"/>
        <source>External id</source>
        <translation>Vnější identifikátor</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="20"/>
        <source>Language of the text</source>
        <translation>Jazyk textu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="21"/>
        <source>Translations</source>
        <translation>Překlady</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="22"/>
        <source>Where</source>
        <translation>Kde</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="23"/>
        <source>Districts</source>
        <translation>Městské části</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="24"/>
        <source>Home district</source>
        <translation>Bydliště</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="25"/>
        <source>Place as written</source>
        <translation>Místo, jak bylo napsáno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="26"/>
        <source>Travels to</source>
        <translation>Dojede do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="27"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="28"/>
        <source>Latitude</source>
        <translation>Zeměpisná šířka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="29"/>
        <source>Longitude</source>
        <translation>Zeměpisná délka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="30"/>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="31"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="32"/>
        <source>Interests</source>
        <translation>Zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="33"/>
        <source>Interests as written</source>
        <translation>Zájmy, jak byly napsány</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="34"/>
        <source>Free keywords</source>
        <translation>Volná klíčová slova</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="35"/>
        <source>Commitment</source>
        <translation>Závazek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="36"/>
        <source>Start date</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="37"/>
        <source>End date</source>
        <translation>Konec</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="38"/>
        <source>Schedule</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="39"/>
        <source>Schedule (days)</source>
        <translation>Čas (dny)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="40"/>
        <source>Capacity</source>
        <translation>Počet míst</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="41"/>
        <source>Minimum age</source>
        <translation>Minimální věk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="42"/>
        <source>Accessibility</source>
        <translation>Přístupnost</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="43"/>
        <source>Contact e-mail</source>
        <translation>Kontaktní e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="44"/>
        <source>Contact phone</source>
        <translation>Kontaktní telefon</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="45"/>
        <source>Application web page</source>
        <translation>Webová stránka pro přihlášení</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="46"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="47"/>
        <source>Valid until</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="48"/>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="49"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="51"/>
        <source>Availability</source>
        <translation>Kdy může</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="52"/>
        <source>Availability (days)</source>
        <translation>Kdy může (dny)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="53"/>
        <source>Available from</source>
        <translation>K dispozici od</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="54"/>
        <source>Available until</source>
        <translation>K dispozici do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="55"/>
        <source>Year of birth</source>
        <translation>Rok narození</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="56"/>
        <source>Consent date</source>
        <translation>Datum souhlasu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="57"/>
        <source>Consent scope</source>
        <translation>Rozsah souhlasu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="58"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="59"/>
        <source>Web site</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="60"/>
        <source>Listings</source>
        <translation>Nabídky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="61"/>
        <source>Merged organizations</source>
        <translation>Sloučené organizace</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="31"/>
        <source>How did it go?</source>
        <translation>Jak to dopadlo?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="35"/>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="36"/>
        <source>e.g. Started on Monday, comes every week.</source>
        <translation>např. Začala v pondělí, chodí každý týden.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="39"/>
        <source>State now</source>
        <translation>Stav nyní</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="44"/>
        <source>Hours volunteered</source>
        <translation>Odpracované hodiny</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="44"/>
        <source>not recorded</source>
        <translation>nezapsáno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="46"/>
        <source>Ask again on</source>
        <translation>Znovu se zeptat dne</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="49"/>
        <source>Next follow-up date</source>
        <translation>Datum dalšího ověření</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="54"/>
        <source>What happened:</source>
        <translation>Co se stalo:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="55"/>
        <source>State now:</source>
        <translation>Stav nyní:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="56"/>
        <source>Hours volunteered:</source>
        <translation>Odpracované hodiny:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/guide.py" line="34"/>
        <location filename="../../src/volmatch/gui/dialogs/guide.py" line="38"/>
        <source>User guide</source>
        <translation>Průvodce aplikací</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="34"/>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="35"/>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="36"/>
        <source>Moved to the trash</source>
        <translation>Přesunuto do koše</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="37"/>
        <source>Restored from the trash</source>
        <translation>Obnoveno z koše</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="38"/>
        <source>Deleted for good</source>
        <translation>Trvale smazáno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="39"/>
        <source>Erased</source>
        <translation>Vymazáno (osobní údaje)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="40"/>
        <source>Merged into another</source>
        <translation>Sloučeno do jiné</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="55"/>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="99"/>
        <source>History of the record</source>
        <translation>Historie záznamu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="58"/>
        <source>Loading the history…</source>
        <translation>Načítá se historie…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="64"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>Who</source>
        <translation>Kdo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>Changed fields</source>
        <translation>Změněná pole</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="97"/>
        <source>History of “%1”</source>
        <translation>Historie záznamu „%1“</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="101"/>
        <source>No history is recorded for this record yet.</source>
        <translation>U tohoto záznamu zatím není zaznamenána žádná historie.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="115"/>
        <source>The history could not be read: %1</source>
        <translation>Historii se nepodařilo načíst: %1</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="36"/>
        <source>Record hours</source>
        <translation>Zapsat hodiny</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="39"/>
        <source>Hours so far: %1</source>
        <translation>Dosud hodin: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="41"/>
        <source>No hours recorded yet.</source>
        <translation>Zatím nejsou zapsané žádné hodiny.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="45"/>
        <source>Add hours volunteered on a day</source>
        <translation>Přidat hodiny odpracované v určitý den</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="47"/>
        <source>Correct the total</source>
        <translation>Opravit celkový počet</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="53"/>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="57"/>
        <source>Day</source>
        <translation>Den</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="62"/>
        <source>e.g. tutoring, two children</source>
        <translation>např. doučování, dvě děti</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="63"/>
        <source>Day:</source>
        <translation>Den:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="65"/>
        <source>Hours:</source>
        <translation>Hodiny:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="67"/>
        <source>Note:</source>
        <translation>Poznámka:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="100"/>
        <source>The hours are added to the total, shown in the placements list and on the certificate of volunteering.</source>
        <translation>Hodiny se přičtou k celkovému počtu, který je vidět v seznamu umístění a na potvrzení o dobrovolnictví.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="105"/>
        <source>The total replaces what is recorded; the change is noted with today&apos;s date.</source>
        <translation>Celkový počet nahradí zapsaný; změna se poznamená s dnešním datem.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="64"/>
        <source>Import from a file</source>
        <extracomment>File name endings the importer reads (importing.spreadsheet and json_listings).</extracomment>
        <translation>Import ze souboru</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="65"/>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="66"/>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="68"/>
        <source>What the file holds</source>
        <translation>Co soubor obsahuje</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="69"/>
        <source>Opportunities (listings)</source>
        <translation>Příležitosti (nabídky)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="70"/>
        <source>Volunteers</source>
        <translation>Dobrovolníci</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Soubor:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="73"/>
        <source>&amp;Holds:</source>
        <translation>&amp;Obsahuje:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="85"/>
        <source>Problems found</source>
        <translation>Nalezené problémy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="111"/>
        <source>Check</source>
        <translation>Zkontrolovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="153"/>
        <source>Choose a file to import</source>
        <translation>Vyberte soubor k importu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="76"/>
        <source>Choose a file (CSV, Excel, OpenDocument or a volmatch export). Check which field each column fills, check the file, then import it. Either all rows are imported, or none.</source>
        <translation>Vyberte soubor (CSV, Excel, OpenDocument nebo export z volmatch). Zkontrolujte, které pole plní každý sloupec, zkontrolujte soubor a pak ho importujte. Importují se buď všechny řádky, nebo žádný.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="89"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Načíst přiřazení…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="92"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Uložit přiřazení…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="98"/>
        <source>Columns of the file</source>
        <translation>Sloupce souboru</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="157"/>
        <source>All files volmatch reads (%1)</source>
        <translation>Všechny soubory, které volmatch přečte (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="160"/>
        <source>CSV files (%1)</source>
        <translation>Soubory CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="161"/>
        <source>Excel workbooks (%1)</source>
        <translation>Sešity Excelu (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="162"/>
        <source>OpenDocument spreadsheets (%1)</source>
        <translation>Tabulky OpenDocument (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="163"/>
        <source>volmatch exports (%1)</source>
        <translation>Exporty z volmatch (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="164"/>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="192"/>
        <source>A volmatch export is read as it was written: no mapping is needed.</source>
        <translation>Export z volmatch se čte tak, jak byl zapsán: přiřazení sloupců není potřeba.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="195"/>
        <source>The columns are shown here once a file is chosen.</source>
        <translation>Sloupce se tu ukážou, jakmile vyberete soubor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="217"/>
        <source>%n column(s) read</source>
        <extracomment>Begins &quot;12 columns read; …&quot;</extracomment>
        <translation>
            <numerusform>přečten %n sloupec</numerusform>
            <numerusform>přečteny %n sloupce</numerusform>
            <numerusform>přečteno %n sloupců</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="221"/>
        <source>%1; %n without a field. Correct any field below, then Check the file.</source>
        <extracomment>%1 is &quot;12 columns read&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n bez pole. Níže opravte, co je třeba, a pak soubor zkontrolujte.</numerusform>
            <numerusform>%1; %n bez pole. Níže opravte, co je třeba, a pak soubor zkontrolujte.</numerusform>
            <numerusform>%1; %n bez pole. Níže opravte, co je třeba, a pak soubor zkontrolujte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="232"/>
        <source>Reading the columns…</source>
        <translation>Čtu sloupce…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="237"/>
        <source>Reading the file…</source>
        <translation>Čtu soubor…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="255"/>
        <source>Load a mapping file</source>
        <translation>Načíst soubor s přiřazením sloupců</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="257"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Soubory s přiřazením (*.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="270"/>
        <source>The mapping file cannot be used: %1</source>
        <translation>Soubor s přiřazením nelze použít: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="273"/>
        <source>Mapping loaded from %1.</source>
        <translation>Přiřazení načteno ze souboru %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="282"/>
        <source>Save the mapping</source>
        <translation>Uložit přiřazení sloupců</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="282"/>
        <source>Mapping files (*.json)</source>
        <translation>Soubory s přiřazením (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="295"/>
        <source>The mapping could not be saved: %1</source>
        <translation>Přiřazení se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="300"/>
        <source>Mapping saved to %1.</source>
        <translation>Přiřazení uloženo do %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="307"/>
        <source>Choose an existing file first.</source>
        <translation>Nejprve vyberte existující soubor.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="329"/>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="335"/>
        <source>Importing…</source>
        <translation>Importuji…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="343"/>
        <source>%n row(s) read, no errors</source>
        <extracomment>Begins &quot;3 rows read, no errors; …&quot; and &quot;3 rows read, no errors: ready to import …&quot;</extracomment>
        <translation>
            <numerusform>Načteno řádků: %n, bez chyb</numerusform>
            <numerusform>Načteno řádků: %n, bez chyb</numerusform>
            <numerusform>Načteno řádků: %n, bez chyb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="369"/>
        <source>%n row(s) read</source>
        <extracomment>Begins &quot;3 rows read; 2 problems must be fixed in the file. …&quot;</extracomment>
        <translation>
            <numerusform>Načteno řádků: %n</numerusform>
            <numerusform>Načteno řádků: %n</numerusform>
            <numerusform>Načteno řádků: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="372"/>
        <source>%1; %n problem(s) must be fixed in the file. Nothing was imported.</source>
        <extracomment>%1 is &quot;3 rows read&quot;.</extracomment>
        <translation>
            <numerusform>%1; v souboru je třeba opravit problémů: %n. Nic nebylo importováno.</numerusform>
            <numerusform>%1; v souboru je třeba opravit problémů: %n. Nic nebylo importováno.</numerusform>
            <numerusform>%1; v souboru je třeba opravit problémů: %n. Nic nebylo importováno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="379"/>
        <source>%1; %n of them look(s) like listings already stored and need(s) a decision before importing.</source>
        <extracomment>%1 is &quot;3 rows read, no errors&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n z nich se podobá už uložené nabídce a před importem je třeba rozhodnout, co s ním.</numerusform>
            <numerusform>%1; %n z nich se podobají už uloženým nabídkám a před importem je třeba rozhodnout, co s nimi.</numerusform>
            <numerusform>%1; %n z nich se podobá už uloženým nabídkám a před importem je třeba rozhodnout, co s nimi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="387"/>
        <source>Nothing was imported: %n row(s) of %1 look(s) like listings already stored. Choose for each whether to skip or merge it, then import again.</source>
        <extracomment>%1 is the number of rows read.</extracomment>
        <translation>
            <numerusform>Nic nebylo importováno: %n řádek z %1 se podobá už uložené nabídce. Zvolte, zda jej přeskočit, nebo sloučit, a pak importujte znovu.</numerusform>
            <numerusform>Nic nebylo importováno: %n řádky z %1 se podobají už uloženým nabídkám. U každého zvolte, zda jej přeskočit, nebo sloučit, a pak importujte znovu.</numerusform>
            <numerusform>Nic nebylo importováno: %n řádků z %1 se podobá už uloženým nabídkám. U každého zvolte, zda jej přeskočit, nebo sloučit, a pak importujte znovu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="394"/>
        <source>%1: ready to import (%n warning(s)).</source>
        <extracomment>%1 is &quot;3 rows read, no errors&quot;.</extracomment>
        <translation>
            <numerusform>%1: připraveno k importu (upozornění: %n).</numerusform>
            <numerusform>%1: připraveno k importu (upozornění: %n).</numerusform>
            <numerusform>%1: připraveno k importu (upozornění: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="400"/>
        <source>Imported %n row(s): %1 new, %2 updated.</source>
        <extracomment>%1 and %2 are how many of the rows are new and how many updated.</extracomment>
        <translation>
            <numerusform>Importováno řádků: %n (nových %1, aktualizovaných %2).</numerusform>
            <numerusform>Importováno řádků: %n (nových %1, aktualizovaných %2).</numerusform>
            <numerusform>Importováno řádků: %n (nových %1, aktualizovaných %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="406"/>
        <source>%n merged into stored listing(s).</source>
        <extracomment>Ends &quot;2 possible duplicates skipped, 1 merged into a stored listing.&quot;</extracomment>
        <translation>
            <numerusform>sloučené s uloženými nabídkami: %n.</numerusform>
            <numerusform>sloučené s uloženými nabídkami: %n.</numerusform>
            <numerusform>sloučené s uloženými nabídkami: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="409"/>
        <source>%n possible duplicate(s) skipped, %1</source>
        <extracomment>%1 is &quot;1 merged into a stored listing.&quot;</extracomment>
        <translation>
            <numerusform>Přeskočené možné duplicity: %n, %1</numerusform>
            <numerusform>Přeskočené možné duplicity: %n, %1</numerusform>
            <numerusform>Přeskočené možné duplicity: %n, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="412"/>
        <source>Nothing was imported.</source>
        <translation>Nic nebylo importováno.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="41"/>
        <source>Identifier in the source</source>
        <extracomment>The combo entry of a column whose rules came with transforms or several fields. Languages a file&apos;s titles and descriptions may be written in (None: Czech).</extracomment>
        <translation>Identifikátor ve zdroji</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="42"/>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="87"/>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="43"/>
        <source>Organization</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="44"/>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="89"/>
        <source>Description</source>
        <translation>Popis</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="45"/>
        <source>District (Prague)</source>
        <translation>Městská část (Praha)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="46"/>
        <source>Place as written</source>
        <translation>Místo, jak je napsané</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="47"/>
        <source>Required languages</source>
        <translation>Požadované jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="48"/>
        <source>Welcome languages</source>
        <translation>Vítané jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="49"/>
        <source>Interests</source>
        <translation>Zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="50"/>
        <source>Commitment</source>
        <translation>Závazek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="51"/>
        <source>Start date</source>
        <translation>Datum začátku</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="52"/>
        <source>End date</source>
        <translation>Datum konce</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="53"/>
        <source>Capacity</source>
        <translation>Počet míst</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="54"/>
        <source>Minimum age</source>
        <translation>Minimální věk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="55"/>
        <source>Contact e-mail</source>
        <translation>Kontaktní e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="56"/>
        <source>Contact phone</source>
        <translation>Kontaktní telefon</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="57"/>
        <source>Web address</source>
        <translation>Webová adresa</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="58"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="59"/>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="60"/>
        <source>Schedule</source>
        <translation>Rozvrh</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="61"/>
        <source>Valid until</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="62"/>
        <source>Accessibility</source>
        <translation>Bezbariérovost</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="63"/>
        <source>Latitude</source>
        <translation>Zeměpisná šířka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="64"/>
        <source>Longitude</source>
        <translation>Zeměpisná délka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="65"/>
        <source>Internal notes</source>
        <translation>Interní poznámky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="66"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="67"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="68"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="69"/>
        <source>Travel districts</source>
        <translation>Kam dojíždí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="70"/>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="71"/>
        <source>Availability</source>
        <translation>Kdy má čas</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="72"/>
        <source>Consent date</source>
        <translation>Datum souhlasu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="73"/>
        <source>Consent scope</source>
        <translation>Rozsah souhlasu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="74"/>
        <source>Year of birth</source>
        <translation>Rok narození</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="81"/>
        <source>Not mapped</source>
        <translation>Nepřiřazeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="83"/>
        <source>Leave out</source>
        <translation>Vynechat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="93"/>
        <source>%1 in language %2 (%3)</source>
        <extracomment>%1 is &quot;Title&quot; or &quot;Description&quot;, %2 a language code such as &quot;en&quot;.</extracomment>
        <translation>%1 v jazyce %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Interests</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="75"/>
        <source>words in any language, e.g. children, zahradničení, готування</source>
        <translation>slova v jakémkoli jazyce, např. děti, zahradničení, готування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="79"/>
        <source>Pick…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="81"/>
        <source>Pick an interest by category</source>
        <translation>Vybrat zájem podle oblasti</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="152"/>
        <source>%1 → free keyword</source>
        <translation>%1 → volné klíčové slovo</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../src/volmatch/gui/issues.py" line="23"/>
        <source>Warning: %1</source>
        <translation>Upozornění: %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="59"/>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="88"/>
        <source>Clear filters</source>
        <translation>Zrušit filtry</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="342"/>
        <source>Showing %1 of %2</source>
        <extracomment>&quot;opportunity&quot; | &quot;volunteer&quot;: pages that can reload single rows (see fetch_rows).</extracomment>
        <translation>Zobrazeno %1 z %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="58"/>
        <source>Opportunities</source>
        <translation>Příležitosti</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="59"/>
        <source>Volunteers</source>
        <translation>Dobrovolníci</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="60"/>
        <source>Matching</source>
        <translation>Párování</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="61"/>
        <source>Overview</source>
        <translation>Přehled</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="62"/>
        <source>Placements</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="66"/>
        <source>Pages</source>
        <translation>Stránky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="44"/>
        <source>&amp;New…</source>
        <translation>&amp;Nový…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="48"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Zkopírovat…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="55"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Smazat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="67"/>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="70"/>
        <source>Find &amp;matches</source>
        <translation>Najít &amp;shody</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="75"/>
        <source>&amp;Find</source>
        <translation>&amp;Hledat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="78"/>
        <source>Ne&amp;xt</source>
        <translation>&amp;Další</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="85"/>
        <source>&amp;Previous</source>
        <translation>&amp;Předchozí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="99"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Otevřít jinou databázi…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="106"/>
        <source>Open database by &amp;address…</source>
        <translation>Otevřít databázi podle &amp;adresy…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="113"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import ze souboru…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="120"/>
        <source>&amp;Publish to the website…</source>
        <translation>&amp;Zveřejnit na webu…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="125"/>
        <source>Load &amp;demo data</source>
        <translation>Načíst &amp;ukázková data</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="127"/>
        <source>&amp;About volmatch</source>
        <translation>&amp;O aplikaci volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="31"/>
        <source>Show what others changed in the database just now (F5)</source>
        <translation>Ukázat, co v databázi právě změnili ostatní (F5)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="131"/>
        <source>&amp;User guide</source>
        <translation>&amp;Průvodce aplikací</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="136"/>
        <source>&amp;History…</source>
        <translation>&amp;Historie…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="137"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Koš…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="140"/>
        <source>&amp;Organizations…</source>
        <translation>&amp;Organizace…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="33"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Vytvořit nový záznam (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="34"/>
        <source>Search in the list (Ctrl+F)</source>
        <translation>Hledat v seznamu (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>Úpr&amp;avy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="191"/>
        <source>&amp;Settings</source>
        <translation>&amp;Nastavení</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="203"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Jazyk rozhraní</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="207"/>
        <source>System default</source>
        <translation>Podle systému</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="194"/>
        <source>&amp;Help</source>
        <translation>Nápo&amp;věda</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="222"/>
        <source>Prepare share &amp;cards in the background</source>
        <translation>Připravovat &amp;náhledy pro sdílení na pozadí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="226"/>
        <source>After listings change, draw the images shown when a listing is shared on social media, so that publishing a large website takes less time</source>
        <translation>Po změně nabídek předem vykreslit obrázky, které se ukážou při sdílení nabídky na sociálních sítích, aby zveřejnění velkého webu trvalo kratší dobu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="240"/>
        <source>Main toolbar</source>
        <translation>Hlavní panel nástrojů</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="117"/>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="182"/>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="215"/>
        <source>Opening the database…</source>
        <translation>Otevírám databázi…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="200"/>
        <source>Database: %1</source>
        <translation>Databáze: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="220"/>
        <source>Start-of-day housekeeping: %1</source>
        <translation>Ranní údržba databáze: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="212"/>
        <source>No database open</source>
        <translation>Není otevřena žádná databáze</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="227"/>
        <source>An empty database</source>
        <translation>Prázdná databáze</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="229"/>
        <source>This database holds no opportunities or volunteers yet.

Load the demo data (made-up listings and volunteers in Prague) to try the app?</source>
        <translation>V této databázi zatím nejsou žádné příležitosti ani dobrovolníci.

Načíst ukázková data (smyšlené nabídky a dobrovolníky v Praze) a vyzkoušet si aplikaci?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="238"/>
        <source>Demo data loaded.</source>
        <translation>Ukázková data jsou načtena.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="245"/>
        <source>Loading the demo data…</source>
        <translation>Načítám ukázková data…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="298"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Aktualizováno podle změn provedených jinde.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/mainwindow.py" line="301"/>
        <source>Updated: %n record(s) changed elsewhere.</source>
        <extracomment>Shown when another person or process changed records in the same database.</extracomment>
        <translation>
            <numerusform>Aktualizováno: %n záznam změněn jinde.</numerusform>
            <numerusform>Aktualizováno: %n záznamy změněny jinde.</numerusform>
            <numerusform>Aktualizováno: %n záznamů změněno jinde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="308"/>
        <source>Open another database</source>
        <translation>Otevřít jinou databázi</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="310"/>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Databáze SQLite (*.sqlite3 *.sqlite *.db);;Všechny soubory (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="319"/>
        <source>Open database by address</source>
        <translation>Otevřít databázi podle adresy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="320"/>
        <source>Database address, e.g. postgresql+psycopg://user@server/volmatch:</source>
        <translation>Adresa databáze, např. postgresql+psycopg://uzivatel@server/volmatch:</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="115"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>Sloupce souboru a pole, která plní</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="118"/>
        <source>Column in the file</source>
        <translation>Sloupec v souboru</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="119"/>
        <source>Example</source>
        <translation>Příklad</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="120"/>
        <source>Read as</source>
        <translation>Čte se jako</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="121"/>
        <source>How sure / other candidates</source>
        <translation>Jistota / další možnosti</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="137"/>
        <source>Columns not mapped</source>
        <translation>Nepřiřazené sloupce</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="138"/>
        <source>keep their values in the internal notes</source>
        <translation>jejich hodnoty uložit do interních poznámek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="139"/>
        <source>leave them out</source>
        <translation>vynechat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="143"/>
        <source>Language of titles and descriptions</source>
        <translation>Jazyk názvů a popisů</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="145"/>
        <source>Czech</source>
        <translation>čeština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="146"/>
        <source>English</source>
        <translation>angličtina</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="147"/>
        <source>Ukrainian</source>
        <translation>ukrajinština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="148"/>
        <source>Russian</source>
        <translation>ruština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="149"/>
        <source>Vietnamese</source>
        <translation>vietnamština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="150"/>
        <source>German</source>
        <translation>němčina</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="157"/>
        <source>Fixed values</source>
        <translation>Pevné hodnoty</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="164"/>
        <source>Add a fixed value</source>
        <translation>Přidat pevnou hodnotu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="167"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="171"/>
        <source>Columns not &amp;mapped:</source>
        <translation>&amp;Nepřiřazené sloupce:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="172"/>
        <source>&amp;Texts are in:</source>
        <translation>&amp;Texty jsou v jazyce:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="175"/>
        <source>Fixed values: a value for every row, always or where the cell is empty.</source>
        <translation>Pevné hodnoty: hodnota pro každý řádek, vždy nebo tam, kde je buňka prázdná.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="207"/>
        <source>Field for column %1</source>
        <translation>Pole pro sloupec %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="233"/>
        <source>%1, transformed as the mapping file says</source>
        <extracomment>%1 lists the fields a mapping file sends one column to.</extracomment>
        <translation>%1, upraveno podle souboru s přiřazením</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="251"/>
        <source>as the mapping file says</source>
        <translation>podle souboru s přiřazením</translation>
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
        <translation>nebo: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="265"/>
        <source>your choice</source>
        <translation>vaše volba</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="272"/>
        <source>Field of the fixed value</source>
        <translation>Pole pevné hodnoty</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="279"/>
        <source>Fixed value</source>
        <translation>Pevná hodnota</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="281"/>
        <source>When the fixed value applies</source>
        <translation>Kdy pevná hodnota platí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="282"/>
        <source>always</source>
        <translation>vždy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="283"/>
        <source>where the cell is empty</source>
        <translation>kde je buňka prázdná</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="34"/>
        <source>Score</source>
        <translation>Skóre</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="33"/>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="42"/>
        <source>Listing</source>
        <extracomment>The four parts in drawing order, with a colour each (readable on light backgrounds).</extracomment>
        <translation>Nabídka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="35"/>
        <source>Score parts</source>
        <translation>Složky skóre</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="36"/>
        <source>Requirements</source>
        <translation>Požadavky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="37"/>
        <source>Marks</source>
        <translation>Značky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="42"/>
        <source>Volunteer</source>
        <translation>Dobrovolník</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="69"/>
        <source>all met</source>
        <translation>vše splněno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="73"/>
        <source>not met: %1</source>
        <translation>nesplněno: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="101"/>
        <source>pinned</source>
        <translation>připnuto</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="103"/>
        <source>hidden</source>
        <translation>skryto</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="107"/>
        <source>all places taken</source>
        <translation>všechna místa obsazena</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="109"/>
        <source>already placed</source>
        <translation>už umístěn(a)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="114"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="115"/>
        <source>District</source>
        <translation>Místo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="116"/>
        <source>Interests</source>
        <translation>Zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="117"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="97"/>
        <source>Listings for a volunteer</source>
        <extracomment>After this long without an answer, the page says why the first match takes a while. From this many rows derived again, the page counts them as they go. At most this many &quot;N more if you relax …&quot; choices are offered.</extracomment>
        <translation>Nabídky pro dobrovolníka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="98"/>
        <source>Volunteers for a listing</source>
        <translation>Dobrovolníci pro nabídku</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="108"/>
        <source>Whom to match</source>
        <translation>Koho párovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="109"/>
        <source>Type a name or a title…</source>
        <translation>Napište jméno nebo název…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="117"/>
        <source>Only published listings still valid</source>
        <translation>Jen zveřejněné a platné nabídky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="120"/>
        <source>Find matches</source>
        <translation>Najít shody</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="135"/>
        <source>Change weights…</source>
        <translation>Změnit váhy…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="138"/>
        <source>Hide listings with every place taken</source>
        <translation>Skrýt nabídky s obsazenými místy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="141"/>
        <source>Show pairs hidden by a coordinator</source>
        <translation>Ukázat dvojice skryté koordinátorem</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="155"/>
        <source>Matches</source>
        <translation>Shody</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="197"/>
        <source>Reasons</source>
        <translation>Důvody</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="229"/>
        <source>Outcome</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="231"/>
        <source>suggested</source>
        <translation>navrženo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="232"/>
        <source>contacted</source>
        <translation>kontaktováno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="233"/>
        <source>placed</source>
        <translation>umístěno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="234"/>
        <source>declined</source>
        <translation>odmítnuto</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="235"/>
        <source>ended</source>
        <translation>ukončeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="238"/>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="78"/>
        <source>Pin to the top</source>
        <translation>Připnout nahoru</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="241"/>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="83"/>
        <source>Hide this pair</source>
        <translation>Skrýt tuto dvojici</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="244"/>
        <source>Record outcome</source>
        <translation>Zaznamenat výsledek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="246"/>
        <source>Copy message for the volunteer</source>
        <translation>Zkopírovat zprávu pro dobrovolníka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="215"/>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="248"/>
        <source>E-mails and invitation…</source>
        <translation>E-maily a pozvánka…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="205"/>
        <source>Why:</source>
        <translation>Proč:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="210"/>
        <source>Placements</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="288"/>
        <source>Preparing the matching data once, after new reference data: {done} of {total}…</source>
        <translation>Připravuji data pro párování (jednou, po aktualizaci referenčních dat): {done} z {total}…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="302"/>
        <location filename="../../src/volmatch/gui/pages/matching_subject.py" line="120"/>
        <source>Matching…</source>
        <translation>Páruji…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_questions.py" line="79"/>
        <source>Matching… The first match after the app starts reads all the listings and volunteers, which takes a few seconds in a large database.</source>
        <translation>Páruji… První párování po spuštění aplikace čte všechny nabídky a dobrovolníky, což ve velké databázi trvá několik sekund.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="325"/>
        <source>dates</source>
        <translation>termíny</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="327"/>
        <source>age</source>
        <translation>věk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="375"/>
        <source>%n match(es) meet(s) every requirement (%1 considered).</source>
        <comment>listings for a volunteer</comment>
        <translation>
            <numerusform>Všechny požadavky splňuje %n nabídka (posouzeno %1).</numerusform>
            <numerusform>Všechny požadavky splňují %n nabídky (posouzeno %1).</numerusform>
            <numerusform>Všechny požadavky splňuje %n nabídek (posouzeno %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="381"/>
        <source>%n more with relaxed requirements.</source>
        <comment>listings for a volunteer</comment>
        <translation>
            <numerusform>Další %n nabídka se zmírněnými požadavky.</numerusform>
            <numerusform>Další %n nabídky se zmírněnými požadavky.</numerusform>
            <numerusform>Dalších %n nabídek se zmírněnými požadavky.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="387"/>
        <source>%n match(es) meet(s) every requirement (%1 considered).</source>
        <comment>volunteers for a listing</comment>
        <translation>
            <numerusform>Všechny požadavky splňuje %n dobrovolník (posouzeno %1).</numerusform>
            <numerusform>Všechny požadavky splňují %n dobrovolníci (posouzeno %1).</numerusform>
            <numerusform>Všechny požadavky splňuje %n dobrovolníků (posouzeno %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="393"/>
        <source>%n more with relaxed requirements.</source>
        <comment>volunteers for a listing</comment>
        <translation>
            <numerusform>Další %n dobrovolník se zmírněnými požadavky.</numerusform>
            <numerusform>Další %n dobrovolníci se zmírněnými požadavky.</numerusform>
            <numerusform>Dalších %n dobrovolníků se zmírněnými požadavky.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="404"/>
        <source>%n pair(s) hidden by a coordinator.</source>
        <translation>
            <numerusform>%n dvojice skryta koordinátorem.</numerusform>
            <numerusform>%n dvojice skryty koordinátorem.</numerusform>
            <numerusform>%n dvojic skryto koordinátorem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="407"/>
        <source>%n listing(s) with every place taken left out.</source>
        <translation>
            <numerusform>%n nabídka s obsazenými místy vynechána.</numerusform>
            <numerusform>%n nabídky s obsazenými místy vynechány.</numerusform>
            <numerusform>%n nabídek s obsazenými místy vynecháno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="430"/>
        <source>%n volunteer(s) were left out because they have not consented to matching.</source>
        <translation>
            <numerusform>Vynecháno dobrovolníků bez souhlasu se zprostředkováním: %n.</numerusform>
            <numerusform>Vynecháno dobrovolníků bez souhlasu se zprostředkováním: %n.</numerusform>
            <numerusform>Vynecháno dobrovolníků bez souhlasu se zprostředkováním: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="63"/>
        <source>Available in a moment, the database is opening.</source>
        <translation>Za chvíli k dispozici, databáze se otevírá.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="76"/>
        <source>Unpin</source>
        <translation>Odepnout</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="81"/>
        <source>Show again</source>
        <translation>Znovu ukazovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="420"/>
        <source>This volunteer has not consented to being matched — add the consent date in the profile.</source>
        <translation>Tento dobrovolník nedal souhlas se zprostředkováním — doplňte datum souhlasu v profilu.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="425"/>
        <source>This volunteer&apos;s consent does not cover matching — widen the consent scope in the profile.</source>
        <translation>Souhlas tohoto dobrovolníka se nevztahuje na zprostředkování — rozšiřte rozsah souhlasu v profilu.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="31"/>
        <source>Recorded: %1.</source>
        <translation>Zaznamenáno: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="50"/>
        <source>Placements of this volunteer:</source>
        <translation>Umístění tohoto dobrovolníka:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="52"/>
        <source>Placements for this listing:</source>
        <translation>Umístění u této nabídky:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="80"/>
        <source>None recorded yet.</source>
        <translation>Zatím nic nezapsáno.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="221"/>
        <source>Written in %1: messages are not available in %2.</source>
        <translation>Napsáno v jazyce %1: zprávy v jazyce %2 zatím nejsou.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="227"/>
        <source>The listing&apos;s own text is in %1: add a translation.</source>
        <translation>Vlastní text nabídky je v jazyce %1: doplňte překlad.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="217"/>
        <source>Message copied (%1).</source>
        <translation>Zpráva zkopírována (%1).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="107"/>
        <source>Cancelled — nothing was changed</source>
        <translation>Zrušeno — nic se nezměnilo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="191"/>
        <source>Cancel</source>
        <extracomment>QThreadPool priorities: queued work of a higher one starts first, equal ones in order.</extracomment>
        <translation>Zrušit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="250"/>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="269"/>
        <source>Operation failed</source>
        <translation>Operace se nezdařila</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="31"/>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="32"/>
        <source>Organization</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="33"/>
        <source>Districts</source>
        <translation>Městské části</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="34"/>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="35"/>
        <source>Interests</source>
        <translation>Zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="36"/>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="37"/>
        <source>Valid until</source>
        <translation>Platí do</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="40"/>
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="41"/>
        <source>All districts</source>
        <translation>Všechny části</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="42"/>
        <source>All languages</source>
        <translation>Všechny jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="43"/>
        <source>All interests</source>
        <translation>Všechny zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="44"/>
        <source>All organizations</source>
        <translation>Všechny organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="49"/>
        <source>Search listings: title, organization, place… (Ctrl+F)</source>
        <translation>Hledat nabídky: název, organizace, místo… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="51"/>
        <source>Opportunities</source>
        <translation>Příležitosti</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="87"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="88"/>
        <source>Duplicate…</source>
        <translation>Zkopírovat…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="89"/>
        <source>Archive</source>
        <translation>Archivovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="90"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="92"/>
        <source>Find volunteers for this listing</source>
        <translation>Najít dobrovolníky pro tuto nabídku</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="93"/>
        <source>History…</source>
        <translation>Historie…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="102"/>
        <source>This listing no longer exists.</source>
        <translation>Tato nabídka už neexistuje.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="125"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="103"/>
        <source>Listing saved.</source>
        <translation>Nabídka uložena.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="163"/>
        <source>Listing archived.</source>
        <translation>Nabídka archivována.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="105"/>
        <source>Delete listing</source>
        <translation>Smazat nabídku</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="106"/>
        <source>Delete the listing “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Smazat nabídku „%1“? Vrátit to můžete klávesami Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="104"/>
        <source>Listing deleted.</source>
        <translation>Nabídka smazána.</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="69"/>
        <source>New listing</source>
        <translation>Nová nabídka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="69"/>
        <source>Edit listing</source>
        <translation>Úprava nabídky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="114"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="89"/>
        <source>in districts</source>
        <translation>v městských částech</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="115"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="90"/>
        <source>anywhere in Prague</source>
        <translation>kdekoli v Praze</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="116"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="91"/>
        <source>online / from home</source>
        <translation>online / z domova</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="123"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="84"/>
        <source>one-off</source>
        <translation>jednorázově</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="124"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="85"/>
        <source>regular</source>
        <translation>pravidelně</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="125"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="86"/>
        <source>long-term</source>
        <translation>dlouhodobě</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="146"/>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Minimální věk:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="151"/>
        <source>Tick “required” for a language the volunteer must speak at least at the level chosen; the others are welcome.</source>
        <translation>Zaškrtněte „požadováno“ u jazyka, který dobrovolník musí ovládat aspoň na zvolené úrovni; ostatní jsou vítány.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="162"/>
        <source>e.g. Mon–Fri evenings, Saturday morning</source>
        <translation>např. po–pá večer, v sobotu dopoledne</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="112"/>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="160"/>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="161"/>
        <source>d. m. yyyy</source>
        <translation>d. m. rrrr</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="128"/>
        <source>not limited</source>
        <translation>neomezeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="169"/>
        <source>Internal notes, never published</source>
        <translation>Interní poznámky, nikdy se nezveřejňují</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="136"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizace:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="85"/>
        <source>Main facts</source>
        <translation>Hlavní údaje</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="86"/>
        <source>Time and contact</source>
        <translation>Termín a kontakt</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="117"/>
        <source>e.g. Praha 7, Holešovice, na Letné</source>
        <translation>např. Praha 7, Holešovice, na Letné</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="119"/>
        <source>street and number, if there is one place</source>
        <translation>ulice a číslo, je-li místo jedno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="131"/>
        <source>any age</source>
        <translation>bez omezení</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="132"/>
        <source> years</source>
        <translation> let</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="137"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tav:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="139"/>
        <source>&amp;Where:</source>
        <translation>&amp;Kde:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="140"/>
        <source>&amp;Districts:</source>
        <translation>&amp;Městské části:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="141"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresa:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="142"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Zájmy:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="144"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Závazek:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="180"/>
        <source>Application &amp;web page:</source>
        <translation>&amp;Web pro přihlášení:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="321"/>
        <source>Give the listing a title, in Czech or in another language.</source>
        <translation>Dejte nabídce název, česky nebo v jiném jazyce.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="322"/>
        <source>A title is needed.</source>
        <translation>Název je potřeba.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="325"/>
        <source>The Czech title is missing: add it before publishing.</source>
        <translation>Chybí český název: doplňte ho před zveřejněním.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="143"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Jazyky:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="176"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Kdy:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="174"/>
        <source>Start date:</source>
        <translation>Začátek:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="175"/>
        <source>End date:</source>
        <translation>Konec:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="138"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Platí do:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="145"/>
        <source>Ca&amp;pacity:</source>
        <translation>Po&amp;čet míst:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="164"/>
        <source>e.g. wheelchair access, lift, quiet room</source>
        <translation>např. bezbariérový vstup, výtah, klidná místnost</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="177"/>
        <source>Accessi&amp;bility:</source>
        <translation>Přístu&amp;pnost:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="178"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontaktní &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="179"/>
        <source>Contact p&amp;hone:</source>
        <translation>Kontaktní &amp;telefon:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="181"/>
        <source>&amp;Notes:</source>
        <translation>Poz&amp;námky:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="191"/>
        <source>Title (%1)</source>
        <translation>Název (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="195"/>
        <source>Description (%1)</source>
        <translation>Popis (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="196"/>
        <source>Title:</source>
        <translation>Název:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="198"/>
        <source>Description:</source>
        <translation>Popis:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="334"/>
        <source>Name at least one district, or choose “anywhere in Prague”.</source>
        <translation>Uveďte aspoň jednu městskou část, nebo zvolte „kdekoli v Praze“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="341"/>
        <source>The end date is before the start date.</source>
        <translation>Konec je dříve než začátek.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="380"/>
        <source>This looks like an existing listing: “%1”. Check that it is not a duplicate.</source>
        <translation>Vypadá to jako existující nabídka: „%1“. Ověřte, že nejde o duplicitu.</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="49"/>
        <source>type part of the name, e.g. komunitni centrum</source>
        <translation>napište část názvu, např. komunitni centrum</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="65"/>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="201"/>
        <source>Create a new organization</source>
        <translation>Založit novou organizaci</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="137"/>
        <source>✓ a stored organization</source>
        <translation>✓ uložená organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="142"/>
        <source>A new organization “%1” will be stored.</source>
        <translation>Uloží se nová organizace „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="151"/>
        <source>Did you mean:</source>
        <translation>Nemysleli jste:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="157"/>
        <source>Use %1</source>
        <translation>Použít %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="162"/>
        <source>No stored organization has this name.</source>
        <translation>Žádná uložená organizace se tak nejmenuje.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="179"/>
        <source>New organization?</source>
        <translation>Nová organizace?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="183"/>
        <source>“%1” looks like the stored organization “%2”. Is it the same one?</source>
        <translation>„%1“ vypadá jako uložená organizace „%2“. Je to tatáž?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="191"/>
        <source>Use “%1”</source>
        <translation>Použít „%1“</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="196"/>
        <source>No stored organization is called “%1”.</source>
        <translation>Žádná uložená organizace se nejmenuje „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="205"/>
        <source>Go back</source>
        <translation>Zpět</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="38"/>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="49"/>
        <source>Organizations</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="44"/>
        <source>Search: any part of the name, e.g. komunitni</source>
        <translation>Hledat: libovolná část názvu, např. komunitni</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="45"/>
        <source>Search organizations</source>
        <translation>Hledat organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Listings</source>
        <translation>Nabídky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Accreditation</source>
        <translation>Akreditace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="62"/>
        <source>Accredited as a sending organization under zákon č. 198/2002 Sb.</source>
        <translation>Akreditovaná vysílající organizace podle zákona č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="67"/>
        <source>Two records of one organization? Select both (Ctrl+click) and merge them: their listings move to the name you keep.</source>
        <translation>Jedna organizace dvakrát? Vyberte oba záznamy (Ctrl+klik) a slučte je: jejich nabídky přejdou pod název, který ponecháte.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="72"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Přejmenovat…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="74"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Sloučit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="76"/>
        <source>&amp;Accreditation…</source>
        <translation>&amp;Akreditace…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="129"/>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="168"/>
        <source>Rename organization</source>
        <translation>Přejmenovat organizaci</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="168"/>
        <source>New name:</source>
        <translation>Nový název:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="175"/>
        <source>Renamed; %n listing(s) show the new name.</source>
        <translation>
            <numerusform>Přejmenováno; nový název ukazuje %n nabídka.</numerusform>
            <numerusform>Přejmenováno; nový název ukazují %n nabídky.</numerusform>
            <numerusform>Přejmenováno; nový název ukazuje %n nabídek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="187"/>
        <source>Merge organizations</source>
        <translation>Sloučit organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="188"/>
        <source>These records become one organization. Keep the name:</source>
        <translation>Z těchto záznamů bude jedna organizace. Ponechat název:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="201"/>
        <source>Merged into “%1”; %n listing(s) moved.</source>
        <translation>
            <numerusform>Sloučeno do „%1“; přesunuta %n nabídka.</numerusform>
            <numerusform>Sloučeno do „%1“; přesunuty %n nabídky.</numerusform>
            <numerusform>Sloučeno do „%1“; přesunuto %n nabídek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="219"/>
        <source>“%1” is marked as accredited under zákon č. 198/2002 Sb.</source>
        <translation>„%1“ je vedena jako akreditovaná podle zákona č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="221"/>
        <source>“%1” is not marked as accredited.</source>
        <translation>„%1“ není vedena jako akreditovaná.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="238"/>
        <source>Another organization is already called “%1”. To make them one, select both and merge them.</source>
        <translation>Jiná organizace se už jmenuje „%1“. Chcete-li z nich mít jednu, vyberte obě a slučte je.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="241"/>
        <source>An organization needs a name.</source>
        <translation>Organizace potřebuje název.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="242"/>
        <source>The organization no longer exists; the list is reloaded.</source>
        <translation>Organizace už neexistuje; seznam se načte znovu.</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="65"/>
        <source>name</source>
        <translation>jméno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="66"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="67"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="68"/>
        <source>languages</source>
        <translation>jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="69"/>
        <source>days and times</source>
        <translation>dny a časy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="70"/>
        <source>home district</source>
        <translation>městská část bydliště</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="71"/>
        <source>interests</source>
        <translation>zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="72"/>
        <source>available dates</source>
        <translation>od kdy do kdy může</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="73"/>
        <source>year of birth</source>
        <translation>rok narození</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="74"/>
        <source>internal notes</source>
        <translation>interní poznámky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="84"/>
        <source>Left out, no consent is recorded: %1.</source>
        <translation>Vynecháno, není zaznamenán souhlas: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="88"/>
        <source>Left out, the consent covers passing on contact details only: %1.</source>
        <translation>Vynecháno, souhlas pokrývá jen předání kontaktu: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="93"/>
        <source>Left out, the consent does not cover passing data to organizations: %1.</source>
        <translation>Vynecháno, souhlas nezahrnuje předávání údajů organizacím: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="98"/>
        <source>Never passed on: %1.</source>
        <translation>Nikdy se nepředává: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="115"/>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="116"/>
        <source>name@example.org</source>
        <translation>jmeno@example.org</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="119"/>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="122"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="127"/>
        <source>Open in the mail program</source>
        <translation>Otevřít v poštovním programu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="131"/>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="241"/>
        <source>Save as .eml…</source>
        <translation>Uložit jako .eml…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="134"/>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="138"/>
        <source>Save the invitation (.ics)…</source>
        <translation>Uložit pozvánku (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="148"/>
        <source>&amp;To:</source>
        <translation>&amp;Komu:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="149"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Předmět:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="166"/>
        <source>No consent to contact is recorded: the message cannot be sent from here.</source>
        <translation>Není zaznamenán souhlas s kontaktováním: zprávu odsud nelze odeslat.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="171"/>
        <source>The person&apos;s consent does not cover being contacted.</source>
        <translation>Souhlas této osoby nezahrnuje kontaktování: zprávu odsud nelze odeslat.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="177"/>
        <source>No e-mail address is recorded: write it in “To”.</source>
        <translation>Není zaznamenána e-mailová adresa: doplňte ji do pole „Komu“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="183"/>
        <source>The recorded e-mail address is not valid: correct it in “To”.</source>
        <translation>Zaznamenaná e-mailová adresa není platná: opravte ji v poli „Komu“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="191"/>
        <source>Written in %1: messages are not available in the person&apos;s language.</source>
        <translation>Napsáno v jazyce %1: v jazyce této osoby zprávy zatím nejsou.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="198"/>
        <source>The listing&apos;s own text is in %1: add a translation.</source>
        <translation>Vlastní text nabídky je v jazyce %1: doplňte překlad.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="206"/>
        <source>A long message: a mail program may cut it off when opened from here; save it as .eml instead.</source>
        <translation>Dlouhá zpráva: poštovní program by ji při otevření odsud mohl zkrátit; uložte ji raději jako .eml.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="215"/>
        <source>A calendar invitation is attached to the .eml (a mailto: link cannot carry attachments; save it alone to attach it by hand).</source>
        <translation>K souboru .eml je přiložena pozvánka do kalendáře (odkaz mailto: přílohy neunese; uložte ji zvlášť a přiložte ručně).</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="229"/>
        <source>Message too long for a mail link</source>
        <translation>Zpráva je na odkaz do pošty příliš dlouhá</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="230"/>
        <source>The message makes a link of %1 characters; mail programs take about %2 and may cut the text off. Save it as an .eml file and open that instead.</source>
        <translation>Zpráva dává odkaz o %1 znacích; poštovní programy berou zhruba %2 a text mohou useknout. Uložte ji raději jako soubor .eml a otevřete ten.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="245"/>
        <source>Open anyway</source>
        <translation>Přesto otevřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="258"/>
        <source>No mail program</source>
        <translation>Žádný poštovní program</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="259"/>
        <source>No mail program opened the message. Save it as an .eml file instead.</source>
        <translation>Zprávu neotevřel žádný poštovní program. Uložte ji raději jako soubor .eml.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="285"/>
        <source>Not an e-mail address</source>
        <translation>Není to e-mailová adresa</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="286"/>
        <source>“%1” is not an e-mail address; correct it or leave it empty.</source>
        <translation>„%1“ není e-mailová adresa; opravte ji, nebo pole nechte prázdné.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="292"/>
        <source>message-to-volunteer.eml</source>
        <translation>zprava-pro-dobrovolnika.eml</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="294"/>
        <source>message-to-organization.eml</source>
        <translation>zprava-pro-organizaci.eml</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="297"/>
        <source>Save the e-mail</source>
        <translation>Uložit e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="299"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="307"/>
        <source>Save the calendar invitation</source>
        <translation>Uložit pozvánku do kalendáře</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="309"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalendář (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="316"/>
        <source>Copied to the clipboard.</source>
        <translation>Zkopírováno do schránky.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="324"/>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="383"/>
        <source>E-mails and invitation</source>
        <translation>E-maily a pozvánka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="331"/>
        <source>To the volunteer (%1)</source>
        <translation>Pro dobrovolníka (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="337"/>
        <source>To the organization (%1)</source>
        <translation>Pro organizaci (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="363"/>
        <source>Not saved</source>
        <translation>Neuloženo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="364"/>
        <source>The file could not be saved: %1</source>
        <translation>Soubor se nepodařilo uložit: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="371"/>
        <source>Saved: %1</source>
        <translation>Uloženo: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="384"/>
        <source>The volunteer or the listing no longer exists.</source>
        <translation>Dobrovolník nebo nabídka už neexistuje.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="23"/>
        <source>Per district</source>
        <translation>Podle městských částí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="22"/>
        <source>Per language</source>
        <translation>Podle jazyků</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="25"/>
        <source>volunteers but no listings</source>
        <translation>dobrovolníci bez nabídek</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="26"/>
        <source>No data yet.</source>
        <translation>Zatím žádná data.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="27"/>
        <source>Opportunities and volunteers per district</source>
        <translation>Příležitosti a dobrovolníci podle městských částí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="28"/>
        <source>Opportunities and volunteers per language</source>
        <translation>Příležitosti a dobrovolníci podle jazyků</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="33"/>
        <source>Click a bar to see those listings or volunteers. With the keyboard: Tab to a chart, choose a row with Up and Down, Enter opens its listings and Shift+Enter its volunteers.</source>
        <translation>Kliknutím na pruh zobrazíte příslušné nabídky nebo dobrovolníky. Z klávesnice: tabulátorem přejděte na graf, šipkami nahoru a dolů vyberte řádek, Enter otevře jeho nabídky a Shift+Enter jeho dobrovolníky.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="65"/>
        <source>published listings</source>
        <translation>zveřejněné nabídky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="65"/>
        <source>volunteers</source>
        <translation>dobrovolníci</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/overview.py" line="74"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n umístěn</numerusform>
            <numerusform>%n umístěni</numerusform>
            <numerusform>%n umístěno</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="114"/>
        <source>Languages with volunteers but no listings: %1.</source>
        <translation>Jazyky s dobrovolníky, ale bez nabídek: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="120"/>
        <source>Districts with volunteers but no listings: %1.</source>
        <translation>Městské části s dobrovolníky, ale bez nabídek: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="126"/>
        <source>Every language and district with volunteers has published listings.</source>
        <translation>Pro každý jazyk i městskou část s dobrovolníky existují zveřejněné nabídky.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="131"/>
        <source>Placements so far, per district of the listing: %1.</source>
        <translation>Dosavadní umístění podle městské části nabídky: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="142"/>
        <source>Hours volunteered so far: %1.</source>
        <translation>Dosud odpracováno hodin: %1.</translation>
    </message>
</context>
<context>
    <name>PairedBarChart</name>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/widgets/charts.py" line="71"/>
        <source>%n volunteer(s)</source>
        <extracomment>The end of a chart row&apos;s description, after the published listings: &quot;Praha 7: 3 published listings, 5 volunteers&quot;.</extracomment>
        <translation>
            <numerusform>%n dobrovolník</numerusform>
            <numerusform>%n dobrovolníci</numerusform>
            <numerusform>%n dobrovolníků</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/widgets/charts.py" line="74"/>
        <source>%1: %n published listing(s), %2</source>
        <extracomment>A chart row spoken by a screen reader: %1 is a district or a language, the last part the volunteers (&quot;Praha 7: 3 published listings, 5 volunteers&quot;).</extracomment>
        <translation>
            <numerusform>%1: %n zveřejněná nabídka, %2</numerusform>
            <numerusform>%1: %n zveřejněné nabídky, %2</numerusform>
            <numerusform>%1: %n zveřejněných nabídek, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="44"/>
        <source>suggested</source>
        <translation>navrženo</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="45"/>
        <source>contacted</source>
        <translation>kontaktováno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="46"/>
        <source>placed</source>
        <translation>umístěno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="47"/>
        <source>declined</source>
        <translation>odmítnuto</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="48"/>
        <source>ended</source>
        <translation>ukončeno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="58"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="59"/>
        <source>District</source>
        <translation>Městská část</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="60"/>
        <source>Interests</source>
        <translation>Zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="61"/>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="71"/>
        <source>shared by everyone using this database</source>
        <translation>společné pro všechny uživatele této databáze</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="73"/>
        <source>defaults</source>
        <translation>výchozí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="76"/>
        <source>Weights: %1 (%2)</source>
        <translation>Váhy: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlacementDocs</name>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="17"/>
        <source>Record hours…</source>
        <translation>Zapsat hodiny…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="21"/>
        <source>Issue certificate…</source>
        <translation>Vystavit potvrzení…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="72"/>
        <source>Add the hours volunteered, or correct the total.</source>
        <translation>Přidat odpracované hodiny nebo opravit celkový počet.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="77"/>
        <source>A certificate of volunteering in Czech and the volunteer&apos;s language, as a PDF.</source>
        <translation>Potvrzení o dobrovolnictví česky a v jazyce dobrovolníka, jako PDF.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="84"/>
        <source>Select a pair first.</source>
        <translation>Nejdřív vyberte dvojici.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="86"/>
        <source>Only for a placed or ended pair: record the outcome “placed” first.</source>
        <translation>Jen pro umístěnou nebo ukončenou dvojici: nejdřív zapište výsledek „umístěn/a“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="131"/>
        <source>A certificate is issued only for a placed or ended pair.</source>
        <translation>Potvrzení se vystavuje jen pro umístěnou nebo ukončenou dvojici.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="135"/>
        <source>The placement, its volunteer or its listing no longer exists.</source>
        <translation>Umístění, jeho dobrovolník nebo nabídka už neexistuje.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="140"/>
        <source>Certificate of volunteering</source>
        <translation>Potvrzení o dobrovolnictví</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="25"/>
        <source>Volunteer</source>
        <translation>Dobrovolník</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="26"/>
        <source>Listing</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="27"/>
        <source>Organization</source>
        <translation>Organizace</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="28"/>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="29"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="30"/>
        <source>By</source>
        <translation>Zapsal(a)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="31"/>
        <source>Follow up on</source>
        <translation>Ověřit dne</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="32"/>
        <source>Hours</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="33"/>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="84"/>
        <source>(due)</source>
        <translation>(na řadě)</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="51"/>
        <source>Show placements in state</source>
        <translation>Ukázat umístění ve stavu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="52"/>
        <source>All states</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="58"/>
        <source>Placements</source>
        <translation>Umístění</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="59"/>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="62"/>
        <source>To follow up</source>
        <translation>K ověření</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="61"/>
        <source>Pipeline</source>
        <translation>Přehled stavů</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="64"/>
        <source>How did it go?…</source>
        <translation>Jak to dopadlo?…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="67"/>
        <source>Show the volunteer&apos;s matches</source>
        <translation>Ukázat nabídky pro dobrovolníka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="69"/>
        <source>E-mails and invitation…</source>
        <translation>E-maily a pozvánka…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="81"/>
        <source>Show:</source>
        <translation>Ukázat:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="116"/>
        <source>%n to follow up</source>
        <translation>
            <numerusform>%n k ověření</numerusform>
            <numerusform>%n k ověření</numerusform>
            <numerusform>%n k ověření</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="118"/>
        <source>(%n due)</source>
        <translation>
            <numerusform>(%n na řadě)</numerusform>
            <numerusform>(%n na řadě)</numerusform>
            <numerusform>(%n na řadě)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="121"/>
        <source>To follow up (%1)</source>
        <translation>K ověření (%1)</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="90"/>
        <source>%1 → anywhere in Prague</source>
        <translation>%1 → kdekoli v Praze</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="95"/>
        <source>%1 → online / from home</source>
        <translation>%1 → online / z domova</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="99"/>
        <source>“%1” lies in several districts. Which one is meant:</source>
        <translation>„%1“ leží ve více městských částech. Kterou myslíte:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="107"/>
        <source>“%1” read as %2 (a typo?)</source>
        <translation>„%1“ čteno jako %2 (překlep?)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="116"/>
        <source>“%1” is not a Prague district or quarter.</source>
        <translation>„%1“ není pražská městská část ani čtvrť.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="120"/>
        <source>Did you mean:</source>
        <translation>Nemysleli jste:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="124"/>
        <source>Name the one district where the person lives.</source>
        <translation>Uveďte jednu městskou část, kde osoba bydlí.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/places.py" line="117"/>
        <source>Use %1</source>
        <translation>Použít %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/place_filter.py" line="52"/>
        <source>No listed record is in %1.</source>
        <translation>Pro místo %1 v seznamu nic není.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="62"/>
        <source>Publish to the website</source>
        <translation>Zveřejnit na webu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="65"/>
        <source>Folder</source>
        <translation>Složka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="68"/>
        <source>What to write</source>
        <translation>Co zapsat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="37"/>
        <source>Website (HTML pages in every language)</source>
        <extracomment>Formats whose output has a start page to open in a browser.</extracomment>
        <translation>Web (stránky HTML ve všech jazycích)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="40"/>
        <source>Website and all data feeds</source>
        <translation>Web a všechny datové kanály</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="41"/>
        <source>JSON data</source>
        <translation>Data JSON</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="42"/>
        <source>Open Referral HSDS data</source>
        <translation>Data Open Referral HSDS</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="43"/>
        <source>Czech open data (OFN events)</source>
        <translation>Otevřená data (OFN Události)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="44"/>
        <source>CSV table</source>
        <translation>Tabulka CSV</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="45"/>
        <source>Calendar (iCalendar)</source>
        <translation>Kalendář (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="46"/>
        <source>News feed (Atom)</source>
        <translation>Kanál novinek (Atom)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="47"/>
        <source>Social media posts</source>
        <translation>Příspěvky na sociální sítě</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="79"/>
        <source>Accessibility feedback contact</source>
        <translation>Kontakt pro zpětnou vazbu k přístupnosti</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="80"/>
        <source>e.g. pristupnost@praha.eu or https://…</source>
        <translation>např. pristupnost@praha.eu nebo https://…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="83"/>
        <source>The e-mail address or web page where readers of the website report accessibility problems (shown in the accessibility statement). Empty: the statement names the city&apos;s website. Shared by everyone using this database.</source>
        <translation>E-mailová adresa nebo webová stránka, kam čtenáři webu hlásí problémy s přístupností (uvádí se v prohlášení o přístupnosti). Prázdné: prohlášení odkáže na web města. Platí pro všechny, kdo pracují s touto databází.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="90"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Složka:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="91"/>
        <source>W&amp;rite:</source>
        <translation>&amp;Zapsat:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="92"/>
        <source>Accessibility feedback &amp;contact:</source>
        <translation>&amp;Kontakt pro zpětnou vazbu k přístupnosti:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="95"/>
        <source>Published listings are written into this folder in the chosen format. Volunteer profiles are never published.</source>
        <translation>Zveřejněné nabídky se zapíší do této složky ve zvoleném formátu. Profily dobrovolníků se nikdy nezveřejňují.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="103"/>
        <source>Publish</source>
        <translation>Zveřejnit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="106"/>
        <source>Open the folder</source>
        <translation>Otevřít složku</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="109"/>
        <source>Open the site in the browser</source>
        <translation>Otevřít web v prohlížeči</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="146"/>
        <source>Choose the website folder</source>
        <translation>Vyberte složku pro web</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="160"/>
        <source>%n listing(s) published</source>
        <translation>
            <numerusform>Zveřejněna %n nabídka</numerusform>
            <numerusform>Zveřejněny %n nabídky</numerusform>
            <numerusform>Zveřejněno %n nabídek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="161"/>
        <source>in %n language(s)</source>
        <translation>
            <numerusform>v %n jazyce</numerusform>
            <numerusform>ve %n jazycích</numerusform>
            <numerusform>v %n jazycích</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="162"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n soubor</numerusform>
            <numerusform>%n soubory</numerusform>
            <numerusform>%n souborů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="165"/>
        <source>%n left out because they are no longer valid</source>
        <translation>
            <numerusform>%n vynechána, protože už neplatí</numerusform>
            <numerusform>%n vynechány, protože už neplatí</numerusform>
            <numerusform>%n vynecháno, protože už neplatí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="169"/>
        <source>Folder: %1</source>
        <translation>Složka: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="174"/>
        <source>Choose a folder first.</source>
        <translation>Nejprve vyberte složku.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="181"/>
        <source>The accessibility feedback contact must be an e-mail address (pristupnost@praha.eu) or a web page (https://…). Correct it or leave it empty to name the city&apos;s website.</source>
        <translation>Kontakt pro zpětnou vazbu k přístupnosti musí být e-mailová adresa (pristupnost@praha.eu) nebo webová stránka (https://…). Opravte ho, nebo ho nechte prázdný – prohlášení pak odkáže na web města.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="208"/>
        <source>Working…</source>
        <translation>Pracuji…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="214"/>
        <source>Publishing…</source>
        <translation>Zveřejňuji…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="229"/>
        <source>Publishing stopped unexpectedly (%1). The folder holds either the previous publication or the new one, never a mix of both. Publish again; if it stops again, tell your IT support what is written in brackets.</source>
        <translation>Zveřejňování se nečekaně zastavilo (%1). Ve složce je buď předchozí zveřejnění, nebo to nové, nikdy jejich směs. Zveřejněte znovu; pokud se zastaví znovu, sdělte správci počítačů, co je napsáno v závorce.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="239"/>
        <source>Files volmatch did not write</source>
        <translation>Soubory, které volmatch nezapsal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="241"/>
        <source>This folder holds %n file(s) that volmatch did not write: %1. Publish the website beside them? They are kept exactly as they are; only the files of the previous publication are replaced.</source>
        <translation>
            <numerusform>Tato složka obsahuje %n soubor, který volmatch nezapsal: %1. Zveřejnit web vedle něj? Zůstane přesně tak, jak je; nahradí se jen soubory předchozího zveřejnění.</numerusform>
            <numerusform>Tato složka obsahuje %n soubory, které volmatch nezapsal: %1. Zveřejnit web vedle nich? Zůstanou přesně tak, jak jsou; nahradí se jen soubory předchozího zveřejnění.</numerusform>
            <numerusform>Tato složka obsahuje %n souborů, které volmatch nezapsal: %1. Zveřejnit web vedle nich? Zůstanou přesně tak, jak jsou; nahradí se jen soubory předchozího zveřejnění.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/records.py" line="126"/>
        <source>Nothing to undo.</source>
        <translation>Není co vrátit.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/records.py" line="143"/>
        <source>Undone.</source>
        <translation>Vráceno zpět.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/schedule.py" line="47"/>
        <source>Not understood: “%1”; write e.g. po–pá večer, so dopoledne.</source>
        <translation>Nerozumím: „%1“; napište např. po–pá večer, so dopoledne.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="48"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="79"/>
        <source>draft</source>
        <extracomment>Languages a listing can be written in; Czech first, the city&apos;s source language.</extracomment>
        <translation>koncept</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="49"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="80"/>
        <source>published</source>
        <translation>zveřejněno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="50"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="81"/>
        <source>archived</source>
        <translation>archivováno</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="46"/>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="55"/>
        <source>Trash</source>
        <translation>Koš</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="49"/>
        <source>Loading the trash…</source>
        <translation>Načítá se koš…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Title or name</source>
        <translation>Název nebo jméno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Deleted</source>
        <translation>Smazáno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Days left</source>
        <translation>Zbývá dní</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="66"/>
        <source>&amp;Restore</source>
        <translation>&amp;Obnovit</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="70"/>
        <source>&amp;Empty trash of items older than 30 days</source>
        <translation>&amp;Vysypat z koše položky starší než 30 dní</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="78"/>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="91"/>
        <source>Opportunity</source>
        <translation>Příležitost</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="91"/>
        <source>Volunteer</source>
        <translation>Dobrovolník</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="111"/>
        <source>%n deleted record(s). Each can be restored for 30 days.</source>
        <translation>
            <numerusform>Smazaných záznamů: %n. Lze jej obnovit po dobu 30 dní.</numerusform>
            <numerusform>Smazaných záznamů: %n. Každý lze obnovit po dobu 30 dní.</numerusform>
            <numerusform>Smazaných záznamů: %n. Každý lze obnovit po dobu 30 dní.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation>Koš je prázdný.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="118"/>
        <source>The trash could not be read: %1</source>
        <translation>Koš se nepodařilo načíst: %1</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="93"/>
        <source>New volunteer</source>
        <translation>Nový dobrovolník</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="93"/>
        <source>Edit volunteer</source>
        <translation>Úprava dobrovolníka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="167"/>
        <source>other districts the person will travel to</source>
        <translation>další městské části, kam člověk dojede</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="170"/>
        <source>e.g. Mon–Fri evenings, weekends</source>
        <translation>např. po–pá večer, víkendy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="126"/>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="171"/>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="172"/>
        <source>d. m. yyyy</source>
        <translation>d. m. rrrr</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="120"/>
        <source>The person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="125"/>
        <source>e.g. 1990</source>
        <translation>např. 1990</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="132"/>
        <source>matching and contact by the coordinator</source>
        <translation>párování a kontakt od koordinátora</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="134"/>
        <source>matching and passing contact to organizations</source>
        <translation>párování a předání kontaktu organizacím</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="138"/>
        <source>matching and passing contact and profile to organizations</source>
        <translation>párování a předání kontaktu i profilu organizacím</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="141"/>
        <source>matching only, no contact</source>
        <translation>jen párování, bez kontaktu</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="147"/>
        <source>Internal notes, never published</source>
        <translation>Interní poznámky, nikdy se nezveřejňují</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jméno:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="152"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="153"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="164"/>
        <source>What matching reads</source>
        <translation>Podle čeho se páruje</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="166"/>
        <source>where the person lives, e.g. Karlín</source>
        <translation>kde osoba bydlí, např. Karlín</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="176"/>
        <source>Home &amp;district:</source>
        <translation>&amp;Bydliště:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="177"/>
        <source>&amp;Travels to:</source>
        <translation>&amp;Dojede do:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="178"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Jazyky:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="179"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Zájmy:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="180"/>
        <source>A&amp;vailability:</source>
        <translation>&amp;Čas:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="181"/>
        <source>Available &amp;from:</source>
        <translation>K dispozici &amp;od:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="182"/>
        <source>Available &amp;until:</source>
        <translation>K dispozici d&amp;o:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="249"/>
        <source>“Available until” is before “available from”.</source>
        <translation>„K dispozici do“ je dříve než „k dispozici od“.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="269"/>
        <source>No consent recorded: the profile is neither matched nor contacted.</source>
        <translation>Souhlas není zaznamenán: profil se nepáruje ani nekontaktuje.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="285"/>
        <source>given today</source>
        <translation>udělen dnes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="287"/>
        <source>given %n day(s) ago</source>
        <translation>
            <numerusform>udělen před %n dnem</numerusform>
            <numerusform>udělen před %n dny</numerusform>
            <numerusform>udělen před %n dny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="288"/>
        <source>given %n month(s) ago</source>
        <translation>
            <numerusform>udělen před %n měsícem</numerusform>
            <numerusform>udělen před %n měsíci</numerusform>
            <numerusform>udělen před %n měsíci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="154"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Rok narození:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="155"/>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Souhlas udělen dne:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="156"/>
        <source>Consent &amp;scope:</source>
        <translation>Rozsah so&amp;uhlasu:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="158"/>
        <source>N&amp;otes:</source>
        <translation>Poz&amp;námky:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="241"/>
        <source>The name is required.</source>
        <translation>Jméno je povinné.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="263"/>
        <source>The consent date cannot be in the future.</source>
        <translation>Datum souhlasu nemůže být v budoucnosti.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="255"/>
        <source>“%1” is not a year of birth; write e.g. 1990.</source>
        <translation>„%1“ není rok narození; napište např. 1990.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="30"/>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="31"/>
        <source>Home district</source>
        <translation>Bydliště</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="32"/>
        <source>Languages</source>
        <translation>Jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="33"/>
        <source>Interests</source>
        <translation>Zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="34"/>
        <source>Consent given</source>
        <translation>Souhlas udělen</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="37"/>
        <source>All districts</source>
        <translation>Všechny části</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="38"/>
        <source>All languages</source>
        <translation>Všechny jazyky</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="39"/>
        <source>All interests</source>
        <translation>Všechny zájmy</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="43"/>
        <source>Search volunteers: name, e-mail, place… (Ctrl+F)</source>
        <translation>Hledat dobrovolníky: jméno, e-mail, místo… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="44"/>
        <source>Volunteers</source>
        <translation>Dobrovolníci</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="51"/>
        <source>Edit…</source>
        <translation>Upravit…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="52"/>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="54"/>
        <source>Find listings for this volunteer</source>
        <translation>Najít nabídky pro tohoto dobrovolníka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="55"/>
        <source>History…</source>
        <translation>Historie…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="69"/>
        <source>This volunteer no longer exists.</source>
        <translation>Tento dobrovolník už neexistuje.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="70"/>
        <source>Volunteer saved.</source>
        <translation>Dobrovolník uložen.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="72"/>
        <source>Delete volunteer</source>
        <translation>Smazat dobrovolníka</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="74"/>
        <source>Delete the profile of %1 with all their placements? You can undo this with Ctrl+Z.</source>
        <translation>Smazat profil osoby %1 včetně všech jejích umístění? Vrátit to můžete klávesami Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="71"/>
        <source>Volunteer deleted.</source>
        <translation>Dobrovolník smazán.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="37"/>
        <source>Matching weights</source>
        <translation>Váhy párování</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="40"/>
        <source>How much each part counts in the score (0 = not at all). The numbers are shared by everyone using this database and by the command line.</source>
        <translation>Kolik každá část váží ve skóre (0 = vůbec). Čísla sdílejí všichni uživatelé této databáze i příkazová řádka.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="67"/>
        <source>Reset to defaults</source>
        <translation>Obnovit výchozí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="90"/>
        <source>At least one part must count more than 0.</source>
        <translation>Aspoň jedna část musí mít váhu větší než 0.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="49"/>
        <source>Czech</source>
        <extracomment>Languages offered in the pickers: codes, most common among Prague&apos;s foreigners first.</extracomment>
        <translation>čeština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="50"/>
        <source>English</source>
        <translation>angličtina</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="51"/>
        <source>Ukrainian</source>
        <translation>ukrajinština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="52"/>
        <source>Russian</source>
        <translation>ruština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="53"/>
        <source>Vietnamese</source>
        <translation>vietnamština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="54"/>
        <source>German</source>
        <translation>němčina</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="55"/>
        <source>Slovak</source>
        <translation>slovenština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="56"/>
        <source>Polish</source>
        <translation>polština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="57"/>
        <source>French</source>
        <translation>francouzština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="58"/>
        <source>Spanish</source>
        <translation>španělština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="59"/>
        <source>Arabic</source>
        <translation>arabština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="60"/>
        <source>Chinese</source>
        <translation>čínština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="61"/>
        <source>Mongolian</source>
        <translation>mongolština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="62"/>
        <source>Romanian</source>
        <translation>rumunština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="63"/>
        <source>Turkish</source>
        <translation>turečtina</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="64"/>
        <source>Persian</source>
        <translation>perština</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="113"/>
        <source>any level</source>
        <translation>jakákoli úroveň</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="115"/>
        <source>native speaker</source>
        <translation>rodilý mluvčí</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="124"/>
        <source>Level not stated.</source>
        <translation>Úroveň neuvedena.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="125"/>
        <source>A1 beginner: everyday phrases, simple introductions.</source>
        <translation>A1 začátečník: každodenní fráze, jednoduché představení.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="128"/>
        <source>A2 elementary: simple routine tasks, shopping, directions.</source>
        <translation>A2 mírně pokročilý: jednoduché běžné situace, nákupy, cesta.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="131"/>
        <source>B1 intermediate: handles most everyday situations, simple texts.</source>
        <translation>B1 středně pokročilý: zvládne většinu běžných situací, jednoduché texty.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="134"/>
        <source>B2 upper intermediate: fluent conversation, detailed texts.</source>
        <translation>B2 pokročilý: plynulý rozhovor, podrobné texty.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="137"/>
        <source>C1 advanced: fluent and precise, also at work.</source>
        <translation>C1 velmi pokročilý: plynule a přesně, i v práci.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="140"/>
        <source>C2 proficient: understands virtually everything with ease.</source>
        <translation>C2 téměř rodilý: snadno rozumí prakticky všemu.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="143"/>
        <source>Native speaker: the person&apos;s mother tongue.</source>
        <translation>Rodilý mluvčí: mateřský jazyk.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="153"/>
        <source>Levels of the Common European Framework of Reference (CEFR):</source>
        <translation>Úrovně Společného evropského referenčního rámce (SERR/CEFR):</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="261"/>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="265"/>
        <source>Level</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="118"/>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="274"/>
        <source>required</source>
        <translation>požadováno</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="277"/>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="278"/>
        <source>Remove language</source>
        <translation>Odebrat jazyk</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="324"/>
        <source>Add a language</source>
        <translation>Přidat jazyk</translation>
    </message>
</context>
</TS>
