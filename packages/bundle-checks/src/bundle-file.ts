/** One file of a mini-app bundle: its path from the bundle's root (`assets/index.js`, no leading `/`) and its bytes. */
export interface BundleFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}
