/** Real statements and templates for the guidance tests, read from the files the app ships. */
import type { EstimateFile } from '../../src/estimate-file/types';
import type { StatementFile } from '../../src/statements/types';
import { statementFile, statementRow, templateFile } from '../fixtures';

export const statement = (id: 'ipr-v1.7-2025' | 'spm-2008'): StatementFile => statementFile(id);

export const template = (path: string): EstimateFile => templateFile(path);

export const starter = (name: string): EstimateFile => template(`starters/${name}.json`);

/** A statement row by id, failing loudly when the statement lost it. */
export const row = statementRow;
