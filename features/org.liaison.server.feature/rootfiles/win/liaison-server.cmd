@echo off
rem Starts the Liaison server in this window; stop it with Ctrl+C or the console's "shutdown".
rem The admin console reads this window. There is no telnet console: any user of the computer could administer the server.
setlocal
set "HERE=%~dp0"
if defined LIAISON_HOME (set "LHOME=%LIAISON_HOME%") else (set "LHOME=%USERPROFILE%\.liaison")
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%L"
set "SHELL=-Dgosh.args=--noshutdown"
if "%~1"=="--console-port" (
  echo liaison-server: there is no telnet console any more; use the console in this window, or the account options. 1>&2
  exit /b 2
)
for %%O in (--add-account --reset-password --disable-account --list-accounts) do if "%~1"=="%%O" set "SHELL=-Dgosh.args=--nointeractive"
set "REST="
:arguments
if "%~1"=="" goto run
set REST=%REST% %1
shift
goto arguments
:run
"%JAVA%" -Dliaison.home="%LHOME%" %SHELL% %LIAISON_JAVA_OPTS% -jar "%LAUNCHER%" -data "%LHOME%\server-workspace" -consoleLog %REST%
