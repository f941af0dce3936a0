import type { Item } from '@shared/bank/schema';
import { importMsg } from '../import/messages';

/** What an item rests on: its basis, or for an imported item the file it came from (marked 导入, not reviewed). */
export const basisOf = (item: Item): string => ('imported' in item ? importMsg.basisOf(item.imported.file) : item.basis);
