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

/**
 * Texts a worker holds at once: the one it analyzes and the next, already in its queue, so that it
 * does not wait between texts for the main thread (which reads, formats and writes) to send one.
 */
const DEPTH = 2;

/** Worker threads started on demand, up to `size`; each analyzes one text at a time. */
class WorkerPool {
  /** The texts each worker holds (its own and the ones queued for it). */
  private readonly load = new Map<Worker, number>();
  private readonly all = new Set<Worker>();
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<number, { resolve: (report: Report) => void; reject: (error: Error) => void; worker: Worker; task: Task }>();
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
    const task: Task = { seq, text, options };
    return new Promise<Report>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker, task });
      worker.postMessage(task);
    });
  };

  /** A worker with nothing to do, else a new one, else the least loaded with room in its queue. */
  private acquire(): Promise<Worker> {
    let least: Worker | undefined;
    for (const worker of this.all) if (this.load.get(worker)! < (least ? this.load.get(least)! : DEPTH)) least = worker;
    if (!(least && this.load.get(least) === 0) && this.all.size < this.size) least = this.spawn();
    if (least) return Promise.resolve(this.hold(least));
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private hold(worker: Worker): Worker {
    this.load.set(worker, this.load.get(worker)! + 1);
    return worker;
  }

  private release(worker: Worker): void {
    this.load.set(worker, this.load.get(worker)! - 1);
    const next = this.waiting.shift();
    if (next) next(this.hold(worker));
  }

  private spawn(): Worker {
    const worker = new this.Worker(workerFile, { workerData: { pluginFiles: this.pluginFiles } });
    this.all.add(worker);
    this.load.set(worker, 0);
    worker.on('message', (result: TaskResult) => {
      const task = this.pending.get(result.seq);
      if (!task) return;
      this.pending.delete(result.seq);
      this.release(worker);
      if ('report' in result) task.resolve(result.report as Report);
      else task.reject(new WorkerError(result.error.message, result.error.stack));
    });
    // A worker that dies (out of memory, a native crash) fails only the text it was analyzing, the
    // first it held; the text queued behind it goes to another worker, and so does the next text.
    const fail = (error: Error) => {
      if (!this.all.delete(worker)) return;
      this.load.delete(worker);
      const held = [...this.pending.values()].filter((pending) => pending.worker === worker).sort((a, b) => a.task.seq - b.task.seq);
      held.forEach((pending, i) => {
        if (i === 0) {
          this.pending.delete(pending.task.seq);
          pending.reject(error);
        } else {
          void this.acquire().then((other) => {
            pending.worker = other;
            other.postMessage(pending.task);
          });
        }
      });
      const next = this.waiting.shift();
      if (next) void this.acquire().then(next);
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
      while (!exhausted && window.length < limit && !batch.signal?.aborted) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else window.push(start(next.value));
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
