<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="19"/>
        <source>About volmatch</source>
        <translation>Про застосунок volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="20"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="26"/>
        <source>Volunteering opportunities for foreigners in Prague: keep listings, match volunteers, publish to the city website.</source>
        <translation>Волонтерські можливості для іноземців у Празі: облік оголошень, підбір волонтерів і публікація на сайті міста.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="31"/>
        <source>Licence: GNU GPL version 3 or later.</source>
        <translation>Ліцензія: GNU GPL версії 3 або новішої.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="34"/>
        <source>Built with Qt for Python (PySide6 %1), licensed under the GNU LGPL version 3.</source>
        <translation>Створено на Qt for Python (PySide6 %1) за ліцензією GNU LGPL версії 3.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="38"/>
        <source>Database:</source>
        <translation>База даних:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="43"/>
        <source>Data folder:</source>
        <translation>Тека з даними:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="48"/>
        <source>Settings:</source>
        <translation>Налаштування:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="54"/>
        <source>Volunteer profiles are personal data: they stay in this database and are never published.</source>
        <translation>Профілі волонтерів — це персональні дані: вони залишаються в цій базі даних і ніколи не публікуються.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/about.py" line="65"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>AccreditationDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="27"/>
        <source>Accreditation</source>
        <translation>Акредитація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="31"/>
        <source>Accredited sending organization under zákon č. 198/2002 Sb.</source>
        <translation>Акредитована направляюча організація згідно із законом № 198/2002 Зб. (zákon č. 198/2002 Sb.)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="37"/>
        <source>Decision of the Ministry of the Interior</source>
        <translation>Рішення Міністерства внутрішніх справ</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="38"/>
        <source>e.g. MV-12345-4/PDS-2024 (optional)</source>
        <translation>напр. MV-12345-4/PDS-2024 (необов’язково)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="43"/>
        <source>Ministry&apos;s decision:</source>
        <translation>Рішення міністерства:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/accreditation_dialog.py" line="46"/>
        <source>Its certificates of volunteering then follow the act: a confirmation of volunteer service stating its kind, extent and period. Other organizations issue a plain confirmation of volunteering.</source>
        <translation>Тоді її підтвердження для волонтерів відповідають закону: підтвердження про виконання волонтерської служби з її видом, обсягом і тривалістю. Інші організації видають просте підтвердження волонтерської діяльності.</translation>
    </message>
</context>
<context>
    <name>CardPreparation</name>
    <message>
        <location filename="../../src/volmatch/gui/card_preparation.py" line="156"/>
        <source>Preparing share cards for publishing: %1 %</source>
        <extracomment>The status bar while share card images are drawn ahead for Publish: %1 = percent.</extracomment>
        <translation>Готую картки для поширення: %1 %</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="52"/>
        <source>Certificate of volunteering</source>
        <translation>Підтвердження волонтерства</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="59"/>
        <source>Second language</source>
        <translation>Друга мова</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="60"/>
        <source>Czech only</source>
        <translation>Лише чеська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="62"/>
        <source>Czech and %1</source>
        <translation>Чеська та %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="67"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="68"/>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="70"/>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="71"/>
        <source>Still going on</source>
        <translation>Триває досі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="75"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="75"/>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="77"/>
        <source>Praha</source>
        <translation>Praha</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="79"/>
        <source>Place of issue</source>
        <translation>Місце видачі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="80"/>
        <source>Date of issue</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="83"/>
        <source>Signed by</source>
        <translation>Підписує</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="84"/>
        <source>e.g. Jana Nováková, volunteer coordinator</source>
        <translation>напр. Jana Nováková, координаторка волонтерів</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="94"/>
        <source>The certificate carries the volunteer&apos;s name and is for them. It is not kept by the app: save it as a PDF and hand it over, or print it.</source>
        <translation>Підтвердження містить ім’я волонтера і призначене йому. Програма його не зберігає: збережіть його як PDF і передайте або надрукуйте.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="100"/>
        <source>Languages:</source>
        <translation>Мови:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="104"/>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="108"/>
        <source>Hours:</source>
        <translation>Години:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="109"/>
        <source>Place of issue:</source>
        <translation>Місце видачі:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="110"/>
        <source>Date of issue:</source>
        <translation>Дата видачі:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="111"/>
        <source>Signed by:</source>
        <translation>Підписує:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="120"/>
        <source>Preview of the certificate</source>
        <translation>Попередній перегляд підтвердження</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="127"/>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="131"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="158"/>
        <source>“%1” is accredited under the volunteer-service act (zákon č. 198/2002 Sb.): the certificate is a confirmation of volunteer service under the act.</source>
        <translation>«%1» акредитована згідно із законом про волонтерську службу (zákon č. 198/2002 Sb.): видається підтвердження про виконання волонтерської служби згідно із законом.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="162"/>
        <source>“%1” is not marked as accredited under zákon č. 198/2002 Sb., so this is a plain confirmation of volunteering. An accredited organization is marked in Edit → Organizations…</source>
        <translation>«%1» не позначена як акредитована згідно із zákon č. 198/2002 Sb., тому це просте підтвердження волонтерської діяльності. Акредитацію організації позначають у меню Редагування → Організації…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="200"/>
        <source>No language is recorded for the volunteer.</source>
        <translation>Для волонтера не записано жодної мови.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="203"/>
        <source>Certificates are not available in %1; the second language is %2.</source>
        <translation>Підтвердження мовою «%1» недоступне; друга мова — %2.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="208"/>
        <source>The volunteer&apos;s language is %1.</source>
        <translation>Мова волонтера: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="213"/>
        <source>No hours: the act asks the confirmation to state the extent of service.</source>
        <translation>Немає годин: закон вимагає вказати в підтвердженні обсяг служби.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="219"/>
        <source>The period ends before it begins.</source>
        <translation>Період закінчується раніше, ніж починається.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="233"/>
        <source>Save the certificate</source>
        <translation>Зберегти підтвердження</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="235"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="256"/>
        <source>The certificate could not be saved to %1: %2</source>
        <translation>Не вдалося зберегти підтвердження до %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/certificate_dialog.py" line="262"/>
        <source>Saved to %1.</source>
        <translation>Збережено до %1.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="64"/>
        <source>Someone else changed this record</source>
        <translation>Хтось інший змінив цей запис</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="67"/>
        <source>Someone else</source>
        <translation>Хтось інший</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="70"/>
        <source>%1 deleted this record for good after you opened it. Keep mine stores your version as a new record.</source>
        <translation>%1 остаточно видалив(ла) цей запис після того, як ви його відкрили. «Залишити моє» збереже вашу версію як новий запис.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="75"/>
        <source>%1 moved this record to the trash after you opened it. Choose what to keep; saving takes it out of the trash.</source>
        <translation>%1 перемістив(ла) цей запис до кошика після того, як ви його відкрили. Виберіть, що залишити; збереження поверне запис із кошика.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="80"/>
        <source>%1 saved this record after you opened it. Nothing of yours is saved yet: choose for each field which version to keep.</source>
        <translation>%1 зберіг(ла) цей запис після того, як ви його відкрили. Ваші зміни ще не збережено: для кожного поля виберіть, яку версію залишити.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="89"/>
        <source>Both versions side by side</source>
        <translation>Обидві версії поруч</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="113"/>
        <source>Mine</source>
        <translation>Моє</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="114"/>
        <source>Theirs</source>
        <translation>Їхнє</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="91"/>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="112"/>
        <source>Keep for %1</source>
        <translation>Залишити для поля %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="122"/>
        <source>Keep mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="125"/>
        <source>Take theirs</source>
        <translation>Взяти їхнє</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="128"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/conflict_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>DatabaseFaultDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="64"/>
        <source>Details: %1</source>
        <translation>Подробиці: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="84"/>
        <source>&amp;Retry</source>
        <translation>&amp;Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="89"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Відкрити іншу базу даних…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="94"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="100"/>
        <source>The database cannot be reached</source>
        <translation>База даних недоступна</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="101"/>
        <source>volmatch could not reach the database. Its folder may be missing or not writable, a network drive may be disconnected, or the database server may be down or the address, user name or password wrong. Check these and try again, or open another database.</source>
        <translation>volmatch не зміг дістатися до бази даних. Можливо, її теки немає або в неї не можна записувати, мережевий диск відключено, або сервер бази даних не працює чи адреса, ім’я користувача або пароль неправильні. Перевірте це й спробуйте ще раз або відкрийте іншу базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="107"/>
        <source>The disk is full</source>
        <translation>Диск заповнений</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="108"/>
        <source>The disk that holds the database has no space left, so nothing could be saved. Free some space on it (empty the recycle bin, move large files away) and try again, or open another database.</source>
        <translation>На диску з базою даних не залишилося місця, тому нічого не збережено. Звільніть на ньому місце (очистьте кошик, перемістіть великі файли) і спробуйте ще раз або відкрийте іншу базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="113"/>
        <source>The database is busy</source>
        <translation>База даних зайнята</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="114"/>
        <source>Another program or window has held the database for too long. Nothing was changed. Wait a moment and try again, or close the other program first.</source>
        <translation>Інша програма або вікно надто довго тримає базу даних. Нічого не змінено. Зачекайте трохи й спробуйте ще раз або спершу закрийте іншу програму.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="118"/>
        <source>The database can only be read</source>
        <translation>Базу даних можна лише читати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="119"/>
        <source>The database file or its folder cannot be written to, so volmatch cannot prepare it. Ask for permission to change the file, or copy it to a folder of your own; then try again, or open another database.</source>
        <translation>До файлу бази даних або до його теки не можна записувати, тож volmatch не може її підготувати. Попросіть дозволу змінювати файл або скопіюйте його до власної теки; потім спробуйте ще раз або відкрийте іншу базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="124"/>
        <source>The database is damaged</source>
        <translation>База даних пошкоджена</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="125"/>
        <source>The file is damaged or is not a volmatch database. Restore a backup (the damaged file is kept aside in the backups folder), or open another database.</source>
        <translation>Файл пошкоджений або це не база даних volmatch. Відновіть резервну копію (пошкоджений файл буде відкладено до теки з резервними копіями) або відкрийте іншу базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="129"/>
        <source>The database is from a newer volmatch</source>
        <translation>База даних із новішої версії volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="130"/>
        <source>This database was last used by a newer version of volmatch, which this version cannot read. Update volmatch on this computer (ask whoever installs your software) and open it again, or open another database. The database was not changed.</source>
        <translation>Цю базу даних востаннє використовувала новіша версія volmatch, яку ця версія не може прочитати. Оновіть volmatch на цьому комп’ютері (зверніться до того, хто встановлює вам програми) і відкрийте її знову або відкрийте іншу базу даних. Базу даних не змінено.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="135"/>
        <source>Cannot open the database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="136"/>
        <source>The database could not be opened. Try again, or open another database.</source>
        <translation>Не вдалося відкрити базу даних. Спробуйте ще раз або відкрийте іншу базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="156"/>
        <source>Backups in %1:</source>
        <translation>Резервні копії в теці %1:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="162"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="168"/>
        <source>No backups found; choose a file instead.</source>
        <translation>Резервних копій не знайдено; натомість виберіть файл.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="173"/>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Відновити вибрану копію</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="176"/>
        <source>Choose a backup &amp;file…</source>
        <translation>Вибрати &amp;файл із копією…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="197"/>
        <source>Choose a backup</source>
        <translation>Виберіть резервну копію</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="199"/>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Бази даних SQLite (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="202"/>
        <source>chosen file</source>
        <translation>вибраний файл</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="218"/>
        <source>Choose a backup first.</source>
        <translation>Спершу виберіть резервну копію.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="222"/>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="239"/>
        <source>Restoring the backup…</source>
        <translation>Відновлення резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/db_fault_dialog.py" line="236"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Цю резервну копію не можна відновити: %1</translation>
    </message>
</context>
<context>
    <name>DidYouMean</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="82"/>
        <source>Nothing found for “%1”.</source>
        <translation>За запитом «%1» нічого не знайдено.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="84"/>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/did_you_mean.py" line="90"/>
        <source>Nothing found for “%1”. Did you mean %2?</source>
        <extracomment>%1 is what was searched for, %2 one or more clickable corrected spellings.</extracomment>
        <translation>За запитом «%1» нічого не знайдено. Можливо, ви мали на увазі %2?</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="32"/>
        <source>These rows look like listings already stored. For each, choose whether to skip it or merge it into the stored listing, then import again.</source>
        <translation>Ці рядки схожі на вже збережені оголошення. Для кожного виберіть, пропустити його чи об’єднати зі збереженим оголошенням, а потім імпортуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="39"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Title in the file</source>
        <translation>Назва у файлі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Stored listing</source>
        <translation>Збережене оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="41"/>
        <source>Do</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="47"/>
        <source>Skip all</source>
        <translation>Пропустити всі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="48"/>
        <source>Merge all</source>
        <translation>Об’єднати всі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="80"/>
        <source>What to do with row %1</source>
        <translation>Що зробити з рядком %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="81"/>
        <source>Choose…</source>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="82"/>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_duplicates.py" line="83"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="36"/>
        <source>“%1” is not an e-mail address; write e.g. name@example.org.</source>
        <translation>«%1» не є адресою електронної пошти; напишіть, напр., name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="45"/>
        <source>“%1” is not a web address; write e.g. https://example.org.</source>
        <translation>«%1» не є вебадресою; напишіть, напр., https://example.org.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="53"/>
        <source>“%1” is not a date; write e.g. 1. 3. 2025.</source>
        <translation>«%1» не є датою; напишіть, напр., 1. 3. 2025.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="78"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="81"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/base.py" line="133"/>
        <source>A language is listed twice: %1.</source>
        <translation>Мову вказано двічі: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="47"/>
        <source>The name, contact details and profile (languages, days and times, district, interests) may be passed to the listing&apos;s organization.</source>
        <translation>Ім&apos;я, контакти та профіль (мови, дні й час, район, інтереси) можна передати організації, що розмістила пропозицію.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="53"/>
        <source>The name and contact details may be passed to the listing&apos;s organization.</source>
        <translation>Ім&apos;я та контакти можна передати організації, що розмістила пропозицію.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="64"/>
        <source>Allows matching to listings and contacting the person.</source>
        <translation>Дозволяє добирати пропозиції та контактувати з людиною.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="68"/>
        <source>Allows matching only: the person may not be contacted.</source>
        <translation>Дозволяє лише добір: з людиною не можна контактувати.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="72"/>
        <source>Allows contact only: the person is not matched to listings.</source>
        <translation>Дозволяє лише контакт: пропозиції для людини не добираються.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="75"/>
        <source>Names neither matching nor contact: the profile is not matched.</source>
        <translation>Не згадує ні добір, ні контакт: профіль не добирається.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="15"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="16"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="17"/>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="18"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="19"/>
        <source>External id</source>
        <translation>Зовнішній ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="20"/>
        <source>Language of the text</source>
        <translation>Мова тексту</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="21"/>
        <source>Translations</source>
        <translation>Переклади</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="22"/>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="23"/>
        <source>Districts</source>
        <translation>Райони</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="24"/>
        <source>Home district</source>
        <translation>Район проживання</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="25"/>
        <source>Place as written</source>
        <translation>Місце, як написано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="26"/>
        <source>Travels to</source>
        <translation>Доїжджає до</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="27"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="28"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="29"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="30"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="31"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="32"/>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="33"/>
        <source>Interests as written</source>
        <translation>Інтереси, як написано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="34"/>
        <source>Free keywords</source>
        <translation>Вільні ключові слова</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="35"/>
        <source>Commitment</source>
        <translation>Зобов’язання</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="36"/>
        <source>Start date</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="37"/>
        <source>End date</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="38"/>
        <source>Schedule</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="39"/>
        <source>Schedule (days)</source>
        <translation>Час (дні)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="40"/>
        <source>Capacity</source>
        <translation>Кількість місць</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="41"/>
        <source>Minimum age</source>
        <translation>Мінімальний вік</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="42"/>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="43"/>
        <source>Contact e-mail</source>
        <translation>Контактна ел. пошта</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="44"/>
        <source>Contact phone</source>
        <translation>Контактний телефон</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="45"/>
        <source>Application web page</source>
        <translation>Вебсторінка для заявки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="46"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="47"/>
        <source>Valid until</source>
        <translation>Дійсне до</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="48"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="49"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="50"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="51"/>
        <source>Availability</source>
        <translation>Коли може</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="52"/>
        <source>Availability (days)</source>
        <translation>Коли може (дні)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="53"/>
        <source>Available from</source>
        <translation>Доступний з</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="54"/>
        <source>Available until</source>
        <translation>Доступний до</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="55"/>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="56"/>
        <source>Consent date</source>
        <translation>Дата згоди</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="57"/>
        <source>Consent scope</source>
        <translation>Обсяг згоди</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="58"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="59"/>
        <source>Web site</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="60"/>
        <source>Listings</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="61"/>
        <source>Merged organizations</source>
        <translation>Об’єднані організації</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="31"/>
        <source>How did it go?</source>
        <translation>Як усе пройшло?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="35"/>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="36"/>
        <source>e.g. Started on Monday, comes every week.</source>
        <translation>напр. Почала в понеділок, приходить щотижня.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="39"/>
        <source>State now</source>
        <translation>Стан зараз</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="44"/>
        <source>Hours volunteered</source>
        <translation>Відпрацьовані години</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="44"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="46"/>
        <source>Ask again on</source>
        <translation>Запитати знову</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="49"/>
        <source>Next follow-up date</source>
        <translation>Дата наступної перевірки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="54"/>
        <source>What happened:</source>
        <translation>Що сталося:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="55"/>
        <source>State now:</source>
        <translation>Стан зараз:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/follow_up_dialog.py" line="56"/>
        <source>Hours volunteered:</source>
        <translation>Відпрацьовані години:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/guide.py" line="34"/>
        <location filename="../../src/volmatch/gui/dialogs/guide.py" line="38"/>
        <source>User guide</source>
        <translation>Посібник користувача</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="34"/>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="35"/>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="36"/>
        <source>Moved to the trash</source>
        <translation>Переміщено до кошика</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="37"/>
        <source>Restored from the trash</source>
        <translation>Відновлено з кошика</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="38"/>
        <source>Deleted for good</source>
        <translation>Остаточно видалено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="39"/>
        <source>Erased</source>
        <translation>Стерто (персональні дані)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="40"/>
        <source>Merged into another</source>
        <translation>Об’єднано з іншою</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="55"/>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="99"/>
        <source>History of the record</source>
        <translation>Історія запису</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="58"/>
        <source>Loading the history…</source>
        <translation>Завантаження історії…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="64"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="66"/>
        <source>Changed fields</source>
        <translation>Змінені поля</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="97"/>
        <source>History of “%1”</source>
        <translation>Історія запису «%1»</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="101"/>
        <source>No history is recorded for this record yet.</source>
        <translation>Для цього запису ще немає історії.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/history_dialog.py" line="115"/>
        <source>The history could not be read: %1</source>
        <translation>Не вдалося прочитати історію: %1</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="36"/>
        <source>Record hours</source>
        <translation>Записати години</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="39"/>
        <source>Hours so far: %1</source>
        <translation>Годин досі: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="41"/>
        <source>No hours recorded yet.</source>
        <translation>Години ще не записано.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="45"/>
        <source>Add hours volunteered on a day</source>
        <translation>Додати години волонтерства за день</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="47"/>
        <source>Correct the total</source>
        <translation>Виправити загальну кількість</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="53"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="57"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="61"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="62"/>
        <source>e.g. tutoring, two children</source>
        <translation>напр. репетиторство, двоє дітей</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="63"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="65"/>
        <source>Hours:</source>
        <translation>Години:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="67"/>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="100"/>
        <source>The hours are added to the total, shown in the placements list and on the certificate of volunteering.</source>
        <translation>Години додаються до загальної кількості, яку видно в списку розміщень і в підтвердженні волонтерства.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/hours_dialog.py" line="105"/>
        <source>The total replaces what is recorded; the change is noted with today&apos;s date.</source>
        <translation>Загальна кількість замінить записану; зміну буде позначено сьогоднішньою датою.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="64"/>
        <source>Import from a file</source>
        <extracomment>File name endings the importer reads (importing.spreadsheet and json_listings).</extracomment>
        <translation>Імпорт із файлу</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="65"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="66"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="68"/>
        <source>What the file holds</source>
        <translation>Що містить файл</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="69"/>
        <source>Opportunities (listings)</source>
        <translation>Можливості (оголошення)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="70"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="73"/>
        <source>&amp;Holds:</source>
        <translation>&amp;Містить:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="85"/>
        <source>Problems found</source>
        <translation>Знайдені проблеми</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="111"/>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="114"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="116"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="153"/>
        <source>Choose a file to import</source>
        <translation>Виберіть файл для імпорту</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="76"/>
        <source>Choose a file (CSV, Excel, OpenDocument or a volmatch export). Check which field each column fills, check the file, then import it. Either all rows are imported, or none.</source>
        <translation>Виберіть файл (CSV, Excel, OpenDocument або експорт із volmatch). Перевірте, яке поле заповнює кожен стовпець, перевірте файл, а потім імпортуйте його. Імпортуються або всі рядки, або жоден.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="89"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Завантажити відповідність…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="92"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Зберегти відповідність…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="98"/>
        <source>Columns of the file</source>
        <translation>Стовпці файлу</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="157"/>
        <source>All files volmatch reads (%1)</source>
        <translation>Усі файли, які читає volmatch (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="160"/>
        <source>CSV files (%1)</source>
        <translation>Файли CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="161"/>
        <source>Excel workbooks (%1)</source>
        <translation>Книги Excel (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="162"/>
        <source>OpenDocument spreadsheets (%1)</source>
        <translation>Таблиці OpenDocument (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="163"/>
        <source>volmatch exports (%1)</source>
        <translation>Експорти volmatch (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="164"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="192"/>
        <source>A volmatch export is read as it was written: no mapping is needed.</source>
        <translation>Експорт volmatch читається так, як його записано: відповідність стовпців не потрібна.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="195"/>
        <source>The columns are shown here once a file is chosen.</source>
        <translation>Стовпці з’являться тут, щойно ви виберете файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="217"/>
        <source>%n column(s) read</source>
        <extracomment>Begins &quot;12 columns read; …&quot;</extracomment>
        <translation>
            <numerusform>прочитано %n стовпець</numerusform>
            <numerusform>прочитано %n стовпці</numerusform>
            <numerusform>прочитано %n стовпців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="221"/>
        <source>%1; %n without a field. Correct any field below, then Check the file.</source>
        <extracomment>%1 is &quot;12 columns read&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n без поля. Виправте поля нижче, а потім перевірте файл.</numerusform>
            <numerusform>%1; %n без поля. Виправте поля нижче, а потім перевірте файл.</numerusform>
            <numerusform>%1; %n без поля. Виправте поля нижче, а потім перевірте файл.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="232"/>
        <source>Reading the columns…</source>
        <translation>Читаю стовпці…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="237"/>
        <source>Reading the file…</source>
        <translation>Читаю файл…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="255"/>
        <source>Load a mapping file</source>
        <translation>Завантажити файл відповідності стовпців</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="257"/>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Файли відповідності (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="270"/>
        <source>The mapping file cannot be used: %1</source>
        <translation>Файл відповідності не можна використати: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="273"/>
        <source>Mapping loaded from %1.</source>
        <translation>Відповідність завантажено з %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="282"/>
        <source>Save the mapping</source>
        <translation>Зберегти відповідність стовпців</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="282"/>
        <source>Mapping files (*.json)</source>
        <translation>Файли відповідності (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="295"/>
        <source>The mapping could not be saved: %1</source>
        <translation>Не вдалося зберегти відповідність: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="300"/>
        <source>Mapping saved to %1.</source>
        <translation>Відповідність збережено в %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="307"/>
        <source>Choose an existing file first.</source>
        <translation>Спершу виберіть наявний файл.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="329"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="335"/>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="343"/>
        <source>%n row(s) read, no errors</source>
        <extracomment>Begins &quot;3 rows read, no errors; …&quot; and &quot;3 rows read, no errors: ready to import …&quot;</extracomment>
        <translation>
            <numerusform>Прочитано %n рядок, помилок немає</numerusform>
            <numerusform>Прочитано %n рядки, помилок немає</numerusform>
            <numerusform>Прочитано %n рядків, помилок немає</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="369"/>
        <source>%n row(s) read</source>
        <extracomment>Begins &quot;3 rows read; 2 problems must be fixed in the file. …&quot;</extracomment>
        <translation>
            <numerusform>Прочитано %n рядок</numerusform>
            <numerusform>Прочитано %n рядки</numerusform>
            <numerusform>Прочитано %n рядків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="372"/>
        <source>%1; %n problem(s) must be fixed in the file. Nothing was imported.</source>
        <extracomment>%1 is &quot;3 rows read&quot;.</extracomment>
        <translation>
            <numerusform>%1; у файлі треба виправити %n проблему. Нічого не імпортовано.</numerusform>
            <numerusform>%1; у файлі треба виправити %n проблеми. Нічого не імпортовано.</numerusform>
            <numerusform>%1; у файлі треба виправити %n проблем. Нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="379"/>
        <source>%1; %n of them look(s) like listings already stored and need(s) a decision before importing.</source>
        <extracomment>%1 is &quot;3 rows read, no errors&quot;.</extracomment>
        <translation>
            <numerusform>%1; %n з них схожий на вже збережене оголошення, і перед імпортом треба вирішити, що з ним робити.</numerusform>
            <numerusform>%1; %n з них схожі на вже збережені оголошення, і перед імпортом треба вирішити, що з ними робити.</numerusform>
            <numerusform>%1; %n з них схожі на вже збережені оголошення, і перед імпортом треба вирішити, що з ними робити.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="387"/>
        <source>Nothing was imported: %n row(s) of %1 look(s) like listings already stored. Choose for each whether to skip or merge it, then import again.</source>
        <extracomment>%1 is the number of rows read.</extracomment>
        <translation>
            <numerusform>Нічого не імпортовано: %n рядок із %1 схожий на вже збережене оголошення. Виберіть, пропустити його чи об’єднати, а потім імпортуйте знову.</numerusform>
            <numerusform>Нічого не імпортовано: %n рядки з %1 схожі на вже збережені оголошення. Для кожного виберіть, пропустити його чи об’єднати, а потім імпортуйте знову.</numerusform>
            <numerusform>Нічого не імпортовано: %n рядків з %1 схожі на вже збережені оголошення. Для кожного виберіть, пропустити його чи об’єднати, а потім імпортуйте знову.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="394"/>
        <source>%1: ready to import (%n warning(s)).</source>
        <extracomment>%1 is &quot;3 rows read, no errors&quot;.</extracomment>
        <translation>
            <numerusform>%1: готово до імпорту (%n попередження).</numerusform>
            <numerusform>%1: готово до імпорту (%n попередження).</numerusform>
            <numerusform>%1: готово до імпорту (%n попереджень).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="400"/>
        <source>Imported %n row(s): %1 new, %2 updated.</source>
        <extracomment>%1 and %2 are how many of the rows are new and how many updated.</extracomment>
        <translation>
            <numerusform>Імпортовано %n рядок: нових %1, оновлених %2.</numerusform>
            <numerusform>Імпортовано %n рядки: нових %1, оновлених %2.</numerusform>
            <numerusform>Імпортовано %n рядків: нових %1, оновлених %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="406"/>
        <source>%n merged into stored listing(s).</source>
        <extracomment>Ends &quot;2 possible duplicates skipped, 1 merged into a stored listing.&quot;</extracomment>
        <translation>
            <numerusform>%n об’єднано зі збереженими оголошеннями.</numerusform>
            <numerusform>%n об’єднано зі збереженими оголошеннями.</numerusform>
            <numerusform>%n об’єднано зі збереженими оголошеннями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="409"/>
        <source>%n possible duplicate(s) skipped, %1</source>
        <extracomment>%1 is &quot;1 merged into a stored listing.&quot;</extracomment>
        <translation>
            <numerusform>Пропущено %n можливий дублікат, %1</numerusform>
            <numerusform>Пропущено %n можливі дублікати, %1</numerusform>
            <numerusform>Пропущено %n можливих дублікатів, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_dialog.py" line="412"/>
        <source>Nothing was imported.</source>
        <translation>Нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="41"/>
        <source>Identifier in the source</source>
        <extracomment>The combo entry of a column whose rules came with transforms or several fields. Languages a file&apos;s titles and descriptions may be written in (None: Czech).</extracomment>
        <translation>Ідентифікатор у джерелі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="42"/>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="87"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="43"/>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="44"/>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="89"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="45"/>
        <source>District (Prague)</source>
        <translation>Район (Прага)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="46"/>
        <source>Place as written</source>
        <translation>Місце, як написано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="47"/>
        <source>Required languages</source>
        <translation>Обов’язкові мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="48"/>
        <source>Welcome languages</source>
        <translation>Бажані мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="49"/>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="50"/>
        <source>Commitment</source>
        <translation>Зобов’язання</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="51"/>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="52"/>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="53"/>
        <source>Capacity</source>
        <translation>Кількість місць</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="54"/>
        <source>Minimum age</source>
        <translation>Мінімальний вік</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="55"/>
        <source>Contact e-mail</source>
        <translation>Контактний e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="56"/>
        <source>Contact phone</source>
        <translation>Контактний телефон</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="57"/>
        <source>Web address</source>
        <translation>Вебадреса</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="58"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="59"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="60"/>
        <source>Schedule</source>
        <translation>Розклад</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="61"/>
        <source>Valid until</source>
        <translation>Дійсне до</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="62"/>
        <source>Accessibility</source>
        <translation>Безбар’єрність</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="63"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="64"/>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="65"/>
        <source>Internal notes</source>
        <translation>Внутрішні нотатки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="66"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="67"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="69"/>
        <source>Travel districts</source>
        <translation>Куди може доїжджати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="70"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="71"/>
        <source>Availability</source>
        <translation>Коли має час</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="72"/>
        <source>Consent date</source>
        <translation>Дата згоди</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="73"/>
        <source>Consent scope</source>
        <translation>Обсяг згоди</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="74"/>
        <source>Year of birth</source>
        <translation>Рік народження</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="81"/>
        <source>Not mapped</source>
        <translation>Без відповідності</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="83"/>
        <source>Leave out</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="93"/>
        <source>%1 in language %2 (%3)</source>
        <extracomment>%1 is &quot;Title&quot; or &quot;Description&quot;, %2 a language code such as &quot;en&quot;.</extracomment>
        <translation>%1 мовою %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Interests</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="75"/>
        <source>words in any language, e.g. children, zahradničení, готування</source>
        <translation>слова будь-якою мовою, напр. діти, zahradničení, готування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="79"/>
        <source>Pick…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="81"/>
        <source>Pick an interest by category</source>
        <translation>Вибрати інтерес за категорією</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/interests.py" line="152"/>
        <source>%1 → free keyword</source>
        <translation>%1 → вільне ключове слово</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../src/volmatch/gui/issues.py" line="23"/>
        <source>Warning: %1</source>
        <translation>Попередження: %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="59"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="88"/>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/listpage.py" line="342"/>
        <source>Showing %1 of %2</source>
        <extracomment>&quot;opportunity&quot; | &quot;volunteer&quot;: pages that can reload single rows (see fetch_rows).</extracomment>
        <translation>Показано %1 з %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="58"/>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="59"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="60"/>
        <source>Matching</source>
        <translation>Підбір</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="61"/>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="62"/>
        <source>Placements</source>
        <translation>Влаштування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="66"/>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="44"/>
        <source>&amp;New…</source>
        <translation>&amp;Новий…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="45"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="48"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Копіювати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="55"/>
        <source>&amp;Archive</source>
        <translation>&amp;Архівувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="62"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="67"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати дію</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="70"/>
        <source>Find &amp;matches</source>
        <translation>Знайти &amp;збіги</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="75"/>
        <source>&amp;Find</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="78"/>
        <source>Ne&amp;xt</source>
        <translation>&amp;Наступний</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="85"/>
        <source>&amp;Previous</source>
        <translation>&amp;Попередній</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="99"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Відкрити іншу базу даних…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="106"/>
        <source>Open database by &amp;address…</source>
        <translation>Відкрити базу даних за &amp;адресою…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="113"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Імпорт із файлу…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="120"/>
        <source>&amp;Publish to the website…</source>
        <translation>&amp;Опублікувати на сайті…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="125"/>
        <source>Load &amp;demo data</source>
        <translation>Завантажити &amp;демонстраційні дані</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="126"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="127"/>
        <source>&amp;About volmatch</source>
        <translation>&amp;Про застосунок volmatch</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="128"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="31"/>
        <source>Show what others changed in the database just now (F5)</source>
        <translation>Показати, що інші щойно змінили в базі даних (F5)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="131"/>
        <source>&amp;User guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="136"/>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="137"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Кошик…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="140"/>
        <source>&amp;Organizations…</source>
        <translation>&amp;Організації…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="33"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Створити новий запис (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="34"/>
        <source>Search in the list (Ctrl+F)</source>
        <translation>Шукати в списку (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="165"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="191"/>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="203"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Мова інтерфейсу</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="207"/>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="222"/>
        <source>Prepare share &amp;cards in the background</source>
        <translation>Готувати &amp;картки для поширення у фоні</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="226"/>
        <source>After listings change, draw the images shown when a listing is shared on social media, so that publishing a large website takes less time</source>
        <translation>Після змін в оголошеннях заздалегідь малювати зображення, які показуються, коли оголошенням діляться в соцмережах, щоб публікація великого сайту тривала менше</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/main_menus.py" line="240"/>
        <source>Main toolbar</source>
        <translation>Головна панель інструментів</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="117"/>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="182"/>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="215"/>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="200"/>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="220"/>
        <source>Start-of-day housekeeping: %1</source>
        <translation>Ранкове обслуговування бази даних: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="212"/>
        <source>No database open</source>
        <translation>Жодну базу даних не відкрито</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="227"/>
        <source>An empty database</source>
        <translation>Порожня база даних</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="229"/>
        <source>This database holds no opportunities or volunteers yet.

Load the demo data (made-up listings and volunteers in Prague) to try the app?</source>
        <translation>У цій базі даних ще немає ні можливостей, ні волонтерів.

Завантажити демонстраційні дані (вигадані оголошення та волонтерів у Празі), щоб спробувати застосунок?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="238"/>
        <source>Demo data loaded.</source>
        <translation>Демонстраційні дані завантажено.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="245"/>
        <source>Loading the demo data…</source>
        <translation>Завантаження демонстраційних даних…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="298"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Оновлено зі змінами, зробленими деінде.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/mainwindow.py" line="301"/>
        <source>Updated: %n record(s) changed elsewhere.</source>
        <extracomment>Shown when another person or process changed records in the same database.</extracomment>
        <translation>
            <numerusform>Оновлено: %n запис змінено деінде.</numerusform>
            <numerusform>Оновлено: %n записи змінено деінде.</numerusform>
            <numerusform>Оновлено: %n записів змінено деінде.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="308"/>
        <source>Open another database</source>
        <translation>Відкрити іншу базу даних</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="310"/>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Бази даних SQLite (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="319"/>
        <source>Open database by address</source>
        <translation>Відкрити базу даних за адресою</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/mainwindow.py" line="320"/>
        <source>Database address, e.g. postgresql+psycopg://user@server/volmatch:</source>
        <translation>Адреса бази даних, напр. postgresql+psycopg://user@server/volmatch:</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="115"/>
        <source>Columns of the file and the fields they fill</source>
        <translation>Стовпці файлу та поля, які вони заповнюють</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="118"/>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="119"/>
        <source>Example</source>
        <translation>Приклад</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="120"/>
        <source>Read as</source>
        <translation>Читається як</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="121"/>
        <source>How sure / other candidates</source>
        <translation>Впевненість / інші варіанти</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="137"/>
        <source>Columns not mapped</source>
        <translation>Стовпці без відповідності</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="138"/>
        <source>keep their values in the internal notes</source>
        <translation>зберегти їхні значення у внутрішніх нотатках</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="139"/>
        <source>leave them out</source>
        <translation>пропустити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="143"/>
        <source>Language of titles and descriptions</source>
        <translation>Мова назв і описів</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="145"/>
        <source>Czech</source>
        <translation>чеська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="146"/>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="147"/>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="148"/>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="149"/>
        <source>Vietnamese</source>
        <translation>в’єтнамська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="150"/>
        <source>German</source>
        <translation>німецька</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="157"/>
        <source>Fixed values</source>
        <translation>Фіксовані значення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="158"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="164"/>
        <source>Add a fixed value</source>
        <translation>Додати фіксоване значення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="167"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="171"/>
        <source>Columns not &amp;mapped:</source>
        <translation>Стовпці &amp;без відповідності:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="172"/>
        <source>&amp;Texts are in:</source>
        <translation>&amp;Мова текстів:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="175"/>
        <source>Fixed values: a value for every row, always or where the cell is empty.</source>
        <translation>Фіксовані значення: значення для кожного рядка — завжди або там, де клітинка порожня.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="207"/>
        <source>Field for column %1</source>
        <translation>Поле для стовпця %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="233"/>
        <source>%1, transformed as the mapping file says</source>
        <extracomment>%1 lists the fields a mapping file sends one column to.</extracomment>
        <translation>%1, змінено за файлом відповідності</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="251"/>
        <source>as the mapping file says</source>
        <translation>за файлом відповідності</translation>
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
        <translation>або: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="265"/>
        <source>your choice</source>
        <translation>ваш вибір</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="272"/>
        <source>Field of the fixed value</source>
        <translation>Поле фіксованого значення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="279"/>
        <source>Fixed value</source>
        <translation>Фіксоване значення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="281"/>
        <source>When the fixed value applies</source>
        <translation>Коли діє фіксоване значення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="282"/>
        <source>always</source>
        <translation>завжди</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/import_mapping.py" line="283"/>
        <source>where the cell is empty</source>
        <translation>де клітинка порожня</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="34"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="33"/>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="42"/>
        <source>Listing</source>
        <extracomment>The four parts in drawing order, with a colour each (readable on light backgrounds).</extracomment>
        <translation>Оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="35"/>
        <source>Score parts</source>
        <translation>Складові оцінки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="36"/>
        <source>Requirements</source>
        <translation>Вимоги</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="37"/>
        <source>Marks</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="42"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="69"/>
        <source>all met</source>
        <translation>усе виконано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="73"/>
        <source>not met: %1</source>
        <translation>не виконано: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="101"/>
        <source>pinned</source>
        <translation>закріплено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="103"/>
        <source>hidden</source>
        <translation>приховано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="107"/>
        <source>all places taken</source>
        <translation>усі місця зайняті</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="109"/>
        <source>already placed</source>
        <translation>вже влаштовано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="114"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="115"/>
        <source>District</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="116"/>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/scorebars.py" line="117"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="97"/>
        <source>Listings for a volunteer</source>
        <extracomment>After this long without an answer, the page says why the first match takes a while. From this many rows derived again, the page counts them as they go. At most this many &quot;N more if you relax …&quot; choices are offered.</extracomment>
        <translation>Оголошення для волонтера</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="98"/>
        <source>Volunteers for a listing</source>
        <translation>Волонтери для оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="108"/>
        <source>Whom to match</source>
        <translation>Для кого підбирати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="109"/>
        <source>Type a name or a title…</source>
        <translation>Введіть ім’я або назву…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="117"/>
        <source>Only published listings still valid</source>
        <translation>Лише опубліковані й чинні оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="120"/>
        <source>Find matches</source>
        <translation>Знайти збіги</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="135"/>
        <source>Change weights…</source>
        <translation>Змінити ваги…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="138"/>
        <source>Hide listings with every place taken</source>
        <translation>Приховати пропозиції без вільних місць</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="141"/>
        <source>Show pairs hidden by a coordinator</source>
        <translation>Показати пари, приховані координатором</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="155"/>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="197"/>
        <source>Reasons</source>
        <translation>Причини</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="229"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="231"/>
        <source>suggested</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="232"/>
        <source>contacted</source>
        <translation>зв’язалися</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="233"/>
        <source>placed</source>
        <translation>влаштовано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="234"/>
        <source>declined</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="235"/>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="238"/>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="78"/>
        <source>Pin to the top</source>
        <translation>Закріпити вгорі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="241"/>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="83"/>
        <source>Hide this pair</source>
        <translation>Приховати цю пару</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="244"/>
        <source>Record outcome</source>
        <translation>Записати результат</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="246"/>
        <source>Copy message for the volunteer</source>
        <translation>Скопіювати повідомлення для волонтера</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="215"/>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="248"/>
        <source>E-mails and invitation…</source>
        <translation>Листи й запрошення…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="205"/>
        <source>Why:</source>
        <translation>Чому:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="210"/>
        <source>Placements</source>
        <translation>Влаштування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="288"/>
        <source>Preparing the matching data once, after new reference data: {done} of {total}…</source>
        <translation>Готуємо дані для підбору (один раз, після оновлення довідкових даних): {done} з {total}…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="302"/>
        <location filename="../../src/volmatch/gui/pages/matching_subject.py" line="120"/>
        <source>Matching…</source>
        <translation>Підбір…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_questions.py" line="79"/>
        <source>Matching… The first match after the app starts reads all the listings and volunteers, which takes a few seconds in a large database.</source>
        <translation>Підбір… Перший підбір після запуску програми читає всі оголошення й усіх волонтерів, що у великій базі даних триває кілька секунд.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="325"/>
        <source>dates</source>
        <translation>дати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="327"/>
        <source>age</source>
        <translation>вік</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="375"/>
        <source>%n match(es) meet(s) every requirement (%1 considered).</source>
        <comment>listings for a volunteer</comment>
        <translation>
            <numerusform>Усім вимогам відповідає %n оголошення (розглянуто %1).</numerusform>
            <numerusform>Усім вимогам відповідають %n оголошення (розглянуто %1).</numerusform>
            <numerusform>Усім вимогам відповідають %n оголошень (розглянуто %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="381"/>
        <source>%n more with relaxed requirements.</source>
        <comment>listings for a volunteer</comment>
        <translation>
            <numerusform>Ще %n оголошення з пом’якшеними вимогами.</numerusform>
            <numerusform>Ще %n оголошення з пом’якшеними вимогами.</numerusform>
            <numerusform>Ще %n оголошень із пом’якшеними вимогами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="387"/>
        <source>%n match(es) meet(s) every requirement (%1 considered).</source>
        <comment>volunteers for a listing</comment>
        <translation>
            <numerusform>Усім вимогам відповідає %n волонтер (розглянуто %1).</numerusform>
            <numerusform>Усім вимогам відповідають %n волонтери (розглянуто %1).</numerusform>
            <numerusform>Усім вимогам відповідають %n волонтерів (розглянуто %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="393"/>
        <source>%n more with relaxed requirements.</source>
        <comment>volunteers for a listing</comment>
        <translation>
            <numerusform>Ще %n волонтер із пом’якшеними вимогами.</numerusform>
            <numerusform>Ще %n волонтери з пом’якшеними вимогами.</numerusform>
            <numerusform>Ще %n волонтерів із пом’якшеними вимогами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="404"/>
        <source>%n pair(s) hidden by a coordinator.</source>
        <translation>
            <numerusform>%n пару приховано координатором.</numerusform>
            <numerusform>%n пари приховано координатором.</numerusform>
            <numerusform>%n пар приховано координатором.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="407"/>
        <source>%n listing(s) with every place taken left out.</source>
        <translation>
            <numerusform>%n пропозицію без вільних місць пропущено.</numerusform>
            <numerusform>%n пропозиції без вільних місць пропущено.</numerusform>
            <numerusform>%n пропозицій без вільних місць пропущено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="430"/>
        <source>%n volunteer(s) were left out because they have not consented to matching.</source>
        <translation>
            <numerusform>Пропущено %n волонтера без згоди на підбір.</numerusform>
            <numerusform>Пропущено %n волонтерів без згоди на підбір.</numerusform>
            <numerusform>Пропущено %n волонтерів без згоди на підбір.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="63"/>
        <source>Available in a moment, the database is opening.</source>
        <translation>Буде доступно за мить, база даних відкривається.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="76"/>
        <source>Unpin</source>
        <translation>Відкріпити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_results.py" line="81"/>
        <source>Show again</source>
        <translation>Знову показувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="420"/>
        <source>This volunteer has not consented to being matched — add the consent date in the profile.</source>
        <translation>Цей волонтер не дав згоди на підбір — додайте дату згоди в профілі.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_page.py" line="425"/>
        <source>This volunteer&apos;s consent does not cover matching — widen the consent scope in the profile.</source>
        <translation>Згода цього волонтера не охоплює підбір — розширте обсяг згоди в профілі.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="31"/>
        <source>Recorded: %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="50"/>
        <source>Placements of this volunteer:</source>
        <translation>Влаштування цього волонтера:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="52"/>
        <source>Placements for this listing:</source>
        <translation>Влаштування за цією пропозицією:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="80"/>
        <source>None recorded yet.</source>
        <translation>Поки нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="221"/>
        <source>Written in %1: messages are not available in %2.</source>
        <translation>Написано мовою %1: повідомлень мовою %2 поки немає.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="227"/>
        <source>The listing&apos;s own text is in %1: add a translation.</source>
        <translation>Власний текст пропозиції мовою %1: додайте переклад.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/matching_actions.py" line="217"/>
        <source>Message copied (%1).</source>
        <translation>Повідомлення скопійовано (%1).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="107"/>
        <source>Cancelled — nothing was changed</source>
        <translation>Скасовано — нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="191"/>
        <source>Cancel</source>
        <extracomment>QThreadPool priorities: queued work of a higher one starts first, equal ones in order.</extracomment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="250"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/worker.py" line="269"/>
        <source>Operation failed</source>
        <translation>Операція не вдалася</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="31"/>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="32"/>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="33"/>
        <source>Districts</source>
        <translation>Райони</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="34"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="35"/>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="36"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="37"/>
        <source>Valid until</source>
        <translation>Дійсне до</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="40"/>
        <source>All statuses</source>
        <translation>Усі стани</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="41"/>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="42"/>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="43"/>
        <source>All interests</source>
        <translation>Усі інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="44"/>
        <source>All organizations</source>
        <translation>Усі організації</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="49"/>
        <source>Search listings: title, organization, place… (Ctrl+F)</source>
        <translation>Шукати оголошення: назва, організація, місце… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="51"/>
        <source>Opportunities</source>
        <translation>Можливості</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="87"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="88"/>
        <source>Duplicate…</source>
        <translation>Копіювати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="89"/>
        <source>Archive</source>
        <translation>Архівувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="90"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="92"/>
        <source>Find volunteers for this listing</source>
        <translation>Знайти волонтерів для цього оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="93"/>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="102"/>
        <source>This listing no longer exists.</source>
        <translation>Цієї пропозиції вже не існує.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="125"/>
        <source>%1 (copy)</source>
        <translation>%1 (копія)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="103"/>
        <source>Listing saved.</source>
        <translation>Оголошення збережено.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="163"/>
        <source>Listing archived.</source>
        <translation>Оголошення заархівовано.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="105"/>
        <source>Delete listing</source>
        <translation>Видалити оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="106"/>
        <source>Delete the listing “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Видалити оголошення «%1»? Скасувати це можна клавішами Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/opportunities.py" line="104"/>
        <source>Listing deleted.</source>
        <translation>Оголошення видалено.</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="69"/>
        <source>New listing</source>
        <translation>Нове оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="69"/>
        <source>Edit listing</source>
        <translation>Редагування оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="114"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="89"/>
        <source>in districts</source>
        <translation>у районах</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="115"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="90"/>
        <source>anywhere in Prague</source>
        <translation>будь-де в Празі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="116"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="91"/>
        <source>online / from home</source>
        <translation>онлайн / з дому</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="123"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="84"/>
        <source>one-off</source>
        <translation>одноразово</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="124"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="85"/>
        <source>regular</source>
        <translation>регулярно</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="125"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="86"/>
        <source>long-term</source>
        <translation>довгостроково</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="146"/>
        <source>&amp;Minimum age:</source>
        <translation>&amp;Мінімальний вік:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="151"/>
        <source>Tick “required” for a language the volunteer must speak at least at the level chosen; the others are welcome.</source>
        <translation>Позначте «обов’язково» для мови, якою волонтер має володіти щонайменше на вибраному рівні; інші мови бажані.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="162"/>
        <source>e.g. Mon–Fri evenings, Saturday morning</source>
        <translation>напр. пн–пт увечері, у суботу зранку</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="112"/>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="160"/>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="161"/>
        <source>d. m. yyyy</source>
        <translation>д. м. рррр</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="128"/>
        <source>not limited</source>
        <translation>без обмежень</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="169"/>
        <source>Internal notes, never published</source>
        <translation>Внутрішні примітки, ніколи не публікуються</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="136"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="85"/>
        <source>Main facts</source>
        <translation>Основне</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="86"/>
        <source>Time and contact</source>
        <translation>Час і контакт</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="117"/>
        <source>e.g. Praha 7, Holešovice, na Letné</source>
        <translation>напр. Praha 7, Holešovice, na Letné</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="119"/>
        <source>street and number, if there is one place</source>
        <translation>вулиця й номер, якщо місце одне</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="131"/>
        <source>any age</source>
        <translation>будь-який вік</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="132"/>
        <source> years</source>
        <translation> років</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="137"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;тан:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="139"/>
        <source>&amp;Where:</source>
        <translation>&amp;Де:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="140"/>
        <source>&amp;Districts:</source>
        <translation>&amp;Райони:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="141"/>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дреса:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="142"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Інтереси:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="144"/>
        <source>&amp;Commitment:</source>
        <translation>&amp;Зобов’язання:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="180"/>
        <source>Application &amp;web page:</source>
        <translation>&amp;Вебсторінка для заявки:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="321"/>
        <source>Give the listing a title, in Czech or in another language.</source>
        <translation>Дайте пропозиції назву чеською або іншою мовою.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="322"/>
        <source>A title is needed.</source>
        <translation>Потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="325"/>
        <source>The Czech title is missing: add it before publishing.</source>
        <translation>Бракує чеської назви: додайте її перед публікацією.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="143"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="176"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Коли:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="174"/>
        <source>Start date:</source>
        <translation>Початок:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="175"/>
        <source>End date:</source>
        <translation>Кінець:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="138"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Дійсне до:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="145"/>
        <source>Ca&amp;pacity:</source>
        <translation>Кількість &amp;місць:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="164"/>
        <source>e.g. wheelchair access, lift, quiet room</source>
        <translation>напр. безбар’єрний вхід, ліфт, тиха кімната</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="177"/>
        <source>Accessi&amp;bility:</source>
        <translation>Дос&amp;тупність:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="178"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Контактний &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="179"/>
        <source>Contact p&amp;hone:</source>
        <translation>Контактний &amp;телефон:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="181"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="191"/>
        <source>Title (%1)</source>
        <translation>Назва (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="195"/>
        <source>Description (%1)</source>
        <translation>Опис (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="196"/>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="198"/>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="334"/>
        <source>Name at least one district, or choose “anywhere in Prague”.</source>
        <translation>Вкажіть принаймні один район або виберіть «будь-де в Празі».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="341"/>
        <source>The end date is before the start date.</source>
        <translation>Дата завершення раніше за дату початку.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="380"/>
        <source>This looks like an existing listing: “%1”. Check that it is not a duplicate.</source>
        <translation>Це схоже на наявне оголошення: «%1». Перевірте, чи це не дублікат.</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="49"/>
        <source>type part of the name, e.g. komunitni centrum</source>
        <translation>напишіть частину назви, напр. komunitni centrum</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="65"/>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="201"/>
        <source>Create a new organization</source>
        <translation>Створити нову організацію</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="137"/>
        <source>✓ a stored organization</source>
        <translation>✓ збережена організація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="142"/>
        <source>A new organization “%1” will be stored.</source>
        <translation>Буде збережено нову організацію «%1».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="151"/>
        <source>Did you mean:</source>
        <translation>Ви мали на увазі:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="157"/>
        <source>Use %1</source>
        <translation>Використати %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="162"/>
        <source>No stored organization has this name.</source>
        <translation>Жодна збережена організація так не називається.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="179"/>
        <source>New organization?</source>
        <translation>Нова організація?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="183"/>
        <source>“%1” looks like the stored organization “%2”. Is it the same one?</source>
        <translation>«%1» схожа на збережену організацію «%2». Це та сама?</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="191"/>
        <source>Use “%1”</source>
        <translation>Використати «%1»</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="196"/>
        <source>No stored organization is called “%1”.</source>
        <translation>Жодна збережена організація не називається «%1».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/organizations.py" line="205"/>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>OrganizationsDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="38"/>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="49"/>
        <source>Organizations</source>
        <translation>Організації</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="44"/>
        <source>Search: any part of the name, e.g. komunitni</source>
        <translation>Пошук: будь-яка частина назви, напр. komunitni</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="45"/>
        <source>Search organizations</source>
        <translation>Шукати організації</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Listings</source>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="51"/>
        <source>Accreditation</source>
        <translation>Акредитація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="62"/>
        <source>Accredited as a sending organization under zákon č. 198/2002 Sb.</source>
        <translation>Акредитована направляюча організація згідно із zákon č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="67"/>
        <source>Two records of one organization? Select both (Ctrl+click) and merge them: their listings move to the name you keep.</source>
        <translation>Одна організація двічі? Виберіть обидва записи (Ctrl+клік) та об’єднайте їх: їхні пропозиції перейдуть до назви, яку ви залишите.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="72"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="74"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Об’єднати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="76"/>
        <source>&amp;Accreditation…</source>
        <translation>&amp;Акредитація…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="82"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="129"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="168"/>
        <source>Rename organization</source>
        <translation>Перейменувати організацію</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="168"/>
        <source>New name:</source>
        <translation>Нова назва:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="175"/>
        <source>Renamed; %n listing(s) show the new name.</source>
        <translation>
            <numerusform>Перейменовано; нову назву показує %n пропозиція.</numerusform>
            <numerusform>Перейменовано; нову назву показують %n пропозиції.</numerusform>
            <numerusform>Перейменовано; нову назву показують %n пропозицій.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="187"/>
        <source>Merge organizations</source>
        <translation>Об’єднати організації</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="188"/>
        <source>These records become one organization. Keep the name:</source>
        <translation>Ці записи стануть однією організацією. Залишити назву:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="201"/>
        <source>Merged into “%1”; %n listing(s) moved.</source>
        <translation>
            <numerusform>Об’єднано в «%1»; перенесено %n пропозицію.</numerusform>
            <numerusform>Об’єднано в «%1»; перенесено %n пропозиції.</numerusform>
            <numerusform>Об’єднано в «%1»; перенесено %n пропозицій.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="219"/>
        <source>“%1” is marked as accredited under zákon č. 198/2002 Sb.</source>
        <translation>«%1» позначена як акредитована згідно із zákon č. 198/2002 Sb.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="221"/>
        <source>“%1” is not marked as accredited.</source>
        <translation>«%1» не позначена як акредитована.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="238"/>
        <source>Another organization is already called “%1”. To make them one, select both and merge them.</source>
        <translation>Інша організація вже називається «%1». Щоб зробити з них одну, виберіть обидві та об’єднайте.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="241"/>
        <source>An organization needs a name.</source>
        <translation>Організації потрібна назва.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/organizations_dialog.py" line="242"/>
        <source>The organization no longer exists; the list is reloaded.</source>
        <translation>Організації вже не існує; список завантажується знову.</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="65"/>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="66"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="67"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="68"/>
        <source>languages</source>
        <translation>мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="69"/>
        <source>days and times</source>
        <translation>дні й час</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="70"/>
        <source>home district</source>
        <translation>район проживання</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="71"/>
        <source>interests</source>
        <translation>інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="72"/>
        <source>available dates</source>
        <translation>дати, коли може</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="73"/>
        <source>year of birth</source>
        <translation>рік народження</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="74"/>
        <source>internal notes</source>
        <translation>внутрішні нотатки</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="84"/>
        <source>Left out, no consent is recorded: %1.</source>
        <translation>Пропущено, згоду не зафіксовано: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="88"/>
        <source>Left out, the consent covers passing on contact details only: %1.</source>
        <translation>Пропущено, згода дозволяє передати лише контакти: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="93"/>
        <source>Left out, the consent does not cover passing data to organizations: %1.</source>
        <translation>Пропущено, згода не охоплює передавання даних організаціям: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="98"/>
        <source>Never passed on: %1.</source>
        <translation>Ніколи не передається: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="115"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="116"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="119"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="122"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="127"/>
        <source>Open in the mail program</source>
        <translation>Відкрити в поштовій програмі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="131"/>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="241"/>
        <source>Save as .eml…</source>
        <translation>Зберегти як .eml…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="134"/>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="138"/>
        <source>Save the invitation (.ics)…</source>
        <translation>Зберегти запрошення (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="148"/>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="149"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="166"/>
        <source>No consent to contact is recorded: the message cannot be sent from here.</source>
        <translation>Згоду на контакт не зафіксовано: надіслати повідомлення звідси не можна.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="171"/>
        <source>The person&apos;s consent does not cover being contacted.</source>
        <translation>Згода цієї особи не охоплює контакт: надіслати повідомлення звідси не можна.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="177"/>
        <source>No e-mail address is recorded: write it in “To”.</source>
        <translation>Адресу електронної пошти не зафіксовано: впишіть її в поле «Кому».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="183"/>
        <source>The recorded e-mail address is not valid: correct it in “To”.</source>
        <translation>Зафіксована адреса електронної пошти недійсна: виправте її в полі «Кому».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="191"/>
        <source>Written in %1: messages are not available in the person&apos;s language.</source>
        <translation>Написано мовою %1: мовою цієї особи повідомлень поки немає.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="198"/>
        <source>The listing&apos;s own text is in %1: add a translation.</source>
        <translation>Власний текст пропозиції мовою %1: додайте переклад.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="206"/>
        <source>A long message: a mail program may cut it off when opened from here; save it as .eml instead.</source>
        <translation>Довге повідомлення: поштова програма може обрізати його, якщо відкрити звідси; краще збережіть його як .eml.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="215"/>
        <source>A calendar invitation is attached to the .eml (a mailto: link cannot carry attachments; save it alone to attach it by hand).</source>
        <translation>До файлу .eml додано запрошення в календар (посилання mailto: не може містити вкладень; збережіть його окремо й додайте вручну).</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="229"/>
        <source>Message too long for a mail link</source>
        <translation>Повідомлення задовге для поштового посилання</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="230"/>
        <source>The message makes a link of %1 characters; mail programs take about %2 and may cut the text off. Save it as an .eml file and open that instead.</source>
        <translation>Повідомлення дає посилання на %1 символів; поштові програми приймають близько %2 і можуть обрізати текст. Краще збережіть його як файл .eml і відкрийте його.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="245"/>
        <source>Open anyway</source>
        <translation>Усе одно відкрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="258"/>
        <source>No mail program</source>
        <translation>Немає поштової програми</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="259"/>
        <source>No mail program opened the message. Save it as an .eml file instead.</source>
        <translation>Жодна поштова програма не відкрила повідомлення. Краще збережіть його як файл .eml.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="285"/>
        <source>Not an e-mail address</source>
        <translation>Це не адреса електронної пошти</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="286"/>
        <source>“%1” is not an e-mail address; correct it or leave it empty.</source>
        <translation>«%1» не є адресою електронної пошти; виправте її або залиште поле порожнім.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="292"/>
        <source>message-to-volunteer.eml</source>
        <translation>lyst-dlia-volontera.eml</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="294"/>
        <source>message-to-organization.eml</source>
        <translation>lyst-dlia-orhanizatsii.eml</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="297"/>
        <source>Save the e-mail</source>
        <translation>Зберегти лист</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="299"/>
        <source>E-mail (*.eml)</source>
        <translation>Лист (*.eml)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="307"/>
        <source>Save the calendar invitation</source>
        <translation>Зберегти запрошення в календар</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="309"/>
        <source>Calendar (*.ics)</source>
        <translation>Календар (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="316"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопійовано в буфер обміну.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="324"/>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="383"/>
        <source>E-mails and invitation</source>
        <translation>Листи й запрошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="331"/>
        <source>To the volunteer (%1)</source>
        <translation>Волонтерові (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="337"/>
        <source>To the organization (%1)</source>
        <translation>Організації (%1)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="363"/>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="364"/>
        <source>The file could not be saved: %1</source>
        <translation>Не вдалося зберегти файл: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="371"/>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/outreach_dialog.py" line="384"/>
        <source>The volunteer or the listing no longer exists.</source>
        <translation>Волонтера або пропозиції вже не існує.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="23"/>
        <source>Per district</source>
        <translation>За районами</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="22"/>
        <source>Per language</source>
        <translation>За мовами</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="25"/>
        <source>volunteers but no listings</source>
        <translation>волонтери без оголошень</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="26"/>
        <source>No data yet.</source>
        <translation>Даних поки немає.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="27"/>
        <source>Opportunities and volunteers per district</source>
        <translation>Можливості та волонтери за районами</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="28"/>
        <source>Opportunities and volunteers per language</source>
        <translation>Можливості та волонтери за мовами</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="33"/>
        <source>Click a bar to see those listings or volunteers. With the keyboard: Tab to a chart, choose a row with Up and Down, Enter opens its listings and Shift+Enter its volunteers.</source>
        <translation>Клацніть на смугу, щоб побачити відповідні оголошення або волонтерів. З клавіатури: перейдіть на діаграму клавішею Tab, виберіть рядок стрілками вгору та вниз, Enter відкриває його оголошення, а Shift+Enter — його волонтерів.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="65"/>
        <source>published listings</source>
        <translation>опубліковані оголошення</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="65"/>
        <source>volunteers</source>
        <translation>волонтери</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/overview.py" line="74"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n влаштовано</numerusform>
            <numerusform>%n влаштовано</numerusform>
            <numerusform>%n влаштовано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="114"/>
        <source>Languages with volunteers but no listings: %1.</source>
        <translation>Мови з волонтерами, але без оголошень: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="120"/>
        <source>Districts with volunteers but no listings: %1.</source>
        <translation>Райони з волонтерами, але без оголошень: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="126"/>
        <source>Every language and district with volunteers has published listings.</source>
        <translation>Для кожної мови та району з волонтерами є опубліковані оголошення.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="131"/>
        <source>Placements so far, per district of the listing: %1.</source>
        <translation>Влаштування досі, за районом пропозиції: %1.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/overview.py" line="142"/>
        <source>Hours volunteered so far: %1.</source>
        <translation>Відпрацьовано годин досі: %1.</translation>
    </message>
</context>
<context>
    <name>PairedBarChart</name>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/widgets/charts.py" line="71"/>
        <source>%n volunteer(s)</source>
        <extracomment>The end of a chart row&apos;s description, after the published listings: &quot;Praha 7: 3 published listings, 5 volunteers&quot;.</extracomment>
        <translation>
            <numerusform>%n волонтер</numerusform>
            <numerusform>%n волонтери</numerusform>
            <numerusform>%n волонтерів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/widgets/charts.py" line="74"/>
        <source>%1: %n published listing(s), %2</source>
        <extracomment>A chart row spoken by a screen reader: %1 is a district or a language, the last part the volunteers (&quot;Praha 7: 3 published listings, 5 volunteers&quot;).</extracomment>
        <translation>
            <numerusform>%1: %n опубліковане оголошення, %2</numerusform>
            <numerusform>%1: %n опубліковані оголошення, %2</numerusform>
            <numerusform>%1: %n опублікованих оголошень, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="44"/>
        <source>suggested</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="45"/>
        <source>contacted</source>
        <translation>контакт встановлено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="46"/>
        <source>placed</source>
        <translation>влаштовано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="47"/>
        <source>declined</source>
        <translation>відмовлено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="48"/>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="58"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="59"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="60"/>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="61"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="71"/>
        <source>shared by everyone using this database</source>
        <translation>спільні для всіх користувачів цієї бази даних</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="73"/>
        <source>defaults</source>
        <translation>типові</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_words.py" line="76"/>
        <source>Weights: %1 (%2)</source>
        <translation>Ваги: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlacementDocs</name>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="17"/>
        <source>Record hours…</source>
        <translation>Записати години…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="21"/>
        <source>Issue certificate…</source>
        <translation>Видати підтвердження…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="72"/>
        <source>Add the hours volunteered, or correct the total.</source>
        <translation>Додати відпрацьовані години або виправити загальну кількість.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="77"/>
        <source>A certificate of volunteering in Czech and the volunteer&apos;s language, as a PDF.</source>
        <translation>Підтвердження волонтерства чеською та мовою волонтера, у форматі PDF.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="84"/>
        <source>Select a pair first.</source>
        <translation>Спершу виберіть пару.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="86"/>
        <source>Only for a placed or ended pair: record the outcome “placed” first.</source>
        <translation>Лише для розміщеної або завершеної пари: спершу запишіть результат «розміщено».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="131"/>
        <source>A certificate is issued only for a placed or ended pair.</source>
        <translation>Підтвердження видається лише для розміщеної або завершеної пари.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="135"/>
        <source>The placement, its volunteer or its listing no longer exists.</source>
        <translation>Розміщення, його волонтер або пропозиція більше не існує.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/placement_docs.py" line="140"/>
        <source>Certificate of volunteering</source>
        <translation>Підтвердження волонтерства</translation>
    </message>
</context>
<context>
    <name>PlacementModel</name>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="25"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="26"/>
        <source>Listing</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="27"/>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="28"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="29"/>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="30"/>
        <source>By</source>
        <translation>Записав(ла)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="31"/>
        <source>Follow up on</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="32"/>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="33"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/models/placements.py" line="84"/>
        <source>(due)</source>
        <translation>(час)</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="51"/>
        <source>Show placements in state</source>
        <translation>Показати влаштування у стані</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="52"/>
        <source>All states</source>
        <translation>Усі стани</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="58"/>
        <source>Placements</source>
        <translation>Влаштування</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="59"/>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="62"/>
        <source>To follow up</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="61"/>
        <source>Pipeline</source>
        <translation>Огляд станів</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="64"/>
        <source>How did it go?…</source>
        <translation>Як усе пройшло?…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="67"/>
        <source>Show the volunteer&apos;s matches</source>
        <translation>Показати пропозиції для волонтера</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="69"/>
        <source>E-mails and invitation…</source>
        <translation>Листи й запрошення…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="81"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="116"/>
        <source>%n to follow up</source>
        <translation>
            <numerusform>%n до перевірки</numerusform>
            <numerusform>%n до перевірки</numerusform>
            <numerusform>%n до перевірки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="118"/>
        <source>(%n due)</source>
        <translation>
            <numerusform>(%n на часі)</numerusform>
            <numerusform>(%n на часі)</numerusform>
            <numerusform>(%n на часі)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/placements_page.py" line="121"/>
        <source>To follow up (%1)</source>
        <translation>Перевірити (%1)</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="90"/>
        <source>%1 → anywhere in Prague</source>
        <translation>%1 → будь-де в Празі</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="95"/>
        <source>%1 → online / from home</source>
        <translation>%1 → онлайн / з дому</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="99"/>
        <source>“%1” lies in several districts. Which one is meant:</source>
        <translation>«%1» лежить у кількох районах. Який саме:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="107"/>
        <source>“%1” read as %2 (a typo?)</source>
        <translation>«%1» прочитано як %2 (описка?)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="116"/>
        <source>“%1” is not a Prague district or quarter.</source>
        <translation>«%1» — це не празький район чи квартал.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="120"/>
        <source>Did you mean:</source>
        <translation>Можливо, ви мали на увазі:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/places.py" line="124"/>
        <source>Name the one district where the person lives.</source>
        <translation>Вкажіть один район, де людина живе.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/places.py" line="117"/>
        <source>Use %1</source>
        <translation>Використати %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/place_filter.py" line="52"/>
        <source>No listed record is in %1.</source>
        <translation>Для місця %1 у списку нічого немає.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="62"/>
        <source>Publish to the website</source>
        <translation>Опублікувати на сайті</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="63"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="65"/>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="68"/>
        <source>What to write</source>
        <translation>Що записати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="37"/>
        <source>Website (HTML pages in every language)</source>
        <extracomment>Formats whose output has a start page to open in a browser.</extracomment>
        <translation>Сайт (сторінки HTML усіма мовами)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="40"/>
        <source>Website and all data feeds</source>
        <translation>Сайт і всі канали даних</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="41"/>
        <source>JSON data</source>
        <translation>Дані JSON</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="42"/>
        <source>Open Referral HSDS data</source>
        <translation>Дані Open Referral HSDS</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="43"/>
        <source>Czech open data (OFN events)</source>
        <translation>Чеські відкриті дані (OFN події)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="44"/>
        <source>CSV table</source>
        <translation>Таблиця CSV</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="45"/>
        <source>Calendar (iCalendar)</source>
        <translation>Календар (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="46"/>
        <source>News feed (Atom)</source>
        <translation>Стрічка новин (Atom)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="47"/>
        <source>Social media posts</source>
        <translation>Дописи для соцмереж</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="79"/>
        <source>Accessibility feedback contact</source>
        <translation>Контакт для відгуків щодо доступності</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="80"/>
        <source>e.g. pristupnost@praha.eu or https://…</source>
        <translation>напр. pristupnost@praha.eu або https://…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="83"/>
        <source>The e-mail address or web page where readers of the website report accessibility problems (shown in the accessibility statement). Empty: the statement names the city&apos;s website. Shared by everyone using this database.</source>
        <translation>Адреса електронної пошти або вебсторінка, куди читачі сайту повідомляють про проблеми з доступністю (зазначається в заяві про доступність). Порожнє: заява посилається на сайт міста. Спільне для всіх, хто працює з цією базою даних.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="90"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Тека:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="91"/>
        <source>W&amp;rite:</source>
        <translation>&amp;Записати:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="92"/>
        <source>Accessibility feedback &amp;contact:</source>
        <translation>&amp;Контакт для відгуків щодо доступності:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="95"/>
        <source>Published listings are written into this folder in the chosen format. Volunteer profiles are never published.</source>
        <translation>Опубліковані пропозиції записуються в цю папку у вибраному форматі. Профілі волонтерів ніколи не публікуються.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="103"/>
        <source>Publish</source>
        <translation>Опублікувати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="106"/>
        <source>Open the folder</source>
        <translation>Відкрити папку</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="109"/>
        <source>Open the site in the browser</source>
        <translation>Відкрити сайт у браузері</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="111"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="146"/>
        <source>Choose the website folder</source>
        <translation>Виберіть теку для сайту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="160"/>
        <source>%n listing(s) published</source>
        <translation>
            <numerusform>Опубліковано %n пропозицію</numerusform>
            <numerusform>Опубліковано %n пропозиції</numerusform>
            <numerusform>Опубліковано %n пропозицій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="161"/>
        <source>in %n language(s)</source>
        <translation>
            <numerusform>%n мовою</numerusform>
            <numerusform>%n мовами</numerusform>
            <numerusform>%n мовами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="162"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="165"/>
        <source>%n left out because they are no longer valid</source>
        <translation>
            <numerusform>%n пропущено, бо вже не чинна</numerusform>
            <numerusform>%n пропущено, бо вже не чинні</numerusform>
            <numerusform>%n пропущено, бо вже не чинні</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="169"/>
        <source>Folder: %1</source>
        <translation>Папка: %1</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="174"/>
        <source>Choose a folder first.</source>
        <translation>Спершу виберіть теку.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="181"/>
        <source>The accessibility feedback contact must be an e-mail address (pristupnost@praha.eu) or a web page (https://…). Correct it or leave it empty to name the city&apos;s website.</source>
        <translation>Контакт для відгуків щодо доступності має бути адресою електронної пошти (pristupnost@praha.eu) або вебсторінкою (https://…). Виправте його або залиште порожнім — тоді заява посилатиметься на сайт міста.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="208"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="214"/>
        <source>Publishing…</source>
        <translation>Публікування…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="229"/>
        <source>Publishing stopped unexpectedly (%1). The folder holds either the previous publication or the new one, never a mix of both. Publish again; if it stops again, tell your IT support what is written in brackets.</source>
        <translation>Публікування несподівано зупинилося (%1). У теці є або попередня публікація, або нова, ніколи не їхня суміш. Опублікуйте ще раз; якщо воно знову зупиниться, повідомте службі ІТ-підтримки, що написано в дужках.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="239"/>
        <source>Files volmatch did not write</source>
        <translation>Файли, які volmatch не записав</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/publish_dialog.py" line="241"/>
        <source>This folder holds %n file(s) that volmatch did not write: %1. Publish the website beside them? They are kept exactly as they are; only the files of the previous publication are replaced.</source>
        <translation>
            <numerusform>У цій теці є %n файл, який volmatch не записав: %1. Опублікувати сайт поруч із ним? Він залишиться таким, як є; замінюються лише файли попередньої публікації.</numerusform>
            <numerusform>У цій теці є %n файли, які volmatch не записав: %1. Опублікувати сайт поруч із ними? Вони залишаться такими, як є; замінюються лише файли попередньої публікації.</numerusform>
            <numerusform>У цій теці є %n файлів, які volmatch не записав: %1. Опублікувати сайт поруч із ними? Вони залишаться такими, як є; замінюються лише файли попередньої публікації.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/records.py" line="126"/>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/records.py" line="143"/>
        <source>Undone.</source>
        <translation>Скасовано.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/schedule.py" line="47"/>
        <source>Not understood: “%1”; write e.g. po–pá večer, so dopoledne.</source>
        <translation>Не зрозуміло: «%1»; напишіть, напр., po–pá večer, so dopoledne.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="48"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="79"/>
        <source>draft</source>
        <extracomment>Languages a listing can be written in; Czech first, the city&apos;s source language.</extracomment>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="49"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="80"/>
        <source>published</source>
        <translation>опубліковано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/opportunity_editor.py" line="50"/>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="81"/>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="46"/>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="55"/>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="49"/>
        <source>Loading the trash…</source>
        <translation>Завантаження кошика…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Title or name</source>
        <translation>Назва або ім’я</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="57"/>
        <source>Days left</source>
        <translation>Залишилося днів</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="66"/>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="70"/>
        <source>&amp;Empty trash of items older than 30 days</source>
        <translation>&amp;Очистити кошик від записів, старших за 30 днів</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="78"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="91"/>
        <source>Opportunity</source>
        <translation>Можливість</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="91"/>
        <source>Volunteer</source>
        <translation>Волонтер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="111"/>
        <source>%n deleted record(s). Each can be restored for 30 days.</source>
        <translation>
            <numerusform>%n видалений запис. Його можна відновити протягом 30 днів.</numerusform>
            <numerusform>%n видалені записи. Кожен можна відновити протягом 30 днів.</numerusform>
            <numerusform>%n видалених записів. Кожен можна відновити протягом 30 днів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation>Кошик порожній.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/trash_dialog.py" line="118"/>
        <source>The trash could not be read: %1</source>
        <translation>Не вдалося прочитати кошик: %1</translation>
    </message>
</context>
<context>
    <name>VolunteerEditor</name>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="93"/>
        <source>New volunteer</source>
        <translation>Новий волонтер</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="93"/>
        <source>Edit volunteer</source>
        <translation>Редагування волонтера</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="167"/>
        <source>other districts the person will travel to</source>
        <translation>інші райони, куди людина може доїхати</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="170"/>
        <source>e.g. Mon–Fri evenings, weekends</source>
        <translation>напр. пн–пт увечері, вихідні</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="126"/>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="171"/>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="172"/>
        <source>d. m. yyyy</source>
        <translation>д. м. рррр</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="120"/>
        <source>The person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="125"/>
        <source>e.g. 1990</source>
        <translation>напр. 1990</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="132"/>
        <source>matching and contact by the coordinator</source>
        <translation>підбір і зв’язок від координатора</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="134"/>
        <source>matching and passing contact to organizations</source>
        <translation>підбір і передання контакту організаціям</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="138"/>
        <source>matching and passing contact and profile to organizations</source>
        <translation>підбір і передавання контактів та профілю організаціям</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="141"/>
        <source>matching only, no contact</source>
        <translation>лише підбір, без зв’язку</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="147"/>
        <source>Internal notes, never published</source>
        <translation>Внутрішні нотатки, ніколи не публікуються</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="152"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="153"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="164"/>
        <source>What matching reads</source>
        <translation>За чим добирається</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="166"/>
        <source>where the person lives, e.g. Karlín</source>
        <translation>де людина живе, напр. Karlín</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="176"/>
        <source>Home &amp;district:</source>
        <translation>&amp;Район проживання:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="177"/>
        <source>&amp;Travels to:</source>
        <translation>&amp;Доїжджає до:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="178"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="179"/>
        <source>&amp;Interests:</source>
        <translation>&amp;Інтереси:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="180"/>
        <source>A&amp;vailability:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="181"/>
        <source>Available &amp;from:</source>
        <translation>Доступний &amp;від:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="182"/>
        <source>Available &amp;until:</source>
        <translation>Доступний д&amp;о:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="249"/>
        <source>“Available until” is before “available from”.</source>
        <translation>«Доступний до» раніше, ніж «доступний з».</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="269"/>
        <source>No consent recorded: the profile is neither matched nor contacted.</source>
        <translation>Згоду не записано: профіль не добирається, і з людиною не контактують.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="285"/>
        <source>given today</source>
        <translation>надано сьогодні</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="287"/>
        <source>given %n day(s) ago</source>
        <translation>
            <numerusform>надано %n день тому</numerusform>
            <numerusform>надано %n дні тому</numerusform>
            <numerusform>надано %n днів тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="288"/>
        <source>given %n month(s) ago</source>
        <translation>
            <numerusform>надано %n місяць тому</numerusform>
            <numerusform>надано %n місяці тому</numerusform>
            <numerusform>надано %n місяців тому</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="154"/>
        <source>&amp;Year of birth:</source>
        <translation>Рік &amp;народження:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="155"/>
        <source>&amp;Consent given on:</source>
        <translation>З&amp;году надано:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="156"/>
        <source>Consent &amp;scope:</source>
        <translation>Обсяг з&amp;годи:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="158"/>
        <source>N&amp;otes:</source>
        <translation>При&amp;мітки:</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="241"/>
        <source>The name is required.</source>
        <translation>Ім’я обов’язкове.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="263"/>
        <source>The consent date cannot be in the future.</source>
        <translation>Дата згоди не може бути в майбутньому.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/editors/volunteer_editor.py" line="255"/>
        <source>“%1” is not a year of birth; write e.g. 1990.</source>
        <translation>«%1» — це не рік народження; напишіть, напр., 1990.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="30"/>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="31"/>
        <source>Home district</source>
        <translation>Район проживання</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="32"/>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="33"/>
        <source>Interests</source>
        <translation>Інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="34"/>
        <source>Consent given</source>
        <translation>Згоду надано</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="37"/>
        <source>All districts</source>
        <translation>Усі райони</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="38"/>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="39"/>
        <source>All interests</source>
        <translation>Усі інтереси</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="43"/>
        <source>Search volunteers: name, e-mail, place… (Ctrl+F)</source>
        <translation>Шукати волонтерів: ім’я, e-mail, місце… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="44"/>
        <source>Volunteers</source>
        <translation>Волонтери</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="51"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="52"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="54"/>
        <source>Find listings for this volunteer</source>
        <translation>Знайти оголошення для цього волонтера</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="55"/>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="69"/>
        <source>This volunteer no longer exists.</source>
        <translation>Цього волонтера вже не існує.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="70"/>
        <source>Volunteer saved.</source>
        <translation>Волонтера збережено.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="72"/>
        <source>Delete volunteer</source>
        <translation>Видалити волонтера</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="74"/>
        <source>Delete the profile of %1 with all their placements? You can undo this with Ctrl+Z.</source>
        <translation>Видалити профіль особи %1 разом з усіма її влаштуваннями? Скасувати це можна клавішами Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/pages/volunteers.py" line="71"/>
        <source>Volunteer deleted.</source>
        <translation>Волонтера видалено.</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="37"/>
        <source>Matching weights</source>
        <translation>Ваги підбору</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="40"/>
        <source>How much each part counts in the score (0 = not at all). The numbers are shared by everyone using this database and by the command line.</source>
        <translation>Наскільки кожна частина важить в оцінці (0 = зовсім ні). Ці числа спільні для всіх користувачів цієї бази даних і для командного рядка.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="67"/>
        <source>Reset to defaults</source>
        <translation>Відновити типові</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/dialogs/weights_dialog.py" line="90"/>
        <source>At least one part must count more than 0.</source>
        <translation>Принаймні одна частина має важити більше ніж 0.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="49"/>
        <source>Czech</source>
        <extracomment>Languages offered in the pickers: codes, most common among Prague&apos;s foreigners first.</extracomment>
        <translation>чеська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="50"/>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="51"/>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="52"/>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="53"/>
        <source>Vietnamese</source>
        <translation>в’єтнамська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="54"/>
        <source>German</source>
        <translation>німецька</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="55"/>
        <source>Slovak</source>
        <translation>словацька</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="56"/>
        <source>Polish</source>
        <translation>польська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="57"/>
        <source>French</source>
        <translation>французька</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="58"/>
        <source>Spanish</source>
        <translation>іспанська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="59"/>
        <source>Arabic</source>
        <translation>арабська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="60"/>
        <source>Chinese</source>
        <translation>китайська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="61"/>
        <source>Mongolian</source>
        <translation>монгольська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="62"/>
        <source>Romanian</source>
        <translation>румунська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="63"/>
        <source>Turkish</source>
        <translation>турецька</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="64"/>
        <source>Persian</source>
        <translation>перська</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="113"/>
        <source>any level</source>
        <translation>будь-який рівень</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="115"/>
        <source>native speaker</source>
        <translation>носій мови</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="124"/>
        <source>Level not stated.</source>
        <translation>Рівень не вказано.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="125"/>
        <source>A1 beginner: everyday phrases, simple introductions.</source>
        <translation>A1 початковий: повсякденні фрази, просте знайомство.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="128"/>
        <source>A2 elementary: simple routine tasks, shopping, directions.</source>
        <translation>A2 елементарний: прості буденні ситуації, покупки, дорога.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="131"/>
        <source>B1 intermediate: handles most everyday situations, simple texts.</source>
        <translation>B1 середній: справляється з більшістю повсякденних ситуацій, прості тексти.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="134"/>
        <source>B2 upper intermediate: fluent conversation, detailed texts.</source>
        <translation>B2 вище середнього: вільна розмова, докладні тексти.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="137"/>
        <source>C1 advanced: fluent and precise, also at work.</source>
        <translation>C1 просунутий: вільно й точно, також на роботі.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="140"/>
        <source>C2 proficient: understands virtually everything with ease.</source>
        <translation>C2 досконалий: легко розуміє майже все.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="143"/>
        <source>Native speaker: the person&apos;s mother tongue.</source>
        <translation>Носій мови: рідна мова людини.</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="153"/>
        <source>Levels of the Common European Framework of Reference (CEFR):</source>
        <translation>Рівні Загальноєвропейських рекомендацій з мовної освіти (CEFR):</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="261"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="265"/>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/fieldnames.py" line="118"/>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="274"/>
        <source>required</source>
        <translation>обов’язково</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="277"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="278"/>
        <source>Remove language</source>
        <translation>Вилучити мову</translation>
    </message>
    <message>
        <location filename="../../src/volmatch/gui/widgets/inputs.py" line="324"/>
        <source>Add a language</source>
        <translation>Додати мову</translation>
    </message>
</context>
</TS>
