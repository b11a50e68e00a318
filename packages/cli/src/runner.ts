import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Tinypool from 'tinypool';
import { runTask, type ParseTask, type TaskResult } from './task.js';

/** A submitted task: its result, and a way to make sure it is not left waiting in a batch. */
export interface TaskHandle {
  result: Promise<TaskResult>;
  /** Sends the task's batch to a worker now if it has not gone yet. Call before awaiting `result`. */
  dispatch(): void;
}

interface Batch {
  tasks: ParseTask[];
  resolvers: ((result: TaskResult) => void)[];
  sent: boolean;
}

/**
 * Runs parse tasks in this thread until a batch of work proves big, then in a pool of worker
 * threads. Starting a worker costs tens of milliseconds, more than a handful of articles take
 * to parse, so small runs never pay it. Tasks go to workers in batches, because one message per
 * small article costs about as much as parsing it.
 */
export class Runner {
  private submitted = 0;
  private pool: Promise<Tinypool | undefined> | undefined;
  private batch: Batch | undefined;

  /**
   * @param concurrency - Worker threads to use once the run is big; 1 keeps everything in-process.
   * @param threshold - Tasks run in-process before the pool starts.
   * @param batchSize - Tasks per message to a worker.
   */
  constructor(
    private readonly concurrency: number,
    private readonly threshold = 32,
    readonly batchSize = 32,
  ) {}

  /** Submits one task; results may finish in any order, callers keep their own. */
  run(task: ParseTask): TaskHandle {
    this.submitted++;
    if (this.concurrency <= 1 || this.submitted <= this.threshold) {
      return { result: Promise.resolve(runTask(task)), dispatch: () => {} };
    }
    const batch = (this.batch ??= { tasks: [], resolvers: [], sent: false });
    const result = new Promise<TaskResult>((resolve) => {
      batch.tasks.push(task);
      batch.resolvers.push(resolve);
    });
    if (batch.tasks.length >= this.batchSize) this.send(batch);
    return { result, dispatch: () => this.send(batch) };
  }

  private send(batch: Batch): void {
    if (batch.sent) return;
    batch.sent = true;
    if (this.batch === batch) this.batch = undefined;
    this.pool ??= startPool(this.concurrency);
    this.pool
      .then((pool) => (pool ? (pool.run(batch.tasks) as Promise<TaskResult[]>) : batch.tasks.map(runTask)))
      .then(
        (results) => batch.resolvers.forEach((resolve, i) => resolve(results[i] ?? { ok: false, reason: 'worker returned no result' })),
        (error: unknown) => {
          const reason = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
          for (const resolve of batch.resolvers) resolve({ ok: false, reason });
        },
      );
  }

  /** Stops the worker threads, if any were started. */
  async close(): Promise<void> {
    if (this.batch) this.send(this.batch);
    const pool = await this.pool;
    await pool?.destroy();
  }
}

async function startPool(threads: number): Promise<Tinypool | undefined> {
  // The worker is a sibling file in dist/. Run from sources (tests importing src/), there is no
  // built worker: stay in-process rather than fail.
  const url = new URL('./worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  // tinypool is ESM-only; a dynamic import keeps the CommonJS build of this package loadable.
  const { default: TinypoolClass } = await import('tinypool');
  return new TinypoolClass({ filename: url.href, minThreads: threads, maxThreads: threads });
}
