import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { validateBank } from '@core/bank/validateBank';
import { readBankDir } from '../../../electron/main/bank/readBankDir';
import type { Level, ObjectiveItem } from '@shared/bank/schema';
import { TestId } from '../../../src/renderer/lib/testIds';
import type { RunningApp } from './webRuntime';
import { repoRoot } from '../../support/repoRoot';

export const questionsDir = resolve(process.env['SGL_E2E_QUESTIONS'] ?? resolve(repoRoot, 'questions'));
export const shots = 'test-results/screenshots';
export const id = (t: string) => `[data-testid="${t}"]`;

/** The bank as the app loads it, keyed by stem, so a test can answer right or wrong on purpose. */
export async function itemsByStem(): Promise<Map<string, ObjectiveItem>> {
  const bank = validateBank(await readBankDir(questionsDir));
  const byStem = new Map<string, ObjectiveItem>();
  for (const { item } of bank.items) if (item.type !== 'case') byStem.set(item.stem, item);
  return byStem;
}

export async function openApp(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await page.locator(id(TestId.appReady)).waitFor({ state: 'attached' });
}

export async function onboard(page: Page, level: Level, name = '王芳'): Promise<void> {
  await page.locator(id(TestId.profileName)).fill(name);
  await page.locator(id(TestId.levelOption(level))).click();
  await page.locator(id(TestId.onboardingDone)).click();
  await expect(page.locator(id(TestId.home))).toBeVisible();
}

/** Answers the question on screen: rightly or wrongly, then moves on. */
export async function answer(page: Page, items: Map<string, ObjectiveItem>, right: boolean): Promise<void> {
  const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
  const item = items.get(stem);
  expect(item, `question on screen is in the bank: ${stem}`).toBeDefined();
  const wrong = item!.options.map((o) => o.key).find((k) => !item!.answer.includes(k))!;
  for (const k of right ? item!.answer : [wrong]) await page.locator(id(TestId.option(k))).click();
  await page.locator(id(TestId.submit)).click();
  await expect(page.locator(id(TestId.feedback))).toBeVisible();
  await page.locator(id(TestId.next)).click();
}
