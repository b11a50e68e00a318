// Entry of the worker threads `newsmark parse --concurrency N` starts (through tinypool).
import { runTask, type ParseTask, type TaskResult } from './task.js';

/** Parses a batch of articles; one result per task, in order. */
export default function work(tasks: ParseTask[]): TaskResult[] {
  return tasks.map(runTask);
}
