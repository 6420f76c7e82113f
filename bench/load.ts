import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; errors: number; non2xx: number; timeouts: number; latencyP50: number };

/** autocannon against one URL: throughput, errors and non-2xx answers. */
export async function loadTest(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 30 });
  return {
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    latencyP50: result.latency.p50,
  };
}
