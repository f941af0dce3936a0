/** The optimiser bench (filled in with the worker, step 4 of issue 14). */
export async function optimizeBench(): Promise<Record<string, number>> {
  return {};
}
