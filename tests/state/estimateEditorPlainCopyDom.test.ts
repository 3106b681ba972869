// @vitest-environment jsdom
import { describePlainCopy } from './editorPlainCopyCases';

describePlainCopy('jsdom');
