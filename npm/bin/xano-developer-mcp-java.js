#!/usr/bin/env node
'use strict';
// Starts the Xano documentation MCP server from the jar in this package, as bin/xano-developer-mcp
// does from a checkout (its comments give the reasons behind each step):
// - Java: the newest Java 17+ of $JAVA_HOME and the java on PATH; a JAVA_HOME without one is named.
// - The launcher's JVM flags, and a start-up cache (an AOT cache on Java 25+, a class-data archive
//   on 17-24) made in the background by a training run of the jar, in the user's cache folder, a
//   folder per package version. XANO_MCP_CACHE_DIR moves it, XANO_MCP_NO_CACHE=1 turns it off.
// - stdout carries only the server's JSON-RPC: every message of this script goes to stderr.
//   XANO_MCP_PRINT_COMMAND=1 prints the java command, one argument a line, instead of running it.
// Plain Node 18+, no dependencies: npx starts it without installing anything else.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const NAME = 'xano-developer-mcp-java';
const PACKAGE = path.resolve(__dirname, '..');
const JAR = path.join(PACKAGE, 'xano-developer-mcp.jar');
const VERSION = require('../package.json').version;
const WINDOWS = process.platform === 'win32';
const JAVA = WINDOWS ? 'java.exe' : 'java';
// The launcher's flags, measured with bench/startup and bench/throughput; a cache is made and used
// with the same ones.
const FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-XX:-UsePerfData', '-Xss512k', '-Xmx32m', '-Xmn8m'];
const LOGS = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-XX:+DisplayVMOutputToStderr'];

function say(message) {
  process.stderr.write(`${NAME}: ${message}\n`);
}

function fail(message) {
  say(message);
  process.exit(1);
}

/** The version of a java binary ("25.0.1+8-LTS"): from its JDK's release file, else from -version. */
function javaVersion(java) {
  try {
    const release = fs.readFileSync(path.join(path.dirname(path.dirname(java)), 'release'), 'utf8');
    const found = /^JAVA_RUNTIME_VERSION="?([^"\r\n]+)/m.exec(release) || /^JAVA_VERSION="?([^"\r\n]+)/m.exec(release);
    if (found) {
      return found[1];
    }
  } catch {
    // no release file: ask the JVM
  }
  const run = spawnSync(java, ['-version'], { encoding: 'utf8', windowsHide: true, timeout: 30000 });
  const found = / version "([^"]+)"/.exec(run.stderr || '');
  return found ? found[1] : null;
}

function major(version) {
  return version.startsWith('1.') ? 1 : parseInt(version, 10) || 0;
}

/** A file that exists and may be run, with its links resolved (its JDK's release file is beside them); else null. */
function runnable(file) {
  try {
    fs.accessSync(file, WINDOWS ? fs.constants.F_OK : fs.constants.X_OK);
    const real = fs.realpathSync(file);
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function javaOnPath() {
  for (const folder of (process.env.PATH || '').split(path.delimiter)) {
    const java = folder && runnable(path.join(folder.replace(/^"(.*)"$/, '$1'), JAVA));
    if (java) {
      return java;
    }
  }
  return null;
}

/** The newest Java 17+ of JAVA_HOME and PATH, as {java, version, major}. */
function findJava() {
  const candidates = [];
  const home = process.env.JAVA_HOME;
  if (home) {
    const java = runnable(path.join(home, 'bin', JAVA));
    const version = java && javaVersion(java);
    if (version && major(version) >= 17) {
      candidates.push({ java, version, major: major(version) });
    } else {
      // Said rather than passed over: whoever set JAVA_HOME meant it to be used.
      say(version ? `JAVA_HOME=${home} is Java ${version}, older than 17; trying the java on PATH.`
        : `JAVA_HOME=${home} has no usable bin/${JAVA}; trying the java on PATH.`);
    }
  }
  const java = javaOnPath();
  const version = java && javaVersion(java);
  if (version && major(version) >= 17) {
    candidates.push({ java, version, major: major(version) });
  }
  candidates.sort((a, b) => b.major - a.major);
  return candidates[0] || null;
}

/** The user's cache folder for this program. */
function cacheRoot() {
  if (process.env.XANO_MCP_CACHE_DIR) {
    return process.env.XANO_MCP_CACHE_DIR;
  }
  if (WINDOWS) {
    return path.join(process.env.LOCALAPPDATA || path.join(os.homedir(), 'AppData', 'Local'), 'xano-developer-mcp');
  }
  if (process.platform === 'darwin') {
    return path.join(os.homedir(), 'Library', 'Caches', 'xano-developer-mcp');
  }
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'xano-developer-mcp');
}

/** Complete and not changed since it was made: a JVM that maps a damaged cache can crash. */
function unchanged(cache) {
  try {
    return fs.statSync(cache).mtimeMs <= fs.statSync(`${cache}.stamp`).mtimeMs;
  } catch {
    return false;
  }
}

/**
 * The JVM option that uses the cache for this jar and Java, if it is ready; otherwise starts its
 * training in a detached process (it outlives this one) and returns null: this start runs without.
 */
function startupCache(found) {
  const folder = path.join(cacheRoot(), `npm-${VERSION}`);
  // The JVM checks a cache against the jar's path, size and time: the name holds them, so a
  // reinstalled package gets a cache of its own.
  const jar = fs.statSync(JAR);
  const key = crypto.createHash('sha256').update(`${JAR}\n${jar.size}\n${jar.mtimeMs}`).digest('hex').slice(0, 16);
  const aot = found.major >= 25;
  const cache = path.join(folder, `server-${key}-java${found.version}.${aot ? 'aot' : 'jsa'}`);
  if (unchanged(cache)) {
    return `${aot ? '-XX:AOTCache' : '-XX:SharedArchiveFile'}=${cache}`;
  }
  const lock = `${cache}.lock`;
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.mkdirSync(lock);
  } catch (e) {
    // Another start is training, or the folder cannot be written: that only costs speed. A lock
    // older than ten minutes was left by a training that was killed.
    try {
      if (e.code === 'EEXIST' && Date.now() - fs.statSync(lock).mtimeMs > 600000) {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } catch {
      // gone meanwhile
    }
    return null;
  }
  const job = { java: found.java, make: aot ? '-XX:AOTCacheOutput' : '-XX:ArchiveClassesAtExit', cache, lock, flags: FLAGS, jar: JAR };
  spawn(process.execPath, [path.join(PACKAGE, 'lib', 'train.js'), JSON.stringify(job)], { detached: true, stdio: 'ignore', windowsHide: true }).unref();
  return null;
}

function main() {
  const found = findJava();
  if (!found) {
    fail('no Java 17 or newer found. Install a JDK 17 or newer (25 starts fastest), for example Eclipse Temurin '
      + 'from https://adoptium.net, then set JAVA_HOME to its folder or put its bin folder on PATH.');
  }
  if (!fs.existsSync(JAR)) {
    fail(`${JAR} is missing: this package was packed without its jar. Reinstall it (npx -y ${NAME}@latest).`);
  }
  const args = [...LOGS, ...FLAGS, '-jar', JAR, ...process.argv.slice(2)];
  if (process.env.XANO_MCP_NO_CACHE !== '1') {
    const use = startupCache(found);
    if (use) {
      args.unshift(use);
    }
  }
  if (process.env.XANO_MCP_PRINT_COMMAND === '1') {
    process.stdout.write([found.java, ...args].join('\n') + '\n');
    return;
  }
  // stdin and stdout go to the JVM itself, untouched: they are the client's protocol stream.
  const server = spawn(found.java, args, { stdio: 'inherit', windowsHide: true });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => server.kill(signal));
  }
  server.on('error', (e) => fail(`cannot start ${found.java}: ${e.message}`));
  server.on('exit', (code, signal) => {
    process.exit(code !== null ? code : 128 + (os.constants.signals[signal] || 0));
  });
}

main();
