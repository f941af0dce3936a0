import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const WeightsFile = z.object({ version: z.literal(1), weights: z.record(z.string(), z.number().positive()) });

/** Chapter weights for mock papers (`questions/weights.json`); missing or invalid → all chapters weigh 1. */
export async function readWeights(questionsDir: string, log: (m: string) => void): Promise<Record<string, number>> {
  try {
    return WeightsFile.parse(JSON.parse(await readFile(join(questionsDir, 'weights.json'), 'utf8'))).weights;
  } catch (e) {
    log(`weights.json not used: ${e instanceof Error ? e.message : String(e)}`);
    return {};
  }
}
