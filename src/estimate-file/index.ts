/** The estimate file format (docs/estimate-file.md): contract, schema, reader, migrations. */
export * from './types';
export { estimateFileSchema, estimateInputSchema, DECIMAL_PATTERN } from './schema';
export * from './limits';
export {
  parseEstimateFile,
  type EstimateFileError,
  type ParseEstimateFileResult,
} from './parseEstimateFile';
export { migrateEstimateFile, MIGRATIONS, type Migration } from './migrate';
export { newEstimateFile, blankProject, type NewEstimateOptions } from './newEstimateFile';
