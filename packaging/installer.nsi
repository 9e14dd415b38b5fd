; TTHC Desktop — trình cài đặt Windows (NSIS 3, Modern UI 2).
;
; Per-user install (no admin rights): %LOCALAPPDATA%\Programs\TTHC Desktop, Start-menu and desktop
; shortcuts, an uninstall entry under HKCU. The uninstaller removes the program files only: the user's
; data (%APPDATA%\TTHC Desktop: database, attachments, backups, settings) is kept.
;
; Build (after PyInstaller has made build/dist/tthc-desktop):
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DBUNDLE_DIR=build/dist/tthc-desktop \
;            -DOUT_FILE=build/dist/TTHC-Desktop-0.1.0-setup.exe packaging/installer.nsi
; The file list is the bundle folder itself (File /r), so it cannot drift from what PyInstaller built.
; It compiles on Linux too (Debian package nsis), which is how `make package` checks it.

Unicode true
ManifestDPIAware true
!ifdef NO_COMPRESSION
  SetCompress off  ; quick check build (packaging test): same script, same file list
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "Thiếu -DVERSION=x.y.z"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\build\dist\tthc-desktop"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\build\dist\TTHC-Desktop-${VERSION}-setup.exe"
!endif
; VIProductVersion needs four numbers; VERSION_QUAD may be passed, else x.y.z.0.
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"
!endif

; makensis on Linux (Debian's nsis) wants / in host paths; the Windows build wants \.
!ifdef NSIS_WIN32_MAKENSIS
  !define SEP "\"
!else
  !define SEP "/"
!endif

!define APP_NAME "TTHC Desktop"
!define APP_EXE "TTHC Desktop.exe"
!define CLI_EXE "tthc-desktop.exe"
!define PUBLISHER "TTHC Desktop"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!include "MUI2.nsh"

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Vietnamese"

; Updating while the app runs would replace files under a live process (or fail half-way on Windows):
; ask the officer to close it first. Two signs: a running exe cannot be opened for writing, and the
; app holds a byte lock on its database's lock file (store/lock.py: byte 4096 of tthc.db.lock).
!macro ENSURE_APP_CLOSED un
Function ${un}ExeInUse  ; $R2: path; sets $R0 to "busy" when the exe is running
  IfFileExists "$R2" 0 free
  ClearErrors
  FileOpen $R1 "$R2" a
  IfErrors 0 opened
  StrCpy $R0 "busy"
  Goto free
  opened:
  FileClose $R1
  free:
FunctionEnd

Function ${un}EnsureAppClosed
  retry:
  StrCpy $R0 ""
  StrCpy $R2 "$INSTDIR\${APP_EXE}"
  Call ${un}ExeInUse
  StrCpy $R2 "$INSTDIR\${CLI_EXE}"
  Call ${un}ExeInUse
  IfFileExists "$APPDATA\${APP_NAME}\tthc.db.lock" 0 lock_done
    ; GENERIC_READ|GENERIC_WRITE, FILE_SHARE_READ|FILE_SHARE_WRITE, OPEN_EXISTING
    System::Call 'kernel32::CreateFileW(w "$APPDATA\${APP_NAME}\tthc.db.lock", i 0xC0000000, i 3, p 0, i 3, i 0x80, p 0) p.r8'
    StrCmp $8 "-1" lock_done
    System::Call 'kernel32::LockFile(p r8, i 4096, i 0, i 1, i 0) i.r9'
    StrCmp $9 "0" lock_busy
    System::Call 'kernel32::UnlockFile(p r8, i 4096, i 0, i 1, i 0)'
    Goto lock_close
  lock_busy:
    StrCpy $R0 "busy"
  lock_close:
    System::Call 'kernel32::CloseHandle(p r8)'
  lock_done:
  StrCmp $R0 "" done
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
    "${APP_NAME} đang chạy. Hãy đóng mọi cửa sổ ${APP_NAME} (lưu công việc trước) rồi bấm Thử lại." \
    /SD IDCANCEL IDRETRY retry
  SetErrorLevel 2
  Quit
  done:
FunctionEnd
!macroend
!insertmacro ENSURE_APP_CLOSED ""
!insertmacro ENSURE_APP_CLOSED "un."

Section "TTHC Desktop" SecMain
  SectionIn RO
  SetShellVarContext current
  Call EnsureAppClosed
  SetOutPath "$INSTDIR"
  ; An update replaces the program files; the old _internal may hold modules the new build dropped.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}${SEP}*"

  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Gỡ cài đặt ${APP_NAME}.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.EnsureAppClosed
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Gỡ cài đặt ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"

  ; Only what the installer put there: the user may have chosen a folder holding other files.
  ; The user's data lives in $APPDATA\${APP_NAME} and is deliberately left alone.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
