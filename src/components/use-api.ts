"use client";
import { useCallback, useEffect, useState } from "react";
import { api, ApiError } from "@/lib/api-client";

export interface ApiResource<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  /** Fetches again (after a change); keeps showing the current data meanwhile. */
  reload: () => void;
  /** Updates the local copy after a mutation whose result is already known. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

/** GETs a JSON endpoint when the component mounts (and on reload); null skips the request. */
export function useApi<T>(path: string | null): ApiResource<T> {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    api
      .get<T>(path, controller.signal)
      .then((value) => {
        setDataState(value);
        setError(null);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught instanceof ApiError ? caught : new ApiError(0, "UNKNOWN", "Something went wrong; try again"));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const setData = useCallback((update: (current: T | undefined) => T | undefined) => setDataState(update), []);
  return { data, error, loading, reload, setData };
}
