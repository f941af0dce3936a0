export const SPEECH_MESSAGES = {
  read: '朗读',
  stop: '停止朗读',
  key: '（R）',
  hint: '用电脑自带的中文语音读出题目和选项',
  keyboard: 'R 朗读',
  optionsIntro: '选项',
} as const;
