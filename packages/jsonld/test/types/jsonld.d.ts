// The slice of jsonld.js (a devDependency, shipped without types) that the tests use.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface ExpandOptions {
    base?: string | null;
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    safe?: boolean;
  }
  const jsonld: {
    expand(input: unknown, options?: ExpandOptions): Promise<unknown[]>;
  };
  export default jsonld;
}
