; Inno Setup 6 script: the Windows installer of register_app, around the PyInstaller bundle.
; Built by packaging/build-windows.ps1 (see packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\register-app.iss
; Installs per machine or per user (the installer asks), adds the Start menu entry, and makes .rgpd
; files open in register_app with its icon.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z register-app.iss
#endif

[Setup]
AppId={{5D0B6F7E-2C51-4B7E-9D0C-6A0B3E9C1F24}
AppName=register_app
AppVersion={#AppVersion}
AppPublisher=The register_app authors
AppCopyright=© The register_app authors. All rights reserved.
DefaultDirName={autopf}\register_app
DefaultGroupName=register_app
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\register-app.exe
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\register-app.ico
OutputDir=..\..\dist
OutputBaseFilename=register-app-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
MinVersion=10.0

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; register-app.exe (the desktop app) and register-app-cli.exe (the command line) share _internal\.
Source: "..\..\dist\register-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\register_app"; Filename: "{app}\register-app.exe"
Name: "{autodesktop}\register_app"; Filename: "{app}\register-app.exe"; Tasks: desktopicon

[Registry]
; .rgpd -> RegisterApp.rgpd: double-clicking a register opens it ("register-app.exe FILE").
Root: HKA; Subkey: "Software\Classes\.rgpd\OpenWithProgids"; ValueType: string; ValueName: "RegisterApp.rgpd"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\RegisterApp.rgpd"; ValueType: string; ValueName: ""; ValueData: "Registre RGPD"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\RegisterApp.rgpd\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\register-app.exe,0"
Root: HKA; Subkey: "Software\Classes\RegisterApp.rgpd\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\register-app.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\register-app.exe\SupportedTypes"; ValueType: string; ValueName: ".rgpd"; ValueData: ""

[Run]
Filename: "{app}\register-app.exe"; Description: "{cm:LaunchProgram,register_app}"; Flags: nowait postinstall skipifsilent
