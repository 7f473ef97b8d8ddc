@echo off
rem Runs Gloss (target\gloss.jar) on Windows with the JVM options bin/gloss picks by the size of
rem the job (see bin/gloss for why): fewer than GLOSS_LARGE_JOB files (default 2000) in the content
rem folder: C1 only, the serial collector, a heap grown only as the live set needs; more: C2 as
rem well and a heap allowed up to 75% of memory; serve: the JVM's defaults. JAVA_OPTS and then
rem GLOSS_JAVA_OPTS come last, so what they say wins; GLOSS_JAR names another jar; JAVA_HOME picks
rem the JDK; GLOSS_LAUNCHER_DEBUG=1 prints the choice.
setlocal EnableDelayedExpansion
set "ROOT=%~dp0.."
if "%GLOSS_JAR%"=="" set "GLOSS_JAR=%ROOT%\target\gloss.jar"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
if not exist "%GLOSS_JAR%" (
  echo gloss: %GLOSS_JAR% not found; build it first: mvn -q -DskipTests package 1>&2
  exit /b 2
)
set "CONTENT=content"
set "PREV="
for %%A in (%*) do (
  if "!PREV!"=="--content" set "CONTENT=%%~A"
  set "PREV=%%~A"
)
set "THRESHOLD=%GLOSS_LARGE_JOB%"
if "%THRESHOLD%"=="" set "THRESHOLD=2000"
set "FILES=0"
if exist "%CONTENT%\" for /f %%N in ('dir /s /b /a-d "%CONTENT%" 2^>nul ^| find /c /v ""') do set "FILES=%%N"
set "SIZE=small"
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if %FILES% GEQ %THRESHOLD% (
  set "SIZE=large"
  set "OPTS=-XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxRAMPercentage=75"
)
if "%~1"=="serve" (
  set "SIZE=serve"
  set "OPTS="
)
echo %JAVA_OPTS% %GLOSS_JAVA_OPTS% | findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul && set "OPTS=!OPTS:-XX:+UseSerialGC=!"
if not "%GLOSS_LAUNCHER_DEBUG%"=="" echo gloss launcher: %SIZE% job (%FILES% files in %CONTENT%): !OPTS! %JAVA_OPTS% %GLOSS_JAVA_OPTS% 1>&2
"%JAVA%" !OPTS! %JAVA_OPTS% %GLOSS_JAVA_OPTS% -jar "%GLOSS_JAR%" %*
exit /b %ERRORLEVEL%
