// Node has WebAssembly as a global; TypeScript declares it only in its DOM libraries, which Steward
// does not load. This is the part Steward calls.
declare namespace WebAssembly {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- opaque: Steward only hands a compiled module back to Prisma.
  interface Module {}
  function compile(bytes: Uint8Array): Promise<Module>;
}
