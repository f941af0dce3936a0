/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: node --require loads it before electronegativity. */
/**
 * Loaded with `node --require` in front of electronegativity (scripts/security.ts). Its CSV writer starts the
 * header's truncating write and the findings' append at the same time, so which lands first is left to chance and the
 * report comes out clobbered now and then (seen in a fresh clone: three bad reports in a row). Making fs.writeFile
 * synchronous for this process puts the header first and the findings after it, every time.
 */
'use strict';
const fs = require('node:fs');

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (e) {
    error = e;
  }
  if (cb) process.nextTick(cb, error);
};
