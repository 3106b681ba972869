/// <reference types="svelte" />
/// <reference types="vite/client" />

/** SHA-256 digests of the statement files checked when the app was built (build/checkedStatements.ts). */
declare module 'virtual:checked-statements' {
  const digests: Readonly<Record<string, string>>;
  export default digests;
}
