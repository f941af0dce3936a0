/**
 * Launch options both runtimes share (Electron main and the browser runtime), parsed in one place. Each takes the
 * `--name=value` and `--name value` forms; an environment variable stands in for a missing flag.
 */
export interface LaunchInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
}

/** The value of `--name=value` or `--name value`, if given. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  if (eq !== undefined) return eq.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  const next = i >= 0 ? argv[i + 1] : undefined;
  return next !== undefined && !next.startsWith('--') ? next : undefined;
}

/** A training centre's bank folder given at launch (`--centre-banks` or `SGL_CENTRE_BANKS`); it then wins over 设置. */
export function centreBanksDirOf(i: LaunchInput): string | undefined {
  return flagValue(i.argv, 'centre-banks') || i.env['SGL_CENTRE_BANKS'] || undefined;
}

/** A data folder given at launch (`--data-dir`, the browser runtime's `--data`, or `SGL_DATA_DIR`). */
export function dataDirOf(i: LaunchInput): { dir: string; source: 'flag' | 'env' } | undefined {
  const flag = flagValue(i.argv, 'data-dir') || flagValue(i.argv, 'data');
  if (flag) return { dir: flag, source: 'flag' };
  const env = i.env['SGL_DATA_DIR'];
  return env ? { dir: env, source: 'env' } : undefined;
}
