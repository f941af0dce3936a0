import type { SubjectId } from '@shared/bank/schema';
import { findAnswerList } from './answerList';
import { finishItem, isRefusal } from './finishItem';
import { judgeValueOf, lettersOf } from './keys';
import { importMsg as m } from './messages';
import { excerptOf, toHalfWidth } from './normalise';
import { optionsOnLine, splitTrailingOptions } from './options';
import type { ParseResult, RawItem } from './types';

const TYPE_WORDS =
  /^(单项选择题|单选题|多项选择题|多选题|不定项选择题|不定项选择|判断题|是非题|选择题|填空题|简答题|问答题|论述题|计算题|名词解释|案例分析题|综合题)$/;
const SECTION =
  /^(?:[一二三四五六七八九十]+\s*[、.]|第[一二三四五六七八九十\d]+部分|[(（][一二三四五六七八九十]+[)）])?\s*([\u4e00-\u9fa5]{2,8}?)\s*(?:[(（].*[)）])?\s*[:：]?\s*$/;
const CHAPTER = /^第\s*[一二三四五六七八九十百零\d]+\s*章/;
const ITEM = /^(?:[(]\s*(\d+)\s*[)]|(\d+)\s*[.、,)](?!\d))\s*(.*)$/;
const ANSWER = /^(?:【\s*(?:参考答案|正确答案|标准答案|答案)\s*】|(?:正确答案|参考答案|标准答案|答案)\s*:)\s*(.*)$/;
const EXPLAIN = /(?:【\s*(?:答案解析|解析|分析|详解)\s*】|(?:答案解析|试题解析|解析|分析|详解)\s*:)\s*/;
const EMBEDDED = /[(（]\s*([A-Ea-e](?:[\s、,，]*[A-Ea-e])*|√|×|对|错)\s*[)）]/g;

/** A section header naming a type (`一、单项选择题（每题 1 分）`): the type word, else undefined. */
export function sectionTypeOf(line: string): string | undefined {
  const hit = SECTION.exec(toHalfWidth(line.trim()));
  return hit && TYPE_WORDS.test(hit[1]!) ? hit[1] : undefined;
}

interface Block {
  raw: RawItem;
  section: number;
  state: 'stem' | 'options' | 'answer' | 'explanation';
  stemKey?: string;
}

function startBlock(
  no: number | undefined,
  line: number,
  rest: string,
  typeText: string | undefined,
  section: number,
  chapter: string,
): Block {
  const raw: RawItem = {
    source: { kind: 'block', line, ...(no === undefined ? {} : { no }) },
    stem: rest,
    options: [],
    chapterText: chapter,
  };
  if (typeText) {
    raw.typeText = typeText;
    raw.typeSource = 'section';
  }
  const split = rest ? splitTrailingOptions(rest) : null;
  if (split) {
    raw.stem = split.stem;
    raw.options = split.options;
    return { raw, section, state: 'options' };
  }
  return { raw, section, state: 'stem' };
}

function addAnswer(b: Block, rest: string): void {
  const half = toHalfWidth(rest);
  const ex = EXPLAIN.exec(half);
  const key = (ex ? rest.slice(0, ex.index) : rest).trim();
  if (key && b.raw.keyText === undefined) b.raw.keyText = key;
  if (ex) {
    b.raw.explanation = rest.slice(ex.index + ex[0].length).trim();
    b.state = 'explanation';
  } else b.state = 'answer';
}

/** Takes a key written in the stem's blank (`……的是（ABD）。`) out of the stem, when every letter is an option. */
function takeEmbeddedKey(b: Block): void {
  const keys = b.raw.options.map((o) => o.key);
  const hits = [...b.raw.stem.matchAll(EMBEDDED)];
  const last = hits[hits.length - 1];
  if (!last) return;
  const inner = last[1]!;
  const letters = lettersOf(inner);
  const judge = judgeValueOf(inner) !== undefined && !letters;
  const fits = judge ? keys.length === 0 || keys.length === 2 : !!letters && letters.every((l) => keys.includes(l));
  if (!fits) return;
  b.stemKey = inner;
  b.raw.stem = `${b.raw.stem.slice(0, last.index)}（　）${b.raw.stem.slice(last.index + last[0].length)}`;
}

const sameKey = (a: string, b: string): boolean => {
  const la = lettersOf(a);
  const lb = lettersOf(b);
  if (la && lb) return [...la].sort().join('') === [...lb].sort().join('');
  return judgeValueOf(a) !== undefined && judgeValueOf(a) === judgeValueOf(b);
};

/**
 * Items from pasted text or a Word file's text, in the common Chinese layouts: numbered items (1． 1. 1、 （1）),
 * options A．/A、/A./A) (full-width too) one per line or on one line, answers 【答案】/答案：/正确答案：/参考答案： or in
 * the stem's blank, explanations 【解析】/解析：/答案解析：/【分析】/【详解】, section headers that set the type, and an
 * answer list at the end. Never throws; whatever it cannot read is refused with a reason, never completed by guessing.
 */
export function parseText(text: string, subject: SubjectId): ParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const list = findAnswerList(lines, (l) => sectionTypeOf(l) !== undefined);
  const end = list ? list.startLine : lines.length;
  const blocks: Block[] = [];
  let block: Block | null = null;
  let typeText: string | undefined;
  let section = 0;
  let chapter = '';
  const close = () => {
    if (block) blocks.push(block);
    block = null;
  };

  for (let i = 0; i < end; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const half = toHalfWidth(line);
    const sectionType = sectionTypeOf(line);
    if (sectionType) {
      close();
      typeText = sectionType;
      section++;
      continue;
    }
    if (CHAPTER.test(half)) {
      close();
      chapter = line;
      continue;
    }
    const item = ITEM.exec(half);
    if (item) {
      const no = Number(item[1] ?? item[2]);
      const cur: Block | null = block;
      // Inside an explanation a numbered line (1. 首先…) is explanation text unless it is the next item's number.
      const inExplanation = cur !== null && cur.state === 'explanation';
      if (!inExplanation || cur.raw.source.no === undefined || no === cur.raw.source.no + 1) {
        close();
        const restAt = line.length - item[3]!.length;
        block = startBlock(no, i + 1, line.slice(restAt).trim(), typeText, section, chapter);
        continue;
      }
    }
    if (!block) continue; // titles and notes before the first item
    const b: Block = block;
    const answer = ANSWER.exec(half);
    if (answer) {
      addAnswer(b, line.slice(line.length - answer[1]!.length));
      continue;
    }
    const explain = EXPLAIN.exec(half);
    if (explain && explain.index === 0) {
      const rest = line.slice(explain[0].length).trim();
      b.raw.explanation = b.raw.explanation ? `${b.raw.explanation}\n${rest}` : rest;
      b.state = 'explanation';
      continue;
    }
    if (b.state === 'stem' || b.state === 'options') {
      const last = b.raw.options[b.raw.options.length - 1];
      const expect = last ? 'ABCDEFGH'['ABCDEFGH'.indexOf(last.key) + 1] : 'A';
      const opts = expect ? optionsOnLine(line, expect) : null;
      if (opts) {
        b.raw.options.push(...opts);
        b.state = 'options';
      } else if (b.state === 'stem') b.raw.stem = b.raw.stem ? `${b.raw.stem}\n${line}` : line;
      else if (last) last.text = `${last.text} ${line}`;
      continue;
    }
    if (b.state === 'answer' && !b.raw.keyText) {
      b.raw.keyText = line;
      continue;
    }
    // Unmarked lines after the answer are the explanation.
    b.raw.explanation = b.raw.explanation ? `${b.raw.explanation}\n${line}` : line;
    b.state = 'explanation';
  }
  close();

  const result: ParseResult = { items: [], refused: [] };
  const numbers = new Map<number, number>();
  for (const b of blocks) if (b.raw.source.no !== undefined) numbers.set(b.raw.source.no, (numbers.get(b.raw.source.no) ?? 0) + 1);
  for (const b of blocks) {
    takeEmbeddedKey(b);
    const refuse = (reason: string) => result.refused.push({ source: b.raw.source, excerpt: excerptOf(b.raw.stem), reason });
    if (b.stemKey !== undefined) {
      if (b.raw.keyText !== undefined && b.raw.keyText !== '' && !sameKey(b.stemKey, b.raw.keyText)) {
        refuse(m.keysDisagree(b.stemKey, b.raw.keyText));
        continue;
      }
      b.raw.keyText = b.stemKey;
    }
    const no = b.raw.source.no;
    if (list && no !== undefined) {
      const listed = list.keys.get(`${list.sectioned ? b.section : 0}:${no}`);
      const ambiguous = !list.sectioned && (numbers.get(no) ?? 0) > 1;
      if (listed !== undefined && !ambiguous) {
        if (b.raw.keyText && !sameKey(listed, b.raw.keyText)) {
          refuse(m.answerListMismatch(no));
          continue;
        }
        b.raw.keyText = b.raw.keyText || listed;
      } else if (ambiguous && !b.raw.keyText) {
        refuse(m.answerListAmbiguous);
        continue;
      }
    }
    const done = finishItem(b.raw, subject);
    if (isRefusal(done)) result.refused.push(done);
    else result.items.push(done);
  }
  return result;
}
