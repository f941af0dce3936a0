/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: the optimizer worker loads it with require(). */
// A stand-in for @open-spaced-repetition/binding, loaded by 优化参数's worker in tests (ServiceConfig.optimizerBinding).
// Like the real binding it sleeps for the `timeout` option before returning (that option is its progress thread's
// poll interval). It writes the options it was given (functions as their type) to the file named by
// SGL_FAKE_OPTIMIZER_LOG, reports progress, and returns ts-fsrs's default weights. With SGL_FAKE_OPTIMIZER_HANG set
// it reports progress and then never returns, until the worker is stopped.
const { writeFileSync } = require('node:fs');
const { default_w } = require('ts-fsrs');

class FSRSBindingReview {
  constructor(rating, deltaT) {
    this.rating = rating;
    this.deltaT = deltaT;
  }
}
class FSRSBindingItem {
  constructor(reviews) {
    this.reviews = reviews;
  }
}

async function computeParameters(items, options) {
  const seen = Object.fromEntries(Object.entries(options).map(([k, v]) => [k, typeof v === 'function' ? 'function' : v]));
  if (process.env.SGL_FAKE_OPTIMIZER_LOG)
    writeFileSync(process.env.SGL_FAKE_OPTIMIZER_LOG, JSON.stringify({ items: items.length, options: seen }));
  options.progress?.(1, 4);
  if (process.env.SGL_FAKE_OPTIMIZER_HANG) await new Promise(() => setInterval(() => {}, 1 << 30));
  if (options.timeout !== undefined) await new Promise((r) => setTimeout(r, Number(options.timeout)));
  options.progress?.(4, 4);
  return [...default_w];
}

module.exports = { FSRSBindingReview, FSRSBindingItem, computeParameters };
