import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page fails its test on a console error, an uncaught exception, or any request that leaves the machine.
 */
export const test = base.extend<{ guardedPage: Page; problems: string[] }>({
  problems: async ({}, use) => {
    await use([]);
  },
  guardedPage: async ({ page, problems }, use) => {
    page.on('console', (msg) => {
      // A refused connection to our own loopback runtime is the page polling after the test stopped (or restarted)
      // the runtime; requests that leave the machine are caught by the route below, not by this message.
      // A runtime stopped or killed mid-response (app.stop() / app.kill() while the page polls) cuts or resets its open
      // connections the same way.
      const ownRuntimeGone =
        /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_EMPTY_RESPONSE/.test(msg.text()) &&
        /^https?:\/\/127\.0\.0\.1[:/]/.test(msg.location().url);
      if (msg.type() === 'error' && !ownRuntimeGone) problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (/^https?:\/\/127\.0\.0\.1(:\d+)?\//.test(url) || url.startsWith('data:')) return route.continue();
      problems.push(`non-local request: ${url}`);
      return route.abort();
    });
    await use(page);
    expect(problems, 'console errors or non-local requests').toEqual([]);
  },
});

export { expect };
