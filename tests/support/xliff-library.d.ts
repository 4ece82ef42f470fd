/** npm `xliff` ships no types; the one function the tests use as an independent reader. */
declare module 'xliff/xliff2js' {
  const xliff2js: (xml: string) => Promise<unknown>
  export default xliff2js
}
