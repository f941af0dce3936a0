import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEvent, centreForTesting, MachineClient, TeacherClient, type TestCentre } from '../../test/support/centre/centreForTesting';
import { openPglite, type Db } from './db';
import { ClassOverview } from '@shared/centre/contract';
import { loadChapterTitles } from './syllabus';

describe("the teacher's page", () => {
  it('chapter titles come from the app’s 2025 syllabus; a missing folder gives none', async () => {
    const titles = await loadChapterTitles();
    expect(titles.get('jc25-01')).toBe('综合能力 第1章 社会工作服务的内涵');
    expect(titles.size).toBeGreaterThan(40);
    expect((await loadChapterTitles(join(tmpdir(), 'no-such-questions-folder'))).size).toBe(0);
  });

  describe('served by the centre', () => {
    let db: Db;
    let built: TestCentre;
    let unbuilt: TestCentre;
    beforeAll(async () => {
      db = await openPglite();
      const webDir = await mkdtemp(join(tmpdir(), 'sgl-centre-web-'));
      await writeFile(join(webDir, 'centre.js'), 'console.log("charts")');
      built = await centreForTesting(db, { webDir });
      unbuilt = await centreForTesting(db, { webDir: join(webDir, 'missing') });
    }, 120_000);
    afterAll(async () => {
      await built?.close();
      await unbuilt?.close();
      await db?.close();
    });

    it('after sign-in every page is the Svelte app: the built script, no inline script, and JSON with chapter titles weakest first', async () => {
      const teacher = new TeacherClient(built.url);
      await teacher.signup('charts1');
      const cls = await teacher.createClass('图表班');
      const lab = new MachineClient(built.url);
      const r = await lab.enrol(cls.code, '</script>王芳');
      const now = built.clock.now;
      await lab.call('push', {
        learnerId: r.body['learnerId'],
        events: [
          answerEvent('q1', now, true, 'jc25-01'),
          answerEvent('q2', now, false, 'jc25-02'),
          answerEvent('q3', now, true, 'jc25-02'),
          answerEvent('q4', now, false, 'jc25-02'),
        ],
      });
      for (const path of ['/', `/classes/${cls.id}`]) {
        const res = await fetch(`${built.url}${path}`, { headers: { Cookie: teacher.cookie } });
        const csp = res.headers.get('content-security-policy')!;
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe');
        const page = await res.text();
        expect(page).toContain('<script type="module" src="/centre.js"></script>');
        // The one script is the built file: nothing inline, and no learner's name in the page itself.
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).toContain('<div id="app">');
        expect(page).not.toContain('王芳');
      }
      const overview = ClassOverview.parse(await teacher.json(`/classes/${cls.id}/overview.json`));
      expect(overview.chapters.map((c) => c.title)).toEqual([
        '综合能力 第2章 社会工作服务发展的基本原则',
        '综合能力 第1章 社会工作服务的内涵',
      ]);
      expect(overview.learners.map((l) => l.name)).toEqual(['</script>王芳']);
      // The chapter export names the chapters too.
      const csv = await teacher.get(`/classes/${cls.id}/chapters.csv`);
      expect(csv.body).toContain('"jc25-02","综合能力 第2章 社会工作服务发展的基本原则","3","33.3"');
      const js = await fetch(`${built.url}/centre.js`);
      expect(js.headers.get('content-type')).toContain('text/javascript');
      expect(await js.text()).toBe('console.log("charts")');
    });

    it('a class id that does not exist, or a page address that does not, gets a page saying so, in Chinese', async () => {
      const teacher = new TeacherClient(built.url);
      await teacher.signup('charts3');
      const missing = await teacher.get('/classes/999999');
      expect(missing.status).toBe(404);
      expect(missing.type).toContain('text/html');
      expect(missing.body).toContain('没有这个班级，或它不属于您。');
      expect(missing.body).toContain('返回首页');
      expect((await teacher.get('/no-such-page')).body).toContain('没有这个页面。');
    });

    it('without a build the page says so in Chinese and loads no script', async () => {
      const teacher = new TeacherClient(unbuilt.url);
      await teacher.signup('charts2');
      const cls = await teacher.createClass('没有图表的班');
      for (const path of ['/', `/classes/${cls.id}`]) {
        const page = (await teacher.get(path)).body;
        expect(page).toContain('老师页面的程序还没有构建');
        expect(page).toContain('npm run build');
        expect(page).not.toContain('<script');
        // 退出登录 is a form: it works without the app.
        expect(page).toContain('<form method="post" action="/logout"');
      }
      expect((await fetch(`${unbuilt.url}/centre.js`)).status).toBe(404);
    });
  });
});
