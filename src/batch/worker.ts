// A worker thread of `--jobs`: analyzes the texts the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeAsync, type AnalyzeOptions } from '../analyze.js';
import { loadPlugins } from '../plugins.js';

export interface Task {
  seq: number;
  text: string;
  options: AnalyzeOptions;
}

export type TaskResult = { seq: number; report: unknown } | { seq: number; error: { message: string; stack?: string } };

// The main thread loaded and checked the same plugins before starting any worker.
const plugins = loadPlugins((workerData as { pluginFiles?: string[] } | null)?.pluginFiles ?? []);

parentPort?.on('message', async ({ seq, text, options }: Task) => {
  let result: TaskResult;
  try {
    result = { seq, report: await analyzeAsync(text, { ...options, plugins: await plugins }) };
  } catch (error) {
    result = { seq, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
  }
  parentPort?.postMessage(result);
});
