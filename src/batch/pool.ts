// Runs a batch: reads inputs ahead, analyzes them on worker threads (or in this thread for one
// job), and hands the outcomes back in input order, so output is the same whatever the job count.
import type { Worker } from 'node:worker_threads';
import { workerFile } from '../files.js';
import type { AnalyzeOptions } from '../analyze.js';
import type { Report } from '../types.js';
import type { Input } from './inputs.js';
import type { Task, TaskResult } from './worker.js';

/** An input's report, or why it has none; `text` is the input as read (for line:column). */
export type Outcome = { input: Input; text?: string; report: Report; error?: undefined } | { input: Input; text?: string; error: unknown; report?: undefined };

type Analyze = (text: string, options: AnalyzeOptions) => Promise<Report>;

/** An error raised inside a worker, with the worker's stack for --debug. */
class WorkerError extends Error {
  constructor(message: string, stack?: string) {
    super(message);
    if (stack) this.stack = stack;
  }
}

/** Worker threads started on demand, up to `size`; each analyzes one text at a time. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<number, { resolve: (report: Report) => void; reject: (error: Error) => void; worker: Worker }>();
  private seq = 0;

  constructor(
    /** node:worker_threads' Worker, imported only when a batch has more than one job. */
    private readonly Worker: typeof import('node:worker_threads').Worker,
    private readonly size: number,
    /** Plugin files each worker imports: functions cannot be sent to a thread, paths can. */
    private readonly pluginFiles: readonly string[],
  ) {}

  analyze: Analyze = async (text, { plugins: _loadedHere, ...options }) => {
    const worker = await this.acquire();
    const seq = this.seq++;
    return new Promise<Report>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker });
      worker.postMessage({ seq, text, options } satisfies Task);
    });
  };

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    if (this.all.size < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private spawn(): Worker {
    const worker = new this.Worker(workerFile, { workerData: { pluginFiles: this.pluginFiles } });
    this.all.add(worker);
    worker.on('message', (result: TaskResult) => {
      const task = this.pending.get(result.seq);
      if (!task) return;
      this.pending.delete(result.seq);
      this.release(worker);
      if ('report' in result) task.resolve(result.report as Report);
      else task.reject(new WorkerError(result.error.message, result.error.stack));
    });
    // A worker that dies (out of memory, a native crash) fails only the text it held; the next
    // text gets a fresh worker.
    const fail = (error: Error) => {
      if (!this.all.delete(worker)) return;
      for (const [seq, task] of this.pending) {
        if (task.worker !== worker) continue;
        this.pending.delete(seq);
        task.reject(error);
      }
      const next = this.waiting.shift();
      if (next) next(this.spawn());
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker stopped (exit code ${code})`)));
    return worker;
  }

  async close(): Promise<void> {
    const workers = [...this.all];
    this.all.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The record's id right after the schema version, where a reader of the JSON looks first. */
function withId(report: Report, id: string | number): Report {
  const { schemaVersion, ...rest } = report;
  return { schemaVersion, id, ...rest };
}

export interface BatchOptions {
  /** Worker threads; 1 analyzes in this thread. */
  jobs: number;
  /** Stops taking new inputs; the ones under way are finished. */
  signal?: AbortSignal;
  /** Plugin files the workers load (the in-thread analysis gets its plugins in the options). */
  pluginFiles?: readonly string[];
}

/**
 * A turn of the event loop through its poll phase, where a signal (Ctrl-C) is heard. Analysis in
 * this thread and synchronous reads of regular files otherwise give it none during a directory's
 * batch, and Ctrl-C would wait for the whole batch. Two immediates: one set while the loop is in
 * its poll phase (after a stat of the next file named) runs in the same turn, before any poll.
 */
const eventLoopTurn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/**
 * Analyzes the inputs and yields their outcomes in input order. At most `4 × jobs` inputs are
 * read ahead, so memory stays bounded whatever the length of the batch.
 */
export async function* analyzeInOrder(inputs: AsyncIterable<Input>, options: AnalyzeOptions, batch: BatchOptions, inThread: Analyze): AsyncGenerator<Outcome> {
  const pool = batch.jobs > 1 ? new WorkerPool((await import('node:worker_threads')).Worker, batch.jobs, batch.pluginFiles ?? []) : null;
  const analyze = pool ? pool.analyze : inThread;
  const limit = pool ? batch.jobs * 4 : 1;
  const iterator = inputs[Symbol.asyncIterator]();
  const window: Array<Promise<Outcome>> = [];
  let exhausted = false;
  const start = async (input: Input): Promise<Outcome> => {
    let text: string | undefined;
    try {
      text = await input.read();
      const report = await analyze(text, { ...options, source: input.source, referenceDate: input.referenceDate ?? options.referenceDate });
      return { input, text, report: input.id === undefined ? report : withId(report, input.id) };
    } catch (error) {
      return { input, text, error };
    }
  };
  try {
    for (;;) {
      if (!pool) await eventLoopTurn();
      while (!exhausted && window.length < limit && !batch.signal?.aborted) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        // Ctrl-C heard while the next input was found (a stat, a directory listed): not started
        else if (!batch.signal?.aborted) window.push(start(next.value));
      }
      const head = window.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    await pool?.close();
    await iterator.return?.();
  }
}
