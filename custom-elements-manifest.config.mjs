// custom-elements.json is generated from the JSDoc of the element classes in src/components.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
