import { describe, expect, it } from 'vitest';
import { importedItemId } from '@core/import/ids';
import { validateBank } from '@core/bank/validateBank';
import { caseItemForTesting, multipleItemForTesting, singleItemForTesting } from '../../test/support/bankFixtures';
import { centreBankJson } from '../../test/support/centre/centreBankFixture';
import { readBankDir } from '../main/bank/readBankDir';
import { refusalOf } from '../main/sync/centreBankFiles';
import { checkUploadedBank, QUESTIONS_DIR } from './banks';
import { CentreError } from './errors';

const AT = Date.UTC(2026, 11, 3);
/** A bank in the shipped format (questions/README.md), as a centre copies one from questions/banks. */
const shipped = (items: unknown[], subject = 'jc') => JSON.stringify({ bankVersion: 1, subject, items });

async function refusal(content: string): Promise<string> {
  try {
    await checkUploadedBank(content, '机构题', AT);
  } catch (e) {
    if (e instanceof CentreError) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

describe('a class bank upload', () => {
  it('accepts the shipped questions/banks format, checked by the shipped validator, and stores it as imported items', async () => {
    const single = singleItemForTesting();
    const multiple = multipleItemForTesting();
    const stored = JSON.parse(await checkUploadedBank(shipped([single, multiple]), '第六章精选', AT)) as {
      imported: unknown;
      items: Record<string, unknown>[];
    };
    expect(stored.imported).toEqual({ file: '第六章精选', at: AT, scope: 'centre' });
    // Content ids (never a shipped id), the item's own stem, options, key, 解析 and chapter; no review fields.
    expect(stored.items).toEqual([
      {
        id: importedItemId(
          'jc',
          single['stem'] as string,
          (single['options'] as { text: string }[]).map((o) => o.text),
        ),
        type: 'single',
        chapter: 'jc25-06',
        stem: single['stem'],
        options: single['options'],
        answer: ['C'],
        explanation: single['explanation'],
      },
      expect.objectContaining({ type: 'multiple', chapter: 'jc25-06', answer: ['A', 'B', 'C'] }),
    ]);
    expect(stored.items.map((i) => i['id'])).not.toContain(single['id']);

    // What the PC does with it: not refused, and every item loads with the shipped bank (no clash with its ids).
    const content = JSON.stringify(stored);
    expect(refusalOf({ id: 1, name: '第六章精选', hash: '0'.repeat(64), uploadedAt: AT, content })).toBeNull();
    const dir = await readBankDir(QUESTIONS_DIR);
    const loaded = validateBank({ ...dir, bankFiles: [...dir.bankFiles, { path: '我的题库/centre/bank-1-00.json', json: stored }] });
    expect(loaded.problems.filter((p) => p.file.startsWith('我的题库/'))).toEqual([]);
    expect(loaded.items.filter((i) => i.file.startsWith('我的题库/'))).toHaveLength(2);
  });

  it('refuses a shipped-format item the shipped validator rejects, naming it and the validator’s reason', async () => {
    expect(await refusal(shipped([singleItemForTesting({ explanation: '太短。' })]))).toBe(
      '题库文件里有 1 处问题，没有上传。请改好后再上传。第一处：jc25-06-901 explanation：解析过短（至少 40 字）',
    );
    expect(await refusal(shipped([singleItemForTesting({ chapter: 'jc25-99' })]))).toContain('章节 jc25-99 不在该科目的考试大纲中');
    expect(await refusal(shipped([singleItemForTesting({ answer: ['E'] })]))).toContain('jc25-06-901');
    const twice = await refusal(shipped([singleItemForTesting(), singleItemForTesting()]));
    expect(twice).toContain('id 重复');
  });

  it('refuses case items (a class bank holds objective items only)', async () => {
    const c = caseItemForTesting();
    expect(await refusal(shipped([c], 'mp'))).toContain(`${String(c['id'])} type：案例分析题不能放进班级题库`);
  });

  it('still accepts the imported format as it is (what 导入题库 writes)', async () => {
    const file = centreBankJson('kept');
    const stored = JSON.parse(await checkUploadedBank(file, '导入格式', AT)) as { items: unknown[] };
    expect(stored.items).toEqual((JSON.parse(file) as { items: unknown[] }).items);
  });
});
