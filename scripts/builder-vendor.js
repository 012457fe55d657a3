// The embed builder's spreadsheet libraries, bundled by scripts/build.mjs into
// demo/builder/vendor/spreadsheet.js (types: demo/builder/vendor/spreadsheet.d.ts). The builder's
// alone: nothing of the kit imports them, so they are in none of the kit's bundles.
export { default as Papa } from 'papaparse';
export { readSheet } from 'read-excel-file/browser';
