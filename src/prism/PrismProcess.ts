export interface PrismProcess {
  baseUrl: string;
  port: number;
  pid: number;
  /** Milliseconds from the start call to Prism's first HTTP answer. */
  startMs: number;
  /** The last lines Prism wrote (stdout and stderr), for verbose output. */
  readOutput(): string[];
  /** SIGTERM to Prism's process group, SIGKILL after a grace period; idempotent. */
  stop(): Promise<void>;
}
