// The messages between the pane and its analyzing worker (worker.ts, client.ts).
import type { Analysis, AnalyzeOptions, ThreadInput } from '../../core/types';

export interface AnalyzeRequest {
  readonly id: number;
  readonly input: ThreadInput;
  readonly options: AnalyzeOptions;
}

export type AnalyzeResponse =
  | { readonly id: 0; readonly ok: true; readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly analysis: Analysis }
  | { readonly id: number; readonly ok: false; readonly name: string; readonly message: string };
