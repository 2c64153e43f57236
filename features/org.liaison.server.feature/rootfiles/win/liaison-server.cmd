@echo off
rem Starts the Liaison server in this window; stop it with Ctrl+C or the console's "shutdown".
rem The admin console reads this window. Option: --console-port N serves it on 127.0.0.1:N (telnet) instead.
setlocal
set "HERE=%~dp0"
if defined LIAISON_HOME (set "LHOME=%LIAISON_HOME%") else (set "LHOME=%USERPROFILE%\.liaison")
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%L"
set "SHELL=-Dgosh.args=--noshutdown"
set "CONSOLE="
if "%~1"=="--console-port" (
  set "SHELL=-Dgosh.args=--nointeractive"
  set "CONSOLE=-console 127.0.0.1:%~2"
  shift
  shift
)
for %%O in (--add-account --reset-password --disable-account --list-accounts) do if "%~1"=="%%O" set "SHELL=-Dgosh.args=--nointeractive"
set "REST="
:arguments
if "%~1"=="" goto run
set REST=%REST% %1
shift
goto arguments
:run
"%JAVA%" -Dliaison.home="%LHOME%" %SHELL% %LIAISON_JAVA_OPTS% -jar "%LAUNCHER%" -data "%LHOME%\server-workspace" %CONSOLE% -consoleLog %REST%
