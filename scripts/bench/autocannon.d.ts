// The parts of autocannon's API the bench uses (the package ships no types).
declare module "autocannon" {
  interface Result {
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Instance extends PromiseLike<Result> {
    on(event: "response", cb: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
  }
  interface Request {
    method?: string;
    path?: string;
    onResponse?: (status: number, body: string) => void;
  }
  function autocannon(opts: {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
    method?: string;
    body?: string;
    requests?: Request[];
  }): Instance;
  export default autocannon;
}
