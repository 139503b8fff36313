# Build the Windows installer: dist\register-app-VERSION-windows-x64-setup.exe.
# Needs Python 3.11+ (python.org, 64-bit) and Inno Setup 6 (iscc.exe on the PATH). Run from any folder:
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root
$version = (Select-String -Path register_app\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value

py -3 -m venv build\venv-windows
$py = "build\venv-windows\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet . "pyinstaller>=6.10,<7" packaging
if ($LASTEXITCODE) { throw "pip install failed" }
& $py scripts\build_translations.py
# The notices are generated on Linux (they read Debian's standard licence texts); check they are complete.
& $py packaging\third_party_notices.py --check
if ($LASTEXITCODE) { throw "THIRD_PARTY_NOTICES.txt misses a dependency: regenerate it on Linux" }
& build\venv-windows\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\register-app.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
Copy-Item LICENSE dist\register-app\LICENSE.txt

# Smoke test of the bundle before it is wrapped.
& dist\register-app\register-app-cli.exe --version
& dist\register-app\register-app-cli.exe demo build\smoke.rgpd
& dist\register-app\register-app-cli.exe export build\smoke.rgpd build\smoke.pdf
if ($LASTEXITCODE) { throw "the built program failed" }

iscc /Q "/DAppVersion=$version" packaging\windows\register-app.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Get-Item "dist\register-app-$version-windows-x64-setup.exe"
