// Types of scripts/start.mjs for the TypeScript that imports it (the browser tests and the bench).
export declare const projectRoot: string;
export declare const distDir: string;
export declare function resolveRequest(root: string, urlPath: string): string | null;
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}
export declare function startServer(options?: {
  root?: string;
  port?: number;
  host?: string;
  tls?: { key: string | Buffer; cert: string | Buffer } | null;
}): Promise<RunningServer>;
export declare function build(): boolean;
