import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerEvent, centreForTesting, MachineClient, TeacherClient, type TestCentre } from '../../test/support/centre/centreForTesting';
import { openPglite, type Db } from './db';
import { jsonBlock } from './page';
import { loadChapterTitles } from './syllabus';

describe("the teacher page's charts", () => {
  it('chapter titles come from the app’s 2025 syllabus; a missing folder gives none', async () => {
    const titles = await loadChapterTitles();
    expect(titles.get('jc25-01')).toBe('综合能力 第1章 社会工作服务的内涵');
    expect(titles.size).toBeGreaterThan(40);
    expect((await loadChapterTitles(join(tmpdir(), 'no-such-questions-folder'))).size).toBe(0);
  });

  it('a JSON data block cannot close its script element', () => {
    const text = jsonBlock({ name: '</script><script>alert(1)</script>&' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>&' });
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

    it('the class page loads the built script and hands it the chapters weakest first, with titles', async () => {
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
      const res = await fetch(`${built.url}/classes/${cls.id}`, { headers: { Cookie: teacher.cookie } });
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
      const page = await res.text();
      expect(page).toContain('<script type="module" src="/centre.js"></script>');
      const block = /<script type="application\/json" id="centre-data">([^<]*)<\/script>/.exec(page);
      const data = JSON.parse(block![1]!) as { chapters: { chapter: string; title: string }[]; learners: { name: string }[] };
      expect(data.chapters.map((c) => c.title)).toEqual(['综合能力 第2章 社会工作服务发展的基本原则', '综合能力 第1章 社会工作服务的内涵']);
      expect(data.learners.map((l) => l.name)).toEqual(['</script>王芳']);
      expect(page.indexOf('第2章')).toBeLessThan(page.indexOf('第1章'));
      // The chapter export names the chapters too.
      const csv = await teacher.get(`/classes/${cls.id}/chapters.csv`);
      expect(csv.body).toContain('"jc25-02","综合能力 第2章 社会工作服务发展的基本原则","3","33.3"');
      const js = await fetch(`${built.url}/centre.js`);
      expect(js.headers.get('content-type')).toContain('text/javascript');
      expect(await js.text()).toBe('console.log("charts")');
    });

    it('without a build the page says so in Chinese and loads no script', async () => {
      const teacher = new TeacherClient(unbuilt.url);
      await teacher.signup('charts2');
      const cls = await teacher.createClass('没有图表的班');
      const page = (await teacher.get(`/classes/${cls.id}`)).body;
      expect(page).toContain('图表还没有构建');
      expect(page).not.toContain('<script');
      expect(page).toContain('id="learners"');
      expect((await fetch(`${unbuilt.url}/centre.js`)).status).toBe(404);
    });
  });
});
