@echo off
rem Launches the Xano documentation MCP server (or its command line; see --help) on Windows.
rem Finds Java (JAVA_HOME, else PATH), builds the jar with Maven when it is missing or older than
rem the sources, and runs the JVM. stdout carries only the server's JSON-RPC: build output and
rem JVM warnings go to stderr.
setlocal
set "ROOT=%~dp0.."
set "JAR=%ROOT%\target\xano-developer-mcp.jar"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo xano-developer-mcp: no Java found. Install JDK 17 or newer and set JAVA_HOME or put java on PATH. 1>&2
  exit /b 1
)

set "STALE=0"
if not exist "%JAR%" set "STALE=1"
if "%STALE%"=="0" if exist "%ROOT%\src\main" (
  powershell -NoProfile -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTime; if (Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:ROOT 'src\main'), (Join-Path $env:ROOT 'pom.xml') | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1) { exit 1 }" >nul 2>&1
  if errorlevel 1 set "STALE=1"
)

if "%STALE%"=="1" (
  where mvn >nul 2>&1
  if errorlevel 1 (
    echo xano-developer-mcp: %JAR% is missing or out of date and Maven ^(mvn^) is not on PATH to build it. 1>&2
    exit /b 1
  )
  echo xano-developer-mcp: building %JAR% ^(first start or sources changed^)... 1>&2
  pushd "%ROOT%"
  call mvn -q -B -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo xano-developer-mcp: the build failed; see the Maven output above. 1>&2
    exit /b 1
  )
  popd
)

"%JAVA%" -Xlog:disable -Xlog:all=warning:stderr -jar "%JAR%" %*
exit /b %ERRORLEVEL%
