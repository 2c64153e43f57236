#!/bin/sh
# Starts the Liaison desktop on macOS. Needs Java 17 or later (JAVA_HOME or on the PATH).
here=$(cd "$(dirname "$0")" && pwd)
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
home="${LIAISON_HOME:-$HOME/.liaison}"
exec "$java" -XstartOnFirstThread -Dliaison.home="$home" $LIAISON_JAVA_OPTS -jar "$here"/plugins/org.eclipse.equinox.launcher_*.jar \
  -data "$home/workspace" -clearPersistedState "$@"
