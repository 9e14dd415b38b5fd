; Stand-in for the app in the installer test (tests/packaging/installer_check.py): a tiny Windows program
; with no window. "/run" keeps running for a minute (its exe is then in use); "/hold" also locks byte 4096
; of %APPDATA%\TTHC Desktop\tthc.db.lock as store/lock.py does on Windows, then writes holding.txt.
; Anything else exits at once.
Unicode true
SilentInstall silent
RequestExecutionLevel user
OutFile "${OUT_FILE}"
!include "FileFunc.nsh"

Section
  ${GetParameters} $0
  StrCmp $0 "/run" 0 not_run
    Sleep 60000
    Goto done
  not_run:
  StrCmp $0 "/hold" 0 done
  CreateDirectory "$APPDATA\TTHC Desktop"
  ; GENERIC_READ|GENERIC_WRITE, share read+write, OPEN_ALWAYS
  System::Call 'kernel32::CreateFileW(w "$APPDATA\TTHC Desktop\tthc.db.lock", i 0xC0000000, i 3, p 0, i 4, i 0x80, p 0) p.r1'
  System::Call 'kernel32::LockFile(p r1, i 4096, i 0, i 1, i 0) i.r2'
  FileOpen $3 "$APPDATA\TTHC Desktop\holding.txt" w
  FileWrite $3 "$2"
  FileClose $3
  Sleep 60000
  done:
SectionEnd
