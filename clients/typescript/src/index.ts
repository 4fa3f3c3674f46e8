// Radic Pro's TypeScript SDK: the openapi-fetch client typed by the generated schema (schema.ts,
// `make clients`) with auth by token or API key, retries of 429/503 after Retry-After, an
// Idempotency-Key on every write, waitForJob (typed by the job's kind) and paginate.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths };
export type Schemas = components["schemas"];
/** A job as GET /v1/jobs/{jobId} answers it: narrow on `kind` to get its typed `result`. */
export type Job = Schemas["Job"];
export type JobKind = Job["kind"];
/** What a completed job of kind K holds in `result`: the body its synchronous call returns. */
export type JobResult<K extends JobKind> = NonNullable<Extract<Job, { kind: K }>["result"]>;
/** The completed job of one kind, its result present. */
export type CompletedJob<K extends JobKind = JobKind> = Extract<Job, { kind: K }> & {
  status: "completed";
  result: JobResult<K>;
};

const RETRY_STATUSES = new Set([429, 503]);

/** An error answer of the API: the error envelope's code, message, details and retryable. */
export class RadicProError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly retryable = false,
    readonly requestId = "",
  ) {
    super(`HTTP ${status} ${code}: ${message}`);
  }
}

export interface RetryOptions {
  maxRetries?: number;
  maxWaitMs?: number;
  idempotentWrites?: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Counts the resends made (for logs and tests). */
  onRetry?: (response: Response, waitMs: number) => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long to wait before a resend: Retry-After (seconds), else backoff; up to 25% more. */
export function retryWaitMs(response: Response, attempt: number, maxWaitMs: number): number {
  const header = Number(response.headers.get("Retry-After"));
  const seconds = Number.isFinite(header) && header >= 0 && response.headers.has("Retry-After")
    ? header : 0.5 * 2 ** attempt;
  return Math.min(seconds * 1000 * (1 + Math.random() * 0.25), maxWaitMs);
}

/** A fetch that resends 429 and 503 answers after their Retry-After, and keys every POST. */
export function retryingFetch(inner: typeof fetch = fetch, options: RetryOptions = {}) {
  const { maxRetries = 5, maxWaitMs = 60_000, idempotentWrites = true, sleep = realSleep } = options;
  return async (input: Request): Promise<Response> => {
    if (idempotentWrites && input.method === "POST" && !input.headers.has("Idempotency-Key")) {
      input.headers.set("Idempotency-Key", crypto.randomUUID());
    }
    for (let attempt = 0; ; attempt++) {
      const response = await inner(input.clone());
      if (!RETRY_STATUSES.has(response.status) || attempt >= maxRetries) return response;
      const waitMs = retryWaitMs(response, attempt, maxWaitMs);
      await response.body?.cancel();
      options.onRetry?.(response, waitMs);
      await sleep(waitMs);
    }
  };
}

export interface RadicProOptions extends RetryOptions {
  baseUrl?: string;
  /** An access token (from signIn/signUp) or an API key (rp_live_ / rp_test_). */
  token?: string;
  apiKey?: string;
  fetch?: typeof fetch;
}

type Answer<D> = { data?: { data: D }; error?: unknown; response: Response };
type ListItem<D> = { [K in keyof D]: D[K] extends (infer Item)[] ? Item : never }[keyof D];
export interface PageQuery { page?: number; limit: number; cursor?: string; offset?: number }

export class RadicPro {
  readonly api: Client<paths>;
  readonly baseUrl: string;
  /** How many answers were 429 or 503 and sent again. */
  retries = 0;
  private credential: string | undefined;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: RadicProOptions = {}) {
    this.baseUrl = (options.baseUrl ?? "http://127.0.0.1:8000").replace(/\/+$/, "");
    this.credential = options.token ?? options.apiKey;
    this.sleep = options.sleep ?? realSleep;
    const fetcher = retryingFetch(options.fetch ?? fetch, {
      ...options,
      onRetry: (response, waitMs) => {
        this.retries += 1;
        options.onRetry?.(response, waitMs);
      },
    });
    this.api = createClient<paths>({ baseUrl: this.baseUrl, fetch: fetcher });
    this.api.use({
      onRequest: ({ request }) => {
        if (this.credential) request.headers.set("Authorization", `Bearer ${this.credential}`);
        return request;
      },
    });
  }

  /** Use `credential` (an access token or an API key) from now on. */
  authenticate(credential: string): void {
    this.credential = credential;
  }

  /** The envelope's `data` of an answer, or a RadicProError from the error envelope. */
  static unwrap<D>(answer: Answer<D>): D {
    const { data, error, response } = answer;
    if (data !== undefined && response.ok) return data.data;
    const envelope = error as Schemas["ErrorEnvelope"] | undefined;
    if (envelope?.error) {
      const { code, message, details, retryable } = envelope.error;
      throw new RadicProError(response.status, code, message, details, retryable,
        envelope.meta?.requestId ?? "");
    }
    throw new RadicProError(response.status, "UNEXPECTED_RESPONSE", response.statusText);
  }

  async signIn(email: string, password: string) {
    const data = RadicPro.unwrap(await this.api.POST("/v1/auth/login", { body: { email, password } }));
    this.authenticate(data.session.accessToken);
    return data;
  }

  async signUp(email: string, password: string, fullName = "") {
    const data = RadicPro.unwrap(await this.api.POST("/v1/auth/signup", {
      body: { email, password, ...(fullName ? { fullName } : {}) },
    }));
    this.authenticate(data.session.accessToken);
    return data;
  }

  /** Polls GET /v1/jobs/{jobId} until the job completes; narrow on `kind` for its result. */
  async waitForJob<K extends JobKind = JobKind>(
    jobId: string, { timeoutMs = 600_000, intervalMs = 1000, kind }: { timeoutMs?: number; intervalMs?: number; kind?: K } = {},
  ): Promise<CompletedJob<K>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = RadicPro.unwrap(await this.api.GET("/v1/jobs/{jobId}", { params: { path: { jobId } } }));
      if (job.status === "completed") {
        if (kind !== undefined && job.kind !== kind) {
          throw new RadicProError(200, "UNEXPECTED_JOB_KIND", `job ${jobId} is a ${job.kind} job, not ${kind}`);
        }
        return job as CompletedJob<K>;
      }
      if (job.status === "failed") {
        const error = job.error;
        throw new RadicProError(200, error?.code ?? "JOB_FAILED", error?.message ?? `job ${jobId} failed`,
          error?.details ?? null, error?.retryable ?? false);
      }
      if (Date.now() >= deadline) throw new RadicProError(0, "JOB_TIMEOUT", `job ${jobId} still ${job.status}`);
      await this.sleep(intervalMs);
    }
  }

  /**
   * The answer's data — or, for a 202 (a job: `Prefer: respond-async`, or a long wait), the
   * result of the job of `kind` once it completes: the body the synchronous call returns.
   */
  async result<E extends { data: object }, K extends JobKind>(
    answer: { data?: E; error?: unknown; response: Response }, kind: K,
  ): Promise<Exclude<E["data"], Schemas["JobAcceptedOutput"]> | JobResult<K>> {
    const data = RadicPro.unwrap<E["data"]>(answer as Answer<E["data"]>) as object;
    if (answer.response.status === 202 && "statusUrl" in data && "jobId" in data) {
      const job = await this.waitForJob(String(data.jobId), { kind });
      return job.result as unknown as Exclude<E["data"], Schemas["JobAcceptedOutput"]> | JobResult<K>;
    }
    return data as Exclude<E["data"], Schemas["JobAcceptedOutput"]>;
  }

  /**
   * Every item of a list, page after page: `fetchPage(query)` asks for one page. Pages by
   * `page` while `pagination.page < totalPages`, by `cursor` when the answer offers one
   * (`pagination.nextCursor` or `next`), or by `offset` while `hasMore`.
   */
  async *paginate<D extends object>(
    fetchPage: (query: PageQuery) => Promise<Answer<D>>, { limit = 100, offset }: { limit?: number; offset?: number } = {},
  ): AsyncGenerator<ListItem<D>> {
    let query: PageQuery = offset === undefined ? { page: 1, limit } : { offset, limit };
    for (;;) {
      const data = RadicPro.unwrap(await fetchPage(query)) as Record<string, unknown>;
      const items = Object.values(data).find(Array.isArray) as ListItem<D>[] | undefined ?? [];
      yield* items;
      const pagination = data.pagination as Record<string, unknown> | undefined;
      const cursor = pagination?.nextCursor ?? pagination?.next ?? data.nextCursor ?? data.next;
      if (typeof cursor === "string" && cursor) {
        query = { limit, cursor };
      } else if (query.offset !== undefined) {
        if (!data.hasMore || !items.length) return;
        query = { limit, offset: query.offset + items.length };
      } else if (pagination && Number(pagination.page) < Number(pagination.totalPages)) {
        query = { limit, page: Number(pagination.page) + 1 };
      } else {
        return;
      }
    }
  }

  /** The bytes of a signed file URL (no credential sent: the signature is the key). */
  async download(url: string): Promise<Uint8Array> {
    const response = await retryingFetch(fetch)(new Request(new URL(url, this.baseUrl)));
    if (!response.ok) throw new RadicProError(response.status, "DOWNLOAD_FAILED", await response.text());
    return new Uint8Array(await response.arrayBuffer());
  }
}
