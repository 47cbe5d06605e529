'use strict';
// Makes one start-up cache for ../bin/xano-developer-mcp-java.js, in a process of its own that
// outlives the server's: a training run of the jar (--train) writes it to a temporary file, which
// is swapped in whole, then a stamp is written that tells later starts it is complete. The caches
// of other package versions, and of older installs of this one for this Java, are removed.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const job = JSON.parse(process.argv[2]);
const tmp = `${job.cache}.tmp`;
const folder = path.dirname(job.cache);

/** Removes a file or folder if it can: on Windows, one that a running server maps stays. */
function remove(file) {
  try {
    fs.rmSync(file, { recursive: true, force: true });
  } catch {
    // still in use
  }
}

try {
  const run = spawnSync(job.java, ['-Xlog:disable', `${job.make}=${tmp}`, ...job.flags, '-jar', job.jar, '--train'],
    { stdio: 'ignore', windowsHide: true, timeout: 600000 });
  if (run.status === 0 && fs.statSync(tmp).size > 0) {
    fs.renameSync(tmp, job.cache);
    fs.writeFileSync(`${job.cache}.stamp`, '');
    const java = path.basename(job.cache).replace(/^server-[0-9a-f]+-/, '').replace(/\.(aot|jsa)$/, '');
    for (const name of fs.readdirSync(folder)) {
      if (name.startsWith('server-') && name.includes(`-${java}.`) && !name.startsWith(path.basename(job.cache))) {
        remove(path.join(folder, name));
      }
    }
    for (const name of fs.readdirSync(path.dirname(folder))) {
      if (name.startsWith('npm-') && name !== path.basename(folder)) {
        remove(path.join(path.dirname(folder), name));
      }
    }
  }
} catch {
  // No cache this time: the next start tries again.
} finally {
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith(path.basename(tmp))) {
      remove(path.join(folder, name));
    }
  }
  remove(job.lock);
}
