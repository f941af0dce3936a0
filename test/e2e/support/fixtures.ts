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
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
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
