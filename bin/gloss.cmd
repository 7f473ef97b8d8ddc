@echo off
rem Runs Gloss (target\gloss.jar) on Windows with the JVM options bin/gloss uses for a short-lived
rem command-line tool (C1 only, the serial collector). GLOSS_JAVA_OPTS adds or overrides options;
rem GLOSS_JAR names another jar; JAVA_HOME picks the JDK.
setlocal
set "ROOT=%~dp0.."
if "%GLOSS_JAR%"=="" set "GLOSS_JAR=%ROOT%\target\gloss.jar"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%GLOSS_JAR%" (
  echo gloss: %GLOSS_JAR% not found; build it first: mvn -q -DskipTests package 1>&2
  exit /b 2
)
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if "%~1"=="serve" set "OPTS="
"%JAVA%" %OPTS% %GLOSS_JAVA_OPTS% -jar "%GLOSS_JAR%" %*
exit /b %ERRORLEVEL%
