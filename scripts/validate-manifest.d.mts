// Types for scripts/validate-manifest.mjs, so test/manifest can import the same checks in strict TypeScript.
export declare const ROOT: string;
export declare const DEV_BASE: string;
export declare const LIMITS: Readonly<{
  resid: number;
  shortString: number;
  longString: number;
  url: number;
}>;
export interface PngSize {
  readonly width: number;
  readonly height: number;
}
export declare function readPngSize(file: string): PngSize | null;
export declare function validateAgainstSchema(xml: string, schemaDir?: string): Promise<string[]>;
export declare function checkManifestRules(
  xml: string,
  options: {
    readonly commandNames: readonly string[];
    readonly root?: string;
    /** The URL that maps to `root`; the dev URL by default. */
    readonly base?: string;
    readonly pngSize?: (file: string) => PngSize | null;
    /** The names launchevent.ts registers; null or left out skips the check. */
    readonly eventHandlers?: readonly string[] | null;
    /** The files the build emits (entries' .js, pages); null or left out skips the check. */
    readonly builtFiles?: readonly string[] | null;
  },
): string[];
export declare function loadCommandNames(): Promise<readonly string[]>;
export declare const LAUNCH_EVENT_TYPES: readonly string[];
export declare function loadEventHandlerNames(): Promise<readonly string[]>;
export declare function loadBuiltFiles(): Promise<readonly string[]>;
export declare function runOnlineCheck(manifestPath: string): { failed: boolean; line: string };
