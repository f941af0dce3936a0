import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { caseItemForTesting, multipleItemForTesting, singleItemForTesting } from './bankFixtures';
import { repoRoot } from './repoRoot';

const realQuestions = resolve(repoRoot, 'questions');

/** A temp questions folder with the real subjects and syllabus trees and a small bank of test items. */
export function questionsDirForTesting(extraFiles: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sgl-questions-'));
  cpSync(join(realQuestions, 'subjects.json'), join(dir, 'subjects.json'));
  cpSync(join(realQuestions, 'syllabus'), join(dir, 'syllabus'), { recursive: true });
  mkdirSync(join(dir, 'banks', 'jc'), { recursive: true });
  const items = [
    singleItemForTesting({ id: 'jc25-06-001' }),
    multipleItemForTesting({ id: 'jc25-06-002' }),
    singleItemForTesting({ id: 'jc25-06-003', stem: '第三道测试题（　）。', answer: ['A'] }),
  ];
  writeFileSync(join(dir, 'banks', 'jc', 'jc25-06.json'), JSON.stringify({ bankVersion: 1, subject: 'jc', items }));
  mkdirSync(join(dir, 'banks', 'mp'), { recursive: true });
  writeFileSync(
    join(dir, 'banks', 'mp', 'mp25-15.json'),
    JSON.stringify({ bankVersion: 1, subject: 'mp', items: [caseItemForTesting({ id: 'mp25-15-c01' })] }),
  );
  for (const [name, content] of Object.entries(extraFiles)) {
    writeFileSync(join(dir, 'banks', name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'sgl-data-'));
}
