// Loads one API resource for an admin island: refetches when `path` changes or on reload(), drops
// answers that arrive after a newer request, and keeps the last good data while reloading.
import { useCallback, useEffect, useState } from 'react';
import { requestApi, type ApiFailure } from '../../lib/api/request';

export interface ApiState<T> {
  data: T | null;
  failure: ApiFailure | null;
  loading: boolean;
  reload: () => void;
  /** Replace the data after a successful change, without a round trip. */
  setData: (data: T) => void;
}

export function useApi<T>(path: string, parse: (body: unknown) => T): ApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    requestApi(path, { parse, signal: controller.signal })
      .then((result) => {
        if (controller.signal.aborted) return;
        if (result.ok) {
          setData(result.data);
          setFailure(null);
        } else {
          setFailure(result.error);
        }
        setLoading(false);
      })
      .catch(() => undefined);
    return () => controller.abort();
    // parse is a module-level schema function; path and generation decide when to fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, failure, loading, reload, setData };
}
