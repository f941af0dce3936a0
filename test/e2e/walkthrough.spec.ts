import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { TestId } from '../../src/renderer/lib/testIds';
import { expect, test } from './support/fixtures';
import { answer, id, itemsByStem, openApp, questionsDir } from './support/steps';
import { freshDataDir, startApp } from './support/webRuntime';

/** Screenshots of the walk, looked at by hand (not committed). */
const SHOTS = process.env['UX15_SHOTS'] ?? '/tmp/ux15-shots';

/** True when the whole of `box` is inside the window (the learner sees it without scrolling). */
async function inView(page: Page, l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  const vp = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= vp.height;
}

/** Header texts that wrap onto more than one line (at the largest size they once broke one character per line). */
async function wrappedHeaderTexts(page: Page): Promise<string[]> {
  return page.locator('.topbar').evaluate((bar) =>
    [...bar.querySelectorAll<HTMLElement>('.btn, .learner, .badge, .brand-name, .brand-tag, .font-step-label, .font-step strong')]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
        return tops.size > 1;
      })
      .map((el) => (el.textContent ?? '').trim()),
  );
}

const sizes = [
  { name: '标准', step: 0 },
  { name: '特大', step: 3 },
] as const;
const widths = [1366, 1024] as const;

for (const size of sizes)
  for (const width of widths)
    test(`a first evening at ${width}×768, text size ${size.name}: learner, date check, practice, 错题本, 今日学习 summary, mock exam, 学习报告, 设置, case draft`, async ({
      guardedPage: page,
    }) => {
      test.setTimeout(120_000);
      mkdirSync(SHOTS, { recursive: true });
      const shot = (what: string, fullPage = false) => page.screenshot({ path: `${SHOTS}/${width}-${size.step}-${what}.png`, fullPage });
      await page.setViewportSize({ width, height: 768 });
      const items = await itemsByStem();
      const app = await startApp(freshDataDir(), ['--questions', questionsDir]);
      try {
        await openApp(page, app);
        // The start screen: text size by the header's buttons, named by what they do; the step by its name.
        await expect(page.getByRole('heading', { level: 1, name: '选择学员' })).toBeVisible();
        const bigger = page.getByRole('button', { name: 'A+ 放大字号' });
        for (let i = 0; i < size.step; i++) await bigger.click();
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        await expect(page.getByRole('group', { name: `字号：${size.name}` })).toBeVisible();
        // Remembered for this computer: a reload (the next start) keeps it.
        await page.reload();
        await page.locator(id(TestId.appReady)).waitFor({ state: 'attached' });
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        await shot('01-start');

        // A new learner with an exam date, typed 年 月 日.
        await page.getByLabel('名字').fill('王芳');
        await page.getByText('初级（助理社会工作师）').click();
        const date = page.getByRole('group', { name: /考试日期/ });
        await date.getByLabel('年').fill('2027');
        // A mistyped date (2 月 30 日) is refused, with the message right by the field.
        await date.getByLabel('月').fill('2');
        await date.getByLabel('日').fill('30');
        await date.getByLabel('日').press('Tab');
        const dateError = page.getByRole('alert').filter({ hasText: '2027 年 2 月没有 30 日，请检查日期。' });
        await expect(dateError).toBeVisible();
        const dayAt = (await date.getByLabel('日').boundingBox())!;
        const dateErrorAt = (await dateError.boundingBox())!;
        expect(dateErrorAt.y - (dayAt.y + dayAt.height), 'the date message sits by the field').toBeLessThan(80);
        await expect(dateError).toBeInViewport({ ratio: 1 });
        await page.getByRole('button', { name: '开始学习' }).click();
        await expect(dateError).toBeVisible();
        await expect(page.locator(id(TestId.home))).toHaveCount(0);
        await shot('01b-date-refused');
        await date.getByLabel('月').fill('6');
        await date.getByLabel('日').fill('19');
        await date.getByLabel('日').press('Tab');
        await expect(dateError).toHaveCount(0);
        await page.getByLabel('数字密码：4 到 8 位数字（可不填）').fill('2468');
        await page.getByRole('button', { name: '开始学习' }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();
        await expect(page.getByText(/距离考试还有 \d+ 天/)).toBeVisible();
        await expect(page.locator(id(TestId.fontStepName))).toHaveText(`字号 ${size.name}`);
        expect(await wrappedHeaderTexts(page)).toEqual([]);
        await shot('02-home');

        // Practice: after 提交 the verdict, my choice and the key stay in view.
        await page
          .locator(`${id(TestId.subject('jc'))} li.chapter`)
          .first()
          .getByRole('button', { name: '练习' })
          .click();
        await expect(page.locator(id(TestId.questionStem))).toBeVisible();
        await shot('03-practice');
        const stem = (await page.locator(id(TestId.questionStem)).textContent())!;
        const item = items.get(stem)!;
        const wrong = item.options.map((o) => o.key).find((k) => !item.answer.includes(k))!;
        await page.locator(id(TestId.option(wrong))).click();
        await page.getByRole('button', { name: /提交/ }).click();
        const verdict = page.locator(id(TestId.feedbackVerdict));
        await expect(verdict).toBeVisible();
        expect.soft(await inView(page, verdict), 'the verdict is in view after 提交').toBe(true);
        expect.soft(await inView(page, page.locator(id(TestId.feedbackKey))), 'the key is in view after 提交').toBe(true);
        await shot('04-feedback');
        await page.getByRole('button', { name: '结束练习' }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();

        // 错题本: the entry opens in place.
        await page.getByRole('button', { name: '错题本' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '错题本' })).toBeVisible();
        const row = page.locator(id(TestId.mistakes)).locator('li', { hasText: stem }).first();
        await row.getByRole('button', { name: '看答案和解析' }).click();
        await expect(row).toContainText(`正确答案：${item.answer.join('、')}`);
        await shot('05-mistakes');
        await page.locator(id(TestId.brandHome)).click();

        // 今日学习 (two new items a day, set in 我的设置): the summary explains its score and suggests a next step.
        await page.getByRole('button', { name: '设置' }).click();
        const own = page.getByRole('spinbutton', { name: /我自己定：每天/ });
        await own.fill('2');
        await own.press('Tab');
        await expect(page.getByText('已保存')).toBeVisible();
        await page.getByRole('button', { name: /社工路/ }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();
        await page.getByRole('button', { name: '开始今日学习' }).click();
        const counter = page.getByText(/^第 1 \/ \d+ 题$/);
        await expect(counter).toBeVisible();
        const total = Number(/\/ (\d+) 题/.exec((await counter.textContent())!)![1]);
        const todayStems: string[] = [];
        for (let n = 1; n <= total; n++) {
          await expect(page.getByText(`第 ${n} / ${total} 题`, { exact: true })).toBeVisible();
          todayStems.push((await page.locator(id(TestId.questionStem)).textContent())!);
          await answer(page, items, n !== 1);
        }
        await expect(page.getByRole('heading', { name: '本组练习小结' })).toBeVisible();
        await expect(page.getByText('接下来可以做什么')).toBeVisible();
        await expect(page.locator(id(TestId.nextStepGo))).toHaveText(/^(练这一章|再学 \d+ 道新题)$/);
        await expect(page.getByText(/单选题每题 1 分；多选题每题 2 分/)).toBeVisible();
        const firstToday = items.get(todayStems[0]!)!;
        const todayRow = page.getByRole('listitem').filter({ hasText: firstToday.stem });
        await expect(todayRow.getByText(firstToday.explanation)).toBeHidden();
        await todayRow.getByText('看解析').click();
        await expect(todayRow.getByText(firstToday.explanation)).toBeVisible();
        await shot('05b-today-summary', true);
        await page.getByRole('button', { name: '返回首页' }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();

        // A mock exam: the exam only on screen; 离开考试 asks first; 交卷 through the dialog with most items blank.
        await page.getByRole('button', { name: '模拟考试' }).click();
        await page
          .getByRole('article')
          .filter({ hasText: '社会工作综合能力（初级）' })
          .getByRole('button', { name: '开始模拟考试' })
          .click();
        const exam = page.locator(id(TestId.examScreen));
        await expect(exam.getByRole('heading', { level: 1 })).toBeFocused();
        await expect(page.locator('.topbar')).toHaveCount(0);
        await expect(page.getByRole('button', { name: '设置' })).toHaveCount(0);
        await expect(page.getByRole('button', { name: '切换学员' })).toHaveCount(0);
        // The palette's legend is on screen without scrolling.
        await expect(exam.getByRole('list', { name: '图例' })).toBeInViewport({ ratio: 1 });
        await shot('05c-exam');
        for (let n = 1; n <= 3; n++) {
          await expect(exam.locator('.exam-qno')).toContainText(`第 ${n} 题`);
          // The item's first option (not the 单选自动下一题 box above).
          const options = exam.getByRole('radiogroup', { name: '单选题' }).or(exam.getByRole('group', { name: '多选题' }));
          const choice = options.getByRole('radio').or(options.getByRole('checkbox')).first();
          await choice.click();
          await expect(choice).toHaveAttribute('aria-checked', 'true');
          if (n === 2) await exam.getByRole('button', { name: '标记', exact: true }).click();
          await exam.getByRole('button', { name: '下一题' }).click();
        }
        await expect(exam.locator('.exam-qno')).toContainText('第 4 题');
        // The new item starts with its number and stem in view (at 特大 下一题 sits below the fold).
        await expect(exam.locator('.exam-qno')).toBeInViewport();
        await shot('05c-exam-item-4');
        // The time left stays on screen: at the end of the item either the bar's clock is still in view or, once the
        // bar has scrolled away (特大 at 1024×768), the one pinned to the window's corner; back at the top it goes.
        const clock = exam.locator(id(TestId.examClock));
        const pinned = page.locator(id(TestId.examClockPinned));
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect.poll(async () => (await inView(page, clock)) || (await pinned.isVisible())).toBe(true);
        if (size.step === 3 && width === 1024) {
          await expect(pinned).toBeInViewport({ ratio: 1 });
          await expect(pinned).toHaveText(/剩余时间\s+\d\d:\d\d:\d\d/);
          await shot('05c-exam-pinned-clock');
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(pinned).toHaveCount(0);
        await exam.getByRole('button', { name: '离开考试' }).click();
        const leaving = page.getByRole('alertdialog', { name: '要离开考试吗？' });
        await expect(leaving).toContainText('考试时间照样在走');
        await shot('05d-exam-leave');
        await leaving.getByRole('button', { name: '继续考试' }).click();
        await expect(leaving).toBeHidden();
        await exam.getByRole('button', { name: '交卷', exact: true }).click();
        const confirm = page.getByRole('alertdialog', { name: '确认交卷' });
        await expect(confirm).toContainText('还有 77 道题没有作答');
        await expect(confirm).toContainText('有 1 道题做了标记');
        await shot('05e-exam-confirm');
        await confirm.getByRole('button', { name: '确定交卷' }).click();
        const result = page.locator(id(TestId.examResult));
        await expect(result.getByRole('heading', { level: 1 })).toBeFocused();
        const reviewed = result.locator('.review-list > li');
        const wrongOnly = result.getByRole('button', { name: /^只看错题（\d+）$/ });
        const wrongCount = Number(/（(\d+)）/.exec((await wrongOnly.textContent())!)![1]);
        await wrongOnly.click();
        await expect(wrongOnly).toHaveAttribute('aria-pressed', 'true');
        await expect(reviewed).toHaveCount(wrongCount);
        const blankOnly = result.getByRole('button', { name: '未答（77）' });
        await blankOnly.click();
        await expect(reviewed).toHaveCount(77);
        await expect(reviewed.filter({ hasText: '未作答' })).toHaveCount(77);
        await result.getByRole('button', { name: '标记（1）' }).click();
        await expect(reviewed).toHaveCount(1);
        await expect(reviewed.first()).toContainText('▲ 考时标记');
        await reviewed.first().getByText('▲ 考时标记').click();
        await expect(reviewed.first().getByText('解析：', { exact: true })).toBeVisible();
        await expect(reviewed.first().getByText('依据：', { exact: true })).toBeVisible();
        await reviewed.first().scrollIntoViewIfNeeded();
        await shot('05f-exam-review');
        await page.getByRole('button', { name: /社工路/ }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();

        // 学习报告 with a predicted score against the pass line.
        await page.getByRole('button', { name: '学习报告' }).click();
        await expect(page.getByRole('heading', { level: 1, name: '学习报告' })).toBeVisible();
        await expect(page.locator(id(TestId.reportPredicted('jc')))).toContainText(/预计得分 [\d.]+ \/ 100 分 · 及格线 60 分/);
        await shot('06-report');
        // Every screen change starts at the top with the focus on its h1: scrolled to the bottom of the report, go 首页.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        await shot('06b-report-bottom');
        await page.getByRole('button', { name: /社工路/ }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();
        await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        await shot('06c-home-top');

        // 设置: 我的设置 without paths or file jargon; 培训机构管理（老师用） behind its password.
        await page.getByRole('button', { name: '设置' }).click();
        const mine = page.getByRole('tabpanel', { name: '我的设置' });
        await expect(mine).toBeVisible();
        await expect(mine).not.toContainText(/CSV|README|PIN|[A-Z]:\\|\/tmp\//);
        expect(await wrappedHeaderTexts(page)).toEqual([]);
        await shot('07-settings-mine', true);
        // The tabs go by keyboard too: → moves to the centre's half.
        await page.getByRole('tab', { name: '我的设置' }).focus();
        await page.keyboard.press('ArrowRight');
        await expect(page.getByRole('tab', { name: '培训机构管理（老师用）' })).toBeFocused();
        await expect(page.getByRole('tab', { name: '培训机构管理（老师用）' })).toHaveAttribute('aria-selected', 'true');
        await page.getByLabel('新的管理员密码（4 到 8 位数字）').fill('24680');
        await page.getByRole('button', { name: '设置管理员密码' }).click();
        await expect(page.getByText('管理员密码已设置')).toBeVisible();
        await shot('08-settings-centre', true);
        await page.getByRole('button', { name: '退出管理' }).click();
        const door = page.getByLabel('管理员密码（4 到 8 位数字）');
        await door.fill('1357');
        await door.press('Enter');
        const refusal = page.locator('#admin-gate-error');
        await expect(refusal).toContainText('管理员密码不正确');
        await expect(door).toHaveValue('');
        // The message sits right under the box.
        const boxAt = (await door.boundingBox())!;
        const msgAt = (await refusal.boundingBox())!;
        expect(msgAt.y - (boxAt.y + boxAt.height)).toBeLessThan(80);
        await shot('09-settings-door');
        await door.fill('24680');
        await door.press('Enter');
        await expect(page.locator(id(TestId.centre))).toBeVisible();

        // Next evening on the shared PC: a mistyped 数字密码 is named beside the box, which is emptied; the lock is drawn.
        await page.getByRole('button', { name: '切换学员' }).click();
        const me = page.locator(id(TestId.profile('王芳')));
        await expect(me.getByRole('img', { name: '有数字密码' })).toBeVisible();
        await me.getByRole('button', { name: /王芳/ }).first().click();
        const pin = page.getByLabel('请输入 王芳 的数字密码');
        await pin.fill('1111');
        await pin.press('Enter');
        await expect(me.getByRole('alert')).toContainText('数字密码不正确');
        await expect(pin).toHaveValue('');
        await shot('10-start-wrong-password');
        await pin.fill('2468');
        await pin.press('Enter');
        await expect(page.locator(id(TestId.home))).toBeVisible();

        // 中级 case practice: a typed answer is saved as it is typed and comes back after leaving by the logo.
        await page.getByRole('button', { name: '设置' }).click();
        await page.getByRole('tabpanel', { name: '我的设置' }).getByText('中级（社会工作师）').click();
        await page.getByRole('button', { name: /社工路/ }).click();
        const openCase = page.locator(`${id(TestId.subject('mp'))} [data-testid^="practice-"]`).first();
        await openCase.click();
        await expect(page.locator(id(TestId.casePractice))).toBeVisible();
        const caseAnswer = page.locator(id(TestId.caseAnswer(0)));
        await caseAnswer.fill('先评估服务对象的需要和社会支持。');
        await expect(page.getByText('答案已自动保存')).toBeVisible();
        await expect(page.locator(id(TestId.caseWordCount)).first()).toContainText('字数');
        await shot('11-case-typed');
        await page.getByRole('button', { name: /社工路/ }).click();
        await expect(page.locator(id(TestId.home))).toBeVisible();
        await openCase.click();
        await expect(page.getByText('上次写的答案已经恢复，可以接着写。')).toBeVisible();
        await expect(caseAnswer).toHaveValue('先评估服务对象的需要和社会支持。');
      } finally {
        await app.stop();
      }
    });
