// Types for scripts/render-icons.mjs (the manifest test checks every rendered size is on disk).
export declare const ICON_SIZES: readonly number[];
export declare function renderIcon(size: number): Buffer;
