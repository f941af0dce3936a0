import { describe, expect, it } from 'vitest';
import { cancelParses, parseOffThread } from './offThread';
import { parseSource } from './parseSource';

// Test data only: generated items.
const text = (n: number) =>
  Array.from({ length: n }, (_, i) => `${i + 1}．线程测试题第 ${i + 1} 题（　）。\nA．甲 B．乙 C．丙 D．丁\n答案：${'ABCD'[i % 4]}`).join(
    '\n',
  );

describe('parseOffThread', () => {
  it('parses a big input in a worker thread to the same result as on this thread', async () => {
    const bytes = new Uint8Array(Buffer.from(text(300)));
    const input = { subject: 'jc' as const, fileName: '线程.txt', bytes };
    const logs: string[] = [];
    const inWorker = await parseOffThread(input, null, { threshold: 0, log: (m) => logs.push(m) });
    expect(logs).toEqual([]);
    expect(inWorker).toEqual(await parseSource(input, null));
    expect(inWorker).toMatchObject({ ok: true, source: { layout: 'text', encoding: 'utf-8' } });
    if (inWorker.ok) expect(inWorker.source.parsed.items).toHaveLength(300);
    // The caller's bytes are untouched (the worker got a copy).
    expect(bytes.byteLength).toBeGreaterThan(0);
    // A refusal comes back as its message, as on this thread.
    expect(
      await parseOffThread({ subject: 'jc', fileName: '坏.xlsx', bytes: new Uint8Array([1, 2, 3]) }, null, { threshold: 0 }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('Excel 文件打不开'),
    });
  });

  it('stops at 停止读取: the parse ends as cancelled', async () => {
    const parse = parseOffThread({ subject: 'jc', fileName: '大.txt', text: text(40_000) }, null, { threshold: 0 });
    // Stop as soon as the worker runs (it is stopped before or while it parses).
    let stopped = 0;
    while (stopped === 0) {
      await new Promise((r) => setTimeout(r, 5));
      stopped = cancelParses();
    }
    expect(await parse).toEqual({ ok: false, cancelled: true });
  });
});
