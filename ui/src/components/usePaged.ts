import { useCallback, useEffect, useState } from 'react';
import type { Page, Problem } from '../api/types';
import { asProblem } from './ProblemMessage';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; problem: Problem }
  | { state: 'loaded'; data: T };

/** Loads a page of a list whenever the page number or the loader changes; aborts stale calls. */
export function usePaged<T>(load: (page: number, signal: AbortSignal) => Promise<Page<T>>, initialPage = 0) {
  const [page, setPage] = useState(initialPage);
  const [result, setResult] = useState<Loaded<Page<T>>>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(page, controller.signal).then(
      (data) => setResult({ state: 'loaded', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setResult({ state: 'failed', problem: asProblem(error) });
        }
      },
    );
    return () => controller.abort();
  }, [load, page, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { page, setPage, result, reload };
}

/** Loads one value; aborts the call when the inputs change or the screen goes away. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>) {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal).then(
      (data) => setResult({ state: 'loaded', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setResult({ state: 'failed', problem: asProblem(error) });
        }
      },
    );
    return () => controller.abort();
  }, [load, reloads]);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { result, reload };
}
