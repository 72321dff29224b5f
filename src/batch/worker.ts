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

async function analyzeTask({ seq, text, options }: Task): Promise<void> {
  let result: TaskResult;
  try {
    result = { seq, report: await analyzeAsync(text, { ...options, plugins: await plugins }) };
  } catch (error) {
    result = { seq, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
  }
  parentPort?.postMessage(result);
}

// The main thread sends the next text before this one is done (see DEPTH in pool.ts): they are
// analyzed one after the other, in the order sent, each answered before the next begins — so if
// a text ends the thread, the texts before it have their reports and the main thread knows which
// text it was.
let queue = Promise.resolve();
parentPort?.on('message', (task: Task) => {
  queue = queue.then(() => analyzeTask(task));
});
