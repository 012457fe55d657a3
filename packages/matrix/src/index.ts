export { FcMatrix, type MatrixView } from './matrix.js';
export { filterPoints, matrixModel, showOnly, stackedSections, transpose } from './matrix-layout.js';
export { matrixCsv } from './matrix-csv.js';
