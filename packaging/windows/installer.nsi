; The Windows installer of Asiakasrekisteri. packaging/windows/build makes it with NSIS's makensis:
;   makensis -DVERSION=0.1.0 -DBINARIES=<folder of the .exe and .com> -DOUTFILE=<setup.exe> installer.nsi
;
; Installs for the current user (no administrator rights needed; %LOCALAPPDATA%\Programs) or,
; for an administrator who chooses so, for all users (Program Files). Silent: /S, with
; /CurrentUser or /AllUsers. The uninstaller removes the program and its Start menu entry and
; never the register: the customers' data is ended in the app (erasure, retention), not by
; deleting files, and the Accounting Act keeps orders for years after the program is gone.

; A 64-bit installer for a 64-bit program (it also runs under a Wine without 32-bit support).
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS Win10
SetCompressor /SOLID lzma

!ifndef VERSION | BINARIES | OUTFILE
  !error "give -DVERSION=x.y.z -DBINARIES=folder -DOUTFILE=file"
!endif

!define PRODUCT "Asiakasrekisteri"
!define PUBLISHER "Ompelijan paratiisi"
!define IDENTIFIER "fi.ompelijanparatiisi.Asiakasrekisteri"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${IDENTIFIER}"
!define SETTINGS_KEY "Software\${PUBLISHER}\${PRODUCT}"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
BrandingText "${PRODUCT} ${VERSION}"

; Per user by default; an administrator may choose all users on the second page.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${PRODUCT}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh

!define MUI_ICON "asiakasrekisteri.ico"
!define MUI_UNICON "asiakasrekisteri.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; Started through Explorer, so that it runs with the user's own rights even when the installer
; was elevated for all users.
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION StartApp
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(registerStays)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one used when Windows speaks neither. NSIS's Finnish has no texts
; for the page that asks whom to install for: they are given here.
!define MULTIUSER_TEXT_INSTALLMODE_TITLE "Valitse käyttäjät"
!define MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "Valitse, kenelle $(^NameDA) asennetaan."
!define MULTIUSER_INNERTEXT_INSTALLMODE_TOP "Valitse, asennetaanko $(^NameDA) vain sinulle vai kaikille tämän tietokoneen käyttäjille. $(^ClickNext)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Kaikille tämän tietokoneen käyttäjille"
!define MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Vain minulle"
!insertmacro MUI_LANGUAGE "Finnish"
!insertmacro MUI_LANGUAGE "English"

LangString registerStays ${LANG_FINNISH} "Ohjelma ja sen Käynnistä-valikon kuvake poistetaan. Asiakasrekisteri ja sen varmuuskopiot jäävät paikalleen: asiakkaiden tiedot poistetaan sovelluksessa, ei tiedostoja poistamalla."
LangString registerStays ${LANG_ENGLISH} "The program and its Start menu entry are removed. The customer register and its backups stay where they are: customers' data is erased in the app, not by deleting files."
LangString startMenuComment ${LANG_FINNISH} "Ompelijan paratiisin asiakasrekisteri ja rekisteriotteet"
LangString startMenuComment ${LANG_ENGLISH} "Customer register and register extracts of Ompelijan paratiisi"
LangString appRunning ${LANG_FINNISH} "${PRODUCT} on käynnissä. Sulje se (myös komentorivillä ajettavat komennot) ja valitse Yritä uudelleen."
LangString appRunning ${LANG_ENGLISH} "${PRODUCT} is running. Close it (and any command running in a terminal), then choose Retry."
LangString notWindows64 ${LANG_FINNISH} "${PRODUCT} toimii vain 64-bittisessä Windowsissa."
LangString notWindows64 ${LANG_ENGLISH} "${PRODUCT} runs on 64-bit Windows only."

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FINNISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_FINNISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FINNISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FINNISH} "FileDescription" "${PRODUCT} – asennusohjelma"
VIAddVersionKey /LANG=${LANG_FINNISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FINNISH} "ProductVersion" "${VERSION}"

; The program holds this mutex while it runs (RUNNING_MUTEX in src/platform/running.rs). Its files
; cannot be replaced or removed then, so the installer and the uninstaller ask for it to be
; closed first, instead of failing half-way; run silently they stop with exit code 2.
!define RUNNING_MUTEX "Local\${IDENTIFIER}.running"
!macro UNTIL_CLOSED UN
Function ${UN}UntilClosed
  retry:
    ; SYNCHRONIZE access is enough to see that it exists.
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING_MUTEX}") p .r0'
    StrCmp $0 0 closed
    System::Call 'kernel32::CloseHandle(p r0)'
    IfSilent 0 ask
      SetErrorLevel 2
      Quit
  ask:
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(appRunning)" IDRETRY retry
    Quit
  closed:
FunctionEnd
!macroend
!insertmacro UNTIL_CLOSED ""
!insertmacro UNTIL_CLOSED "un."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(notWindows64)"
    Abort
  ${EndIf}
  Call UntilClosed
  SetRegView 64
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  Call un.UntilClosed
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Function StartApp
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\asiakasrekisteri.exe"'
FunctionEnd

Section "Asiakasrekisteri"
  SetOutPath "$INSTDIR"
  ; The window (GUI subsystem) and, for terminals, the console program of the same name: cmd and
  ; PowerShell find the .com before the .exe, so `asiakasrekisteri init` prints in the terminal.
  File "${BINARIES}\asiakasrekisteri.exe"
  File "${BINARIES}\asiakasrekisteri.com"
  File "/oname=LICENSE-MIT.txt" "..\..\LICENSE-MIT"
  File "/oname=LICENSE-APACHE.txt" "..\..\LICENSE-APACHE"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\asiakasrekisteri.exe" "" \
      "$INSTDIR\asiakasrekisteri.exe" 0 SW_SHOWNORMAL "" "$(startMenuComment)"

  ; SHCTX is HKCU for the current user, HKLM for all users (set by MultiUser).
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\asiakasrekisteri.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer put here, by name: never a wildcard, never the register's folder.
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$INSTDIR\asiakasrekisteri.exe"
  Delete "$INSTDIR\asiakasrekisteri.com"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\${PUBLISHER}"
SectionEnd
