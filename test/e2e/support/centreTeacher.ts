import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The teacher signs up on the centre's page (a plain form) and creates a class in the app; returns its 班级码 and address. */
export async function teacherWithClass(page: Page, url: string, name: string, username: string, className: string) {
  await page.goto(`${url}/`);
  const signup = page.locator('form[action="/signup"]');
  await signup.getByLabel('姓名').fill(name);
  await signup.getByLabel('用户名').fill(username);
  await signup.getByLabel('密码（至少 8 位）').fill('a good password');
  await signup.getByRole('button', { name: '注册' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的班级' })).toBeVisible();
  await page.getByLabel('新班级名称').fill(className);
  await page.getByRole('button', { name: '创建班级' }).click();
  await expect(page.getByRole('status')).toContainText(`已创建班级“${className}”`);
  const link = page.getByRole('link', { name: className });
  const row = page.getByRole('row').filter({ has: link });
  const code = (await row.locator('.code').textContent())!.trim();
  return { code, classUrl: `${url}${await link.getAttribute('href')}` };
}

/** A cell of a table row, by its column header's text (columns may be added, e.g. 今日计划). */
export async function cellByHeader(page: Page, table: string, rowText: string, header: string) {
  const headers = (await page.locator(`${table} thead th`).allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `${header} in ${headers.join('|')}`).toBeGreaterThanOrEqual(0);
  return page.locator(`${table} tbody tr`).filter({ hasText: rowText }).locator('td').nth(index);
}
