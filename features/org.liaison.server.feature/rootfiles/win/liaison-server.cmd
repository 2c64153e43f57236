@echo off
rem Starts the Liaison server in this window; stop it with Ctrl+C or the console's "shutdown".
setlocal
set "HERE=%~dp0"
if defined LIAISON_HOME (set "LHOME=%LIAISON_HOME%") else (set "LHOME=%USERPROFILE%\.liaison")
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%L"
"%JAVA%" -Dliaison.home="%LHOME%" %LIAISON_JAVA_OPTS% -jar "%LAUNCHER%" -data "%LHOME%\server-workspace" -console -consoleLog %*
