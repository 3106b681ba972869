import type { EstimateFile } from '../../estimate-file/types';
import { showBidiControls } from '../../format/visibleText';

/**
 * The estimate as a PDF prints it: bidirectional controls in its title and reference shown
 * as visible marks ([U+202E]), as the app's heading and library show them, so a title cannot
 * display reordered ("abc" + RIGHT-TO-LEFT OVERRIDE + "exe.pdf" as "abcfdp.exe").
 */
export function printedEstimate(estimate: EstimateFile): EstimateFile {
  return {
    ...estimate,
    title: showBidiControls(estimate.title),
    reference: showBidiControls(estimate.reference),
  };
}
