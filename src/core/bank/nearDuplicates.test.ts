import { describe, expect, it } from 'vitest';
import {
  bigrams,
  compareItems,
  findNearDuplicates,
  findSimilarItems,
  jaccard,
  normalise,
  optionBigrams,
  type ComparableItem,
} from './nearDuplicates';

/** An item from option texts, the keyed ones marked with a leading `*`. */
function item(id: string, group: string, stem: string, options: string[]): ComparableItem {
  return {
    id,
    group,
    stem,
    options: options.map((o) => o.replace(/^\*/, '')),
    keyed: options.filter((o) => o.startsWith('*')).map((o) => o.slice(1)),
  };
}

const orgForms = ['*社会团体', '有限责任公司', '*社会服务机构', '个体工商户', '*基金会'];
const orgFormsShuffled = ['有限责任公司', '*社会团体', '个体工商户', '*社会服务机构', '*基金会'];

describe('normalising and measures', () => {
  it('drops whitespace, punctuation and every form of the answer blank', () => {
    expect(normalise('社会工作对社会的功能包括（　）。')).toBe('社会工作对社会的功能包括');
    expect(normalise('社会工作对社会的功能包括( )')).toBe('社会工作对社会的功能包括');
    expect(normalise('社会工作 对社会的功能，包括（ ）：')).toBe('社会工作对社会的功能包括');
  });

  it('computes Jaccard on bigrams', () => {
    expect(jaccard(bigrams('甲乙丙'), bigrams('甲乙丙'))).toBe(1);
    expect(jaccard(bigrams('甲乙'), bigrams('丙丁'))).toBe(0);
    expect(bigrams('是')).toEqual(new Set(['是']));
  });

  it('compares option sets regardless of order', () => {
    const a = optionBigrams(['社会团体', '有限责任公司', '社会服务机构', '个体工商户', '基金会']);
    const b = optionBigrams(['基金会', '个体工商户', '社会服务机构', '有限责任公司', '社会团体']);
    expect(jaccard(a, b)).toBe(1);
  });
});

describe('near-duplicate items', () => {
  it('flags the same item with shuffled options (stem, options and key all match)', () => {
    const stem = '根据《志愿服务条例》，志愿服务组织可以采取的组织形式有（　）。';
    const r = compareItems(item('a', 'm', stem, orgForms), item('b', 'm', stem, orgFormsShuffled));
    expect(r.similarity).toEqual({ stem: 1, options: 1, keyed: 1 });
    expect(r.rule).toBe('same-stem');
  });

  it('flags the same stem with a different option set (the same point asked again)', () => {
    const r = compareItems(
      item('a', 'j', '社会工作对社会的功能包括（　）。', [
        '*维持社会秩序',
        '促进服务对象的正常生活',
        '*建构社会资本',
        '*促进社会和谐',
        '*推进社会进步',
      ]),
      item('b', 'm', '社会工作对社会的功能包括（ ）', [
        '促进人与环境的适应',
        '*维持社会秩序',
        '*促进社会和谐',
        '恢复弱化的功能',
        '促进服务对象的正常生活',
      ]),
    );
    expect(r.similarity.stem).toBe(1);
    expect(r.rule).toBe('same-stem');
  });

  it('does not flag a bare generic stem whose options share nothing', () => {
    const r = compareItems(
      item('a', 'm', '下列说法中，正确的是（　）。', [
        '*人民调解委员会调解民间纠纷不收取费用',
        '调解协议须经法院确认才生效',
        '委员每届任期五年',
        '一方拒绝调解的仍应继续调解',
      ]),
      item('b', 'm', '下列说法中，正确的是（　）。', [
        '*社区戒毒的期限为三年',
        '强制隔离戒毒的期限为一年',
        '社区康复不少于五年',
        '强制隔离戒毒可延长二年',
      ]),
    );
    expect(r.similarity.stem).toBe(1);
    expect(r.rule).toBeNull();
  });

  it('does not flag two stems in the same frame that ask different points', () => {
    const guiding = item('a', 'm', '个案会谈中，下列技巧属于引导性技巧的有（　）。', ['同理心', '*摘要', '*澄清', '建议', '*对焦']);
    const influencing = item('b', 'm', '个案会谈中，下列技巧属于影响性技巧的有（　）。', [
      '专注',
      '*提供信息',
      '*对质',
      '*自我披露',
      '*建议',
    ]);
    const r = compareItems(guiding, influencing);
    expect(r.similarity.stem).toBeGreaterThan(0.6);
    expect(r.rule).toBeNull();
    const intake = item('c', 'j', '在个案工作的接案阶段，社会工作者的主要任务有（　）。', [
      '评估服务目标的达成情况',
      '全面实施介入计划',
      '*判断问题是否属于机构的服务范围',
      '*初步了解服务对象的求助问题',
      '*与服务对象初步建立专业关系',
    ]);
    const closing = item('d', 'j', '个案工作结案阶段，社会工作者的主要任务有（　）。', [
      '*回顾服务过程和取得的成效',
      '*巩固已有的改变',
      '与服务对象签订服务协议',
      '*处理离别情绪',
      '*做好跟进服务的安排',
    ]);
    expect(compareItems(intake, closing).rule).toBeNull();
  });

  it('flags a similar stem whose options overlap (the same point in other words)', () => {
    const r = compareItems(
      item('a', 'j', '根据《老年人权益保障法》，赡养人对老年人应当履行的义务有（　）。', [
        '*经济上供养',
        '代管老年人的个人财产',
        '*生活上照料',
        '为老年人的婚姻把关',
        '*精神上慰藉',
      ]),
      item('b', 'm', '根据《中华人民共和国老年人权益保障法》，赡养人对老年人应当履行的义务有（　）。', [
        '财产上代管',
        '*经济上供养',
        '*生活上照料',
        '*精神上慰藉',
        '婚姻上决定',
      ]),
    );
    expect(r.rule).toBe('similar-stem-and-options');
  });

  it('flags a reworded scenario with the same options and the same key', () => {
    const options = ['需求评估', '结果评估', '成本效益评估', '*过程评估'];
    const r = compareItems(
      item(
        'a',
        'j',
        '社会工作者在每节小组活动结束后，请成员填写简短的反馈表，了解成员对当节活动内容和带领方式的感受，以便及时调整下一节活动。这属于（　）。',
        options,
      ),
      item(
        'b',
        'm',
        '社会工作者在每节小组活动结束后，请成员填写简短的反馈表，记录参与程度和对本节活动的感受，以便及时调整下一节的安排。这种评估属于（　）。',
        [...options].reverse(),
      ),
    );
    expect(r.rule).toBe('reworded-same-answer');
  });

  it('does not flag one concept applied to different scenarios, even with the same options and key', () => {
    const options = ['感觉性需要', '表达性需要', '*比较性需要', '规范性需要'];
    const r = compareItems(
      item(
        'a',
        'j',
        '社会工作者发现，相邻的两个人口规模和结构相近的社区中，甲社区设有残疾人康复站，乙社区却没有，据此判断乙社区的残疾人存在康复服务需要。这种需要属于（　）。',
        options,
      ),
      item(
        'b',
        'j',
        '社会工作者走访发现，相邻两个社区都建有儿童游乐场和“四点半课堂”，而本社区却没有，据此判断本社区存在儿童课后照顾方面的需要。按照布拉德肖的需要分类，这属于（　）。',
        options,
      ),
    );
    expect(r.similarity.options).toBe(1);
    expect(r.rule).toBeNull();
  });

  it('finds pairs across all subjects, in input order, and says whether they share a group', () => {
    const stem = '根据《志愿服务条例》，志愿服务组织可以采取的组织形式有（　）。';
    const found = findSimilarItems([
      item('mc-1', 'intermediate', stem, orgForms),
      item('jc-1', 'junior', '下列抽样方法中，属于概率抽样的有（　）。', ['*分层抽样', '配额抽样', '*整群抽样', '滚雪球抽样', '*系统抽样']),
      item('ml-1', 'intermediate', stem, orgFormsShuffled),
      item('jc-2', 'junior', '根据《志愿服务条例》，志愿服务组织可以采取的组织形式有（ ）', orgForms),
    ]);
    expect(found.map((d) => [d.a, d.b, d.sameGroup, d.rule])).toEqual([
      ['mc-1', 'ml-1', true, 'same-stem'],
      ['mc-1', 'jc-2', false, 'same-stem'],
      ['ml-1', 'jc-2', false, 'same-stem'],
    ]);
    expect(found[0]!.similarity).toEqual({ stem: 1, options: 1, keyed: 1 });
  });
});

describe('near-duplicate case materials', () => {
  it('flags a text with a few words swapped and ignores punctuation', () => {
    const found = findNearDuplicates([
      { id: 'a', text: '社会工作者小王在与服务对象面谈时，运用了同理心技巧，这属于（　）。' },
      { id: 'b', text: '社会工作者小李在与服务对象面谈时运用了同理心技巧，这属于（ ）。' },
      { id: 'c', text: '根据《民法典》的规定，夫妻双方自愿离婚的，应当签订书面离婚协议（　）。' },
    ]);
    expect(found.map((d) => [d.a, d.b])).toEqual([['a', 'b']]);
  });
});
