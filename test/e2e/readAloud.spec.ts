import type { Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { id, itemsByStem, onboard, openApp, questionsDir, shots } from './support/steps';
import { freshDataDir, startApp, type RunningApp } from './support/webRuntime';

/** Replaces the browser's speechSynthesis with one that has the given voices and records what it is asked to do. */
async function stubSpeech(page: Page, langs: string[]): Promise<void> {
  await page.addInitScript((voiceLangs: string[]) => {
    const log: string[] = [];
    const voices = voiceLangs.map((lang, i) => ({ lang, name: `voice-${i}`, voiceURI: `v${i}`, localService: true, default: i === 0 }));
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () => voices,
      speak: (u: Utterance) => log.push(`speak ${u.lang} ${u.text}`),
      cancel: () => log.push('cancel'),
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, '__speech', { value: log });
  }, langs);
}

const speechLog = (page: Page) => page.evaluate(() => (window as unknown as { __speech: string[] }).__speech.slice());

async function openPractice(page: Page, app: RunningApp): Promise<void> {
  await openApp(page, app);
  await onboard(page, 'junior');
  const row = page
    .locator(`${id(TestId.subject('jc'))} li.chapter`)
    .filter({ has: page.getByRole('button', { name: '背题' }) })
    .first();
  await row.getByRole('button', { name: '练习' }).click();
  await expect(page.locator(id(TestId.questionStem))).toBeVisible();
}

test('朗读 reads stem and options in the Chinese voice, by button and R, and stops on answering and moving on', async ({
  guardedPage: page,
}) => {
  await stubSpeech(page, ['en-US', 'zh-CN']);
  const items = await itemsByStem();
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openPractice(page, app);
    await expect(page.getByText('R 朗读')).toBeVisible();
    const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
    const item = items.get(stem)!;
    await page.getByRole('button', { name: /^朗读/ }).click();
    await expect(page.getByRole('button', { name: /停止朗读/ })).toBeVisible();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: `${shots}/read-aloud-1024.png` });
    const spoken = (await speechLog(page)).filter((l) => l.startsWith('speak'));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toContain('speak zh-CN');
    expect(spoken[0]).toContain(stem);
    for (const o of item.options) expect(spoken[0]).toContain(`${o.key}，${o.text}。`);

    // Answering (Enter still submits after clicking 朗读) stops the reading.
    const before = (await speechLog(page)).length;
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await expect(page.locator(id(TestId.feedback))).toBeVisible();
    expect((await speechLog(page)).slice(before)).toContain('cancel');
    await expect(page.getByRole('button', { name: /^朗读/ })).toBeVisible();

    // R reads the next question; moving on (背题: 下一题) stops it.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(id(TestId.questionCounter))).toContainText('第 2 /');
    await page.keyboard.press('r');
    await expect(page.getByRole('button', { name: /停止朗读/ })).toBeVisible();
    const next = (await page.locator(id(TestId.questionStem)).textContent())!;
    expect((await speechLog(page)).at(-1)).toContain(next);
    await page.getByRole('button', { name: '结束练习' }).click();
    const row = page
      .locator(`${id(TestId.subject('jc'))} li.chapter`)
      .filter({ has: page.getByRole('button', { name: '背题' }) })
      .first();
    await row.getByRole('button', { name: '背题' }).click();
    // The 背题 screen is ready (its first item shown) before R is pressed.
    await expect(page.locator(id(TestId.read)).getByText('第 1 /')).toBeVisible();
    await page.keyboard.press('r');
    await expect(page.getByRole('button', { name: /停止朗读/ })).toBeVisible();
    await page.getByRole('button', { name: /下一题/ }).click();
    await expect(page.getByRole('button', { name: /^朗读/ })).toBeVisible();
    expect((await speechLog(page)).at(-1)).toBe('cancel');
  } finally {
    await app.stop();
  }
});

test('朗读 is not offered where the system has no Chinese voice', async ({ guardedPage: page }) => {
  await stubSpeech(page, ['en-US', 'fr-FR']);
  const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
  try {
    await openPractice(page, app);
    await expect(page.getByText('键盘：1–5')).toBeVisible();
    await expect(page.getByRole('button', { name: /朗读/ })).toHaveCount(0);
    await expect(page.getByText('R 朗读')).toHaveCount(0);
    await page.keyboard.press('r');
    expect(await speechLog(page)).toEqual([]);
  } finally {
    await app.stop();
  }
});
