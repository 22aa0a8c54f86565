#!/usr/bin/env node
// The installed command: runs the compiled CLI (`npm run build` makes dist/).
const { runCli } = require('../dist/cli/index.js');

runCli(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
