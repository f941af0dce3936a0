import { randomInt } from 'node:crypto';
import type { ServiceConfig } from './services';

const SEEDS = 2 ** 31;

/** A number in [0, 1) from the injected source, or from the system's strong generator when none is given. */
function draw(config: Pick<ServiceConfig, 'random'>): number {
  return config.random ? config.random() : randomInt(0, SEEDS) / SEEDS;
}

/** A seed for a mock paper's draw. */
export function randomSeed(config: Pick<ServiceConfig, 'random'>): number {
  return Math.floor(draw(config) * SEEDS);
}

/** `digits` lower-case hex digits (at most 12), for ids that only need to differ. */
export function randomHex(config: Pick<ServiceConfig, 'random'>, digits: number): string {
  return Math.floor(draw(config) * 16 ** digits)
    .toString(16)
    .padStart(digits, '0');
}
