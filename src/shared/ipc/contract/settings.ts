import { Settings, SettingsPatch } from '../../settings';
import { Empty, type ContractPart } from './common';

/** The `settings:…` channels. */
export const settingsContract = {
  'settings:get': { args: Empty, result: Settings },
  'settings:update': { args: SettingsPatch, result: Settings },
} satisfies ContractPart<'settings'>;
