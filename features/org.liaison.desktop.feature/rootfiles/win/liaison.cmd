@echo off
rem Starts the Liaison desktop. Needs Java 17 or later (JAVA_HOME or on the PATH).
setlocal
set "HERE=%~dp0"
if defined LIAISON_HOME (set "LHOME=%LIAISON_HOME%") else (set "LHOME=%USERPROFILE%\.liaison")
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw"
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%L"
start "" "%JAVA%" -Dliaison.home="%LHOME%" %LIAISON_JAVA_OPTS% -jar "%LAUNCHER%" -data "%LHOME%\workspace" -clearPersistedState %*
