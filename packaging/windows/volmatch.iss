; Inno Setup 6 script for the volmatch Windows installer.
; Build on Windows after `python packaging\build.py` (see packaging\README.md):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\volmatch.iss
; Output: dist\volmatch-<version>-setup.exe
;
; Installs per user without administrator rights by default; an administrator can
; choose "for all users" in the first dialog (or run with /ALLUSERS).
; Silent roll-out with a shared team database:
;   volmatch-<version>-setup.exe /VERYSILENT /ALLUSERS /DBURL="postgresql+psycopg://volmatch@db.example/volmatch"

#define AppName "volmatch"
#define AppVersion "0.1.0"
#define AppPublisher "volmatch developers"
#define AppExe "volmatch-gui.exe"
#define Bundle "..\..\dist\volmatch"

[Setup]
AppId={{6F2C9A5E-3B1D-4E8A-9C57-0D4B8E1A7F32}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\app\volmatch.ico
UninstallDisplayIcon={app}\{#AppExe}
LicenseFile=..\licenses\NOTICE.txt
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "cs"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[CustomMessages]
en.AssociateFiles=Open volmatch exchange files (.volmatch) with volmatch
cs.AssociateFiles=Otevírat soubory pro výměnu dat (.volmatch) v aplikaci volmatch
uk.AssociateFiles=Відкривати файли обміну (.volmatch) у volmatch
en.FileTypeName=volmatch exchange file
cs.FileTypeName=Soubor pro výměnu dat volmatch
uk.FileTypeName=Файл обміну volmatch
en.DatabaseTitle=Shared database
cs.DatabaseTitle=Sdílená databáze
uk.DatabaseTitle=Спільна база даних
en.DatabaseSubtitle=Does your team share one database?
cs.DatabaseSubtitle=Sdílí váš tým jednu databázi?
uk.DatabaseSubtitle=Чи ваша команда користується однією базою даних?
en.DatabaseHelp=Leave this empty and every user keeps their own database on this computer. For a team database, enter its address as your IT department gave it, for example postgresql+psycopg://volmatch@db.example.cz/volmatch
cs.DatabaseHelp=Když pole necháte prázdné, každý uživatel má vlastní databázi na tomto počítači. Pro týmovou databázi zadejte adresu od vašeho IT oddělení, například postgresql+psycopg://volmatch@db.example.cz/volmatch
uk.DatabaseHelp=Залиште порожнім, і кожен користувач матиме власну базу даних на цьому комп'ютері. Для спільної бази введіть адресу від вашого ІТ-відділу, наприклад postgresql+psycopg://volmatch@db.example.cz/volmatch
en.DatabaseLabel=Database address (URL):
cs.DatabaseLabel=Adresa databáze (URL):
uk.DatabaseLabel=Адреса бази даних (URL):

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppName} {#AppVersion}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install and HKEY_LOCAL_MACHINE for all users.
Root: HKA; Subkey: "Software\Classes\.volmatch"; ValueType: string; ValueName: ""; ValueData: "volmatch.exchange"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\volmatch.exchange"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\volmatch.exchange\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\volmatch.exchange\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate

[INI]
; Read by volmatch.paths.site_database_url(); the environment variable VOLMATCH_DATABASE_URL still wins.
Filename: "{app}\volmatch.ini"; Section: "database"; Key: "url"; String: "{code:DatabaseUrl}"; Check: HasDatabaseUrl

[UninstallDelete]
Type: files; Name: "{app}\volmatch.ini"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DatabasePage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  DatabasePage := CreateInputQueryPage(wpSelectTasks,
    CustomMessage('DatabaseTitle'), CustomMessage('DatabaseSubtitle'), CustomMessage('DatabaseHelp'));
  DatabasePage.Add(CustomMessage('DatabaseLabel'), False);
  { /DBURL=... on the command line fills the page, also for silent installs. }
  DatabasePage.Values[0] := ExpandConstant('{param:DBURL|}');
end;

function DatabaseUrl(Param: String): String;
begin
  Result := Trim(DatabasePage.Values[0]);
end;

function HasDatabaseUrl: Boolean;
begin
  Result := DatabaseUrl('') <> '';
end;
