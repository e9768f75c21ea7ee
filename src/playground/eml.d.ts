// webpack imports .eml files as their source text (asset/source, webpack.config.js).
declare module '*.eml' {
  const source: string;
  export default source;
}
