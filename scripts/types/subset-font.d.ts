declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    dropTables?: string[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
  }
  /** Subsets a font with harfbuzz (WebAssembly) to the glyphs of `text`. */
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
