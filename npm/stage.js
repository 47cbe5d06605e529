'use strict';
// Lays out the npm package in a folder of its own, ready for `npm pack` or `npm publish`: this
// folder's package files, the project's LICENSE and NOTICE, and the server jar. The jar must be of
// the package's version (`java -jar <jar> --version`), so that the GitHub release asset and the npm
// package can never differ.
//
// usage: node npm/stage.js <server jar> <folder>      (the folder is emptied first)
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [jar, out] = process.argv.slice(2);
if (!jar || !out) {
  console.error('usage: node npm/stage.js <server jar> <folder>');
  process.exit(2);
}
const here = __dirname;
const version = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).version;
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const said = spawnSync(java, ['-jar', jar, '--version'], { encoding: 'utf8' });
const jarVersion = (/^xano-developer-mcp (\S+)/.exec(said.stdout || '') || [])[1];
if (jarVersion !== version) {
  console.error(`stage: ${jar} is version ${jarVersion || `unknown (${(said.stderr || said.error || '').toString().trim()})`}, `
    + `npm/package.json says ${version}: change <version> in pom.xml and "version" in npm/package.json together.`);
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const item of ['package.json', 'README.md', 'bin', 'lib']) {
  fs.cpSync(path.join(here, item), path.join(out, item), { recursive: true });
}
for (const item of ['LICENSE', 'NOTICE']) {
  fs.copyFileSync(path.join(here, '..', item), path.join(out, item));
}
fs.copyFileSync(jar, path.join(out, 'xano-developer-mcp.jar'));
console.error(`stage: xano-developer-mcp-java ${version} in ${out}`);
