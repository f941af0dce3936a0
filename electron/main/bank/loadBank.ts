import { indexBank, type BankIndex } from '@core/bank/bankIndex';
import { validateBank, type LoadedItem, type RawFile } from '@core/bank/validateBank';
import { readBankDir, readCentreBanks, readLearnerBanks } from './readBankDir';

export interface BankSources {
  /** Bank files read from the centre folder, and the items from them that passed the checks. */
  centreFiles: number;
  centreItems: number;
  /** Imported bank files in the open learner's folder (我的题库), and their items that passed the checks. */
  learnerFiles?: number;
  learnerItems?: number;
}

/** Loads the shipped bank and, when given, a centre's extra bank files, all checked by the same validator. */
export async function loadBank(questionsDir: string, centreBanksDir?: string): Promise<BankIndex> {
  return (await loadBankWithSources(questionsDir, centreBanksDir)).bank;
}

export async function loadBankWithSources(
  questionsDir: string,
  centreBanksDir?: string,
  learnerBanksDir?: string,
): Promise<{ bank: BankIndex; sources: BankSources }> {
  const shipped = await readBankDir(questionsDir);
  const centre = centreBanksDir ? await readCentreBanks(centreBanksDir) : [];
  const mine = learnerBanksDir ? await readLearnerBanks(learnerBanksDir) : [];
  const validated = validateBank({ ...shipped, bankFiles: [...shipped.bankFiles, ...centre, ...mine] });
  return {
    bank: indexBank(validated),
    sources: {
      centreFiles: centre.length,
      centreItems: itemsFrom(validated.items, centre),
      learnerFiles: mine.length,
      learnerItems: itemsFrom(validated.items, mine),
    },
  };
}

/** How many of the loaded items came from these files (no pass over the bank when there are none). */
function itemsFrom(items: readonly LoadedItem[], files: readonly RawFile[]): number {
  if (files.length === 0) return 0;
  const paths = new Set(files.map((f) => f.path));
  let n = 0;
  for (const i of items) if (paths.has(i.file)) n++;
  return n;
}
