@echo off
rem Launches the Xano documentation MCP server (or its command line; see --help) on Windows, as
rem bin/xano-developer-mcp does elsewhere; its comments give the reasons behind each step.
rem - Java: the newest JDK 17+ of %JAVA_HOME% and the java on PATH; a JAVA_HOME without one is named.
rem - Builds target\xano-developer-mcp.jar with Maven when it is missing or its sources changed;
rem   when it cannot, it starts the previous jar and says why.
rem - Fast start: on Java 19+ the JVM keeps a class-data archive (-XX:+AutoCreateSharedArchive),
rem   written at the exit of the first run, in %XANO_MCP_CACHE_DIR% (default
rem   %LOCALAPPDATA%\xano-developer-mcp) in a folder per checkout. XANO_MCP_NO_CACHE=1 turns it off.
rem - stdout carries only the server's JSON-RPC: build output and JVM messages go to stderr.
rem   XANO_MCP_PRINT_COMMAND=1 prints the java command instead of running it.
rem Keep this file's CRLF line ends: cmd misreads labels in a file with LF line ends.
setlocal EnableExtensions DisableDelayedExpansion
for %%R in ("%~dp0..") do set "ROOT=%%~fR"
set "JAR=%ROOT%\target\xano-developer-mcp.jar"
set "DIRCMD="

set "JAVA="
set "MAJOR=0"
if not defined JAVA_HOME goto :path_java
call :consider "%JAVA_HOME%\bin\java.exe"
if not defined JAVA echo xano-developer-mcp: JAVA_HOME=%JAVA_HOME% holds no Java 17 or newer; trying the java on PATH. 1>&2
:path_java
for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :consider "%%~$PATH:J"
if not defined JAVA (
  echo xano-developer-mcp: no Java 17 or newer found. Install a JDK 17+ and set JAVA_HOME or put java on PATH. 1>&2
  exit /b 1
)

rem Out of date: no jar, a source written since the last build, or a build that did not complete
rem (its folder is left). Windows sets the archive attribute of every file it writes, and a build
rem clears it on the sources, so "dir /a:a", built into cmd, finds the changes without starting
rem a process (a date comparison would need PowerShell, half a second a start). A jar that a
rem running server holds open cannot be replaced: a build then leaves the new one next to it,
rem moved into place at a later start.
call :install
call :stale
if not defined STALE goto :run

set "WHY="
set "HINT=Install Maven 3.8+ and run"
where mvn >nul 2>&1 || set "WHY=Maven (mvn) is not on PATH to build it"
if defined WHY goto :fallback
for %%D in ("%JAVA%\..\..") do set "JAVA_HOME=%%~fD"
rem See bin/xano-developer-mcp on colour codes and on the sun.misc.Unsafe warnings of Java 24+.
set "MAVEN_OPTS=%MAVEN_OPTS% -Djansi.noreset=true"
if %MAJOR% GEQ 23 set "MAVEN_OPTS=%MAVEN_OPTS% --sun-misc-unsafe-memory-access=allow"
if not exist "%ROOT%\target" mkdir "%ROOT%\target"
echo xano-developer-mcp: building %JAR% (first start or sources changed)... 1>&2
set "WAITED=0"
rem One build at a time: the lock is a file held open while building. Windows closes it when its
rem holder ends, however it ends, so a killed build never leaves a lock behind.
:lock
2>nul (9>"%ROOT%\target\.build.lock" call :build) || goto :locked
if defined WHY if exist "%BUILD%\maven.log" type "%BUILD%\maven.log" 1>&2
call :install
if defined WHY goto :fallback
goto :run
:locked
if %WAITED%==0 echo xano-developer-mcp: waiting for the build another start is running... 1>&2
set /a WAITED+=1
if %WAITED% LSS 600 (
  ping -n 2 127.0.0.1 >nul
  goto :lock
)
set "WHY=another start has been building it for 10 minutes"
set "HINT=To build it yourself, run"

:fallback
if exist "%JAR%" goto :previous
echo xano-developer-mcp: cannot start: there is no %JAR%, and %WHY%. %HINT%: cd /d "%ROOT%" ^&^& mvn -DskipTests package 1>&2
exit /b 1
:previous
echo xano-developer-mcp: starting the previous build, as %JAR% is older than the sources and %WHY%. %HINT%: cd /d "%ROOT%" ^&^& mvn -DskipTests package 1>&2

:run
set "FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss512k -Xmx32m -Xmn8m"
set "CDS="
if "%XANO_MCP_NO_CACHE%"=="1" goto :exec
if %MAJOR% LSS 19 goto :exec
rem The JVM checks an archive against the jar but does not write a new one when the jar changed:
rem the name holds the jar's size and time, and archives of older jars are removed. Its own
rem messages about the archive are off: they say nothing that the user has to act on.
set "CACHE=%LOCALAPPDATA%\xano-developer-mcp"
if defined XANO_MCP_CACHE_DIR set "CACHE=%XANO_MCP_CACHE_DIR%"
set "CACHE=%CACHE%\%ROOT::=%"
for %%J in ("%JAR%") do set "KEY=%%~zJ-%%~tJ"
set "KEY=%KEY:/=%"
set "KEY=%KEY::=%"
set "KEY=%KEY: =%"
set "ARCHIVE=%CACHE%\server-%KEY%-java%VERSION%.jsa"
if not exist "%ARCHIVE%" del /q "%CACHE%\server-*-java%VERSION%.jsa" >nul 2>&1
if not exist "%CACHE%" mkdir "%CACHE%" >nul 2>&1
set CDS=-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%ARCHIVE%" -Xlog:cds*=off:stderr
:exec
set JVM=-Xlog:disable -Xlog:all=warning:stderr -XX:+DisplayVMOutputToStderr %CDS% %FLAGS%
if "%XANO_MCP_PRINT_COMMAND%"=="1" goto :print
"%JAVA%" %JVM% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:print
echo "%JAVA%" %JVM% -jar "%JAR%" %*
exit /b 0

:consider
rem %1: a java.exe, taken if it is a Java 17+ newer than the one taken so far. Its version comes
rem from its JDK's release file, read without starting a JVM, else from "java -version".
if not exist "%~1" exit /b
set "V="
set "M=0"
if exist "%~dp1..\release" for /f "usebackq tokens=1,* delims==" %%A in ("%~dp1..\release") do if "%%A"=="JAVA_VERSION" set "V=%%~B"
if not defined V for /f "tokens=3" %%A in ('""%~1" -version 2^>^&1"') do if not defined V set "V=%%~A"
if not defined V exit /b
for /f "delims=.+-_" %%A in ("%V%") do set "M=%%A"
if %M% LSS 17 exit /b
if %M% LEQ %MAJOR% exit /b
set "JAVA=%~1"
set "MAJOR=%M%"
set "VERSION=%V%"
exit /b

:stale
set "STALE="
if not exist "%JAR%" set "STALE=1"
if exist "%ROOT%\target\launcher-build-*" set "STALE=1"
if not exist "%ROOT%\src\main" exit /b
dir /b /a:a-d "%ROOT%\pom.xml" >nul 2>&1 && set "STALE=1"
dir /s /b /a:a-d "%ROOT%\src\main" >nul 2>&1 && set "STALE=1"
exit /b

:install
if not exist "%JAR%.new" exit /b
move /y "%JAR%.new" "%JAR%" >nul 2>&1 && exit /b
echo xano-developer-mcp: a new build waits in %JAR%.new while a running server holds %JAR% open; starting the previous build. 1>&2
exit /b

:build
rem Inside the lock: the check again (another start may have built the jar meanwhile), then a
rem build of a copy of pom.xml and src\main in a folder of its own (a Maven still running after
rem its launcher was killed keeps its folder), as in bin/xano-developer-mcp. The archive bits are
rem cleared before the copy, so that a source saved during the build is built at the next start;
rem the folder is removed only after a build that completed (a failed one keeps Maven's log in it).
call :stale
if not defined STALE exit /b 0
for /d %%D in ("%ROOT%\target\launcher-build-*") do rmdir /s /q "%%D" >nul 2>&1
set "BUILD=%ROOT%\target\launcher-build-%RANDOM%%RANDOM%"
attrib -a "%ROOT%\pom.xml"
attrib -a /s "%ROOT%\src\main\*"
xcopy /e /i /q /y "%ROOT%\src\main" "%BUILD%\src\main" >nul || goto :build_failed
copy /y "%ROOT%\pom.xml" "%BUILD%" >nul || goto :build_failed
call mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true -f "%BUILD%\pom.xml" package >"%BUILD%\maven.log" 2>&1
if errorlevel 1 goto :build_failed
move /y "%BUILD%\target\xano-developer-mcp.jar" "%JAR%.new" >nul || goto :build_failed
rmdir /s /q "%BUILD%"
exit /b 0
:build_failed
set "WHY=its build failed (see above)"
set "HINT=To see why, run"
exit /b 0
